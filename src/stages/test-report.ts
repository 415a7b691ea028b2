// The test stage's report: the cells' results as the summary's tables (the matrix, the failing tests
// with their cause), the test-counts output and one annotation per failing test.
import { SUMMARY_FAILURE_ROWS, SUMMARY_MESSAGE_LINES } from '../cargo/libtest.js';
import { formatMs } from '../profiler.js';
import { code, codeLines, escapeText, firstRows, type Block } from '../blocks.js';
import { toolBlocks, toolData, type InstalledTool } from '../tools/index.js';
import { plural } from '../text.js';
import {
  result,
  STATUS_ICON,
  worstStatus,
  type Finding,
  type StageContext,
  type StageResult,
  type StageStatus,
} from '../context.js';

export interface CellFailure {
  name: string;
  /** Repository-relative location: the panic, or the doc test's example. */
  file?: string;
  line?: number;
  column?: number;
  message?: string;
  docTest?: boolean;
}

/** A nextest shard: --partition hash:index/count. */
export interface Shard {
  index: number;
  count: number;
}

export interface CellResult {
  /** The rustup name the cell ran with ("1.85"). */
  toolchain: string;
  /** How the summary names the toolchain when its name alone does not say it: "msrv (1.85)". */
  label?: string;
  /** The release of the rustc that ran (rustc -vV), e.g. "1.85.1": what ran, whatever the name. */
  rustc?: string;
  features: string;
  /** Set when the cell is one shard of a split test run. */
  partition?: Shard;
  status: StageStatus;
  passed: number;
  failed: number;
  ignored: number;
  ms: number;
  failures: CellFailure[];
  /** Why the cell could not run its tests (toolchain missing, build error). */
  error?: string;
}

export type Runner = 'cargo' | 'nextest';

export interface RunnerChoice {
  runner: Runner;
  nextest?: InstalledTool;
  /** Why nextest was asked for but not used. */
  fallback?: string;
}

export const cellLabel = (c: { toolchain: string; label?: string; features: string; partition?: Shard }): string =>
  `${c.label ?? c.toolchain} / ${c.features}${c.partition ? ` (${c.partition.index}/${c.partition.count})` : ''}`;

/** A failing test and where it failed: "" with one cell, "every cell", or the cells' labels. */
interface FailureGroup {
  f: CellFailure;
  where: string;
}

/** Failures grouped by test and location (the same failure in four cells is one group, not four). */
function groupFailures(cells: readonly CellResult[], totalCells: number): FailureGroup[] {
  const byKey = new Map<string, { f: CellFailure; cells: string[] }>();
  for (const cell of cells) {
    for (const f of cell.failures) {
      const key = `${f.name}|${f.file ?? ''}|${f.line ?? ''}`;
      const hit = byKey.get(key);
      if (hit) hit.cells.push(cellLabel(cell));
      else byKey.set(key, { f, cells: [cellLabel(cell)] });
    }
  }
  return [...byKey.values()].map(({ f, cells: at }) => ({
    f,
    where: totalCells > 1 ? (at.length === totalCells ? 'every cell' : at.join(', ')) : '',
  }));
}

/** One finding per failing test and location, listing the cells it failed in. */
export function testFindings(cells: readonly CellResult[], totalCells: number): Finding[] {
  return groupFailures(cells, totalCells).map(({ f, where }) => ({
    level: 'error',
    title: `${f.docTest ? 'doc test' : 'test'} failed: ${f.name}${where ? ` (${where})` : ''}`,
    message: f.message || `${f.name} failed`,
    ...(f.file && f.line ? { file: f.file, line: f.line, ...(f.column ? { column: f.column } : {}) } : {}),
  }));
}

/** The failing tests with their location and the first lines of their panic message, first ones only. */
export function failedTestsTable(cells: readonly CellResult[]): Block[] {
  const groups = groupFailures(cells, cells.length);
  if (groups.length === 0) return [];
  const rows = groups.map(({ f, where }) => [
    `${code(f.name)}${where ? ` (${escapeText(where)})` : ''}`,
    f.file && f.line ? escapeText(`${f.file}:${f.line}`) : '–',
    f.message ? codeLines(f.message, SUMMARY_MESSAGE_LINES) : '–',
  ]);
  return [
    {
      kind: 'table',
      header: [cells.length > 1 ? 'failed test (cells)' : 'failed test', 'location', 'cause'],
      rows: firstRows(rows, SUMMARY_FAILURE_ROWS, '(see the annotations and the JSON report)'),
    },
  ];
}

export function matrixTable(
  cells: readonly CellResult[],
  sum: { passed: number; failed: number; ignored: number },
): Block {
  const sharded = cells.some((c) => c.partition);
  const shard = (c: CellResult): string[] =>
    sharded ? [c.partition ? `${c.partition.index}/${c.partition.count}` : '–'] : [];
  const rows = cells.map((c) => [
    c.label ?? c.toolchain,
    c.features,
    ...shard(c),
    `${STATUS_ICON[c.status]} ${c.status}${c.error ? ` (${c.error})` : ''}`,
    String(c.passed),
    String(c.failed),
    String(c.ignored),
    c.status === 'skipped' ? '–' : formatMs(c.ms),
  ]);
  if (cells.length > 1)
    rows.push([
      'total',
      '',
      ...(sharded ? [''] : []),
      '',
      String(sum.passed),
      String(sum.failed),
      String(sum.ignored),
      formatMs(cells.reduce((a, c) => a + c.ms, 0)),
    ]);
  const left = sharded ? 4 : 3;
  return {
    kind: 'table',
    header: ['toolchain', 'features', ...(sharded ? ['shard'] : []), 'result', 'passed', 'failed', 'ignored', 'time'],
    align: [...Array<'left'>(left).fill('left'), 'right', 'right', 'right', 'right'],
    rows,
  };
}

export function runnerBlocks(ctx: StageContext, choice: RunnerChoice): Block[] {
  if (choice.fallback === undefined) return [];
  const version = ctx.inputs.tools.versions['cargo-nextest'];
  return [
    {
      kind: 'text',
      text: `⚠️ **cargo-nextest ${version} could not be installed, so these tests ran with cargo test** (doc tests included). The warning annotation says how to fix it.`,
    },
    { kind: 'details', summary: 'why cargo-nextest could not be installed', body: choice.fallback },
  ];
}

/** Failed test names a test-counts entry lists; the JSON report keeps them all. */
export const MAX_FAILED_NAMES = 100;

/** A cell's failed test names for the test-counts output, bounded (the output must stay under GitHub's 1 MB). */
export function failedNames(names: readonly string[]): { failedTests: string[]; failedTestsOmitted?: number } {
  if (names.length <= MAX_FAILED_NAMES) return { failedTests: [...names] };
  return { failedTests: names.slice(0, MAX_FAILED_NAMES), failedTestsOmitted: names.length - MAX_FAILED_NAMES };
}

/** The test-counts output: totals and one entry per cell (with its OS and shard in a cell run). */
export function cellCounts(
  ctx: StageContext,
  cells: readonly CellResult[],
  sum: Record<'passed' | 'failed' | 'ignored', number>,
) {
  const os = ctx.inputs.cell ? { os: ctx.inputs.cell.os } : {};
  return {
    ...sum,
    cells: cells.map((c) => ({
      ...os,
      toolchain: c.toolchain,
      ...(c.label ? { label: c.label } : {}),
      ...(c.rustc ? { rustc: c.rustc } : {}),
      features: c.features,
      ...(c.partition ? { partition: c.partition } : {}),
      status: c.status,
      passed: c.passed,
      failed: c.failed,
      ignored: c.ignored,
      ms: Math.round(c.ms),
      ...failedNames(c.failures.map((f) => f.name)),
      ...(c.error ? { error: c.error } : {}),
    })),
  };
}

/** The stage result: counts (output and JSON report), the matrix table, failed tests deduplicated. */
export function summarize(
  ctx: StageContext,
  cells: readonly CellResult[],
  findings: Finding[],
  choice: RunnerChoice,
): StageResult {
  const failedTests = testFindings(cells, cells.length);
  findings.push(...failedTests);
  const sum = cells.reduce(
    (a, c) => ({ passed: a.passed + c.passed, failed: a.failed + c.failed, ignored: a.ignored + c.ignored }),
    { passed: 0, failed: 0, ignored: 0 },
  );
  const status: StageStatus = worstStatus(cells.map((c) => c.status));
  const counts = cellCounts(ctx, cells, sum);
  const blocks: Block[] = [...runnerBlocks(ctx, choice), matrixTable(cells, sum)];
  blocks.push(...failedTestsTable(cells));
  if (choice.nextest) blocks.push(...toolBlocks([choice.nextest]));
  const runnerNote =
    ctx.inputs.testRunner === 'nextest'
      ? ` (runner: ${choice.runner === 'nextest' ? 'cargo nextest + cargo test --doc' : 'cargo test; cargo-nextest could not be installed'})`
      : '';
  return result(
    status,
    `${sum.passed} passed, ${sum.failed} failed, ${sum.ignored} ignored in ${plural(cells.length, 'cell')}${runnerNote}`,
    {
      findings,
      outputs: { 'test-counts': JSON.stringify(counts) },
      blocks,
      data: {
        ...counts,
        runner: choice.runner,
        ...(ctx.inputs.cell ? { cell: ctx.inputs.cell } : {}),
        ...(choice.nextest ? { tool: toolData(choice.nextest) } : {}),
        ...(choice.fallback !== undefined ? { runnerFallback: choice.fallback } : {}),
        cells: cells.map((c) => ({ ...c, ms: Math.round(c.ms) })),
      },
    },
  );
}
