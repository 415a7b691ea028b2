// Annotations on the right file and line, with real cargo, as a runner runs the built action.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isolatedCargo, refusingCargo } from '../support/cargo-tools.js';
import { TEST_FAILURES_COUNTS } from '../support/expected.js';
import { workspaces, readReport, runAction, type Annotation } from '../support/rig.js';

const workspace = workspaces();

/** The annotations the stages made (core.setFailed's own ::error:: line has no title). */
const located = (as: Annotation[]) =>
  as
    .filter((a) => a.title)
    .map(({ level, file, line, endLine, col, endColumn, title }) => ({
      level,
      file,
      line,
      endLine,
      col,
      endColumn,
      title,
    }));

describe('clippy in a workspace below the repository root', () => {
  const want = [
    {
      level: 'error',
      file: 'rust/crates/beta/src/lib.rs',
      line: 5,
      endLine: 5,
      col: 8,
      endColumn: 23,
      title: 'clippy::len_zero',
    },
  ];
  it.each([
    ['working-directory is the workspace root', 'rust'],
    ['working-directory is a member of the workspace', 'rust/crates/beta'],
  ])('%s: one annotation, path relative to the repository root', async (_label, wd) => {
    const { main } = await runAction({
      workspace: workspace('workspace'),
      inputs: { stages: 'clippy', 'working-directory': wd },
      noPost: true,
    });
    expect(main.code).toBe(1);
    expect(located(main.annotations)).toEqual(want);
    expect(main.annotations.find((a) => a.title)!.message).toContain(
      'error: length comparison to zero\n --> crates/beta/src/lib.rs:5:8',
    );
    expect(main.summary).toContain(
      '| rust/crates/beta/src/lib.rs:5 | <code>clippy::len&#95;zero</code> | length comparison to zero |',
    );
    // Cargo uses the workspace root's Cargo.lock (rust/Cargo.lock), also from a member: --locked.
    expect(main.stdout.split('\n').filter((l) => l.startsWith('[command]'))).toEqual([
      '[command]cargo clippy --workspace --all-targets --locked --message-format=json -- -D warnings  (toolchain stable)',
    ]);
  });
});

describe('fmt in a workspace with rustfmt.toml', () => {
  it('one annotation per hunk at its first changed line, in two files; the diff collapsed in the summary', async () => {
    const { main } = await runAction({
      workspace: workspace('fmt-workspace'),
      inputs: { stages: 'fmt' },
      noPost: true,
    });
    expect(main.outputs['failed-stages']).toBe('fmt');
    expect(located(main.annotations)).toEqual([
      {
        level: 'error',
        file: 'one/src/lib.rs',
        line: 13,
        endLine: 13,
        col: undefined,
        endColumn: undefined,
        title: 'rustfmt',
      },
      {
        level: 'error',
        file: 'two/src/lib.rs',
        line: 7,
        endLine: 7,
        col: undefined,
        endColumn: undefined,
        title: 'rustfmt',
      },
      {
        level: 'error',
        file: 'two/src/lib.rs',
        line: 14,
        endLine: 14,
        col: undefined,
        endColumn: undefined,
        title: 'rustfmt',
      },
    ]);
    expect(main.summary).toContain(
      'Files rustfmt would change: <code>one/src/lib.rs</code>, <code>two/src/lib.rs</code>',
    );
    expect(main.summary).toMatch(
      /<details><summary>rustfmt diff \(3 hunks in 2 files\)<\/summary>\n\n```diff\n--- one\/src\/lib.rs:13\n/,
    );
    expect(main.summary).toContain('-  Some(v[n-1])\n+  Some(v[n - 1])');
  });

  it('the two-space indentation is only accepted because of rustfmt.toml', async () => {
    const dir = workspace('fmt-workspace');
    rmSync(join(dir, 'rustfmt.toml'));
    const { main } = await runAction({ workspace: dir, inputs: { stages: 'fmt' }, noPost: true });
    const lines = located(main.annotations).map((a) => `${a.file}:${a.line}`);
    // Without tab_spaces = 2 every two-space indented line is a finding: clamp() and first() too.
    expect(lines).toEqual(['one/src/lib.rs:4', 'one/src/lib.rs:12', 'two/src/lib.rs:4']);
  });
});

describe('failing tests', () => {
  it('single package: unit test at its panic, integration test relative to the package, doc test at its example', async () => {
    const { main } = await runAction({
      workspace: workspace('test-failures'),
      inputs: { stages: 'test' },
      noPost: true,
    });
    expect(main.outputs['failed-stages']).toBe('test');
    expect(located(main.annotations)).toEqual([
      {
        level: 'error',
        file: 'src/lib.rs',
        line: 35,
        endLine: 35,
        col: 9,
        endColumn: 9,
        title: 'test failed: tests::rejects_over_one_hundred',
      },
      {
        level: 'error',
        file: 'tests/cli.rs',
        line: 11,
        endLine: 11,
        col: 5,
        endColumn: 5,
        title: 'test failed: shows_with_space',
      },
      {
        level: 'error',
        file: 'src/lib.rs',
        line: 5,
        endLine: 5,
        col: undefined,
        endColumn: undefined,
        title: 'doc test failed: src/lib.rs - percent (line 5)',
      },
    ]);
    const byTitle = new Map(main.annotations.map((a) => [a.title, a.message]));
    expect(byTitle.get('test failed: tests::rejects_over_one_hundred')).toBe(
      'assertion `left == right` failed: 101% is out of range\n  left: Some(101)\n right: None',
    );
    expect(byTitle.get('doc test failed: src/lib.rs - percent (line 5)')).toContain('left: Some(150)');
    expect(JSON.parse(main.outputs['test-counts']!)).toEqual(TEST_FAILURES_COUNTS);
    expect(main.summary).toContain('| <code>src/lib.rs - percent (line 5)</code> | src/lib.rs:5 |');
  });

  it('workspace below the repository root: integration and doc test paths relative to the workspace root, made repository-relative', async () => {
    const { main } = await runAction({
      workspace: workspace('workspace'),
      inputs: { stages: 'test', 'working-directory': 'rust/crates/alpha' },
      noPost: true,
    });
    expect(located(main.annotations)).toEqual([
      {
        level: 'error',
        file: 'rust/crates/alpha/tests/api.rs',
        line: 11,
        endLine: 11,
        col: 5,
        endColumn: 5,
        title: 'test failed: halve_then_square',
      },
      {
        level: 'error',
        file: 'rust/crates/alpha/src/lib.rs',
        line: 14,
        endLine: 14,
        col: undefined,
        endColumn: undefined,
        title: 'doc test failed: crates/alpha/src/lib.rs - square (line 14)',
      },
    ]);
    expect(JSON.parse(main.outputs['test-counts']!)).toMatchObject({ passed: 4, failed: 2, ignored: 0 });
    // The member has no Cargo.lock of its own; the workspace root's is the one cargo uses: --locked.
    expect(main.stdout.split('\n').filter((l) => l.startsWith('[command]'))).toEqual([
      '[command]cargo test --workspace --no-fail-fast --locked --message-format=json-render-diagnostics  (toolchain stable)',
    ]);
  });

  it('max-annotations caps what is emitted (errors first); the summary says how many more; the report keeps all', async () => {
    // cargo-nextest cannot be installed (not on PATH, not on the tool-mirror — an empty directory,
    // so nothing leaves the machine — and `cargo install` refused): a warning, and the tests
    // still run with cargo test.
    const root = workspace.temp('rp-nextest-');
    const cargo = isolatedCargo(['cargo-nextest'], root);
    const shim = refusingCargo(join(root, 'shim'), join(cargo.binDir, 'cargo'));
    const { main } = await runAction({
      workspace: workspace('test-failures'),
      inputs: {
        stages: 'test',
        'max-annotations': '1',
        'test-runner': 'nextest',
        'tool-mirror': pathToFileURL(workspace.temp('rp-empty-mirror-')).href,
      },
      env: { PATH: `${shim.dir}:${cargo.PATH}`, CARGO_HOME: cargo.CARGO_HOME, RUST_PIPELINE_TOOL_CHECKSUMS: '' },
      noPost: true,
    });
    expect(readFileSync(shim.argvFile, 'utf8')).toMatch(/^install\n--locked\n--version\n0\.9\.123\n/);
    const shown = located(main.annotations);
    expect(shown.map((a) => [a.level, a.title])).toEqual([['error', 'test failed: tests::rejects_over_one_hundred']]);
    expect(main.summary).toContain('**Annotations:** 2 errors, 1 warning more not shown as annotations');
    const report = readReport(main);
    const test = report.stages.find((s: { name: string }) => s.name === 'test');
    expect(test.findings.map((f: { level: string; title: string }) => [f.level, f.title])).toEqual([
      ['warning', 'cargo-nextest could not be installed'],
      ['error', 'test failed: tests::rejects_over_one_hundred'],
      ['error', 'test failed: shows_with_space'],
      ['error', 'doc test failed: src/lib.rs - percent (line 5)'],
    ]);
    expect(test.findings[0].message).toContain(
      'cargo install failed (exit 101):\nerror: cargo install refused by the test',
    );
    expect(test.findings[0].message).toContain('"cargo install --locked --version 0.9.123 cargo-nextest"');
    expect(test.summary).toBe(
      '3 passed, 3 failed, 1 ignored in 1 cell (runner: cargo test; cargo-nextest could not be installed)',
    );
  });
});
