// Adapters from the pipeline to the Actions runner: logger, annotations, the event context.
// Every workflow command we issue goes through ownCommands (outside the spans in which the
// repository's output is inert); plain log lines go inside them (see output-sink.ts).
import * as core from '@actions/core';
import { EOL } from 'node:os';
import type { Finding, Logger, RunEvent } from './context.js';
import { guardedStdout, ownCommands } from './output-sink.js';

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

/** Sets the step's outputs (a file under Actions; a command only without one). */
export function setOutputs(outputs: Record<string, string>): void {
  ownCommands(() => {
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
  });
}

/** Fails the step with `message` (an error annotation). */
export function fail(message: string): void {
  ownCommands(() => core.setFailed(message));
}

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
  ownCommands(() => {
    if (f.level === 'error') core.error(f.message, props);
    else if (f.level === 'warning') core.warning(f.message, props);
    else core.notice(f.message, props);
  });
}

export function githubEvent(env: NodeJS.ProcessEnv): RunEvent {
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  return {
    name: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    repositoryUrl: env.GITHUB_REPOSITORY ? `${server}/${env.GITHUB_REPOSITORY}` : '',
  };
}
