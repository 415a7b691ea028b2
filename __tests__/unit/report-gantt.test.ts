import { describe, expect, it, test } from 'vitest';
import { axisFor, ganttChart, wantsChart } from '../../src/report/gantt.js';
import type { StageStatus } from '../../src/context.js';

const START = '2026-12-06T10:00:00.000Z';
const T0 = Date.parse(START);

describe('ganttChart', () => {
  it('places every bar at its real instant, so each viewer reads real local times of day', () => {
    const chart = ganttChart({
      startedAt: START,
      totalMs: 1100,
      status: new Map<string, StageStatus>([
        ['fmt', 'success'],
        ['clippy', 'failure'],
      ]),
      phases: [
        { name: 'cache restore', depth: 0, at: 0, ms: 120 },
        { name: 'stage: fmt', depth: 0, at: 5, ms: 300 },
        { name: 'cargo fmt', depth: 1, at: 6, ms: 290 },
        { name: 'stage: clippy', depth: 0, at: 120, ms: 900.4 },
      ],
    });
    expect(chart.split('\n')).toEqual([
      'gantt',
      '  title Where the time went (your local time)',
      '  dateFormat x',
      '  axisFormat %H:%M:%S.%L',
      '  tickInterval 200millisecond',
      '  todayMarker off',
      '  section setup',
      `  cache restore (120 ms) :p0, ${T0}, ${T0 + 120}`,
      '  section stages',
      `  fmt (300 ms) :p1, ${T0 + 5}, ${T0 + 305}`,
      `  clippy (failed, 900 ms) :crit, p2, ${T0 + 120}, ${T0 + 1020}`,
      '',
    ]);
  });

  it('marks cancelled stages apart from failed ones and leaves hairline phases out of the chart', () => {
    const chart = ganttChart({
      startedAt: START,
      totalMs: 60_000,
      status: new Map<string, StageStatus>([
        ['test', 'cancelled'],
        ['audit', 'failure'],
      ]),
      phases: [
        { name: 'toolchain', depth: 0, at: 0, ms: 3 },
        { name: 'stage: test', depth: 0, at: 3, ms: 40_000 },
        { name: 'stage: audit; #x: y', depth: 0, at: 3, ms: 20_000 },
      ],
    });
    expect(chart).not.toContain('toolchain');
    expect(chart).not.toContain('section setup');
    expect(chart).toContain(`  test (cancelled, 40.0 s) :done, p0, ${T0 + 3}, ${T0 + 40_003}`);
    expect(chart).toContain(`  audit   x  y (20.0 s) :p1, ${T0 + 3}, ${T0 + 20_003}`);
  });
});

test.each([
  ['a 400-millisecond run', 400, '%H:%M:%S.%L', '100millisecond'],
  ['a 1.5-second run', 1_500, '%H:%M:%S.%L', '200millisecond'],
  ['a 2-second run', 2_000, '%H:%M:%S', '1second'],
  ['a 40-second run', 40_000, '%H:%M:%S', '5second'],
  ['a 14-minute run', 14 * 60_000, '%H:%M', '2minute'],
  ['a 75-minute run', 75 * 60_000, '%H:%M', '10minute'],
  ['a 10-hour run', 10 * 3_600_000, '%H:%M', '1hour'],
])('the axis of %s: %s every %s', (_, ms, axisFormat, tickInterval) => {
  expect(axisFor(ms)).toEqual({ axisFormat, tickInterval });
});

describe('wantsChart', () => {
  it('draws a chart for every run of more than one stage, overlapping or not', () => {
    const stage = (name: string, at: number): { name: string; depth: number; at: number; ms: number } => ({
      name: `stage: ${name}`,
      depth: 0,
      at,
      ms: 10,
    });
    expect(wantsChart([stage('fmt', 0)])).toBe(false);
    expect(wantsChart([stage('fmt', 0), stage('clippy', 10)])).toBe(true);
    expect(wantsChart([{ name: 'cache restore', depth: 0, at: 0, ms: 5 }, stage('fmt', 5)])).toBe(false);
  });
});
