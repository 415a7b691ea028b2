// Everything we write stays inside GitHub's limits (summary ≤ 1 MiB per step with a budget per
// block, annotation messages and titles, output values), and text from the repository is inert
// in the summary.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  ANNOTATION_MESSAGE_CHARS,
  ANNOTATION_TITLE_CHARS,
  cutChars,
  OUTPUT_LIMIT_BYTES,
  setOutputs,
} from '../../src/actions.js';
import {
  code,
  escapeText,
  GITHUB_SUMMARY_LIMIT_BYTES,
  MAX_TABLE_ROWS,
  toMarkdown,
  type Block,
} from '../../src/blocks.js';
import { failedNames, MAX_FAILED_NAMES } from '../../src/stages/test.js';

const bytes = (s: string): number => Buffer.byteLength(s);

describe('escapeText / code: text from the repository is inert markup', () => {
  it.each([
    [1, 'tests::plain', 'tests::plain'],
    [
      2,
      'x` <h2>big</h2> <img src=x onerror=alert(1)>',
      'x&#96; &lt;h2&gt;big&lt;/h2&gt; &lt;img src=x onerror=alert(1)&gt;',
    ],
    [3, 'a | b', 'a &#124; b'],
    [4, 'line one\nline two\r\nthree', 'line one line two three'],
    [5, '**bold** _em_ [link](http://x)', '&#42;&#42;bold&#42;&#42; &#95;em&#95; &#91;link&#93;(http://x)'],
    [6, 'a & b &lt;', 'a &amp; b &amp;lt;'],
    [7, 'back\\slash', 'back&#92;slash'],
  ])('%i: %j', (_n, raw, inert) => {
    expect(escapeText(raw)).toBe(inert);
    expect(code(raw)).toBe(`<code>${inert}</code>`);
  });

  it('keeps a hostile test name inside its table cell and row', () => {
    const md = toMarkdown([
      { kind: 'table', header: ['failed test', 'location'], rows: [[code('x` <h2>h</h2> | y\nz'), 'src/lib.rs:3']] },
    ]);
    const row = md.split('\n')[2]!;
    expect(row).toBe('| <code>x&#96; &lt;h2&gt;h&lt;/h2&gt; &#124; y z</code> | src/lib.rs:3 |');
    expect(md).not.toMatch(/<h2>|<img/);
  });

  it('fences a collapsed body with more backticks than it holds', () => {
    const md = toMarkdown([{ kind: 'details', summary: 's', body: 'a ```` b' }]);
    expect(md).toContain('`````\na ```` b\n`````');
  });
});

describe('the summary stays under GitHub’s 1 MiB', () => {
  const verdict: Block = { kind: 'heading', text: 'rust-pipeline: ❌ failed (fmt)', level: 2 };

  it('a 5 MB rustfmt diff: under 1 MiB, still says fmt failed, says what was cut', () => {
    const line = '-    let x = foo(a, b, c); // something long enough to be a real line of code\n';
    const diff = line.repeat(Math.ceil((5 * 1024 * 1024) / line.length));
    expect(bytes(diff)).toBeGreaterThan(5 * 1024 * 1024);
    const md = toMarkdown([
      verdict,
      { kind: 'text', text: 'Files rustfmt would change: <code>src/lib.rs</code>.' },
      { kind: 'details', summary: 'rustfmt diff (1 hunk in 1 file)', body: diff, lang: 'diff' },
    ]);
    expect(bytes(md)).toBeLessThan(GITHUB_SUMMARY_LIMIT_BYTES);
    expect(md).toContain('rust-pipeline: ❌ failed (fmt)');
    expect(md).toMatch(/… \d+ more lines \(see the JSON report\)\n```\n\n<\/details>/);
  });

  it('20,000 failing tests: a bounded table that says how many more', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [code(`tests::case_${i}`), `src/lib.rs:${i + 1}`]);
    const md = toMarkdown([verdict, { kind: 'table', header: ['failed test (cells)', 'location'], rows }]);
    expect(bytes(md)).toBeLessThan(64 * 1024);
    expect(md).toContain(`| … ${20_000 - MAX_TABLE_ROWS} more (see the JSON report) |  |`);
    expect(md.split('\n').filter((l) => l.includes('tests::case&#95;'))).toHaveLength(MAX_TABLE_ROWS);
  });

  it('blocks past the whole budget are left out with a note, the first ones kept', () => {
    const big: Block = { kind: 'details', summary: 'big', body: 'x'.repeat(100 * 1024) };
    const md = toMarkdown([verdict, ...Array.from({ length: 20 }, () => big)]);
    expect(bytes(md)).toBeLessThan(GITHUB_SUMMARY_LIMIT_BYTES);
    expect(md.startsWith('## rust-pipeline: ❌ failed (fmt)')).toBe(true);
    expect(md).toMatch(
      /… \d+ more parts of this summary left out to stay under GitHub's 1 MiB \(see the JSON report\)/,
    );
  });
});

describe('annotations and outputs', () => {
  it('cuts messages and titles to what GitHub keeps, saying how much is left out', () => {
    const long = 'm'.repeat(100_000);
    const cut = cutChars(long, ANNOTATION_MESSAGE_CHARS);
    expect(cut.length).toBeLessThanOrEqual(ANNOTATION_MESSAGE_CHARS);
    const left = Number(/\[(\d+) more characters/.exec(cut)![1]);
    expect(cut.indexOf(' … [') + left).toBe(long.length);
    expect(cutChars('short', ANNOTATION_TITLE_CHARS)).toBe('short');
    expect(cutChars('t'.repeat(300), ANNOTATION_TITLE_CHARS).length).toBeLessThanOrEqual(ANNOTATION_TITLE_CHARS);
  });

  it('20,000 failing tests: the test-counts entry lists 100 names and how many more', () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `tests::a_rather_long_module_path::case_${i}`);
    const entry = failedNames(names);
    expect(entry.failedTests).toHaveLength(MAX_FAILED_NAMES);
    expect(entry.failedTestsOmitted).toBe(20_000 - MAX_FAILED_NAMES);
    expect(bytes(JSON.stringify(entry))).toBeLessThan(16 * 1024);
    expect(failedNames(['a', 'b'])).toEqual({ failedTests: ['a', 'b'] });
  });

  it('does not set an output over 1 MB, and says which and where to read it', () => {
    const file = join(tmpdir(), `rp-outputs-${process.pid}`);
    vi.stubEnv('GITHUB_OUTPUT', file);
    writeFileSync(file, '');
    try {
      const problems = setOutputs({ result: 'success', 'test-counts': 'x'.repeat(OUTPUT_LIMIT_BYTES + 1) });
      expect(problems).toEqual([expect.stringMatching(/^Output test-counts is 1048577 bytes, over GitHub's limit/)]);
      const written = readFileSync(file, 'utf8');
      expect(written).toContain('result<<');
      expect(written).not.toContain('test-counts');
    } finally {
      vi.unstubAllEnvs();
      rmSync(file, { force: true });
    }
  });
});
