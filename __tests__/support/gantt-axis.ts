// What a reader's clock says: the times of day a gantt axis should show in a time zone, worked out with Intl
// (independently of Mermaid and d3), and the chart's own settings read back from its Mermaid source.
import { chromiumPath } from '../../scripts/summary-render.mjs';

/** Chromium is there to draw summaries; under CI=true its absence is a failure, not a skip. */
export const hasChromium = chromiumPath() !== undefined;
export const chromiumSkip = !hasChromium && process.env.CI !== 'true';
/** Said in a skipped test's name, so the reason shows in the test report. */
export const chromiumSkipReason = chromiumSkip
  ? ' (skipped: Chromium is missing; source scripts/setup/25-chromium.sh)'
  : '';

export interface GanttSource {
  axisFormat: string;
  tickInterval: string;
  /** Each bar's name and its start and end (milliseconds since the epoch). */
  bars: { name: string; from: number; to: number }[];
}

/** Reads a gantt chart's axis settings and bars (dateFormat x: instants in milliseconds). */
export function parseGantt(source: string): GanttSource {
  const setting = (name: string): string => {
    const m = new RegExp(`^\\s*${name} (.+)$`, 'm').exec(source);
    if (!m) throw new Error(`the chart has no ${name}:\n${source}`);
    return m[1]!.trim();
  };
  const bars = [...source.matchAll(/^\s*(.+?) :(?:[a-z]+, )*p\d+, (\d+), (\d+)$/gm)].map((m) => ({
    name: m[1]!,
    from: Number(m[2]),
    to: Number(m[3]),
  }));
  return { axisFormat: setting('axisFormat'), tickInterval: setting('tickInterval'), bars };
}

const UNIT_MS = { millisecond: 1, second: 1_000, minute: 60_000, hour: 3_600_000 } as const;

/** "5second" → { n: 5, unit: 'second', ms: 5000 }. */
export function parseInterval(interval: string): { n: number; unit: keyof typeof UNIT_MS; ms: number } {
  const m = /^(\d+)(millisecond|second|minute|hour)$/.exec(interval);
  if (!m) throw new Error(`unexpected tickInterval ${interval}`);
  const unit = m[2] as keyof typeof UNIT_MS;
  return { n: Number(m[1]), unit, ms: Number(m[1]) * UNIT_MS[unit] };
}

const clocks = new Map<string, Intl.DateTimeFormat>();

function clockParts(ms: number, timeZone: string): { h: number; m: number; s: number } {
  let clock = clocks.get(timeZone);
  if (!clock) {
    const options = { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' } as const;
    clock = new Intl.DateTimeFormat('en-GB', options);
    clocks.set(timeZone, clock);
  }
  const parts = clock.formatToParts(ms);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return { h: get('hour'), m: get('minute'), s: get('second') };
}

/** The time of day a 24-hour clock in `timeZone` shows at `ms`, in the axis's format (%H:%M:%S or %H:%M). */
export function clockTime(ms: number, timeZone: string, axisFormat: string): string {
  const { h, m, s } = clockParts(ms, timeZone);
  const two = (n: number): string => String(n).padStart(2, '0');
  if (axisFormat === '%H:%M:%S.%L') return `${two(h)}:${two(m)}:${two(s)}.${String(ms % 1000).padStart(3, '0')}`;
  if (axisFormat === '%H:%M:%S') return `${two(h)}:${two(m)}:${two(s)}`;
  if (axisFormat === '%H:%M') return `${two(h)}:${two(m)}`;
  throw new Error(`unexpected axisFormat ${axisFormat}`);
}

/**
 * The first instant at or after `ms` that a clock in `timeZone` shows as a whole tick: every 5 seconds means a
 * second divisible by 5, every 10 minutes a whole minute divisible by 10, every hour a whole hour (in UTC+5:30
 * that is half past the hour in UTC).
 */
export function firstTick(ms: number, interval: string, timeZone: string): number {
  const { n, unit } = parseInterval(interval);
  // Zones are whole minutes from UTC: a tick of milliseconds falls on the same instants everywhere.
  if (unit === 'millisecond') return Math.ceil(ms / n) * n;
  const limit = ms + 2 * 86_400_000;
  for (let t = Math.ceil(ms / 1000) * 1000; t <= limit; t += 1000) {
    const { h, m, s } = clockParts(t, timeZone);
    if (
      unit === 'second' ? s % n === 0 : unit === 'minute' ? s === 0 && m % n === 0 : s === 0 && m === 0 && h % n === 0
    )
      return t;
  }
  throw new Error(`no ${interval} tick within two days of ${new Date(ms).toISOString()} in ${timeZone}`);
}

/** Seconds since midnight of an axis label ("HH:MM:SS.mmm", "HH:MM:SS" or "HH:MM"). */
export function labelSeconds(label: string): number {
  const [h = 0, m = 0, s = 0] = label.split(':').map(Number);
  return h * 3600 + m * 60 + s;
}
