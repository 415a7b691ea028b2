// Times each phase of a run and reports each one's share of the whole.
export interface PhaseTiming {
  /** e.g. "stage: test", or a nested "stage: test › stable/default". */
  name: string;
  depth: number;
  /** Start, in ms since the profiler was created. */
  at: number;
  ms: number;
}

export class Profiler {
  private readonly phases: PhaseTiming[] = [];
  private readonly stack: string[] = [];
  private readonly started: number;

  constructor(private readonly now: () => number = () => performance.now()) {
    this.started = now();
  }

  /** Times fn as a phase; phases started inside it are nested under it. */
  async measure<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const start = this.now();
    const entry: PhaseTiming = { name, depth: this.stack.length, at: start - this.started, ms: 0 };
    this.phases.push(entry);
    this.stack.push(name);
    try {
      return await fn();
    } finally {
      entry.ms = this.now() - start;
      this.stack.pop();
    }
  }

  totalMs(): number {
    return this.now() - this.started;
  }

  timings(): PhaseTiming[] {
    return this.phases.map((p) => ({ ...p }));
  }
}

/** Rows of a phase profile: name, seconds, share of the total (in percent). */
export function profileRows(phases: readonly PhaseTiming[], totalMs: number): (PhaseTiming & { share: number })[] {
  const total = Math.max(totalMs, 1);
  return phases.map((p) => ({ ...p, share: (p.ms / total) * 100 }));
}

export function formatMs(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const m = Math.floor(ms / 60_000);
  return `${m} min ${Math.round((ms - m * 60_000) / 1000)} s`;
}
