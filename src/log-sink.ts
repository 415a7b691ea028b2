// Where the output of the child processes of the running code goes: our own stdout, or (when
// stages overlap) the running stage's own log, selected through AsyncLocalStorage so that exec
// finds it without being handed it. See stage-log.ts.
//
// Under Actions our stdout is also the channel of workflow commands (`::error …`, `::add-mask::`,
// `::group::`, …), and the repository's code (tests, build scripts) prints into it. So everything
// we echo that is not one of our own commands goes inside a `::stop-commands::<token>` …
// `::<token>::` span, with a token the repository's code cannot guess: the runner ignores every
// command inside such a span, a forged `::stop-commands::x` included. Our own commands are issued
// only between spans (ownCommands). GitHub documents stopping commands for exactly this use:
// https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#stopping-and-starting-workflow-commands
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';

/** Something child output can be written to: our stdout (through the guard) or a stage's log. */
export interface OutputSink {
  write(chunk: Buffer | string): unknown;
}

/**
 * Keeps what it writes from being read as workflow commands. Without a token (the CLI) it writes
 * straight through. With one, text opens a span when none is open, and `commands` closes it first.
 * Spans are opened and closed on line boundaries (the runner reads commands line by line).
 */
export class CommandGuard {
  private open = false;
  private atLineStart = true;

  constructor(
    private readonly out: OutputSink,
    private readonly token?: string,
  ) {}

  /** Writes output that must not issue commands: a child's output, or our own plain log lines. */
  text(chunk: Buffer | string): void {
    if (chunk.length === 0) return;
    if (this.token && !this.open) {
      this.out.write(`${this.atLineStart ? '' : '\n'}::stop-commands::${this.token}\n`);
      this.open = true;
    }
    this.out.write(chunk);
    const last = typeof chunk === 'string' ? chunk.charCodeAt(chunk.length - 1) : chunk[chunk.length - 1];
    this.atLineStart = last === 0x0a;
  }

  /** Runs fn, which writes our own workflow commands (whole lines), outside any span. */
  commands<T>(fn: () => T): T {
    this.close();
    try {
      return fn();
    } finally {
      this.atLineStart = true;
    }
  }

  /** Ends the open span, if any (at the end of a step, and before each of our commands). */
  close(): void {
    if (!this.open) return;
    this.out.write(`${this.atLineStart ? '' : '\n'}::${this.token}::\n`);
    this.open = false;
    this.atLineStart = true;
  }
}

const stdout: OutputSink = { write: (chunk) => process.stdout.write(chunk) };
let guard = new CommandGuard(stdout);

/**
 * Turns the guard on for this process with a fresh token (the action's main and post steps; the
 * CLI prints plainly). 128 random bits: the repository's code cannot guess it, and the runner masks it.
 */
export function guardWorkflowCommands(token = randomBytes(16).toString('hex')): void {
  guard.close();
  guard = new CommandGuard(stdout, token);
}

/** Our stdout for output that must stay inert: child output, replayed stage logs, plain log lines. */
export const guardedStdout: OutputSink = { write: (chunk) => guard.text(chunk) };

/** Runs fn, which issues our own workflow commands (annotations, groups, masks, outputs), outside any span. */
export function ownCommands<T>(fn: () => T): T {
  return guard.commands(fn);
}

/** Closes the open span: call before the step ends. */
export function closeGuard(): void {
  guard.close();
}

const current = new AsyncLocalStorage<OutputSink>();

/** Runs fn with `sink` as the destination of its children's output. */
export function withSink<T>(sink: OutputSink, fn: () => Promise<T>): Promise<T> {
  return current.run(sink, fn);
}

/** Where child output goes now: the running stage's log, or our own stdout (guarded). */
export function outputSink(): OutputSink {
  return current.getStore() ?? guardedStdout;
}
