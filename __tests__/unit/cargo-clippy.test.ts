// clippy JSON parser and annotation paths, on output captured from a workspace below a path with spaces.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseClippyJson } from '../../src/cargo/clippy.js';
import { parseCargoMetadata } from '../../src/cargo/metadata.js';
import { resolveReported } from '../../src/cargo/workspace.js';
import { clippyBlocks, clippyFinding, MAX_CLIPPY_ROWS } from '../../src/stages/clippy.js';
import { toMarkdown } from '../../src/blocks.js';
import type { Diagnostic } from '../../src/cargo/clippy.js';

const captured = (name: string): string => readFileSync(join(__dirname, 'captured', name), 'utf8');
const REPO = '/tmp/rp-capture/with space/workspace';

describe('parseClippyJson on captured cargo clippy --message-format=json', () => {
  it('finds the lint with its span relative to the workspace root', () => {
    const diags = parseClippyJson(captured('clippy-workspace.jsonl'));
    expect(diags.map((d) => [d.level, d.code, d.file, d.line, d.column, d.endLine, d.endColumn])).toEqual([
      ['error', 'clippy::len_zero', 'crates/beta/src/lib.rs', 5, 8, 5, 23],
    ]);
    expect(diags[0]!.rendered).toMatch(/^error: length comparison to zero\n --> crates\/beta\/src\/lib.rs:5:8/);
    expect(diags[0]!.manifestPath).toBe(`${REPO}/rust/crates/beta/Cargo.toml`);
  });

  it('reads the workspace root from cargo metadata (asked in a member)', () => {
    expect(parseCargoMetadata(captured('metadata-workspace.json')).workspaceRoot).toBe(`${REPO}/rust`);
    expect(() => parseCargoMetadata('error: could not find `Cargo.toml`')).toThrow();
  });

  it.each([
    ['working-directory is the workspace root', `${REPO}/rust`],
    ['working-directory is a member below the root', `${REPO}/rust/crates/beta`],
  ])('annotation path is relative to the repository root: %s', (_label, cwd) => {
    const [d] = parseClippyJson(captured('clippy-workspace.jsonl'));
    // The workspace root (from cargo) comes first; the working directory is only a fallback.
    expect(clippyFinding(d!, [`${REPO}/rust`, cwd], REPO)).toMatchObject({
      level: 'error',
      title: 'clippy::len_zero',
      file: 'rust/crates/beta/src/lib.rs',
      line: 5,
      column: 8,
      endLine: 5,
      endColumn: 23,
    });
  });

  it('leaves paths outside the repository (registry sources) without a file', () => {
    expect(resolveReported('/root/.cargo/registry/src/x/lib.rs', ['/repo'], '/repo')).toBeUndefined();
    expect(resolveReported('../elsewhere/lib.rs', ['/repo'], '/repo')).toBeUndefined();
  });

  it('turns a rustc error without a lint code into an error titled as such', () => {
    const line = JSON.stringify({
      reason: 'compiler-message',
      manifest_path: '/r/Cargo.toml',
      message: {
        level: 'error',
        message: 'mismatched types',
        code: { code: 'E0308' },
        rendered: 'error[E0308]: mismatched types\n',
        spans: [
          { file_name: 'src/a b.rs', line_start: 2, line_end: 2, column_start: 18, column_end: 23, is_primary: true },
        ],
      },
    });
    const [d] = parseClippyJson(`${line}\n`);
    expect(clippyFinding(d!, ['/r'], '/r')).toMatchObject({
      level: 'error',
      title: 'E0308',
      file: 'src/a b.rs',
      line: 2,
      column: 18,
    });
  });
});

describe("clippy's summary section: the first findings with their cause", () => {
  const diag = (i: number, code = 'clippy::len_zero'): Diagnostic => ({
    level: 'error',
    message: `length comparison to zero (${i})`,
    code,
    file: 'src/lib.rs',
    line: i,
    column: 8,
    rendered: `error: length comparison to zero\n --> src/lib.rs:${i}:8`,
  });
  const blocksOf = (diags: Diagnostic[]) => {
    const findings = diags.map((d) => clippyFinding(d, ['/r'], '/r'));
    const lints = [...new Set(findings.map((f) => f.title!))].map(
      (l) => [l, findings.filter((f) => f.title === l).length] as [string, number],
    );
    return clippyBlocks(diags, findings, lints);
  };

  it('captured output: location, lint and message in one row', () => {
    const diags = parseClippyJson(captured('clippy-workspace.jsonl'));
    const findings = diags.map((d) => clippyFinding(d, [`${REPO}/rust`], REPO));
    expect(toMarkdown(clippyBlocks(diags, findings, [['clippy::len_zero', 1]]))).toBe(
      '| location | lint | message |\n| :--- | :--- | :--- |\n' +
        '| rust/crates/beta/src/lib.rs:5 | <code>clippy::len&#95;zero</code> | length comparison to zero |\n',
    );
  });

  it.each([
    [1, 0, 0, undefined],
    [2, 3, 3, undefined],
    [3, MAX_CLIPPY_ROWS, MAX_CLIPPY_ROWS, undefined],
    [4, MAX_CLIPPY_ROWS + 4, MAX_CLIPPY_ROWS + 1, '… 4 more (see the annotations and the JSON report)'],
  ])('%i: %i findings → %i rows, last %j', (_n, count, rows, last) => {
    const blocks = blocksOf(Array.from({ length: count }, (_, i) => diag(i + 1)));
    const table = blocks[0];
    expect(table?.kind === 'table' ? table.rows.length : 0).toBe(rows);
    expect(table?.kind === 'table' ? table.rows.at(-1)![0] : undefined).toBe(
      last ?? (count ? `src/lib.rs:${count}` : undefined),
    );
    // The count per lint only when the list is cut.
    expect(blocks.length).toBe(count > MAX_CLIPPY_ROWS ? 2 : count ? 1 : 0);
  });

  it('a message with markup stays inert and one row', () => {
    const d = { ...diag(1), message: 'unused `x` | <b>bold</b>\nsecond line' };
    const md = toMarkdown(blocksOf([d]));
    expect(md.split('\n')[2]).toBe(
      '| src/lib.rs:1 | <code>clippy::len&#95;zero</code> | unused &#96;x&#96; &#124; &lt;b&gt;bold&lt;/b&gt; second line |',
    );
  });
});
