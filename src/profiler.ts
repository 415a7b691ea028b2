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

/** A row of the phase profile: top-level rows carry their share of the wall time; nested rows carry none. */
export type ProfileRow = PhaseTiming & { share?: number };

/**
 * Rows of a phase profile. Shares are of wall time and the top-level rows add up to 100 %: time during which
 * several top-level phases ran at once (overlapping stages) is split evenly between them, and wall time no phase
 * covered is one row of its own ("other"). Nested rows carry no share, so nothing is counted twice.
 */
export function profileRows(phases: readonly PhaseTiming[], totalMs: number): ProfileRow[] {
  const top = phases.filter((p) => p.depth === 0);
  const wall = wallShares(top, totalMs);
  const rows: ProfileRow[] = phases.map((p) => (p.depth === 0 ? { ...p, share: wall.shares.get(p)! } : { ...p }));
  if (wall.otherMs >= 0.5) rows.push({ name: OTHER_PHASE, depth: 0, at: 0, ms: wall.otherMs, share: wall.other });
  return rows;
}

/** The row for wall time no phase covered (start-up, reporting). */
export const OTHER_PHASE = 'other (outside the phases above)';

/**
 * Each top-level phase's share of the wall time, in percent rounded to one decimal so that the shown values add up
 * to exactly 100.0 (largest remainder).
 */
function wallShares(
  top: readonly PhaseTiming[],
  totalMs: number,
): { shares: Map<PhaseTiming, number>; other: number; otherMs: number } {
  const attributed = new Map<PhaseTiming, number>(top.map((p) => [p, 0]));
  const cuts = [...new Set(top.flatMap((p) => [p.at, p.at + p.ms]))].sort((a, b) => a - b);
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const running = top.filter((p) => p.at <= from && p.at + p.ms >= to);
    for (const p of running) attributed.set(p, attributed.get(p)! + (to - from) / running.length);
  }
  const covered = [...attributed.values()].reduce((a, b) => a + b, 0);
  const total = Math.max(totalMs, covered, 1);
  const otherMs = total - covered;
  const parts = [...attributed.values(), otherMs].map((ms) => (ms / total) * 1000);
  const tenths = largestRemainder(parts, 1000);
  return {
    shares: new Map(top.map((p, i) => [p, tenths[i]! / 10])),
    other: tenths[top.length]! / 10,
    otherMs,
  };
}

/** Rounds non-negative parts to whole numbers that add up to `sum` (Hamilton's method). */
export function largestRemainder(parts: readonly number[], sum: number): number[] {
  const floors = parts.map(Math.floor);
  let left = sum - floors.reduce((a, b) => a + b, 0);
  const order = parts.map((p, i) => [p - Math.floor(p), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floors[i]!++;
    left--;
  }
  return floors;
}

/**
 * A duration as people read it: rounded once, at the precision shown, then carried ("59.96 s" is "1 min 0 s",
 * never "60.0 s"; "119.6 s" is "2 min 0 s", never "1 min 60 s").
 */
export function formatMs(ms: number): string {
  if (Math.round(ms) < 1000) return `${Math.round(ms)} ms`;
  const tenths = Math.round(ms / 100);
  if (tenths < 600) return `${(tenths / 10).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
  const minutes = Math.round(ms / 60_000);
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
