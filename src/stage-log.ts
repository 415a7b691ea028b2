// Where a running stage's log goes when stages overlap. Each stage runs inside its own
// StageOutput (selected through AsyncLocalStorage, so exec and the logger find it without being
// handed it): the stage that is first in pipeline order streams live, the others record their log
// and print it whole, in pipeline order, when they come to the front. Recorded child output is
// kept in memory up to a bound and spilled to a temporary file past it. Child output reaches our
// stdout only through the guard (log-sink.ts), live or replayed.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from './context.js';
import { guardedStdout, outputSink, withSink, type OutputSink } from './log-sink.js';

/** Recorded output kept in memory per stage before the rest goes to a temporary file. */
export const MEMORY_LIMIT_BYTES = 4 * 1024 * 1024;

type Entry =
  | { kind: 'out'; data: Buffer }
  | { kind: 'spilled'; offset: number; length: number }
  | { kind: 'info' | 'warning'; message: string };

export class StageOutput implements OutputSink {
  private entries: Entry[] = [];
  private live = false;
  private inMemory = 0;
  private spill?: { dir: string; fd: number; size: number };

  constructor(
    private readonly log: Logger,
    private readonly memoryLimit = MEMORY_LIMIT_BYTES,
  ) {}

  write(chunk: Buffer | string): void {
    const data = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (this.live) guardedStdout.write(data);
    else if (this.inMemory + data.length <= this.memoryLimit) {
      this.inMemory += data.length;
      this.entries.push({ kind: 'out', data });
    } else this.spillChunk(data);
  }

  message(kind: 'info' | 'warning', message: string): void {
    if (this.live) this.log[kind](message);
    else if (kind === 'info' && this.spill) this.spillChunk(Buffer.from(`${message}\n`));
    else this.entries.push({ kind, message });
  }

  get isLive(): boolean {
    return this.live;
  }

  /** Prints what was recorded, then streams whatever the stage writes from now on. */
  goLive(): void {
    for (const e of this.entries) {
      if (e.kind === 'out') guardedStdout.write(e.data);
      else if (e.kind === 'spilled') this.replaySpilled(e.offset, e.length);
      else this.log[e.kind](e.message);
    }
    this.entries = [];
    this.live = true;
    this.dispose();
  }

  /** Removes the temporary file, if any. */
  dispose(): void {
    if (!this.spill) return;
    closeSync(this.spill.fd);
    rmSync(this.spill.dir, { recursive: true, force: true });
    this.spill = undefined;
  }

  private spillChunk(data: Buffer): void {
    if (!this.spill) {
      const dir = mkdtempSync(join(tmpdir(), 'rust-pipeline-log-'));
      this.spill = { dir, fd: openSync(join(dir, 'log'), 'w+'), size: 0 };
    }
    writeSync(this.spill.fd, data);
    const last = this.entries.at(-1);
    if (last?.kind === 'spilled') last.length += data.length;
    else this.entries.push({ kind: 'spilled', offset: this.spill.size, length: data.length });
    this.spill.size += data.length;
  }

  private replaySpilled(offset: number, length: number): void {
    const buf = Buffer.alloc(Math.min(length, 1024 * 1024));
    for (let done = 0; done < length;) {
      const n = readSync(this.spill!.fd, buf, 0, Math.min(buf.length, length - done), offset + done);
      if (n <= 0) break;
      guardedStdout.write(Buffer.from(buf.subarray(0, n)));
      done += n;
    }
  }
}

/** Runs fn with `output` as the destination of its log and of its children's output. */
export function withOutput<T>(output: StageOutput, fn: () => Promise<T>): Promise<T> {
  return withSink(output, fn);
}

function currentOutput(): StageOutput | undefined {
  const sink = outputSink();
  return sink instanceof StageOutput ? sink : undefined;
}

/**
 * A logger that writes into the running stage's output when there is one, and to `base`
 * otherwise. A group inside a recorded stage becomes a heading line (log groups do not nest).
 */
export function routedLogger(base: Logger): Logger {
  const say = (kind: 'info' | 'warning', m: string): void => {
    const out = currentOutput();
    if (out) out.message(kind, m);
    else base[kind](m);
  };
  return {
    info: (m) => say('info', m),
    warning: (m) => say('warning', m),
    group: (name, fn) => {
      const out = currentOutput();
      if (!out || out.isLive) return base.group(name, fn);
      out.message('info', `▶ ${name}`);
      return fn();
    },
    secret: (v) => base.secret(v),
  };
}
