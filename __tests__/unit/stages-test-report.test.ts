// The test stage's summary tables: each failing test with its location and the first lines of its
// panic message, the cells it failed in outside the code span, the first ones only.
import { describe, expect, it } from 'vitest';
import { codeLines, firstRows, toMarkdown, type Block } from '../../src/blocks.js';
import { parseLibtest, SUMMARY_FAILURE_ROWS } from '../../src/cargo/libtest.js';
import { failedTestsTable, testFindings, type CellFailure, type CellResult } from '../../src/stages/test-report.js';

const cell = (features: string, failures: CellFailure[]): CellResult => ({
  toolchain: 'stable',
  features,
  status: failures.length ? 'failure' : 'success',
  passed: 1,
  failed: failures.length,
  ignored: 0,
  ms: 10,
  failures,
});

const assertion: CellFailure = {
  name: 'tests::adds',
  file: 'src/lib.rs',
  line: 10,
  column: 5,
  message: 'assertion `left == right` failed\n  left: 4\n right: 5',
};

const rowsOf = (blocks: Block[]): string[][] => (blocks[0]?.kind === 'table' ? blocks[0].rows : []);

describe('failedTestsTable', () => {
  it.each([
    [
      1,
      'one cell: name, location, the assertion and its values',
      [cell('default', [assertion])],
      [
        '<code>tests::adds</code>',
        'src/lib.rs:10',
        '<code>assertion &#96;left == right&#96; failed</code><br><code>  left: 4</code><br><code> right: 5</code>',
      ],
    ],
    [
      2,
      'every cell: said outside the code span',
      [cell('default', [assertion]), cell('all', [assertion])],
      ['<code>tests::adds</code> (every cell)', 'src/lib.rs:10', expect.stringContaining('left: 4')],
    ],
    [
      3,
      'some cells: their labels outside the code span',
      [cell('default', [assertion]), cell('all', [])],
      ['<code>tests::adds</code> (stable / default)', 'src/lib.rs:10', expect.stringContaining('right: 5')],
    ],
    [
      4,
      'no message, no location: dashes',
      [cell('default', [{ name: 'tests::quiet' }])],
      ['<code>tests::quiet</code>', '–', '–'],
    ],
  ])('%i: %s', (_n, _what, cells, row) => {
    const blocks = failedTestsTable(cells);
    const first = cells.length > 1 ? 'failed test (cells)' : 'failed test';
    expect(blocks[0]).toMatchObject({ kind: 'table', header: [first, 'location', 'cause'] });
    expect(rowsOf(blocks)).toEqual([row]);
  });

  it('no failing test: no table', () => {
    expect(failedTestsTable([cell('default', [])])).toEqual([]);
  });

  it('the first failures only, then how many more', () => {
    const failures = Array.from({ length: SUMMARY_FAILURE_ROWS + 5 }, (_, i) => ({ ...assertion, name: `t${i}` }));
    const rows = rowsOf(failedTestsTable([cell('default', failures)]));
    expect(rows).toHaveLength(SUMMARY_FAILURE_ROWS + 1);
    expect(rows.at(-1)).toEqual(['… 5 more (see the annotations and the JSON report)', '', '']);
  });

  it('a message from the tests cannot break the table: one row, inert, at most four lines', () => {
    const hostile = { ...assertion, message: 'a | b\n<img src=x>\n`code`\nfour\nfive\nsix' };
    const md = toMarkdown(failedTestsTable([cell('default', [hostile])]));
    const lines = md.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe(
      '| <code>tests::adds</code> | src/lib.rs:10 | <code>a &#124; b</code><br><code>&lt;img src=x&gt;</code><br><code>&#96;code&#96;</code><br><code>four</code><br>… 2 more lines |',
    );
  });

  it("libtest's captured output: the panic message reaches the table", () => {
    const report = parseLibtest(
      [
        'running 1 test',
        'test tests::adds ... FAILED',
        'failures:',
        '---- tests::adds stdout ----',
        "thread 'tests::adds' (7) panicked at src/lib.rs:10:5:",
        'assertion `left == right` failed',
        '  left: 4',
        ' right: 5',
        'note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace',
        'failures:',
        '    tests::adds',
        'test result: FAILED. 0 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s',
      ].join('\n'),
    );
    const f = report.failures[0]!;
    const rows = rowsOf(
      failedTestsTable([cell('default', [{ name: f.name, file: f.file!, line: f.line!, message: f.message! }])]),
    );
    expect(rows[0]![2]).toBe(
      '<code>assertion &#96;left == right&#96; failed</code><br><code>  left: 4</code><br><code> right: 5</code>',
    );
  });

  it('annotation titles keep the cells, as before', () => {
    const titles = testFindings([cell('default', [assertion]), cell('all', [assertion])], 2).map((f) => f.title);
    expect(titles).toEqual(['test failed: tests::adds (every cell)']);
  });
});

describe('codeLines / firstRows', () => {
  it.each([
    [1, 'one line', '<code>one line</code>'],
    [2, '\n\nafter blank lines\n', '<code>after blank lines</code>'],
    [3, 'x'.repeat(200), `<code>${'x'.repeat(160)}…</code>`],
    [4, '', ''],
  ])('%i: codeLines(%j)', (_n, text, md) => expect(codeLines(text)).toBe(md));

  it.each([
    [1, 2, [['a', '1']], [['a', '1']]],
    [
      2,
      1,
      [
        ['a', '1'],
        ['b', '2'],
      ],
      [
        ['a', '1'],
        ['… 1 more (see the JSON report)', ''],
      ],
    ],
  ])('%i: firstRows(max %i)', (_n, max, rows, want) => expect(firstRows(rows, max)).toEqual(want));
});
