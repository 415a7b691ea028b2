// clippy JSON parser and annotation paths, on output captured from a workspace below a path with spaces.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseClippyJson } from '../../src/cargo/clippy.js';
import { parseCargoMetadata } from '../../src/cargo/metadata.js';
import { resolveReported } from '../../src/cargo/workspace.js';
import { clippyFinding } from '../../src/stages/clippy.js';

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
