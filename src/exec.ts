// The one way this action runs an external program: an argv array (never a shell string),
// output captured (and optionally streamed), every child in its own process group so that
// cancellation can take down cargo and everything cargo started.
//
// Node's child_process is used directly rather than @actions/exec because cancelling needs
// the child's pid (to signal its whole process group), which @actions/exec does not expose.
import { spawn } from 'node:child_process';
import { outputSink } from './output-sink.js';

export interface ExecOptions {
  cwd?: string;
  /** Full environment for the child; defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** Written to the child's stdin, which is then closed (used for --password-stdin). */
  input?: string;
  /** Which streams are copied to our own stdout while the child runs. Default: both. */
  echo?: 'all' | 'stderr' | 'none';
  /** Called for each complete stdout line as it arrives. */
  onStdoutLine?: (line: string) => void;
  /** Kill the child (and its group) after this many milliseconds. */
  timeoutMs?: number;
}

export interface ExecResult {
  /** Exit code; 128 + signal number when the child was killed by a signal; 127 when it could not start. */
  code: number;
  stdout: string;
  stderr: string;
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

/** True once cancelAll() was called: stages check it to report themselves as cancelled. */
export function isCancelled(): boolean {
  return cancelled;
}

function signalGroup(pid: number, sig: NodeJS.Signals): void {
  try {
    // A negative pid addresses the whole process group (POSIX); on Windows fall back to the child.
    process.kill(process.platform === 'win32' ? pid : -pid, sig);
  } catch {
    /* already gone */
  }
}

/** Stops every running child's process group: SIGTERM, then SIGKILL after a grace period. */
export function cancelAll(): Promise<void> {
  cancelled = true;
  const pids = [...running];
  for (const pid of pids) signalGroup(pid, 'SIGTERM');
  if (pids.length === 0) return Promise.resolve();
  return new Promise((resolveDone) => {
    const timer = setTimeout(() => {
      for (const pid of pids) if (running.has(pid)) signalGroup(pid, 'SIGKILL');
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

/** Runs a program with an argv array. Never throws for a failing program: look at `code`. */
export const exec: Exec = (cmd, args, opts = {}) => {
  const started = Date.now();
  const echo = opts.echo ?? 'all';
  // The running stage's own log when stages overlap (see stage-output.ts), else our stdout.
  const sink = outputSink();
  return new Promise((resolveResult) => {
    if (cancelled) {
      resolveResult({ code: 130, stdout: '', stderr: '', ms: 0, killed: 'cancelled' });
      return;
    }
    const child = spawn(cmd, [...args], {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      shell: false,
      detached: process.platform !== 'win32',
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let partial = '';
    let killed: ExecResult['killed'];
    let spawnError: string | undefined;
    if (child.pid !== undefined) running.add(child.pid);

    let timer: NodeJS.Timeout | undefined;
    if (opts.timeoutMs !== undefined && child.pid !== undefined) {
      const pid = child.pid;
      timer = setTimeout(() => {
        killed = 'timeout';
        signalGroup(pid, 'SIGTERM');
        setTimeout(() => running.has(pid) && signalGroup(pid, 'SIGKILL'), KILL_GRACE_MS).unref();
      }, opts.timeoutMs);
      timer.unref();
    }

    child.stdout.on('data', (chunk: Buffer) => {
      out.push(chunk);
      if (echo === 'all') sink.write(chunk);
      if (opts.onStdoutLine) {
        const lines = (partial + chunk.toString('utf8')).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) opts.onStdoutLine(line.replace(/\r$/, ''));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err.push(chunk);
      if (echo !== 'none') sink.write(chunk);
    });
    child.stdin.on('error', () => {
      /* child exited before reading its input */
    });
    child.stdin.end(opts.input ?? '');

    child.on('error', (e) => {
      spawnError = e.message;
    });
    // 'close' waits for the output pipes, which a background process the child started (and left
    // running) may hold open forever. Once the child itself has exited, give its output a moment,
    // then stop what is left of its process group and stop waiting.
    let leftovers: NodeJS.Timeout | undefined;
    child.on('exit', () => {
      if (child.pid === undefined) return;
      const pid = child.pid;
      leftovers = setTimeout(() => {
        signalGroup(pid, 'SIGTERM');
        setTimeout(() => signalGroup(pid, 'SIGKILL'), KILL_GRACE_MS).unref();
        child.stdout.destroy();
        child.stderr.destroy();
      }, LEFTOVER_GRACE_MS);
      leftovers.unref();
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (leftovers) clearTimeout(leftovers);
      if (child.pid !== undefined) running.delete(child.pid);
      if (partial && opts.onStdoutLine) opts.onStdoutLine(partial);
      if (cancelled && signal) killed = killed ?? 'cancelled';
      const exitCode = spawnError ? 127 : (code ?? 128 + (signal ? (SIGNAL_NUMBERS[signal] ?? 1) : 1));
      const stderr = Buffer.concat(err).toString('utf8');
      resolveResult({
        code: exitCode,
        stdout: Buffer.concat(out).toString('utf8'),
        // A program that could not start printed nothing: say why where callers look for the reason.
        stderr: spawnError && stderr === '' ? `${cmd} could not be started: ${spawnError}\n` : stderr,
        ms: Date.now() - started,
        ...(killed ? { killed } : {}),
        ...(spawnError ? { spawnError } : {}),
      });
    });
  });
};

/** Formats an argv for logs, quoting arguments that contain spaces or shell metacharacters. */
export function formatCommand(cmd: string, args: readonly string[]): string {
  return [cmd, ...args]
    .map((a) => (a === '' || /[^\w@%+=:,./-]/.test(a) ? `'${a.replace(/'/g, `'\\''`)}'` : a))
    .join(' ');
}
