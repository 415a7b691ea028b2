// Adapters from the pipeline to the Actions runner: logger, annotations, the event context.
// Every workflow command we issue goes through ownCommands (outside the spans in which the
// repository's output is inert); plain log lines go inside them (see output-sink.ts).
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { EOL } from 'node:os';
import type { Outputs } from './action-outputs.js';
import type { Finding, Logger, RunEvent } from './context.js';
import { guardedStdout, ownCommands } from './log-sink.js';

export const actionsLogger: Logger = {
  // A log line may quote the repository's output (a test name, a compiler message): inert like it.
  info: (m) => void guardedStdout.write(`${m}${EOL}`),
  warning: (m) => ownCommands(() => core.warning(m)),
  group: async (name, fn) => {
    ownCommands(() => core.startGroup(name));
    try {
      return await fn();
    } finally {
      ownCommands(() => core.endGroup());
    }
  },
  secret: (v) => ownCommands(() => core.setSecret(v)),
};

/** GitHub's limit for one output value (1 MB; 50 MB for all of a job's outputs). */
export const OUTPUT_LIMIT_BYTES = 1024 * 1024;

/**
 * Sets the step's outputs (a file under Actions; a command only without one). A value over
 * GitHub's limit is not set: the problems returned say which and where to read it instead.
 */
export function setOutputs(outputs: Outputs): string[] {
  const problems: string[] = [];
  ownCommands(() => {
    for (const [name, value] of Object.entries(outputs)) {
      const bytes = Buffer.byteLength(value);
      if (bytes <= OUTPUT_LIMIT_BYTES) core.setOutput(name, value);
      else
        problems.push(
          `Output ${name} is ${bytes} bytes, over GitHub's limit of ${OUTPUT_LIMIT_BYTES} bytes per output: it was not set. The JSON report (output report) has it.`,
        );
    }
  });
  return problems;
}

/** Fails the step with `message` (an error annotation). */
export function fail(message: string): void {
  ownCommands(() => core.setFailed(message));
}

/**
 * What GitHub keeps of an annotation: the runner cuts a message at 4096 characters
 * (`_maxIssueMessageLength` in actions/runner's ExecutionContext.cs), the check-run API a title at 255.
 */
export const ANNOTATION_MESSAGE_CHARS = 4096;
export const ANNOTATION_TITLE_CHARS = 255;

/** `s` cut to `max` characters, saying so at the end. */
export function cutChars(s: string, max: number): string {
  if (s.length <= max) return s;
  const noteOf = (left: number): string => ` … [${left} more characters in the log and the JSON report]`;
  const kept = s.slice(0, max - noteOf(s.length).length).replace(/[\uD800-\uDBFF]$/, '');
  return kept + noteOf(s.length - kept.length);
}

export function annotate(f: Finding): void {
  const props: core.AnnotationProperties = {
    ...(f.title ? { title: cutChars(f.title, ANNOTATION_TITLE_CHARS) } : {}),
    ...(f.file ? { file: f.file } : {}),
    ...(f.line ? { startLine: f.line, endLine: f.endLine ?? f.line } : {}),
    // GitHub ignores columns on multi-line annotations.
    ...(f.column && (f.endLine ?? f.line) === f.line
      ? { startColumn: f.column, endColumn: f.endColumn ?? f.column }
      : {}),
  };
  ownCommands(() => {
    const message = cutChars(f.message, ANNOTATION_MESSAGE_CHARS);
    if (f.level === 'error') core.error(message, props);
    else if (f.level === 'warning') core.warning(message, props);
    else core.notice(message, props);
  });
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
