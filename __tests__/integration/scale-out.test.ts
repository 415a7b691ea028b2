// Scale-out through the built action, as the three-job workflow runs it: mode: plan sets the
// matrix, each cell job runs one entry (cell input) with real cargo, and mode: merge turns the
// reports (laid out as actions/download-artifact lays them out, one folder per artifact) into one
// summary, one set of outputs and annotations. One planned cell leaves no report (a cancelled job).
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshCargoHome, isolatedCargo, pinnedVersion, refusingCargo } from '../support/cargo-tools.js';
import { readReport, ROOT, runAction, workspaces, type StepResult } from '../support/rig.js';

/** A second installed toolchain name (scripts/setup/10-toolchains.sh provides it). */
const SECOND = process.env.RP_TEST_SECOND_TOOLCHAIN ?? '1.95.0';
const workspace = workspaces();

interface Cell {
  name: string;
  os: string;
  toolchain: string;
  features: string;
  partition?: { index: number; count: number };
  cacheWriter: boolean;
}

/** Stand-ins for cargo, rustc and rustup that only record that they were started. */
function recordingTools(dir: string): { PATH: string; log: string } {
  const log = join(dir, 'started');
  mkdirSync(join(dir, 'bin'), { recursive: true });
  for (const tool of ['cargo', 'rustc', 'rustup']) {
    const path = join(dir, 'bin', tool);
    writeFileSync(path, `#!/bin/sh\necho "${tool} $*" >> "${log}"\nexit 1\n`);
    chmodSync(path, 0o755);
  }
  return { PATH: `${join(dir, 'bin')}${delimiter}${process.env.PATH}`, log };
}

/** What a matrix job would add to toJSON(matrix) besides the include entry's own fields. */
const asGithubMatrix = (cell: Cell): string => JSON.stringify({ ...cell, 'runs-on-extra': 'ignored' }, null, 2);

const inputs = { stages: 'test', toolchains: `stable, ${SECOND}`, 'feature-sets': 'default, all' };

describe('scale out: plan → one job per cell → merge', () => {
  let matrix = '';
  let cells: Cell[] = [];
  const ran: { cell: Cell; main: StepResult }[] = [];
  let artifacts = '';

  it('mode: plan sets a matrix that strategy.matrix accepts, in well under a second, starting no cargo', async () => {
    const tools = recordingTools(workspace.temp('rp-plan-tools-'));
    const { main } = await runAction({
      workspace: workspace('feature-matrix'),
      inputs: { ...inputs, mode: 'plan' },
      env: { PATH: tools.PATH, ImageOS: 'ubuntu24' },
      noPost: true,
    });
    expect(main.code).toBe(0);
    matrix = main.outputs.matrix!;
    cells = (JSON.parse(matrix) as { include: Cell[] }).include;
    expect(cells.map((c) => [c.name, c.cacheWriter])).toEqual([
      ['ubuntu-24.04 / stable / default', true],
      ['ubuntu-24.04 / stable / all', false],
      [`ubuntu-24.04 / ${SECOND} / default`, true],
      [`ubuntu-24.04 / ${SECOND} / all`, false],
    ]);
    expect(existsSync(tools.log)).toBe(false);
    // In-process times (planning; the whole step since node started, and its CPU time) are measured
    // by the step itself; CPU time holds on a loaded machine, the spawn's wall time only loosely.
    const planned = /Planned 4 cells in ([\d.]+) ms \(step: ([\d.]+) ms since node started, ([\d.]+) ms CPU\)/.exec(
      main.stdout,
    );
    expect(planned).not.toBeNull();
    console.log(
      `plan: ${planned![1]} ms planning, ${planned![2]} ms in the process (${planned![3]} ms CPU), ${main.ms} ms wall`,
    );
    expect(Number(planned![3])).toBeLessThan(1000);
    expect(main.ms).toBeLessThan(3000);
    expect(main.summary).toContain(
      `| ubuntu-24.04 / stable / all | ubuntu-24.04 | stable | all | – | no (restores it) |`,
    );
    expect(main.state).toEqual({});
  });

  it('each cell job runs exactly its cell (cargo runner), and its report records the cell', async () => {
    const ws = workspace('feature-matrix');
    // The last planned cell is left out: its job "was cancelled" and uploaded nothing.
    for (const cell of cells.slice(0, 3)) {
      const { main } = await runAction({
        workspace: ws,
        inputs: { ...inputs, cell: asGithubMatrix(cell) },
        noPost: true,
      });
      ran.push({ cell, main });
      const counts = JSON.parse(main.outputs['test-counts']!);
      expect(counts.cells).toHaveLength(1);
      expect(counts.cells[0]).toMatchObject({ os: cell.os, toolchain: cell.toolchain, features: cell.features });
      const report = readReport(main);
      expect(report.cell).toEqual(cell);
      expect(report.toolchains).toEqual([cell.toolchain]);
      expect(main.summary).toContain(`Matrix cell: \`${cell.name}\``);
      const commands = main.stdout.split('\n').filter((l) => l.startsWith('[command]cargo test'));
      expect(commands).toHaveLength(1);
      expect(commands[0]).toContain(`(toolchain ${cell.toolchain})`);
      expect(commands[0]!.includes('--all-features')).toBe(cell.features === 'all');
      expect(main.code).toBe(cell.features === 'all' ? 1 : 0);
    }
    expect(ran[1]!.main.annotations.filter((a) => a.title).map((a) => a.title)).toEqual([
      'test failed: tests::small',
      'test failed: tests::zero',
    ]);
  });

  it('mode: merge: one summary, whole-run outputs, each failure annotated once, the missing cell named', async () => {
    artifacts = workspace.temp('rp-artifacts-');
    for (const [i, { main }] of ran.entries()) {
      mkdirSync(join(artifacts, `report-${i}`));
      copyFileSync(main.outputs.report!, join(artifacts, `report-${i}`, 'report.json'));
    }
    const tools = recordingTools(workspace.temp('rp-merge-tools-'));
    const { main } = await runAction({
      workspace: workspace('feature-matrix'),
      inputs: { mode: 'merge', reports: artifacts, matrix },
      env: { PATH: tools.PATH },
      noPost: true,
    });
    expect(existsSync(tools.log)).toBe(false);
    expect(main.code).toBe(1);
    expect(main.outputs.result).toBe('failure');
    expect(main.outputs['failed-stages']).toBe('test');
    const counts = JSON.parse(main.outputs['test-counts']!);
    expect([counts.passed, counts.failed]).toEqual([4, 2]);
    expect(counts.missing).toEqual([`ubuntu-24.04 / ${SECOND} / all`]);
    expect(main.annotations.filter((a) => a.title).map((a) => [a.title, a.file, a.line])).toEqual([
      ['test failed: tests::small (ubuntu-24.04 / stable / all)', 'src/lib.rs', 21],
      ['test failed: tests::zero (ubuntu-24.04 / stable / all)', 'src/lib.rs', 26],
    ]);
    const row = (c: string) => main.summary.split('\n').find((l) => l.startsWith(`| ubuntu-24.04 | ${c} |`));
    expect(row('stable | default')).toMatch(/\| – \| ✅ success \| 2 \| 0 \| 0 \| [\d.]+ (ms|s) \|/);
    expect(row('stable | all')).toMatch(/\| – \| ❌ failure \| 0 \| 2 \| 0 \| [\d.]+ (ms|s) \|/);
    expect(row(`${SECOND} | all`)).toBe(`| ubuntu-24.04 | ${SECOND} | all | – | 🚫 missing | 0 | 0 | 0 | – |`);
    expect(main.summary).toContain('🚫 **1 cell without a readable report**');
    expect(main.summary).toContain('Phase profile (summed over cells)');
    expect(main.summary).toMatch(/\| ubuntu-24\.04 \/ stable \/ all \| failure \| [\d.]+ (ms|s) \| [\d.]+% \|/);
    const merged = JSON.parse(readFileSync(main.outputs.report!, 'utf8'));
    expect(merged.mode).toBe('merge');
  });

  it('the CLI: --mode plan prints only the matrix JSON; --mode merge prints the summary, exits 1, writes the merged report', () => {
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, [join(ROOT, 'dist', 'cli', 'index.js'), ...args], { encoding: 'utf8' });
    const plan = cli(
      '--mode',
      'plan',
      '--os',
      'ubuntu-latest',
      '--toolchains',
      `stable,${SECOND}`,
      '--feature-sets',
      'default,all',
      workspace('feature-matrix'),
    );
    expect(plan.status).toBe(0);
    expect((JSON.parse(plan.stdout) as { include: Cell[] }).include.map((c) => c.name)).toEqual([
      'ubuntu-latest / stable / default',
      'ubuntu-latest / stable / all',
      `ubuntu-latest / ${SECOND} / default`,
      `ubuntu-latest / ${SECOND} / all`,
    ]);
    const out = join(workspace.temp('rp-cli-merge-'), 'merged.json');
    const merge = cli('--mode', 'merge', '--reports', artifacts, '--matrix', matrix, '--report', out);
    expect(merge.status).toBe(1);
    expect(merge.stdout).toContain('rust-pipeline matrix: ❌ failed (test)');
    expect(merge.stdout).toMatch(
      /src\/lib\.rs:21: error \[test failed: tests::small \(ubuntu-24\.04 \/ stable \/ all\)\]/,
    );
    expect(merge.stdout).toContain(`ubuntu-24.04 / ${SECOND} / all`);
    expect(JSON.parse(readFileSync(out, 'utf8')).result).toBe('failure');
    const bad = cli('--mode', 'merge');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Option --reports has an invalid value ""');
  });
});

/** A stand-in cargo-nextest on PATH at the pinned version: records each `nextest run` argv, reports one passing test. */
function standInNextest(dir: string): { PATH: string; log: string } {
  const log = join(dir, 'nextest-runs');
  mkdirSync(join(dir, 'bin'), { recursive: true });
  writeFileSync(
    join(dir, 'bin', 'cargo-nextest'),
    [
      '#!/bin/sh',
      `if [ "$2" = "--version" ]; then echo "cargo-nextest ${pinnedVersion('cargo-nextest')}"; exit 0; fi`,
      `echo "$*" >> "${log}"`,
      'echo "        PASS [   0.001s] (1/1) fixture-feature-matrix tests::one" >&2',
      'echo "     Summary [   0.001s] 1 test run: 1 passed, 0 skipped" >&2',
      'exit 0',
      '',
    ].join('\n'),
  );
  chmodSync(join(dir, 'bin', 'cargo-nextest'), 0o755);
  return { PATH: `${join(dir, 'bin')}${delimiter}${process.env.PATH}`, log };
}

describe.skipIf(process.platform !== 'linux')('scale out with nextest shards', () => {
  it('plan splits each cell into shards; a shard runs --partition hash:k/N, doc tests only in shard 1', async () => {
    const nextest = standInNextest(workspace.temp('rp-nextest-'));
    const shardInputs = { stages: 'test', 'test-runner': 'nextest', partitions: '2', 'feature-sets': 'all' };
    const ws = workspace('feature-matrix');
    const plan = await runAction({
      workspace: ws,
      inputs: { ...shardInputs, mode: 'plan', os: 'ubuntu-latest' },
      noPost: true,
    });
    const shards = (JSON.parse(plan.main.outputs.matrix!) as { include: Cell[] }).include;
    expect(shards.map((c) => [c.name, c.partition, c.cacheWriter])).toEqual([
      ['ubuntu-latest / stable / all (1/2)', { index: 1, count: 2 }, true],
      ['ubuntu-latest / stable / all (2/2)', { index: 2, count: 2 }, false],
    ]);
    const docTests: number[] = [];
    for (const cell of shards) {
      const { main } = await runAction({
        workspace: ws,
        inputs: { ...shardInputs, cell: asGithubMatrix(cell) },
        env: { PATH: nextest.PATH },
        noPost: true,
      });
      const counts = JSON.parse(main.outputs['test-counts']!);
      expect(counts.cells).toEqual([expect.objectContaining({ features: 'all', partition: cell.partition })]);
      docTests.push(main.stdout.split('\n').filter((l) => l.startsWith('[command]cargo test --doc')).length);
    }
    const runs = readFileSync(nextest.log, 'utf8').trim().split('\n');
    expect(runs).toHaveLength(2);
    expect(runs[0]).toContain('--partition hash:1/2 --no-tests=pass');
    expect(runs[1]).toContain('--partition hash:2/2 --no-tests=pass');
    expect(runs.every((r) => r.includes('--all-features'))).toBe(true);
    expect(docTests).toEqual([1, 0]);
  });

  it('without cargo-nextest (it cannot be installed), shard 1 runs every test with cargo test and the other shards none', async () => {
    const cargo = isolatedCargo(['cargo-nextest'], workspace.temp('rp-iso-'));
    const shim = refusingCargo(workspace.temp('rp-shim-'), join(cargo.binDir, 'cargo'));
    const ws = workspace('feature-matrix');
    const results: unknown[] = [];
    for (const index of [1, 2]) {
      const cell = {
        name: `x / stable / default (${index}/2)`,
        os: 'x',
        toolchain: 'stable',
        features: 'default',
        partition: { index, count: 2 },
        cacheWriter: index === 1,
      };
      const { main } = await runAction({
        workspace: ws,
        inputs: { stages: 'test', 'test-runner': 'nextest', cell: asGithubMatrix(cell) },
        env: {
          PATH: `${shim.dir}${delimiter}${cargo.PATH}`,
          CARGO_HOME: freshCargoHome(workspace.temp('rp-h-')),
          RUST_PIPELINE_TOOL_CHECKSUMS: '',
        },
        noPost: true,
      });
      expect(main.code, main.stdout).toBe(0);
      const [c] = JSON.parse(main.outputs['test-counts']!).cells;
      results.push([c.status, c.passed, c.error]);
    }
    expect(results).toEqual([
      ['success', 2, undefined],
      ['skipped', 0, 'cargo-nextest unavailable: shard 1 ran every test'],
    ]);
  });
});
