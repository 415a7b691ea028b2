// The run as a Mermaid gantt chart. GitHub draws the chart in the viewer's local time zone, so every bar is placed
// at its real instant (milliseconds since the epoch) and the axis shows times of day: a viewer in UTC+5:30 reads
// the run's real local start, never an offset from midnight such as "30:00".
import type { StageStatus } from '../context.js';
import { formatMs, type PhaseTiming } from '../profiler.js';

export interface GanttInput {
  phases: readonly PhaseTiming[];
  /** When the run started (ISO 8601); phase offsets are from here. */
  startedAt: string;
  totalMs: number;
  /** The status of each stage phase, by stage name ("test" for "stage: test"). */
  status: ReadonlyMap<string, StageStatus>;
}

/** A bar narrower than this share of the run would draw as a hairline: it is left out of the chart (not the table). */
const MIN_BAR_SHARE = 0.01;

const STAGE_PREFIX = 'stage: ';

/** Tick spacings Mermaid's gantt understands (`tickInterval`), shortest first. */
const TICKS: readonly { ms: number; text: string }[] = [
  { ms: 100, text: '100millisecond' },
  { ms: 200, text: '200millisecond' },
  { ms: 250, text: '250millisecond' },
  { ms: 500, text: '500millisecond' },
  { ms: 1_000, text: '1second' },
  { ms: 2_000, text: '2second' },
  { ms: 5_000, text: '5second' },
  { ms: 10_000, text: '10second' },
  { ms: 15_000, text: '15second' },
  { ms: 30_000, text: '30second' },
  { ms: 60_000, text: '1minute' },
  { ms: 120_000, text: '2minute' },
  { ms: 300_000, text: '5minute' },
  { ms: 600_000, text: '10minute' },
  { ms: 900_000, text: '15minute' },
  { ms: 1_800_000, text: '30minute' },
  { ms: 3_600_000, text: '1hour' },
];

/** At most this many ticks on the axis. */
const MAX_TICKS = 8;

/** Below this length whole seconds would leave the axis with one label or none: it ticks in milliseconds. */
const SUBSECOND_BELOW_MS = 2_000;

/**
 * Axis labels that fit the run's length: milliseconds for runs under two seconds (ticks fall on round
 * times, so a shorter run might otherwise show no label at all), seconds under ten minutes, minutes after.
 */
export function axisFor(totalMs: number): { axisFormat: string; tickInterval: string } {
  const ticks = totalMs < SUBSECOND_BELOW_MS ? TICKS : TICKS.filter((t) => t.ms >= 1_000);
  const tick = ticks.find((t) => totalMs / t.ms <= MAX_TICKS) ?? TICKS[TICKS.length - 1]!;
  const axisFormat = tick.ms < 1_000 ? '%H:%M:%S.%L' : totalMs < 600_000 ? '%H:%M:%S' : '%H:%M';
  return { axisFormat, tickInterval: tick.text };
}

/** Whether the run deserves a chart: more than one stage ran. */
export function wantsChart(phases: readonly PhaseTiming[]): boolean {
  return phases.filter(isStagePhase).length > 1;
}

export function isStagePhase(p: PhaseTiming): boolean {
  return p.depth === 0 && p.name.startsWith(STAGE_PREFIX);
}

/** Mermaid task names end at `:`; `#` and `;` start comments and statements. */
function label(name: string): string {
  return name
    .replace(STAGE_PREFIX, '')
    .replace(/[:;#]/g, ' ')
    .replace(/[\r\n]+/g, ' ')
    .trim();
}

const TAG: Record<StageStatus, string> = { success: '', failure: 'crit, ', cancelled: 'done, ', skipped: 'done, ' };
const WORD: Partial<Record<StageStatus, string>> = { failure: 'failed', cancelled: 'cancelled' };

function task(p: PhaseTiming, id: number, start: number, status: StageStatus | undefined): string {
  const name = label(p.name);
  const word = status ? WORD[status] : undefined;
  const from = Math.round(start + p.at);
  const to = Math.max(from + 1, Math.round(start + p.at + p.ms));
  return `  ${name} (${word ? `${word}, ` : ''}${formatMs(p.ms)}) :${status ? TAG[status] : ''}p${id}, ${from}, ${to}`;
}

/** The top-level phases (setup, then stages) at their real times; failed stages `crit`, cancelled ones `done`. */
export function ganttChart(g: GanttInput): string {
  const start = Date.parse(g.startedAt);
  const top = g.phases.filter((p) => p.depth === 0 && p.ms >= g.totalMs * MIN_BAR_SHARE);
  const setup = top.filter((p) => !isStagePhase(p));
  const stages = top.filter(isStagePhase);
  const statusOf = (p: PhaseTiming): StageStatus | undefined =>
    isStagePhase(p) ? g.status.get(p.name.slice(STAGE_PREFIX.length)) : undefined;
  const line = (p: PhaseTiming): string => task(p, top.indexOf(p), start, statusOf(p));
  const axis = axisFor(g.totalMs);
  return [
    'gantt',
    '  title Where the time went (your local time)',
    '  dateFormat x',
    `  axisFormat ${axis.axisFormat}`,
    `  tickInterval ${axis.tickInterval}`,
    '  todayMarker off',
    ...(setup.length ? ['  section setup', ...setup.map(line)] : []),
    ...(stages.length ? ['  section stages', ...stages.map(line)] : []),
    '',
  ].join('\n');
}
