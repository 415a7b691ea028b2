// The gantt charts of src/report/gantt.ts as Mermaid draws them, in the time zones of viewers east and west of
// UTC, half-hour offsets included: the axis labels are computed by Mermaid (d3) in the viewer's browser, so they
// are read from the SVG that Mermaid draws in headless Chromium. One Chromium renders every chart: each zone is a
// tab of its own (DevTools' timezone override).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderPages, summaryPage, type RenderedPage } from '../../scripts/summary-render.mjs';
import type { StageStatus } from '../../src/context.js';
import type { PhaseTiming } from '../../src/profiler.js';
import { ganttChart } from '../../src/report/gantt.js';
import {
  chromiumSkip,
  chromiumSkipReason,
  clockTime,
  firstTick,
  labelSeconds,
  parseGantt,
  parseInterval,
} from '../support/gantt-axis.js';

/** 04:47:20.250 UTC: 10:17 in Kolkata, 14:17 in Darwin, 01:17 in St. John's; no run below crosses midnight there. */
const START = '2026-12-06T04:47:20.250Z';
const T0 = Date.parse(START);

const ZONES = ['UTC', 'Asia/Kolkata', 'Australia/Darwin', 'America/St_Johns'] as const;
const RUNS = [
  { name: '800-millisecond', ms: 800 },
  { name: '2-second', ms: 2_000 },
  { name: '14-minute', ms: 14 * 60_000 },
  { name: '75-minute', ms: 75 * 60_000 },
  { name: '5-hour', ms: 5 * 3_600_000 },
] as const;

/** The label each axis format allows: a real time of day in 24-hour form. */
const FORMS: Record<string, RegExp> = {
  '%H:%M:%S.%L': /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}$/,
  '%H:%M:%S': /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/,
  '%H:%M': /^([01]\d|2[0-3]):[0-5]\d$/,
};

/** A run of `total` ms: the cache restore, then fmt beside clippy, then the tests (a failed stage among them). */
function chart(total: number): string {
  const phases: PhaseTiming[] = [
    { name: 'cache restore', depth: 0, at: 0, ms: total * 0.05 },
    { name: 'stage: fmt', depth: 0, at: total * 0.05, ms: total * 0.1 },
    { name: 'stage: clippy', depth: 0, at: total * 0.05, ms: total * 0.35 },
    { name: 'stage: test', depth: 0, at: total * 0.4, ms: total * 0.6 },
  ];
  const status = new Map<string, StageStatus>([
    ['fmt', 'success'],
    ['clippy', 'failure'],
    ['test', 'success'],
  ]);
  return ganttChart({ startedAt: START, totalMs: total, phases, status });
}

/** A task line cut in two (a stage name with a line break, as gantt.ts's label() prevents): Mermaid refuses it. */
const BROKEN = `gantt\n  dateFormat x\n  section stages\n  clippy\n (120 ms) :p0, ${T0}, ${T0 + 120}\n  test\n`;
const block = (source: string): string => `\`\`\`mermaid\n${source}\`\`\`\n`;

describe.skipIf(chromiumSkip)(`gantt axes drawn by Mermaid in four time zones${chromiumSkipReason}`, () => {
  const pages = new Map<string, RenderedPage>();
  let dir = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rp-gantt-render-'));
    const file = join(dir, 'charts.html');
    const docs = RUNS.map((r) => ({ id: r.name, markdown: block(chart(r.ms)) }));
    writeFileSync(file, summaryPage([...docs, { id: 'broken', markdown: block(BROKEN) }]));
    const rendered = await renderPages(ZONES.map((timeZone) => ({ file, timeZone })));
    ZONES.forEach((zone, i) => pages.set(zone, rendered[i]!));
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const drawn = (zone: string, id: string) => {
    const c = pages.get(zone)?.docs.find((d) => d.id === id)?.charts[0];
    if (!c) throw new Error(`no chart ${id} in ${zone}`);
    return c;
  };

  test.each(ZONES)('the harness catches a chart Mermaid cannot parse (%s)', (zone) => {
    expect(drawn(zone, 'broken').error).toMatch(/^Parse error on line \d+/);
    expect(drawn(zone, 'broken').svg).toBe('');
    expect(pages.get(zone)?.requests).toEqual([]);
  });

  const rows = RUNS.flatMap((run) => ZONES.map((zone) => ({ run, zone })));
  test.each(rows.map((r, i) => [i + 1, r.run.name, r.zone, r.run.ms] as const))(
    '%i. a %s run seen in %s: the first label is the start on a clock there, every label a time of day',
    (_, name, zone, ms) => {
      const c = drawn(zone, name);
      expect(c.error).toBeNull();
      const gantt = parseGantt(c.source);
      const { ms: tickMs } = parseInterval(gantt.tickInterval);
      const chartStart = Math.min(...gantt.bars.map((b) => b.from));
      expect(chartStart).toBe(T0);
      // The first label: the run's start rounded up to a whole tick as that zone's clock counts ticks.
      expect(c.ticks[0], c.ticks.join(' ')).toBe(
        clockTime(firstTick(T0, gantt.tickInterval, zone), zone, gantt.axisFormat),
      );
      // Every label a real time of day in 24-hour form (never "30:00"), rising by one tick each (no wrap).
      const form = FORMS[gantt.axisFormat];
      for (const t of c.ticks) expect(t).toMatch(form ?? /^never$/);
      const steps = c.ticks.slice(1).map((t, i) => Math.round((labelSeconds(t) - labelSeconds(c.ticks[i]!)) * 1000));
      expect(steps).toEqual(steps.map(() => tickMs));
      // Labelled from the start to the end, a handful of them (a run under a second too).
      expect(c.ticks.length).toBeGreaterThanOrEqual(ms >= 60_000 || ms < 1_000 ? 4 : 1);
      expect(c.ticks.length).toBeLessThanOrEqual(Math.floor(ms / tickMs) + 1);
      const last = clockTime(T0 + ms, zone, '%H:%M:%S.%L');
      expect(labelSeconds(c.ticks.at(-1)!)).toBeLessThanOrEqual(labelSeconds(last));
    },
  );

  test('the zones really differ: one instant, four clocks', () => {
    const firsts = ZONES.map((z) => drawn(z, '5-hour').ticks[0]);
    // 04:47 UTC: the next whole hour is 05:00 in UTC; in Kolkata it is 10:17, so 11:00 there (05:30 UTC); and so on.
    expect(firsts).toEqual(['05:00', '11:00', '15:00', '02:00']);
  });
});
