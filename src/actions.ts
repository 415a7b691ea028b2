// Adapters from the pipeline to the Actions runner: logger, annotations, the event context.
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import type { Finding, Logger, RunEvent } from './context.js';

export const actionsLogger: Logger = {
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  group: (name, fn) => core.group(name, fn),
  secret: (v) => core.setSecret(v),
};

export function annotate(f: Finding): void {
  const props: core.AnnotationProperties = {
    ...(f.title ? { title: f.title } : {}),
    ...(f.file ? { file: f.file } : {}),
    ...(f.line ? { startLine: f.line, endLine: f.endLine ?? f.line } : {}),
    // GitHub ignores columns on multi-line annotations.
    ...(f.column && (f.endLine ?? f.line) === f.line
      ? { startColumn: f.column, endColumn: f.endColumn ?? f.column }
      : {}),
  };
  if (f.level === 'error') core.error(f.message, props);
  else if (f.level === 'warning') core.warning(f.message, props);
  else core.notice(f.message, props);
}

export function githubEvent(env: NodeJS.ProcessEnv): RunEvent {
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  return {
    name: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    repositoryUrl: env.GITHUB_REPOSITORY ? `${server}/${env.GITHUB_REPOSITORY}` : '',
    ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
    ...eventPayloadFacts(readPayload(env.GITHUB_EVENT_PATH)),
  };
}

function readPayload(path: string | undefined): unknown {
  if (!path) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The payload's action and, for a release event, its release (id and tag). */
export function eventPayloadFacts(payload: unknown): Pick<RunEvent, 'action' | 'release'> {
  const p = (payload ?? {}) as { action?: unknown; release?: { id?: unknown; tag_name?: unknown } };
  const id = p.release?.id;
  const tag = p.release?.tag_name;
  return {
    ...(typeof p.action === 'string' ? { action: p.action } : {}),
    ...(typeof id === 'number' && typeof tag === 'string' ? { release: { id, tag } } : {}),
  };
}
