// Merging the JSON reports of a planned matrix's cell jobs (mode: merge): finding them, deduplicating
// failures, naming missing cells, summing counts and phases.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import type { MatrixCell } from '../../src/inputs/types.js';
import { mergeBlocks, mergedCacheMatch, mergeReports } from '../../src/matrix/merge.js';
import { planCells } from '../../src/matrix/plan.js';
import { globRegExp, readReports, type CellReport } from '../../src/matrix/reports.js';
import { toMarkdown } from '../../src/blocks.js';

const plan = planCells({
  os: ['ubuntu-latest'],
  toolchains: ['stable', 'beta'],
  features: ['default', 'all'],
  partitions: 1,
});
const byName = (name: string): MatrixCell => plan.find((c) => c.name === name)!;

/** A cell job's report as report/summary.ts jsonReport writes it. */
function report(
  cell: MatrixCell,
  o: { failed?: string[]; passed?: number; ms?: number; audit?: boolean } = {},
): CellReport {
  const failed = o.failed ?? [];
  const findings = failed.map((name, i) => ({
    level: 'error',
    title: `test failed: ${name}`,
    message: `assertion failed in ${name}`,
    file: 'src/lib.rs',
    line: 20 + i,
  }));
  const ms = o.ms ?? 1000;
  const result = failed.length ? 'failure' : 'success';
  const stages = [
    {
      name: 'clippy',
      status: 'success',
      summary: '1 warning',
      ms: 100,
      outputs: {},
      data: null,
      findings: [
        { level: 'warning', title: 'clippy::needless_return', message: 'unneeded return', file: 'src/lib.rs', line: 3 },
      ],
    },
    {
      name: 'test',
      status: result,
      summary: '',
      ms: ms - 200,
      outputs: {},
      findings,
      data: {
        cells: [
          {
            toolchain: cell.toolchain,
            features: cell.features,
            status: result,
            passed: o.passed ?? 2,
            failed: failed.length,
            ignored: 1,
            ms: ms - 300,
            failures: failed.map((name) => ({ name })),
          },
        ],
      },
    },
  ];
  if (o.audit)
    stages.push({
      name: 'audit',
      status: 'success',
      summary: 'no vulnerabilities',
      ms: 100,
      outputs: { vulnerabilities: '0' },
      data: null,
      findings: [],
    } as never);
  return {
    file: `report-${cell.toolchain}-${cell.features}/report.json`,
    doc: {
      schema: 1,
      result,
      failedStages: failed.length ? ['test'] : [],
      totalMs: ms,
      toolchains: [cell.toolchain],
      cell,
      outputs: o.audit ? { vulnerabilities: '0' } : {},
      stages,
      phases: [
        { name: 'inputs', depth: 0, at: 0, ms: 10, share: 1 },
        { name: 'stage: test', depth: 0, at: 10, ms: ms - 200, share: 80 },
        { name: `${cell.toolchain} / ${cell.features}`, depth: 1, at: 10, ms: ms - 300, share: 70 },
      ],
    },
  };
}

const found = (reports: CellReport[], unreadable: { file: string; reason: string }[] = []) => ({
  reports,
  unreadable,
  ignored: [],
});

describe('mergeReports', () => {
  const all = [
    report(byName('ubuntu-latest / stable / default'), { audit: true }),
    report(byName('ubuntu-latest / stable / all'), { failed: ['tests::small', 'tests::zero'], passed: 0 }),
    report(byName('ubuntu-latest / beta / default'), { audit: true }),
    report(byName('ubuntu-latest / beta / all'), { failed: ['tests::small'], passed: 1 }),
  ];

  it('every planned cell reported: counts summed, failures once with the cells they failed in, clippy once', () => {
    const run = mergeReports(found(all), plan);
    expect(run.result).toBe('failure');
    expect(run.failedStages).toEqual(['test']);
    expect(run.missing).toEqual([]);
    const counts = JSON.parse(run.outputs['test-counts']!);
    expect([counts.passed, counts.failed, counts.ignored]).toEqual([5, 3, 4]);
    expect(
      counts.cells.map(
        (c: { os: string; toolchain: string; features: string; status: string }) =>
          `${c.os}/${c.toolchain}/${c.features}/${c.status}`,
      ),
    ).toEqual([
      'ubuntu-latest/stable/default/success',
      'ubuntu-latest/stable/all/failure',
      'ubuntu-latest/beta/default/success',
      'ubuntu-latest/beta/all/failure',
    ]);
    expect(run.findings.map((f) => f.title)).toEqual([
      'clippy::needless_return (every cell)',
      'test failed: tests::small (ubuntu-latest / stable / all, ubuntu-latest / beta / all)',
      'test failed: tests::zero (ubuntu-latest / stable / all)',
    ]);
    expect(run.failures.map((f) => [f.title, f.location, f.jobs.length])).toEqual([
      ['test failed: tests::small', 'src/lib.rs:20', 2],
      ['test failed: tests::zero', 'src/lib.rs:21', 1],
    ]);
    expect(run.once).toEqual([
      {
        stage: 'audit',
        status: 'success',
        summary: 'no vulnerabilities',
        job: 'ubuntu-latest / stable / default',
        ranIn: 2,
      },
    ]);
    expect(run.outputs.vulnerabilities).toBe('0');
    expect(run.stages).toEqual([
      { stage: 'clippy', statuses: { success: 4 } },
      { stage: 'test', statuses: { success: 2, failure: 2 } },
      { stage: 'audit', statuses: { success: 2 } },
    ]);
    expect(toMarkdown(mergeBlocks(run, 'r'))).toContain('| test | ✅ 2 success, ❌ 2 failure |');
    expect(toMarkdown(mergeBlocks(run, 'r'))).toContain(
      '| <code>test failed: tests::zero</code> | ubuntu-latest / stable / all | src/lib.rs:21 | <code>assertion failed in tests::zero</code> |',
    );
  });

  it('phases: top-level phases summed over cells, each cell its share of the sum', () => {
    const run = mergeReports(found(all), plan);
    expect(run.phases).toEqual([
      { name: 'inputs', ms: 40 },
      { name: 'stage: test', ms: 3200 },
    ]);
    expect(run.totalMs).toBe(4000);
    const md = toMarkdown(mergeBlocks(run, '/tmp/reports'));
    expect(md).toContain('| ubuntu-latest / stable / all | failure | 1.0 s | 25.0% |');
    expect(md).toContain('| stage: test | 3.2 s | 80.0% |');
    expect(md).toContain('| total | 4.0 s | 100.0% |');
  });

  it('a planned cell without a report and an unreadable report are named, and fail the merge', () => {
    const run = mergeReports(
      found([all[0]!, all[2]!], [{ file: 'report-x/report.json', reason: 'Unexpected end of JSON input' }]),
      plan,
    );
    expect(run.result).toBe('failure');
    expect(run.failedStages).toEqual(['test']);
    expect(run.missing.map((m) => m.name)).toEqual([
      'ubuntu-latest / stable / all',
      'ubuntu-latest / beta / all',
      'report-x/report.json',
    ]);
    expect(run.cells.map((c) => c.status)).toEqual(['success', 'success', 'missing', 'missing']);
    expect(JSON.parse(run.outputs['test-counts']!).missing).toHaveLength(3);
    const md = toMarkdown(mergeBlocks(run, 'reports'));
    expect(md).toContain('🚫 **3 cells without a readable report**');
    expect(md).toContain('| ubuntu-latest | stable | all | – | 🚫 missing | 0 | 0 | 0 | – |');
    expect(md).toContain('| report-x/report.json | unreadable report: Unexpected end of JSON input |');
  });

  it('all green: success; no reports at all: failure naming why', () => {
    expect(mergeReports(found([all[0]!, all[2]!])).result).toBe('success');
    const none = mergeReports(found([]));
    expect(none.result).toBe('failure');
    expect(none.missing).toEqual([{ name: 'every cell', why: 'no JSON report found in the reports folder or glob' }]);
  });
});

describe('readReports', () => {
  const root = mkdtempSync(join(tmpdir(), 'rp-reports-'));
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('report-a/report.json', JSON.stringify({ schema: 1, result: 'success', stages: [] }));
  write('report-b/nested/report.json', JSON.stringify({ schema: 1, result: 'failure', stages: [] }));
  write('report-c/report.json', '{"schema": 1, "res');
  write('report-a/coverage.json', '{"files": []}');
  write('notes.txt', 'not json');

  it('a folder: every JSON file below it; reports read, broken ones named, other JSON ignored', () => {
    const r = readReports(root);
    expect(r.reports.map((x) => x.file)).toEqual(['report-a/report.json', 'report-b/nested/report.json']);
    expect(r.unreadable.map((x) => x.file)).toEqual(['report-c/report.json']);
    expect(r.ignored).toEqual(['report-a/coverage.json']);
  });

  it('a glob selects by path; a missing folder finds nothing', () => {
    expect(readReports(join(root, 'report-*/report.json')).reports.map((x) => x.file)).toEqual([
      'report-a/report.json',
    ]);
    expect(readReports(join(root, '**/report.json')).reports).toHaveLength(2);
    expect(readReports(join(root, 'nope')).reports).toEqual([]);
  });

  test.each([
    ['**/report.json', 'a/b/report.json', true],
    ['**/report.json', 'report.json', true],
    ['*/report.json', 'a/b/report.json', false],
    ['report-?.json', 'report-1.json', true],
    ['r.json', 'rxjson', false],
  ])('glob %s on %s: %s', (glob, path, hit) => {
    expect(globRegExp(glob).test(path)).toBe(hit);
  });
});

describe('cache-hit and cache-match of a merged run', () => {
  const withOutputs = (outputs: Partial<Record<string, string>>): CellReport => ({ file: 'r.json', doc: { outputs } });
  test.each([
    ['every cell exact', [{ 'cache-match': 'exact' }, { 'cache-match': 'exact' }], 'exact'],
    ['one partial', [{ 'cache-match': 'exact' }, { 'cache-match': 'partial' }], 'partial'],
    ['exact and none', [{ 'cache-match': 'exact' }, { 'cache-match': 'none' }], 'partial'],
    ['every cell none', [{ 'cache-match': 'none' }, { 'cache-match': 'none' }], 'none'],
    ["an older report's three-way cache-hit", [{ 'cache-hit': 'exact' }, { 'cache-match': 'exact' }], 'exact'],
    ['no cache outputs', [{}, { 'cache-hit': 'true' }], undefined],
  ])('%s → %s', (_case, outputs, want) => {
    expect(mergedCacheMatch(outputs.map(withOutputs))).toBe(want);
  });
});
