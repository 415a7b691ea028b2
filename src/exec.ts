// The one way this action runs an external program: an argv array (never a shell string), output
// streamed (echoed, split into lines for parsers that need all of it) with only a bounded tail kept
// (a test printing gigabytes must not take the action down), every child in its own process group
// (on Windows: its process tree) so that cancellation can take down cargo and everything it started.
//
// Node's child_process is used directly rather than @actions/exec because cancelling needs
// the child's pid (to signal its whole process group), which @actions/exec does not expose.
import { spawn, type ChildProcess, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { outputSink, type OutputSink } from './log-sink.js';

export interface ExecOptions {
  cwd?: string;
  /** Full environment for the child; defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /**
   * Written to the child's stdin, which is then closed (used for --password-stdin). A promise is
   * written once it resolves, and timeoutMs then counts from there: a child started ahead of its
   * work (the cache worker loading its library while the key is worked out) waits for it unbounded.
   */
  input?: string | Promise<string>;
  /** Which streams are copied to our own stdout while the child runs. Default: both. */
  echo?: 'all' | 'stderr' | 'none';
  /** Called for each complete stdout line as it arrives (a line is cut at MAX_LINE_CHARS). */
  onStdoutLine?: (line: string) => void;
  /** Called for each complete stderr line as it arrives (a line is cut at MAX_LINE_CHARS). */
  onStderrLine?: (line: string) => void;
  /**
   * How many bytes of the end of each stream `stdout`/`stderr` keep (default OUTPUT_TAIL_BYTES).
   * Output is never held whole: a caller that needs all of it reads it line by line as it arrives.
   */
  keepBytes?: number;
  /** Kill the child (and everything it started) after this many milliseconds. */
  timeoutMs?: number;
  /** Called with the child's pid once it started. */
  onSpawn?: (pid: number) => void;
}

export interface ExecResult {
  /** Exit code; 128 + signal number when the child was killed by a signal; 127 when it could not start. */
  code: number;
  /** The end of the child's stdout (at most keepBytes bytes; see stdoutDropped). */
  stdout: string;
  /** The end of the child's stderr (at most keepBytes bytes; see stderrDropped). */
  stderr: string;
  /** Bytes of stdout left out at the start of `stdout` (0 or absent when it is whole). */
  stdoutDropped?: number;
  stderrDropped?: number;
  ms: number;
  /** Set when the child was stopped because the run was cancelled or timed out. */
  killed?: 'cancelled' | 'timeout';
  /** Set when the program could not be started at all (e.g. not installed). */
  spawnError?: string;
}

export type Exec = (cmd: string, args: readonly string[], opts?: ExecOptions) => Promise<ExecResult>;

const SIGNAL_NUMBERS: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
const running = new Set<number>();
let cancelled = false;
/** Grace period between SIGTERM and SIGKILL when stopping a process group. */
export const KILL_GRACE_MS = 1500;
/** How long a child's output may stay open after the child exited (held by processes it left behind). */
export const LEFTOVER_GRACE_MS = 2000;
/** How long a stopped child's tree may take to go away before its result is given anyway. */
export const TREE_GONE_MS = 10_000;
/** The end of each stream that a result keeps: enough for any message, bounded whatever a child prints. */
export const OUTPUT_TAIL_BYTES = 4 * 1024 * 1024;
/**
 * For the few outputs read whole after the fact (JSON documents: cargo metadata, cargo audit; the
 * diff of cargo fmt): a bound far above any real one. A caller seeing stdoutDropped says so.
 */
export const WHOLE_OUTPUT_BYTES = 64 * 1024 * 1024;
/** Longer lines reach onStdoutLine/onStderrLine cut, with a note of how much was left out. */
export const MAX_LINE_CHARS = 1024 * 1024;

/** True once cancelAll() was called: stages check it to report themselves as cancelled. */
export function isCancelled(): boolean {
  return cancelled;
}

export type KillPlan =
  { kind: 'signal'; pid: number; signal: NodeJS.Signals } | { kind: 'command'; cmd: string; args: string[] };

/**
 * How to stop a child and everything it started. POSIX: signal its process group (a negative pid;
 * each child is a group leader). Windows has neither groups nor signals: taskkill /T ends the tree, /F
 * without asking (console programs such as cargo ignore a polite close).
 */
export function killPlan(pid: number, signal: NodeJS.Signals, platform: NodeJS.Platform): KillPlan {
  if (platform === 'win32') return { kind: 'command', cmd: 'taskkill', args: ['/T', '/F', '/PID', String(pid)] };
  return { kind: 'signal', pid: -pid, signal };
}

/** Stops a child's tree; resolves once the kill was delivered (on Windows: once taskkill is done). */
function stopTree(pid: number, sig: NodeJS.Signals): Promise<void> {
  const plan = killPlan(pid, sig, process.platform);
  if (plan.kind === 'signal') {
    try {
      process.kill(plan.pid, plan.signal);
    } catch {
      /* already gone */
    }
    return Promise.resolve();
  }
  return new Promise((done) => {
    const k = spawn(plan.cmd, plan.args, { stdio: 'ignore', windowsHide: true, shell: false });
    k.on('error', () => done());
    k.on('close', () => done());
  });
}

/** Whether a process of the group led by `pid` still runs (zombies waiting to be reaped do not count). */
function groupAlive(pid: number): boolean {
  if (process.platform === 'win32') return false; // taskkill /T /F has ended the tree when it returns
  try {
    process.kill(-pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  if (process.platform !== 'linux') return true;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid pgrp …": comm may hold spaces and parentheses, so read after the last ")".
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) === pid && state !== 'Z' && state !== 'X') return true;
    } catch {
      /* exited while we looked */
    }
  }
  return false;
}

/** Resolves once nothing of a stopped child's tree runs any more (bounded by TREE_GONE_MS). */
function treeGone(pid: number): Promise<void> {
  const deadline = Date.now() + TREE_GONE_MS;
  return new Promise((done) => {
    const check = (): void => {
      if (!groupAlive(pid) || Date.now() > deadline) done();
      else setTimeout(check, 50);
    };
    check();
  });
}

/** Stops a child's tree: SIGTERM, then SIGKILL after a grace period if any of it still runs. */
function terminate(pid: number): void {
  void stopTree(pid, 'SIGTERM');
  setTimeout(() => running.has(pid) && void stopTree(pid, 'SIGKILL'), KILL_GRACE_MS).unref();
}

/** Stops every running child's tree: SIGTERM, then SIGKILL after a grace period. */
export function cancelAll(): Promise<void> {
  cancelled = true;
  const pids = [...running];
  for (const pid of pids) void stopTree(pid, 'SIGTERM');
  if (pids.length === 0) return Promise.resolve();
  return new Promise((resolveDone) => {
    const timer = setTimeout(() => {
      for (const pid of pids) if (running.has(pid)) void stopTree(pid, 'SIGKILL');
      resolveDone();
    }, KILL_GRACE_MS);
    timer.unref();
    const poll = setInterval(() => {
      if (pids.every((p) => !running.has(p))) {
        clearInterval(poll);
        clearTimeout(timer);
        resolveDone();
      }
    }, 50);
    poll.unref();
  });
}

/** The last `max` bytes of a stream, and how many came before them. */
export class Tail {
  private chunks: Buffer[] = [];
  private size = 0;
  dropped = 0;
  constructor(private readonly max: number) {}

  push(chunk: Buffer): void {
    if (chunk.length >= this.max) {
      this.dropped += this.size + chunk.length - this.max;
      // A copy: a view would keep the whole chunk alive.
      this.chunks = [Buffer.from(chunk.subarray(chunk.length - this.max))];
      this.size = this.max;
      return;
    }
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size > this.max) {
      const first = this.chunks[0]!;
      const over = this.size - this.max;
      if (first.length <= over) {
        this.chunks.shift();
        this.size -= first.length;
        this.dropped += first.length;
      } else {
        this.chunks[0] = first.subarray(over);
        this.size -= over;
        this.dropped += over;
      }
    }
  }

  /** The kept bytes as text; when the start was dropped, from the first whole line on. */
  text(): string {
    const s = Buffer.concat(this.chunks).toString('utf8');
    if (this.dropped === 0) return s;
    const nl = s.indexOf('\n');
    return nl >= 0 && nl < 64 * 1024 ? s.slice(nl + 1) : s.replace(/^\uFFFD+/, '');
  }
}

/** Splits a byte stream into lines (UTF-8 safe across chunks), each cut at `max` characters. */
export class LineSplitter {
  private partial = '';
  private cut = 0;
  private readonly decoder = new StringDecoder('utf8');
  constructor(
    private readonly onLine: (line: string) => void,
    private readonly max = MAX_LINE_CHARS,
  ) {}

  write(chunk: Buffer): void {
    this.feed(this.decoder.write(chunk));
  }

  end(): void {
    this.feed(this.decoder.end());
    if (this.partial !== '' || this.cut > 0) this.emit();
  }

  private feed(text: string): void {
    for (let start = 0; ;) {
      const nl = text.indexOf('\n', start);
      this.append(nl < 0 ? text.slice(start) : text.slice(start, nl));
      if (nl < 0) return;
      this.emit();
      start = nl + 1;
    }
  }

  private append(piece: string): void {
    const room = Math.max(0, this.max - this.partial.length);
    if (piece.length <= room) this.partial += piece;
    else {
      this.partial += piece.slice(0, room);
      this.cut += piece.length - room;
    }
  }

  private emit(): void {
    const line = this.partial.replace(/\r$/, '');
    const note = this.cut > 0 ? ` … [${this.cut} characters cut]` : '';
    this.partial = '';
    this.cut = 0;
    this.onLine(line + note);
  }
}

/** Reads one output stream of a child: echoed, split into lines for a callback, its tail kept. */
function readStream(
  stream: NodeJS.ReadableStream,
  keep: number,
  /** Where the output is copied as it arrives (the stage's log or our stdout); none when not echoed. */
  echo: OutputSink | undefined,
  onLine: ((line: string) => void) | undefined,
): { tail: Tail; lines?: LineSplitter } {
  const tail = new Tail(keep);
  const lines = onLine ? new LineSplitter(onLine) : undefined;
  stream.on('data', (chunk: Buffer) => {
    tail.push(chunk);
    echo?.write(chunk);
    lines?.write(chunk);
    holdWhileStdoutIsFull(stream);
  });
  return { tail, ...(lines ? { lines } : {}) };
}

/**
 * Backpressure from our own stdout. Written to a pipe (the runner reads the step's log through
 * one), stdout queues what its reader has not taken yet in memory; a child that prints faster
 * than that reader would grow the queue without bound. Whatever a chunk made us print (the echo,
 * or log lines written by a line handler), the child's stream waits until stdout has drained.
 */
function holdWhileStdoutIsFull(stream: NodeJS.ReadableStream): void {
  if (!process.stdout.writableNeedDrain) return;
  stream.pause();
  process.stdout.once('drain', () => stream.resume());
}

/** Runs a program with an argv array. Never throws for a failing program: look at `code`. */
export const exec: Exec = (cmd, args, opts = {}) => {
  if (cancelled) return Promise.resolve({ code: 130, stdout: '', stderr: '', ms: 0, killed: 'cancelled' });
  const started = Date.now();
  const echo = opts.echo ?? 'all';
  const keep = opts.keepBytes ?? OUTPUT_TAIL_BYTES;
  // The running stage's own log when stages overlap (see stage-log.ts), else our stdout.
  const sink = outputSink();
  const child = spawn(cmd, [...args], {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    shell: false,
    detached: process.platform !== 'win32',
    stdio: ['pipe', 'pipe', 'pipe'],
    windowsHide: true,
  });
  const out = readStream(child.stdout, keep, echo === 'all' ? sink : undefined, opts.onStdoutLine);
  const err = readStream(child.stderr, keep, echo !== 'none' ? sink : undefined, opts.onStderrLine);
  const state: ChildState = {};
  if (child.pid !== undefined) {
    running.add(child.pid);
    opts.onSpawn?.(child.pid);
  }
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  child.stdin.on('error', () => {
    /* child exited before reading its input */
  });
  const feed = (text: string): void => {
    if (closed) return;
    timer = stopAfter(child, opts.timeoutMs, state);
    child.stdin.end(text);
  };
  if (typeof opts.input === 'object') void opts.input.then(feed, () => feed(''));
  else feed(opts.input ?? '');
  child.on('error', (e) => {
    state.spawnError = e.message;
  });
  const leftovers = stopLeftovers(child);
  return new Promise((resolveResult) => {
    child.on('close', (code, signal) => {
      closed = true;
      if (timer) clearTimeout(timer);
      leftovers.cancel();
      out.lines?.end();
      err.lines?.end();
      if (cancelled && signal) state.killed = state.killed ?? 'cancelled';
      const res = resultOf(cmd, code, signal, out.tail, err.tail, state);
      // A stopped child's result waits for the rest of its tree (a build's rustc, the cache worker's
      // tar): whoever cleans up after it must not race processes still writing.
      const gone = (state.killed || cancelled) && child.pid !== undefined ? treeGone(child.pid) : Promise.resolve();
      void gone.then(() => {
        if (child.pid !== undefined) running.delete(child.pid);
        resolveResult({ ...res, ms: Date.now() - started });
      });
    });
  });
};

/** What happened to a child besides its exit: why it was stopped, why it could not start. */
interface ChildState {
  killed?: ExecResult['killed'];
  spawnError?: string;
}

/** Stops the child's tree after timeoutMs (marking it timed out); the timer, or none without a bound. */
function stopAfter(child: ChildProcess, timeoutMs: number | undefined, state: ChildState): NodeJS.Timeout | undefined {
  if (timeoutMs === undefined || child.pid === undefined) return undefined;
  const pid = child.pid;
  const timer = setTimeout(() => {
    state.killed = 'timeout';
    terminate(pid);
  }, timeoutMs);
  timer.unref();
  return timer;
}

/**
 * 'close' waits for the output pipes, which a background process the child started (and left
 * running) may hold open forever. Once the child itself has exited, give its output a moment,
 * then stop what is left of its process group and stop waiting.
 */
function stopLeftovers(child: ChildProcessWithoutNullStreams): { cancel(): void } {
  let leftovers: NodeJS.Timeout | undefined;
  child.on('exit', () => {
    if (child.pid === undefined) return;
    const pid = child.pid;
    leftovers = setTimeout(() => {
      void stopTree(pid, 'SIGTERM');
      setTimeout(() => void stopTree(pid, 'SIGKILL'), KILL_GRACE_MS).unref();
      child.stdout.destroy();
      child.stderr.destroy();
    }, LEFTOVER_GRACE_MS);
    leftovers.unref();
  });
  return { cancel: () => leftovers && clearTimeout(leftovers) };
}

function resultOf(
  cmd: string,
  code: number | null,
  signal: NodeJS.Signals | null,
  out: Tail,
  err: Tail,
  state: ChildState,
): ExecResult {
  const { killed, spawnError } = state;
  const exitCode = spawnError ? 127 : (code ?? 128 + (signal ? (SIGNAL_NUMBERS[signal] ?? 1) : 1));
  const stderr = err.text();
  return {
    code: exitCode,
    stdout: out.text(),
    // A program that could not start printed nothing: say why where callers look for the reason.
    stderr: spawnError && stderr === '' ? `${cmd} could not be started: ${spawnError}\n` : stderr,
    ...(out.dropped ? { stdoutDropped: out.dropped } : {}),
    ...(err.dropped ? { stderrDropped: err.dropped } : {}),
    ms: 0,
    ...(killed ? { killed } : {}),
    ...(spawnError ? { spawnError } : {}),
  };
}

/** Formats an argv for logs, quoting arguments that contain spaces or shell metacharacters. */
export function formatCommand(cmd: string, args: readonly string[]): string {
  return [cmd, ...args]
    .map((a) => (a === '' || /[^\w@%+=:,./-]/.test(a) ? `'${a.replace(/'/g, `'\\''`)}'` : a))
    .join(' ');
}
