// Adapters from the pipeline to the Actions runner: logger, annotations, the event context.
// Every workflow command we issue goes through ownCommands (outside the spans in which the
// repository's output is inert); plain log lines go inside them (see log-sink.ts).
import { randomUUID } from 'node:crypto';
import { accessSync, appendFileSync, constants, existsSync, readFileSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';
import type { Outputs } from './action-outputs.js';
import type { Finding, Logger, RunEvent } from './context.js';
import { guardedStdout, ownCommands } from './log-sink.js';

// The runner's commands as @actions/core (3.x) issues them, byte for byte: workflow commands on
// stdout, key-value file commands (GITHUB_OUTPUT, GITHUB_STATE), the job summary file, inputs from
// INPUT_*. Written out here because importing @actions/core loads its OIDC client and with it
// @actions/http-client and undici, a large part of main's and post's start-up, for nothing the
// steps use. Source: https://github.com/actions/toolkit/tree/main/packages/core/src (command.ts,
// file-command.ts, utils.ts, summary.ts, core.ts).

/** Where an annotation points (core's AnnotationProperties). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::command key=value,…::message` on stdout; properties without a value are left out. */
function issueCommand(command: string, properties: Record<string, string | number | undefined>, message: string): void {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  process.stdout.write(`::${command}${props.length ? ` ${props.join(',')}` : ''}::${escapeData(message)}${EOL}`);
}

/** Appends `name<<delimiter` … to the runner's GITHUB_<command> file (a value can hold any text). */
function issueFileCommand(command: 'OUTPUT' | 'STATE', name: string, value: string): void {
  const file = process.env[`GITHUB_${command}`];
  if (!file) throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (value.includes(delimiter))
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

function annotation(level: 'error' | 'warning' | 'notice', message: string, p: AnnotationProperties = {}): void {
  issueCommand(
    level,
    { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn },
    message,
  );
}

/** An input's value from INPUT_<NAME>, trimmed; '' when not given (core.getInput). */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

/** Hands a value to the post step (core.saveState). */
export function saveState(name: string, value: string): void {
  if (process.env.GITHUB_STATE) issueFileCommand('STATE', name, value);
  else issueCommand('save-state', { name }, value);
}

function setOutput(name: string, value: string): void {
  if (process.env.GITHUB_OUTPUT) return issueFileCommand('OUTPUT', name, value);
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, value);
}

/** Appends Markdown (and a line end) to the job summary (core.summary.addRaw(text, true).write()). */
export async function appendSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file)
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
    );
  try {
    accessSync(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
  }
  await appendFile(file, `${markdown}${EOL}`, { encoding: 'utf8' });
}

export const actionsLogger: Logger = {
  // A log line may quote the repository's output (a test name, a compiler message): inert like it.
  info: (m) => void guardedStdout.write(`${m}${EOL}`),
  warning: (m) => ownCommands(() => annotation('warning', m)),
  group: async (name, fn) => {
    ownCommands(() => issueCommand('group', {}, name));
    try {
      return await fn();
    } finally {
      ownCommands(() => issueCommand('endgroup', {}, ''));
    }
  },
  secret: (v) => ownCommands(() => issueCommand('add-mask', {}, v)),
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
      if (bytes <= OUTPUT_LIMIT_BYTES) setOutput(name, value);
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
  process.exitCode = 1;
  ownCommands(() => annotation('error', message));
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
  const props: AnnotationProperties = {
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
    annotation(f.level === 'error' || f.level === 'warning' ? f.level : 'notice', message, props);
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
