import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import {
  formatPercent,
  lineRanges,
  parseTarpaulinJson,
  tarpaulinArgs,
  worstFirst,
  type TarpaulinOptions,
} from '../../src/cargo/tarpaulin.js';
import { coverageBlocks } from '../../src/stages/coverage.js';
import { toMarkdown } from '../../src/blocks.js';
import { FIXTURES } from '../support/rig.js';

const base: TarpaulinOptions = {
  subcommand: 'tarpaulin',
  locked: true,
  features: { label: 'default', args: [] },
  outputDir: '/w/coverage',
  targetDir: '/w/target/tarpaulin',
  extra: [],
};
const OUT = ['--out', 'Xml', 'Lcov', 'Json', '--output-dir', '/w/coverage'];

describe('tarpaulinArgs', () => {
  test.each([
    [
      'defaults',
      {},
      [
        'tarpaulin',
        '--workspace',
        '--locked',
        '--engine',
        'llvm',
        '--target-dir',
        '/w/target/tarpaulin',
        '--color',
        'Never',
        ...OUT,
      ],
    ],
    [
      'no lockfile',
      { locked: false },
      [
        'tarpaulin',
        '--workspace',
        '--engine',
        'llvm',
        '--target-dir',
        '/w/target/tarpaulin',
        '--color',
        'Never',
        ...OUT,
      ],
    ],
    [
      'feature set of the matrix',
      { features: { label: 'none+std', args: ['--no-default-features', '--features', 'std'] } },
      [
        'tarpaulin',
        '--workspace',
        '--locked',
        '--no-default-features',
        '--features',
        'std',
        '--engine',
        'llvm',
        '--target-dir',
        '/w/target/tarpaulin',
        '--color',
        'Never',
        ...OUT,
      ],
    ],
    [
      'user engine and extra args win',
      { extra: ['--engine', 'ptrace', '--exclude-files', 'src/gen/*'] },
      [
        'tarpaulin',
        '--workspace',
        '--locked',
        '--target-dir',
        '/w/target/tarpaulin',
        '--color',
        'Never',
        ...OUT,
        '--engine',
        'ptrace',
        '--exclude-files',
        'src/gen/*',
      ],
    ],
    [
      'user --target-dir= form',
      { extra: ['--target-dir=/elsewhere'] },
      [
        'tarpaulin',
        '--workspace',
        '--locked',
        '--engine',
        'llvm',
        '--color',
        'Never',
        ...OUT,
        '--target-dir=/elsewhere',
      ],
    ],
  ] as const)('%s', (_name, over, expected) => {
    expect(tarpaulinArgs({ ...base, ...(over as Partial<TarpaulinOptions>) })).toEqual(expected);
  });
});

describe('parseTarpaulinJson (real tarpaulin 0.37 output, fixture crate with --features extra)', () => {
  const report = parseTarpaulinJson(readFileSync(join(FIXTURES, 'tool-output', 'tarpaulin-report.json'), 'utf8'));

  it('totals the coverable lines and leaves out files with none', () => {
    expect(report).toMatchObject({ covered: 9, coverable: 18, percent: 50 });
    expect(report.files.map((f) => f.path)).toEqual([
      '/tmp/cov-fixture/src/covered.rs',
      '/tmp/cov-fixture/src/extra.rs',
      '/tmp/cov-fixture/src/uncovered.rs',
    ]);
  });

  it('lists the lines no test reached', () => {
    const byName = Object.fromEntries(report.files.map((f) => [f.path.split('/').pop(), f]));
    expect(byName['covered.rs']!.uncoveredLines).toEqual([]);
    expect(byName['uncovered.rs']!.uncoveredLines).toEqual([2, 3, 4, 5, 7, 11, 12]);
    expect(byName['extra.rs']!.uncoveredLines).toEqual([2, 3]);
  });

  it('sorts files worst first (lowest percent, then most uncovered lines)', () => {
    expect(worstFirst(report.files).map((f) => f.path.split('/').pop())).toEqual([
      'uncovered.rs',
      'extra.rs',
      'covered.rs',
    ]);
  });

  it('renders a per-file table for the summary', () => {
    const md = toMarkdown(coverageBlocks(report, (p) => p.replace('/tmp/cov-fixture/', '')));
    expect(md).toContain('**Line coverage: 50.00%** (9 of 18 lines)');
    expect(md).toContain('| src/uncovered.rs | 0.00% | 0/7 | 2-5, 7, 11-12 |');
    expect(md).toContain('| src/covered.rs | 100.00% | 9/9 |  |');
    expect(md.indexOf('uncovered.rs')).toBeLessThan(md.indexOf('covered.rs |'));
  });

  it('rejects output that is not a tarpaulin report', () => {
    expect(() => parseTarpaulinJson('{"x":1}')).toThrow(/no "files" array/);
  });

  it('joins Windows path components', () => {
    const win = parseTarpaulinJson(
      JSON.stringify({ files: [{ path: ['C:\\', 'a', 'src', 'lib.rs'], covered: 1, coverable: 2, traces: [] }] }),
    );
    expect(win.files[0]!.path).toBe('C:\\a\\src\\lib.rs');
  });
});

describe('small helpers', () => {
  test.each([
    [[], ''],
    [[5], '5'],
    [[2, 3, 4, 7], '2-4, 7'],
    [[9, 1, 2], '1-2, 9'],
  ])('lineRanges(%j) = %j', (lines, expected) => {
    expect(lineRanges(lines)).toBe(expected);
  });

  test.each([
    [56.25, '56.25'],
    [100, '100.00'],
    [66.666666, '66.67'],
    [0, '0.00'],
  ])('formatPercent(%d) = %s', (p, expected) => {
    expect(formatPercent(p)).toBe(expected);
  });
});
