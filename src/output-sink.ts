// Where the output of the child processes of the running code goes: our own stdout, or (when
// stages overlap) the running stage's own log, selected through AsyncLocalStorage so that exec
// finds it without being handed it. See stage-output.ts.
import { AsyncLocalStorage } from 'node:async_hooks';

/** Something child output can be written to: process.stdout or a stage's log. */
export interface OutputSink {
  write(chunk: Buffer | string): unknown;
}

const current = new AsyncLocalStorage<OutputSink>();

/** Runs fn with `sink` as the destination of its children's output. */
export function withSink<T>(sink: OutputSink, fn: () => Promise<T>): Promise<T> {
  return current.run(sink, fn);
}

/** Where child output goes now: the running stage's log, or our own stdout. */
export function outputSink(): OutputSink {
  return current.getStore() ?? process.stdout;
}
