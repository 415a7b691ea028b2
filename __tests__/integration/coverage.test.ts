// The coverage stage through the built action, with the real cargo-tarpaulin, on a fixture
// crate whose tested share of lines is known:
//   src/covered.rs    9 coverable lines (fn lines, statements, tail expressions), all reached by the tests
//   src/uncovered.rs  7 coverable lines, never called
//   src/extra.rs      2 coverable lines, compiled only with the `extra` feature, never called
// → 9/16 = 56.25% by default, 9/18 = 50% with `--features extra`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closedPort, toolsOrSkip } from '../support/cargo-tools.js';
import { workspaces, readReport, runAction } from '../support/rig.js';

const skip = toolsOrSkip('cargo-tarpaulin');
const TOLERANCE = 0.5;

const workspace = workspaces();

describe.skipIf(skip !== undefined)('coverage stage (cargo-tarpaulin)', () => {
  it('reports the known share of covered lines, the files as outputs, a per-file table worst first', async () => {
    const ws = workspace('coverage');
    const { main } = await runAction({ workspace: ws, inputs: { stages: 'coverage' }, noPost: true });
    expect(main.code, main.stdout).toBe(0);
    expect(Math.abs(Number(main.outputs.coverage) - 56.25)).toBeLessThanOrEqual(TOLERANCE);
    expect(main.outputs['coverage-xml']).toBe(join(ws, 'coverage', 'cobertura.xml'));
    expect(main.outputs['coverage-lcov']).toBe(join(ws, 'coverage', 'lcov.info'));
    expect(main.outputs['coverage-json']).toBe(join(ws, 'coverage', 'tarpaulin-report.json'));
    expect(readFileSync(main.outputs['coverage-xml']!, 'utf8')).toMatch(/<coverage lines-covered="9" lines-valid="16"/);
    expect(readFileSync(main.outputs['coverage-lcov']!, 'utf8')).toContain(`SF:${join(ws, 'src', 'uncovered.rs')}`);
    expect(existsSync(main.outputs['coverage-json']!)).toBe(true);

    expect(main.summary).toMatch(/\| coverage \| ✅ success \| 56\.25% of 16 lines \|/);
    expect(main.summary).toContain('**Line coverage: 56.25%** (9 of 16 lines)');
    const uncovered = main.summary.indexOf('| src/uncovered.rs | 0.00% | 0/7 | 2-5, 7, 11-12 |');
    const covered = main.summary.indexOf('| src/covered.rs | 100.00% | 9/9 |');
    expect(uncovered).toBeGreaterThan(0);
    expect(covered).toBeGreaterThan(uncovered);
    // where the tool came from, and the install timed as a phase
    expect(main.summary).toMatch(/\| cargo-tarpaulin \| 0\.37\.\d+ \| PATH \|/);
    expect(main.summary).toMatch(/install cargo-tarpaulin \| [\d.]+ (ms|s) \|/);
    const report = readReport(main);
    expect(report.stages[0].data).toMatchObject({
      covered: 9,
      coverable: 16,
      features: 'default',
      tool: { tool: 'cargo-tarpaulin', source: 'path' },
    });
  });

  it('uses the first feature set of the matrix', async () => {
    const { main } = await runAction({
      workspace: workspace('coverage'),
      inputs: { stages: 'coverage', 'feature-sets': 'extra, default' },
      noPost: true,
    });
    expect(main.code, main.stdout).toBe(0);
    expect(Math.abs(Number(main.outputs.coverage) - 50)).toBeLessThanOrEqual(TOLERANCE);
    expect(main.summary).toContain('| src/extra.rs | 0.00% | 0/2 | 2-3 |');
  });

  it('coverage-fail-under above the total fails the stage with the percent and the threshold', async () => {
    const { main } = await runAction({
      workspace: workspace('coverage'),
      inputs: { stages: 'coverage', 'coverage-fail-under': '80' },
      noPost: true,
    });
    expect(main.code).toBe(1);
    expect(main.outputs['failed-stages']).toBe('coverage');
    expect(main.outputs.coverage).toBe('56.25');
    const err = main.annotations.find((a) => a.title === 'coverage below threshold');
    expect(err?.level).toBe('error');
    expect(err?.message).toBe(
      'Line coverage is 56.25%, below the coverage-fail-under threshold of 80% (9 of 16 lines covered).',
    );
    expect(main.summary).toMatch(/\| coverage \| ❌ failure \| 56\.25% of 16 lines \(threshold 80%\) \|/);
    expect(main.summary).toContain('❌ Below the coverage-fail-under threshold of 80%.');
  });

  it('a threshold at or below the total passes', async () => {
    const { main } = await runAction({
      workspace: workspace('coverage'),
      inputs: { stages: 'coverage', 'coverage-fail-under': '56' },
      noPost: true,
    });
    expect(main.code, main.stdout).toBe(0);
    expect(main.summary).toContain('✅ Meets the coverage-fail-under threshold of 56%.');
  });

  it('a test failing under tarpaulin fails the stage and is annotated at its panic', async () => {
    const { main } = await runAction({
      workspace: workspace('failing-test'),
      inputs: { stages: 'coverage' },
      noPost: true,
    });
    expect(main.code).toBe(1);
    expect(main.outputs['failed-stages']).toBe('coverage');
    expect(main.outputs.coverage).toBeUndefined();
    const failed = main.annotations.find((a) => a.title === 'test failed under coverage: tests::average_rounds_up');
    expect(failed).toMatchObject({ level: 'error', file: 'src/lib.rs', line: 17 });
    expect(main.summary).toMatch(/\| coverage \| ❌ failure \| 1 test failed under coverage \|/);
  });
});

describe('coverage stage and its toolchain', () => {
  it('a first toolchain that is not installed and cannot be installed fails the stage with the toolchain error, as fmt, clippy and test do', async () => {
    const { main } = await runAction({
      workspace: workspace('coverage'),
      inputs: { stages: 'coverage', toolchains: '1.60.0' },
      env: { RUSTUP_DIST_SERVER: `http://127.0.0.1:${await closedPort()}` },
      noPost: true,
    });
    expect(main.code).toBe(1);
    expect(main.outputs['failed-stages']).toBe('coverage');
    const err = main.annotations.find((a) => a.title === 'toolchain 1.60.0');
    expect(err?.level).toBe('error');
    expect(err?.message).toContain(
      'Toolchain "1.60.0" is not installed and "rustup toolchain install --profile=minimal --no-self-update -- 1.60.0" failed',
    );
    expect(main.summary).toMatch(/\| coverage \| ❌ failure \| toolchain 1\.60\.0 unavailable \|/);
    // The stage stopped before cargo-tarpaulin was looked for or installed.
    expect(main.summary).not.toContain('install cargo-tarpaulin');
  });
});
