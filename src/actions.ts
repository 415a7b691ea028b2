// Adapters from the pipeline to the Actions runner: logger, annotations, the event context.
import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
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
  const action = eventAction(env.GITHUB_EVENT_PATH);
  return {
    name: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    repositoryUrl: env.GITHUB_REPOSITORY ? `${server}/${env.GITHUB_REPOSITORY}` : '',
    ...(action !== undefined ? { action } : {}),
  };
}

/** The "action" of the event payload (GITHUB_EVENT_PATH), e.g. "published"; undefined when unreadable. */
function eventAction(path: string | undefined): string | undefined {
  if (!path) return undefined;
  try {
    const payload = JSON.parse(readFileSync(path, 'utf8')) as { action?: unknown };
    return typeof payload.action === 'string' ? payload.action : undefined;
  } catch {
    return undefined;
  }
}
