// The test matrix inside one step: toolchains × feature sets, with real cargo and rustup.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { closedPort } from '../support/cargo-tools.js';
import { describe, expect, it } from 'vitest';
import { workspaces, readReport, runAction, type Annotation } from '../support/rig.js';

/** A second installed toolchain name (scripts/setup/10-toolchains.sh provides it). */
const SECOND = process.env.RP_TEST_SECOND_TOOLCHAIN ?? '1.95.0';

const workspace = workspaces();

const located = (as: Annotation[]) =>
  as.filter((a) => a.title).map(({ level, file, line, title }) => ({ level, file, line, title }));

const cell = (
  toolchain: string,
  features: string,
  status: string,
  passed: number,
  failed: number,
  failedTests: string[] = [],
  extra: object = {},
) => ({
  toolchain,
  features,
  status,
  passed,
  failed,
  ignored: 0,
  ms: expect.any(Number),
  failedTests,
  // The release of the rustc that ran the cell (absent when its toolchain could not be had).
  rustc: expect.stringMatching(/^\d+\.\d+\.\d+/),
  ...extra,
});

describe('test matrix', () => {
  it('two cells: the default feature set passes, all features fails; counts JSON, matrix table, annotations', async () => {
    const { main } = await runAction({
      workspace: workspace('feature-matrix'),
      inputs: { stages: 'test', 'feature-sets': 'default, all' },
      noPost: true,
    });
    expect(main.code).toBe(1);
    expect(main.outputs['failed-stages']).toBe('test');
    expect(JSON.parse(main.outputs['test-counts']!)).toEqual({
      passed: 2,
      failed: 2,
      ignored: 0,
      cells: [
        cell('stable', 'default', 'success', 2, 0),
        cell('stable', 'all', 'failure', 0, 2, ['tests::small', 'tests::zero']),
      ],
    });
    expect(located(main.annotations)).toEqual([
      { level: 'error', file: 'src/lib.rs', line: 21, title: 'test failed: tests::small (stable / all)' },
      { level: 'error', file: 'src/lib.rs', line: 26, title: 'test failed: tests::zero (stable / all)' },
    ]);
    expect(main.summary).toMatch(/\| toolchain \| features \| result \| passed \| failed \| ignored \| time \|/);
    expect(main.summary).toMatch(/\| stable \| default \| ✅ success \| 2 \| 0 \| 0 \| [\d.]+ (ms|s) \|/);
    expect(main.summary).toMatch(/\| stable \| all \| ❌ failure \| 0 \| 2 \| 0 \| [\d.]+ (ms|s) \|/);
    expect(main.summary).toMatch(/\| total \| {2}\| {2}\| 2 \| 2 \| 0 \| [\d.]+ (ms|s) \|/);
  });

  it('fail-fast: the first failing cell stops the matrix, later cells are reported skipped', async () => {
    const { main } = await runAction({
      workspace: workspace('feature-matrix'),
      inputs: { stages: 'test', 'feature-sets': 'all, default', 'fail-fast': 'true' },
      noPost: true,
    });
    const counts = JSON.parse(main.outputs['test-counts']!);
    expect(counts.cells.map((c: { features: string; status: string }) => [c.features, c.status])).toEqual([
      ['all', 'failure'],
      ['default', 'skipped'],
    ]);
    expect(main.summary).toMatch(/\| stable \| default \| ⏭️ skipped \| 0 \| 0 \| 0 \| – \|/);
  });

  it('two installed toolchains × two feature sets, the same failure once with the cells it failed in', async () => {
    const { main } = await runAction({
      workspace: workspace('feature-matrix'),
      inputs: { stages: 'test', toolchains: `stable, ${SECOND}`, 'feature-sets': 'default, none+fast' },
      noPost: true,
    });
    const counts = JSON.parse(main.outputs['test-counts']!);
    expect(
      counts.cells.map(
        (c: { toolchain: string; features: string; status: string }) => `${c.toolchain}/${c.features}/${c.status}`,
      ),
    ).toEqual([
      'stable/default/success',
      'stable/none+fast/failure',
      `${SECOND}/default/success`,
      `${SECOND}/none+fast/failure`,
    ]);
    expect(located(main.annotations).map((a) => a.title)).toEqual([
      `test failed: tests::small (stable / none+fast, ${SECOND} / none+fast)`,
      `test failed: tests::zero (stable / none+fast, ${SECOND} / none+fast)`,
    ]);
    expect(readReport(main).toolchains).toEqual(['stable', SECOND]);
  });

  it('a toolchain that is not installed and cannot be installed fails its cells fast with a clear error; the others still run', async () => {
    const started = Date.now();
    const { main } = await runAction({
      workspace: workspace('feature-matrix'),
      inputs: { stages: 'test', toolchains: '1.60.0, stable' },
      env: { RUSTUP_DIST_SERVER: `http://127.0.0.1:${await closedPort()}` },
      noPost: true,
    });
    expect(Date.now() - started).toBeLessThan(60_000);
    const counts = JSON.parse(main.outputs['test-counts']!);
    expect(counts.cells).toEqual([
      cell('1.60.0', 'default', 'failure', 0, 0, [], { error: 'toolchain 1.60.0 is not installed', rustc: undefined }),
      cell('stable', 'default', 'success', 2, 0),
    ]);
    const err = main.annotations.find((a) => a.title === 'toolchain 1.60.0 unavailable');
    expect(err?.level).toBe('error');
    expect(err?.message).toContain(
      'Toolchain "1.60.0" is not installed and "rustup toolchain install --profile=minimal --no-self-update -- 1.60.0" failed',
    );
    expect(err?.message).toContain('rustup toolchain install --profile minimal 1.60.0');
    expect(main.summary).toContain('| 1.60.0 | default | ❌ failure (toolchain 1.60.0 is not installed) | 0 | 0 | 0 |');
  });

  it('no toolchains input: the channel rust-toolchain.toml names', async () => {
    const dir = workspace('feature-matrix');
    writeFileSync(join(dir, 'rust-toolchain.toml'), `[toolchain]\nchannel = "${SECOND}"\ncomponents = ["clippy"]\n`);
    const { main } = await runAction({ workspace: dir, inputs: { stages: 'test' }, noPost: true });
    expect(main.code).toBe(0);
    expect(JSON.parse(main.outputs['test-counts']!).cells).toEqual([cell(SECOND, 'default', 'success', 2, 0)]);
    expect(main.summary).toContain(`Toolchains: \`${SECOND}\``);
  });

  it("a missing first toolchain does not change where the other cells' failures point (workspace member below the repository root)", async () => {
    const { main } = await runAction({
      workspace: workspace('workspace'),
      inputs: { stages: 'test', toolchains: '1.60.0, stable', 'working-directory': 'rust/crates/alpha' },
      env: { RUSTUP_DIST_SERVER: `http://127.0.0.1:${await closedPort()}` },
      noPost: true,
    });
    expect(located(main.annotations)).toEqual([
      { level: 'error', file: undefined, line: undefined, title: 'toolchain 1.60.0 unavailable' },
      {
        level: 'error',
        file: 'rust/crates/alpha/tests/api.rs',
        line: 11,
        title: 'test failed: halve_then_square (stable / default)',
      },
      {
        level: 'error',
        file: 'rust/crates/alpha/src/lib.rs',
        line: 14,
        title: 'doc test failed: crates/alpha/src/lib.rs - square (line 14) (stable / default)',
      },
    ]);
  });
});
