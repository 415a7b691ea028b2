// rustfmt --check parser, on output captured from cargo fmt in a workspace whose path has spaces.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedLines, fmtFailureText, parseFmtCheck } from '../../src/cargo/rustfmt.js';
import { fmtFinding } from '../../src/stages/fmt.js';

const captured = (name: string): string => readFileSync(join(__dirname, 'captured', name), 'utf8');
const BASE = '/tmp/rp-capture/with space/fmt workspace';

describe('parseFmtCheck on captured cargo fmt --check output', () => {
  const want = [
    { file: `${BASE}/one/src/lib.rs`, start: 10, line: 13, endLine: 13 },
    // The first hunk turns one line into three…
    { file: `${BASE}/two/src/lib.rs`, start: 4, line: 7, endLine: 7 },
    // …and the next one is still numbered in the original file.
    { file: `${BASE}/two/src/lib.rs`, start: 11, line: 14, endLine: 14 },
  ];
  it.each([
    ['colours off', 'rustfmt-check.txt'],
    ['ANSI colours', 'rustfmt-check-ansi.txt'],
  ])('%s', (_label, file) => {
    const hunks = parseFmtCheck(captured(file));
    expect(hunks.map(({ file: f, start, line, endLine }) => ({ file: f, start, line, endLine }))).toEqual(want);
    expect(hunks[0]!.diff).toEqual([
      ' ',
      ' pub fn twice(x: i32) -> i32 {',
      '   let y = x;',
      '-  y+y',
      '+  y + y',
      ' }',
      ' ',
    ]);
  });

  it('reads the older "at line N" header', () => {
    expect(
      parseFmtCheck('Diff in /r/src/main.rs at line 1:\n fn main() {\n-let x=1;\n+    let x = 1;\n }\n'),
    ).toMatchObject([{ file: '/r/src/main.rs', start: 1, line: 2 }]);
  });
});

describe('changedLines', () => {
  it.each([
    ['context then a change', 10, [' a', ' b', ' c', '-d', '+D', ' e'], { line: 13, endLine: 13 }],
    ['change on the first line', 1, ['-a', '+A', ' b'], { line: 1, endLine: 1 }],
    ['two change groups in one hunk', 5, [' a', '-b', '+B', ' c', '-d', '-e', '+DE'], { line: 6, endLine: 9 }],
    ['pure insertion goes before the next original line', 3, [' a', ' b', '+new', ' c'], { line: 5, endLine: 5 }],
    ['several lines removed', 20, [' x', '-a', '-b', '-c', '+abc'], { line: 21, endLine: 23 }],
  ])('%s', (_label, start, diff, want) => {
    expect(changedLines(start, diff)).toEqual(want);
  });
});

describe('fmtFinding', () => {
  it('makes the path relative to the repository root and points at the changed line', () => {
    const [, second] = parseFmtCheck(captured('rustfmt-check.txt'));
    expect(fmtFinding(second!, BASE, '/tmp/rp-capture/with space')).toMatchObject({
      level: 'error',
      title: 'rustfmt',
      file: 'fmt workspace/two/src/lib.rs',
      line: 7,
      endLine: 7,
    });
  });
});

describe('fmtFailureText', () => {
  const manifestError = [
    '`cargo metadata` exited with an error: error: invalid type: floating point `0.1`, expected SemVer version',
    ' --> Cargo.toml:3:11',
    '  |',
    '3 | version = 0.1',
    '  |           ^^^',
    '',
  ].join('\n');
  const usage = [
    'This utility formats all bin and lib files of the current crate using rustfmt.',
    '',
    'Usage: cargo fmt [OPTIONS] [-- <rustfmt_options>...]',
    '',
    'Options:',
    ...Array.from({ length: 30 }, (_, i) => `  --option-${i}`),
  ].join('\n');

  it.each([
    [
      1,
      'a malformed Cargo.toml: the error lines, not the usage text',
      `${manifestError}\n${usage}\n`,
      manifestError.trimEnd(),
    ],
    [
      2,
      'no usage text: the last 20 lines',
      Array.from({ length: 30 }, (_, i) => `l${i}`).join('\n'),
      Array.from({ length: 20 }, (_, i) => `l${i + 10}`).join('\n'),
    ],
    [3, 'only usage text: its last lines rather than nothing', usage, usage.split('\n').slice(-20).join('\n')],
  ])('%i: %s', (_n, _what, output, shown) => {
    expect(fmtFailureText(output)).toBe(shown);
  });
});
