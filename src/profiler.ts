// Times each phase of a run and reports each one's share of the whole.
import { AsyncLocalStorage } from 'node:async_hooks';

export interface PhaseTiming {
  /** e.g. "stage: test", or a nested "stage: test › stable/default". */
  name: string;
  depth: number;
  /** Start, in ms since the profiler was created. */
  at: number;
  ms: number;
}

interface Phase extends PhaseTiming {
  parent?: Phase;
  /** False while a reserved phase has not started. */
  started: boolean;
}

export class Profiler {
  private readonly phases: Phase[] = [];
  // The phase that encloses the running code: phases that run at the same time (overlapping
  // stages) each nest their own phases under themselves.
  private readonly enclosing = new AsyncLocalStorage<Phase>();
  private readonly started: number;

  constructor(private readonly now: () => number = () => performance.now()) {
    this.started = now();
  }

  /**
   * Reserves places for phases that will start later, possibly in another order (overlapping
   * stages): the profile lists them in the order reserved. A reserved phase that never starts is
   * left out.
   */
  reserve(names: readonly string[]): void {
    const parent = this.enclosing.getStore();
    for (const name of names)
      this.phases.push({ name, depth: parent ? parent.depth + 1 : 0, at: 0, ms: 0, parent, started: false });
  }

  /** Times fn as a phase; phases started inside it are nested under it. */
  async measure<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const start = this.now();
    const parent = this.enclosing.getStore();
    let entry = this.phases.find((p) => !p.started && p.name === name && p.parent === parent);
    if (!entry) {
      entry = { name, depth: parent ? parent.depth + 1 : 0, at: 0, ms: 0, parent, started: true };
      this.phases.push(entry);
    }
    entry.started = true;
    entry.at = start - this.started;
    try {
      return await this.enclosing.run(entry, fn);
    } finally {
      entry.ms = this.now() - start;
    }
  }

  totalMs(): number {
    return this.now() - this.started;
  }

  /** Every phase that ran, each followed by the phases nested in it. */
  timings(): PhaseTiming[] {
    const out: PhaseTiming[] = [];
    const visit = (parent: Phase | undefined): void => {
      for (const p of this.phases) {
        if (p.parent !== parent || !p.started) continue;
        out.push({ name: p.name, depth: p.depth, at: p.at, ms: p.ms });
        visit(p);
      }
    };
    visit(undefined);
    return out;
  }
}

/**
 * How much of a set of phases ran at the same time: the wall time they span (the union of their
 * intervals) against the sum of their times.
 */
export function overlap(phases: readonly Pick<PhaseTiming, 'at' | 'ms'>[]): { wallMs: number; summedMs: number } {
  const spans = phases.map((p) => [p.at, p.at + p.ms] as const).sort((a, b) => a[0] - b[0]);
  let wallMs = 0;
  let end = -Infinity;
  for (const [from, to] of spans) {
    if (to <= end) continue;
    wallMs += to - Math.max(from, end);
    end = to;
  }
  return { wallMs, summedMs: phases.reduce((n, p) => n + p.ms, 0) };
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
