// mode: merge — the reports of a planned matrix's cell jobs as one run: the matrix table, the
// failures once with the cells they failed in, coverage and audit once, the phases summed, and
// the planned cells that left no (readable) report. Pure: the caller reads the files and writes out.
import { SUMMARY_FAILURE_ROWS, SUMMARY_MESSAGE_LINES } from '../cargo/libtest.js';
import type { Outputs } from '../action-outputs.js';
import { STAGES, type StageName } from '../inputs/specs.js';
import { cellName, type MatrixCell } from '../inputs/types.js';
import { STATUS_ICON, worstStatus, type Finding, type StageStatus } from '../context.js';
import type { CacheMatch } from '../action-outputs.js';
import { formatMs } from '../profiler.js';
import { code, codeLines, escapeText, firstRows, type Block } from '../blocks.js';
import { plural } from '../text.js';
import type { CellReport, FoundReports } from './reports.js';

type CellStatus = StageStatus | 'missing';
const ICON: Record<CellStatus, string> = { ...STATUS_ICON, missing: '🚫' };

export interface MergedCell {
  os: string;
  toolchain: string;
  /** How the table shows the toolchain when its name alone does not say it: "msrv (1.85)". */
  label?: string;
  features: string;
  partition?: { index: number; count: number };
  /** A release cell's target. */
  target?: string;
  status: CellStatus;
  passed: number;
  failed: number;
  ignored: number;
  ms: number;
  failedTests: string[];
  error?: string;
  /** The job (cell name, or report file) the row comes from. */
  job: string;
}

export interface MergedRun {
  result: 'success' | 'failure' | 'cancelled';
  failedStages: StageName[];
  cells: MergedCell[];
  /** Planned cells with no report, and report files that could not be read. */
  missing: { name: string; why: string }[];
  /** Every distinct finding once; its title names the jobs it came from when not all. */
  findings: Finding[];
  /** Distinct test failures: what, where, which jobs. */
  failures: { title: string; location: string; jobs: string[]; message: string }[];
  /** Coverage and audit as one job reported them. */
  /** Per stage, how many jobs ended in each status. */
  stages: { stage: StageName; statuses: Partial<Record<StageStatus, number>> }[];
  once: { stage: StageName; status: StageStatus; summary: string; job: string; ranIn: number }[];
  phases: { name: string; ms: number }[];
  jobs: { job: string; ms: number; result: string }[];
  totalMs: number;
  reportCount: number;
  ignoredFiles: number;
  outputs: Outputs;
}

const cellKey = (c: Pick<MatrixCell, 'os' | 'toolchain' | 'features' | 'partition' | 'target'>): string =>
  `${c.os}|${c.toolchain}|${c.features}|${c.partition ? `${c.partition.index}/${c.partition.count}` : ''}|${c.target ?? ''}`;

/** The job a report came from: its cell's name, else its artifact folder or file. */
function jobOf(r: CellReport): string {
  const name = r.doc?.cell?.name;
  return typeof name === 'string' && name ? name : r.file.replace(/\/?[^/]*$/, '') || r.file;
}

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const str = (v: unknown, fallback = '–'): string => (typeof v === 'string' && v ? v : fallback);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- report fields are checked as read
function stageOf(r: CellReport, name: string): any {
  return Array.isArray(r.doc.stages) ? r.doc.stages.find((s: { name?: unknown }) => s?.name === name) : undefined;
}

/** The matrix rows of one report: its test stage's cells, with the OS of the job's cell. */
function cellsOf(r: CellReport): MergedCell[] {
  const job = jobOf(r);
  const planned = r.doc.cell as Partial<MatrixCell> | null | undefined;
  const data = stageOf(r, 'test')?.data;
  const rows: unknown[] = Array.isArray(data?.cells) ? data.cells : [];
  if (rows.length === 0 && planned) {
    const status: CellStatus = r.doc.result === 'cancelled' ? 'cancelled' : 'skipped';
    return [{ ...(planned as MatrixCell), status, passed: 0, failed: 0, ignored: 0, ms: 0, failedTests: [], job }];
  }
  return rows.map((raw) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one cell of the report, read loosely
    const c = raw as any;
    const partition = c?.partition ?? planned?.partition;
    return {
      os: str(c?.os ?? planned?.os),
      toolchain: str(c?.toolchain),
      ...(typeof c?.label === 'string' && c.label ? { label: c.label } : {}),
      features: str(c?.features),
      ...(partition ? { partition: { index: num(partition.index), count: num(partition.count) } } : {}),
      status: (c?.status in ICON ? c.status : 'failure') as CellStatus,
      passed: num(c?.passed),
      failed: num(c?.failed),
      ignored: num(c?.ignored),
      ms: num(c?.ms),
      failedTests: Array.isArray(c?.failures)
        ? c.failures.map((f: { name?: unknown }) => str(f?.name))
        : Array.isArray(c?.failedTests)
          ? c.failedTests.map((n: unknown) => str(n))
          : [],
      ...(typeof c?.error === 'string' ? { error: c.error } : {}),
      job,
    };
  });
}

/**
 * The cells' cache restores as one: exact when every cell restored its exact key, none when none
 * restored anything, else partial. Reads cache-match, or a report's older three-way cache-hit.
 */
export function mergedCacheMatch(reports: readonly CellReport[]): CacheMatch | undefined {
  const matches = reports
    .map((r) => r.doc.outputs?.['cache-match'] ?? r.doc.outputs?.['cache-hit'])
    .filter((m): m is CacheMatch => m === 'exact' || m === 'partial' || m === 'none');
  if (matches.length === 0) return undefined;
  if (matches.every((m) => m === 'exact')) return 'exact';
  return matches.every((m) => m === 'none') ? 'none' : 'partial';
}

/** At most five job names, then how many more. */
function jobList(jobs: readonly string[], all: number): string {
  if (all > 1 && jobs.length === all) return 'every cell';
  return jobs.length > 5 ? `${jobs.slice(0, 5).join(', ')} and ${jobs.length - 5} more` : jobs.join(', ');
}

/** Every distinct finding once (same level, place, title and message), with the jobs it came from. */
function dedupeFindings(reports: readonly CellReport[]): {
  findings: Finding[];
  failures: MergedRun['failures'];
} {
  const byKey = new Map<string, { f: Finding; stage: string; jobs: string[] }>();
  for (const r of reports) {
    for (const s of Array.isArray(r.doc.stages) ? r.doc.stages : []) {
      for (const f of Array.isArray(s?.findings) ? (s.findings as Finding[]) : []) {
        if (typeof f?.message !== 'string' || !['error', 'warning', 'notice'].includes(f.level)) continue;
        const key = JSON.stringify([f.level, f.file, f.line, f.column, f.title, f.message]);
        const hit = byKey.get(key) ?? { f, stage: str(s.name), jobs: [] };
        if (!hit.jobs.includes(jobOf(r))) hit.jobs.push(jobOf(r));
        byKey.set(key, hit);
      }
    }
  }
  const findings: Finding[] = [];
  const failures: MergedRun['failures'] = [];
  for (const { f, stage, jobs } of byKey.values()) {
    const where = reports.length > 1 ? ` (${jobList(jobs, reports.length)})` : '';
    findings.push({ ...f, title: `${f.title ?? stage}${where}` });
    if (stage === 'test' && f.level === 'error')
      failures.push({
        title: f.title ?? 'test',
        location: f.file ? `${f.file}:${f.line ?? ''}` : '–',
        jobs,
        message: f.message,
      });
  }
  return { findings, failures };
}

/** Coverage and audit from the first job that ran them (every cell that runs them sees the same code). */
function onceStages(reports: readonly CellReport[]): MergedRun['once'] {
  const once: MergedRun['once'] = [];
  for (const stage of ['coverage', 'audit'] as const) {
    const ran = reports.filter((r) => stageOf(r, stage) && stageOf(r, stage).status !== 'skipped');
    if (ran.length === 0) continue;
    const s = stageOf(ran[0]!, stage);
    once.push({ stage, status: s.status, summary: str(s.summary, ''), job: jobOf(ran[0]!), ranIn: ran.length });
  }
  return once;
}

/** Per stage (pipeline order), the statuses it ended in across the jobs. */
function stageTally(reports: readonly CellReport[]): MergedRun['stages'] {
  return STAGES.flatMap((stage) => {
    const statuses: Partial<Record<StageStatus, number>> = {};
    for (const r of reports) {
      const status = stageOf(r, stage)?.status as StageStatus | undefined;
      if (status && status in STATUS_ICON) statuses[status] = (statuses[status] ?? 0) + 1;
    }
    return Object.keys(statuses).length ? [{ stage, statuses }] : [];
  });
}

/** Top-level phases summed by name over the jobs (nested phases would count twice). */
function sumPhases(reports: readonly CellReport[]): MergedRun['phases'] {
  const sums = new Map<string, number>();
  for (const r of reports) {
    for (const p of Array.isArray(r.doc.phases) ? r.doc.phases : []) {
      if (num(p?.depth) !== 0 || typeof p?.name !== 'string') continue;
      sums.set(p.name, (sums.get(p.name) ?? 0) + num(p.ms));
    }
  }
  return [...sums].map(([name, ms]) => ({ name, ms }));
}

function missingCells(found: FoundReports, cells: readonly MergedCell[], planned?: readonly MatrixCell[]) {
  const missing: MergedRun['missing'] = [];
  const seen = new Set(cells.map(cellKey));
  for (const p of planned ?? []) {
    if (!seen.has(cellKey(p)))
      missing.push({ name: p.name, why: 'no report (cancelled, failed before reporting, or not uploaded)' });
  }
  for (const u of found.unreadable) missing.push({ name: u.file, why: `unreadable report: ${u.reason}` });
  if (found.reports.length === 0 && missing.length === 0)
    missing.push({ name: 'every cell', why: 'no JSON report found in the reports folder or glob' });
  return missing;
}

/** The planned cells without a report, as rows of the matrix table. */
function missingRows(planned: readonly MatrixCell[] | undefined, missing: MergedRun['missing']): MergedCell[] {
  const names = new Set(missing.map((m) => m.name));
  return (planned ?? [])
    .filter((p) => names.has(p.name))
    .map((p) => ({
      os: p.os,
      toolchain: p.toolchain,
      features: p.features,
      ...(p.partition ? { partition: p.partition } : {}),
      status: 'missing' as const,
      ...{ passed: 0, failed: 0, ignored: 0, ms: 0, failedTests: [] },
      job: p.name,
    }));
}

function overall(
  found: FoundReports,
  cells: readonly MergedCell[],
  missing: MergedRun['missing'],
): MergedRun['result'] {
  if (missing.length) return 'failure';
  return worstStatus([
    ...found.reports.map((r) => r.doc.result),
    ...cells.flatMap((c) => (c.status === 'missing' ? [] : [c.status])),
  ]);
}

export function mergeReports(found: FoundReports, planned?: readonly MatrixCell[]): MergedRun {
  const reported = found.reports.flatMap(cellsOf);
  const missing = missingCells(found, reported, planned);
  const cells = [...reported, ...missingRows(planned, missing)];
  const failed = new Set<string>(
    found.reports.flatMap((r) => (Array.isArray(r.doc.failedStages) ? r.doc.failedStages : [])),
  );
  if (missing.length) failed.add('test');
  const failedStages = STAGES.filter((s) => failed.has(s));
  const result = overall(found, cells, missing);
  const { findings, failures } = dedupeFindings(found.reports);
  const once = onceStages(found.reports);
  const jobs = found.reports.map((r) => ({ job: jobOf(r), ms: num(r.doc.totalMs), result: str(r.doc.result) }));
  const counts = {
    passed: cells.reduce((a, c) => a + c.passed, 0),
    failed: cells.reduce((a, c) => a + c.failed, 0),
    ignored: cells.reduce((a, c) => a + c.ignored, 0),
    cells: cells.map(({ job: _job, ...c }) => c),
    missing: missing.map((m) => m.name),
  };
  const outputs: Outputs = {
    result,
    'failed-stages': failedStages.join(','),
    'test-counts': JSON.stringify(counts),
  };
  for (const name of ['coverage', 'vulnerabilities'] as const) {
    const from = found.reports.find((r) => typeof r.doc.outputs?.[name] === 'string');
    if (from) outputs[name] = from.doc.outputs[name];
  }
  const match = mergedCacheMatch(found.reports);
  if (match) Object.assign(outputs, { 'cache-hit': match === 'exact' ? 'true' : 'false', 'cache-match': match });
  return {
    ...{ result, failedStages, cells, missing, findings, failures, once, jobs, outputs },
    stages: stageTally(found.reports),
    phases: sumPhases(found.reports),
    totalMs: jobs.reduce((a, j) => a + j.ms, 0),
    reportCount: found.reports.length,
    ignoredFiles: found.ignored.length,
  };
}

const share = (ms: number, total: number): string => `${((ms / Math.max(total, 1)) * 100).toFixed(1)}%`;

function matrixTable(cells: readonly MergedCell[]): Block {
  const rows = cells.map((c) => [
    c.os,
    c.label ?? c.toolchain,
    c.features,
    c.partition ? `${c.partition.index}/${c.partition.count}` : '–',
    `${ICON[c.status]} ${c.status}${c.error ? ` (${c.error})` : ''}`,
    String(c.passed),
    String(c.failed),
    String(c.ignored),
    c.status === 'missing' || c.status === 'skipped' ? '–' : formatMs(c.ms),
  ]);
  const sum = (k: 'passed' | 'failed' | 'ignored'): string => String(cells.reduce((a, c) => a + c[k], 0));
  if (cells.length > 1)
    rows.push([
      'total',
      '',
      '',
      '',
      '',
      sum('passed'),
      sum('failed'),
      sum('ignored'),
      formatMs(cells.reduce((a, c) => a + c.ms, 0)),
    ]);
  return {
    kind: 'table',
    header: ['os', 'toolchain', 'features', 'shard', 'result', 'passed', 'failed', 'ignored', 'time'],
    align: ['left', 'left', 'left', 'left', 'left', 'right', 'right', 'right', 'right'],
    rows,
  };
}

function profileBlocks(run: MergedRun): Block[] {
  return [
    { kind: 'heading', text: 'Phase profile (summed over cells)', level: 3 },
    {
      kind: 'table',
      header: ['phase', 'time', 'share'],
      align: ['left', 'right', 'right'],
      rows: [
        ...run.phases.map((p) => [p.name, formatMs(p.ms), share(p.ms, run.totalMs)]),
        ['total', formatMs(run.totalMs), '100.0%'],
      ],
    },
    {
      kind: 'table',
      header: ['cell', 'result', 'time', 'share'],
      align: ['left', 'left', 'right', 'right'],
      rows: run.jobs.map((j) => [j.job, j.result, formatMs(j.ms), share(j.ms, run.totalMs)]),
    },
  ];
}

/** The failures (once, with their cells) and the coverage and audit results (once). */
function resultBlocks(run: MergedRun): Block[] {
  const blocks: Block[] = [];
  if (run.failures.length)
    blocks.push({
      kind: 'table',
      header: ['failure', 'cells', 'location', 'cause'],
      rows: firstRows(
        run.failures.map((f) => [
          code(f.title),
          escapeText(jobList(f.jobs, run.reportCount)),
          escapeText(f.location),
          codeLines(f.message, SUMMARY_MESSAGE_LINES),
        ]),
        SUMMARY_FAILURE_ROWS,
        '(see the annotations and the JSON reports)',
      ),
    });
  if (run.once.length)
    blocks.push({
      kind: 'table',
      header: ['stage', 'result', 'details', 'from'],
      rows: run.once.map((o) => [
        o.stage,
        `${STATUS_ICON[o.status] ?? ''} ${o.status}`,
        o.summary,
        `${o.job}${o.ranIn > 1 ? ` (ran in ${o.ranIn} cells)` : ''}`,
      ]),
    });
  return blocks;
}

/** The job summary of the merge; `annotationsNote` says which findings were not annotated. */
export function mergeBlocks(run: MergedRun, source: string, annotationsNote?: string): Block[] {
  const verdict =
    run.result === 'success'
      ? '✅ passed'
      : run.result === 'cancelled'
        ? '🛑 cancelled'
        : `❌ failed (${run.failedStages.join(', ') || 'missing reports'})`;
  const blocks: Block[] = [
    { kind: 'heading', text: `rust-pipeline matrix: ${verdict}`, level: 2 },
    {
      kind: 'text',
      text: `${plural(run.reportCount, 'report')} merged from \`${source}\`${run.ignoredFiles ? ` (${plural(run.ignoredFiles, 'other JSON file')} ignored)` : ''}.`,
    },
  ];
  if (run.missing.length) {
    blocks.push(
      {
        kind: 'text',
        text: `🚫 **${plural(run.missing.length, 'cell')} without a readable report** (counted as failed):`,
      },
      { kind: 'table', header: ['missing', 'why'], rows: run.missing.map((m) => [m.name, m.why]) },
    );
  }
  if (run.stages.length)
    blocks.push({
      kind: 'table',
      header: ['stage', 'results over the cells'],
      rows: run.stages.map((s) => [
        s.stage,
        Object.entries(s.statuses)
          .map(([status, n]) => `${STATUS_ICON[status as StageStatus]} ${n} ${status}`)
          .join(', '),
      ]),
    });
  // A release matrix's cells build; they run no test.
  if (!run.cells.every((c) => c.target && c.status === 'skipped'))
    blocks.push({ kind: 'heading', text: 'Test matrix', level: 3 }, matrixTable(run.cells));
  blocks.push(...resultBlocks(run));
  if (annotationsNote) blocks.push({ kind: 'text', text: `**Annotations:** ${annotationsNote}` });
  blocks.push(...profileBlocks(run));
  return blocks;
}

/** The merged run as JSON (the merge step's report output). */
export function mergedJson(run: MergedRun): unknown {
  const { outputs, ...rest } = run;
  return { schema: 1, mode: 'merge', ...rest, outputs, cellNames: run.cells.map((c) => cellName(c)) };
}
