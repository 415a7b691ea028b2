// The job summary as a person sees it: the step summaries of real runs of the built action, drawn as GitHub
// draws them (GFM through marked, ```mermaid blocks through Mermaid) in headless Chromium, in two viewers' time
// zones (TZ=UTC and TZ=Asia/Kolkata, as each viewer's machine sets it).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPages, summaryPage, type RenderedPage } from '../../scripts/summary-render.mjs';
import {
  chromiumSkip,
  chromiumSkipReason,
  clockTime,
  firstTick,
  parseGantt,
  parseInterval,
} from '../support/gantt-axis.js';
import { readReport, runAction, workspaces, type StepResult } from '../support/rig.js';

const workspace = workspaces();
const ZONES = ['UTC', 'Asia/Kolkata'] as const;
/** The fixtures: every check passes; fmt, clippy and a unit test fail in one run. */
const RUNS = { passing: 'clean', failing: 'summary-faults' } as const;
type RunName = keyof typeof RUNS;

interface Run {
  step: StepResult;
  startedAt: number;
  totalMs: number;
  /** This process's clock around the run: the run's real start lies between. */
  before: number;
  after: number;
}

describe.skipIf(chromiumSkip)(
  `summaries of real runs, drawn by marked and Mermaid in Chromium${chromiumSkipReason}`,
  () => {
    const runs = {} as Record<RunName, Run>;
    const pages = {} as Record<(typeof ZONES)[number], RenderedPage>;
    let dir = '';

    beforeAll(async () => {
      for (const name of Object.keys(RUNS) as RunName[]) {
        const before = Date.now();
        const { main } = await runAction({
          workspace: workspace(RUNS[name]),
          inputs: { cache: 'false' },
          noPost: true,
        });
        const report = readReport(main);
        const startedAt = Date.parse(report.startedAt);
        runs[name] = { step: main, startedAt, totalMs: report.totalMs, before, after: Date.now() };
      }
      dir = mkdtempSync(join(tmpdir(), 'rp-summary-render-'));
      const file = join(dir, 'summaries.html');
      writeFileSync(
        file,
        summaryPage((Object.keys(RUNS) as RunName[]).map((id) => ({ id, markdown: runs[id].step.summary }))),
      );
      const rendered = await Promise.all(ZONES.map((TZ) => renderPages([{ file }], { env: { TZ } })));
      ZONES.forEach((zone, i) => (pages[zone] = rendered[i]![0]!));
    }, 240_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const doc = (zone: (typeof ZONES)[number], name: RunName) => {
      const d = pages[zone].docs.find((x) => x.id === name);
      if (!d) throw new Error(`no rendered ${name} summary`);
      return d;
    };

    it('the runs failed and passed as their fixtures should', () => {
      expect(runs.passing.step.outputs.result, runs.passing.step.stdout).toBe('success');
      expect(runs.failing.step.outputs['failed-stages'], runs.failing.step.stdout).toBe('fmt,clippy,test');
    });

    it.each(ZONES)('in %s: every ```mermaid block of both summaries parses and draws as an SVG gantt chart', (zone) => {
      for (const name of Object.keys(RUNS) as RunName[]) {
        const { charts, html } = doc(zone, name);
        expect(charts.map((c) => c.error)).toEqual([null]);
        expect(charts[0]!.svg).toMatch(/^<svg[^>]+aria-roledescription="gantt"/);
        expect(html).not.toContain('language-mermaid');
      }
      // Drawn from local files alone.
      expect(pages[zone].requests).toEqual([]);
    });

    it.each(ZONES)("in %s: the chart's first axis label is the run's start time of day on a clock there", (zone) => {
      for (const name of Object.keys(RUNS) as RunName[]) {
        const run = runs[name];
        const [chart] = doc(zone, name).charts;
        const gantt = parseGantt(chart!.source);
        expect(gantt.bars.map((b) => b.name)).toEqual(expect.arrayContaining([expect.stringMatching(/^test \(/)]));
        const chartStart = Math.min(...gantt.bars.map((b) => b.from));
        // The chart begins when the run began (by this process's clock too), not at some offset from midnight.
        expect(run.startedAt).toBeGreaterThanOrEqual(run.before);
        expect(chartStart).toBeGreaterThanOrEqual(run.startedAt);
        // (Phases under 1% of the run are left out of the chart: its first bar may start a little after the run.)
        expect(chartStart - run.startedAt).toBeLessThan(1_000 + run.totalMs * 0.05);
        expect(chartStart).toBeLessThanOrEqual(run.after);
        // The axis labels whole ticks: the first is the start, rounded up to the tick, as read in that zone.
        const tick = firstTick(chartStart, gantt.tickInterval, zone);
        expect(tick - run.startedAt).toBeLessThanOrEqual(parseInterval(gantt.tickInterval).ms + 1_000);
        expect(chart!.ticks[0], `${name} in ${zone}: ${chart!.ticks.join(' ')}`).toBe(
          clockTime(tick, zone, gantt.axisFormat),
        );
      }
      // The browser really ran in that zone: its clock agrees with Intl's for the zone asked for.
      expect(clockTime(runs.passing.startedAt, pages[zone].timeZone, '%H:%M:%S')).toBe(
        clockTime(runs.passing.startedAt, zone, '%H:%M:%S'),
      );
    });

    it('the two zones read the same instant 5 h 30 min apart', () => {
      const [utc, kolkata] = ZONES.map((z) => doc(z, 'passing').charts[0]!.ticks[0]!);
      const seconds = (label: string): number => label.split(':').reduce((s, part) => s * 60 + Number(part), 0);
      expect((seconds(kolkata!) - seconds(utc!) + 86_400) % 86_400).toBe(5.5 * 3600);
    });

    it('the failing summary names each failing stage in its title, its table, its sections and its chart', () => {
      const { html, text, charts } = doc('UTC', 'failing');
      expect(html).toMatch(/<h2[^>]*>rust-pipeline: ❌ failed \(fmt, clippy, test\)<\/h2>/);
      for (const stage of ['fmt', 'clippy', 'test']) {
        expect(html, stage).toMatch(new RegExp(`<td[^>]*>${stage}</td>\\s*<td[^>]*>❌ failure</td>`));
        expect(charts[0]!.svg, stage).toMatch(new RegExp(`>${stage} \\(failed, [^)]+\\)\\s*</text>`));
      }
      // …and its bar is drawn in the chart's "critical" colour.
      expect(charts[0]!.svg.match(/class="task crit\d"/g)).toHaveLength(3);
      for (const section of ['Format (cargo fmt --check)', 'Lint (cargo clippy)', 'Test (cargo test)']) {
        expect(html, section).toContain(`<h3>❌ ${section}</h3>`);
      }
      // What failed, by name: the file rustfmt would change, the lint, the failing test and its line.
      expect(text).toContain('Files rustfmt would change: src/lib.rs');
      expect(text).toContain('clippy::needless_return');
      expect(text).toMatch(/tests::average_rounds_up\s+src\/lib\.rs:\d+/);
      // The diff folds away in a real <details> element.
      expect(html).toMatch(/<details><summary>rustfmt diff \(1 hunk in 1 file\)<\/summary>/);
    });

    it('the passing summary says passed everywhere and failed nowhere', () => {
      const { html, text } = doc('UTC', 'passing');
      expect(html).toMatch(/<h2[^>]*>rust-pipeline: ✅ passed<\/h2>/);
      for (const stage of ['fmt', 'clippy', 'test']) {
        expect(html, stage).toMatch(new RegExp(`<td[^>]*>${stage}</td>\\s*<td[^>]*>✅ success</td>`));
      }
      // "0 failed" counts are fine; no stage, cell or chart bar says it failed.
      expect(text).not.toContain('❌');
      expect(text).not.toMatch(/failure|\(failed/);
    });

    it.each(Object.keys(RUNS) as RunName[])('the %s summary shows no Markdown or HTML source as text', (name) => {
      const { text } = doc('UTC', name);
      for (const leak of ['```', '| :---', '|---', '<details', '<summary', '<code>', '&#95;', '&amp;', '**']) {
        expect(text, leak).not.toContain(leak);
      }
    });
  },
);
