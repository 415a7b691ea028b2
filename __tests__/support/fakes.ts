// Stand-ins the unit tests share: an exec that answers argv patterns from a script and records
// every call, a logger that records what it was told, and a StageContext with sensible defaults.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger, StageContext } from '../../src/context.js';
import type { Exec, ExecOptions, ExecResult } from '../../src/exec.js';
import { Profiler } from '../../src/profiler.js';
import { parseGiven } from './inputs.js';

/** One call of the scripted exec. */
export interface ExecCall {
  cmd: string;
  args: readonly string[];
  opts: ExecOptions;
  /** The program and its arguments, joined with spaces ("docker push a:1"). */
  line: string;
}

/**
 * Which calls a rule answers: an argv prefix, the program first (each element equal, or a RegExp
 * that matches it: ['docker', 'push'] answers `docker push …`), or a predicate.
 */
export type ExecPattern = readonly (string | RegExp)[] | ((call: ExecCall) => boolean);

/** The answer of a rule: fixed, or worked out from the call and how many calls the rule answered before (0 first). */
export type ExecAnswer = Partial<ExecResult> | ((call: ExecCall, nth: number) => Partial<ExecResult>);

export interface ScriptedExec {
  exec: Exec;
  /** Every call, in order. */
  calls: ExecCall[];
  /** The calls as lines ("cmd arg arg"), in order. */
  lines(): string[];
  /** The calls a pattern matches, as lines. */
  matching(pattern: ExecPattern): string[];
}

function matches(pattern: ExecPattern, call: ExecCall): boolean {
  if (typeof pattern === 'function') return pattern(call);
  const argv = [call.cmd, ...call.args];
  return pattern.every((p, i) => {
    const arg = argv[i];
    return arg !== undefined && (typeof p === 'string' ? p === arg : p.test(arg));
  });
}

/** As exec does: output reaches the line callbacks as it arrives. */
function stream(res: ExecResult, opts: ExecOptions): void {
  if (res.stderr) for (const l of res.stderr.replace(/\n$/, '').split('\n')) opts.onStderrLine?.(l);
  if (res.stdout) for (const l of res.stdout.replace(/\n$/, '').split('\n')) opts.onStdoutLine?.(l);
}

/**
 * An exec that answers from a script: the first rule whose pattern matches answers; a call no rule
 * matches gets `otherwise` (by default: exit 0, no output). Every call is recorded.
 */
export function scriptedExec(
  script: readonly (readonly [ExecPattern, ExecAnswer])[] = [],
  otherwise: Partial<ExecResult> = {},
): ScriptedExec {
  const calls: ExecCall[] = [];
  const answered = new Map<number, number>();
  const exec: Exec = async (cmd, args, opts = {}) => {
    const call: ExecCall = { cmd, args: [...args], opts, line: [cmd, ...args].join(' ') };
    calls.push(call);
    const i = script.findIndex(([pattern]) => matches(pattern, call));
    const nth = answered.get(i) ?? 0;
    answered.set(i, nth + 1);
    const answer = i < 0 ? otherwise : script[i]![1];
    const given = typeof answer === 'function' ? answer(call, nth) : answer;
    const res: ExecResult = { code: 0, stdout: '', stderr: '', ms: 1, ...given };
    stream(res, opts);
    return res;
  };
  return {
    exec,
    calls,
    lines: () => calls.map((c) => c.line),
    matching: (pattern) => calls.filter((c) => matches(pattern, c)).map((c) => c.line),
  };
}

export interface RecordingLogger extends Logger {
  /** Everything in order, as "<kind> <text>": info, warning, group (its name), secret. */
  lines: string[];
  infos: string[];
  warnings: string[];
  groups: string[];
  secrets: string[];
}

/** A logger that records what it is told; a group runs its function in place. */
export function recordingLogger(): RecordingLogger {
  const log: RecordingLogger = {
    lines: [],
    infos: [],
    warnings: [],
    groups: [],
    secrets: [],
    info: (m) => void (log.lines.push(`info ${m}`), log.infos.push(m)),
    warning: (m) => void (log.lines.push(`warning ${m}`), log.warnings.push(m)),
    group: (name, fn) => (log.lines.push(`group ${name}`), log.groups.push(name), fn()),
    secret: (v) => void (log.lines.push(`secret ${v}`), log.secrets.push(v)),
  };
  return log;
}

export interface StageContextOptions extends Partial<StageContext> {
  /** Input values (name → value), parsed as the action would with `cwd` as the working directory. */
  given?: Record<string, string>;
}

/**
 * A StageContext for a stage under test: a fresh temporary working directory, the inputs' defaults
 * (or `given`), a scripted exec that answers everything with success and no output, a recording
 * logger, a push event, no earlier stages. Anything can be overridden.
 */
export function stageContext(o: StageContextOptions = {}): StageContext {
  const { given, ...over } = o;
  const cwd = over.cwd ?? mkdtempSync(join(tmpdir(), 'rp-stage-'));
  return {
    inputs: parseGiven(given, cwd),
    cwd,
    repoRoot: cwd,
    env: {},
    toolchains: ['stable'],
    toolchain: 'stable',
    toolchainLabels: {},
    exec: scriptedExec().exec,
    log: recordingLogger(),
    profiler: new Profiler(),
    event: { name: 'push', ref: '', sha: '', repositoryUrl: '' },
    tempDir: join(cwd, 'tmp'),
    toolDir: join(cwd, 'tools'),
    previous: new Map(),
    saveState: () => undefined,
    ...over,
  };
}
