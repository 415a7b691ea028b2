// Planning a job matrix (mode: plan) and reading one entry back (the cell input).
import { inputErrorOf, parseGiven } from '../support/inputs.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import type { MatrixCell } from '../../src/inputs/types.js';
import { currentRunnerLabel, matrixJson, planCells, planFromInputs } from '../../src/matrix/plan.js';
import { cellCommands, selectCells } from '../../src/stages/test.js';

const parse = parseGiven;
const errorOf = (given: Record<string, string>) => inputErrorOf(given);

const brief = (cells: MatrixCell[]) => cells.map((c) => `${c.name}${c.cacheWriter ? ' [writer]' : ''}`);

describe('planCells', () => {
  test.each([
    [
      'one cell',
      { os: ['ubuntu-latest'], toolchains: ['stable'], features: ['default'], partitions: 1 },
      ['ubuntu-latest / stable / default [writer]'],
    ],
    [
      'toolchains × feature sets: one writer per toolchain, the first feature set',
      { os: ['ubuntu-latest'], toolchains: ['stable', '1.80'], features: ['default', 'all'], partitions: 1 },
      [
        'ubuntu-latest / stable / default [writer]',
        'ubuntu-latest / stable / all',
        'ubuntu-latest / 1.80 / default [writer]',
        'ubuntu-latest / 1.80 / all',
      ],
    ],
    [
      'os × toolchain: one writer per (os, toolchain)',
      { os: ['ubuntu-latest', 'windows-latest'], toolchains: ['stable'], features: ['none+std'], partitions: 1 },
      ['ubuntu-latest / stable / none+std [writer]', 'windows-latest / stable / none+std [writer]'],
    ],
    [
      'shards: the first shard of the first feature set writes',
      { os: ['macos-14'], toolchains: ['beta'], features: ['default', 'all'], partitions: 2 },
      [
        'macos-14 / beta / default (1/2) [writer]',
        'macos-14 / beta / default (2/2)',
        'macos-14 / beta / all (1/2)',
        'macos-14 / beta / all (2/2)',
      ],
    ],
  ])('%s', (_name, shape, expected) => {
    expect(brief(planCells(shape))).toEqual(expected);
  });

  it('3 os × 3 toolchains × 3 feature sets × 3 shards: 81 cells, 9 writers, unique names', () => {
    const cells = planCells({
      os: ['a', 'b', 'c'],
      toolchains: ['stable', 'beta', 'nightly'],
      features: ['default', 'all', 'none'],
      partitions: 3,
    });
    expect(cells).toHaveLength(81);
    expect(cells.filter((c) => c.cacheWriter)).toHaveLength(9);
    expect(new Set(cells.map((c) => c.name)).size).toBe(81);
  });

  it('the matrix output is an include list of the MatrixCell fields, which strategy.matrix takes', () => {
    const json = matrixJson(
      planCells({ os: ['ubuntu-latest'], toolchains: ['stable'], features: ['all'], partitions: 2 }),
    );
    expect(JSON.parse(json)).toEqual({
      include: [
        {
          name: 'ubuntu-latest / stable / all (1/2)',
          os: 'ubuntu-latest',
          toolchain: 'stable',
          features: 'all',
          partition: { index: 1, count: 2 },
          cacheWriter: true,
        },
        {
          name: 'ubuntu-latest / stable / all (2/2)',
          os: 'ubuntu-latest',
          toolchain: 'stable',
          features: 'all',
          partition: { index: 2, count: 2 },
          cacheWriter: false,
        },
      ],
    });
    expect(json).not.toContain('\n');
  });
});

describe('currentRunnerLabel', () => {
  test.each([
    [{ ImageOS: 'ubuntu24', RUNNER_OS: 'Linux' }, 'ubuntu-24.04'],
    [{ ImageOS: 'ubuntu22', RUNNER_OS: 'Linux', RUNNER_ARCH: 'ARM64' }, 'ubuntu-22.04-arm'],
    [{ ImageOS: 'win22', RUNNER_OS: 'Windows' }, 'windows-2022'],
    [{ ImageOS: 'macos14', RUNNER_OS: 'macOS' }, 'macos-14'],
    [{ RUNNER_OS: 'Windows' }, 'windows-latest'],
    [{ RUNNER_OS: 'macOS' }, 'macos-latest'],
    [{ RUNNER_OS: 'Linux' }, 'ubuntu-latest'],
  ])('%j → %s', (env, label) => {
    expect(currentRunnerLabel(env)).toBe(label);
  });

  it('outside Actions: the platform', () => {
    expect(currentRunnerLabel({}, 'darwin')).toBe('macos-latest');
    expect(currentRunnerLabel({}, 'linux')).toBe('ubuntu-latest');
  });
});

describe('planFromInputs', () => {
  it('resolves the toolchain from rust-toolchain.toml like run, the os from the runner; partitions only with nextest', () => {
    const repo = mkdtempSync(join(tmpdir(), 'rp-plan-'));
    writeFileSync(join(repo, 'rust-toolchain.toml'), '[toolchain]\nchannel = "1.85.0"\n');
    const inputs = parse(
      { mode: 'plan', 'feature-sets': 'default, all', 'test-runner': 'nextest', partitions: '2' },
      repo,
    );
    const cells = planFromInputs(inputs, repo, { ImageOS: 'ubuntu24' });
    expect(cells.map((c) => c.name)).toEqual([
      'ubuntu-24.04 / 1.85.0 / default (1/2)',
      'ubuntu-24.04 / 1.85.0 / default (2/2)',
      'ubuntu-24.04 / 1.85.0 / all (1/2)',
      'ubuntu-24.04 / 1.85.0 / all (2/2)',
    ]);
    const listed = planFromInputs(parse({ os: 'ubuntu-latest, windows-latest', toolchains: 'stable' }, repo), repo, {});
    expect(listed.map((c) => c.name)).toEqual([
      'ubuntu-latest / stable / default',
      'windows-latest / stable / default',
    ]);
  });
});

describe('matrix inputs', () => {
  it('defaults: mode run, no os, one partition, no cell', () => {
    expect(parse().matrix).toEqual({ mode: 'run', os: [], partitions: 1 });
    expect(parse().cell).toBeUndefined();
  });

  test.each([
    [{ mode: 'split' }, 'mode', 'allowed: run, plan, merge.'],
    [{ partitions: '0' }, 'partitions', 'allowed: a whole number from 1 to 64.'],
    [{ partitions: '65', 'test-runner': 'nextest' }, 'partitions', 'allowed: a whole number from 1 to 64.'],
    [{ partitions: '2' }, 'partitions', 'shards need test-runner: nextest'],
    [{ os: 'ubuntu latest' }, 'os', '"ubuntu latest" is not a runner label'],
    [{ os: 'a, a' }, 'os', 'listed twice'],
    [{ mode: 'merge' }, 'reports', 'mode: merge needs the folder or glob'],
    [{ cell: '{"os":' }, 'cell', 'not valid JSON'],
    [{ cell: '[]' }, 'cell', 'expected a JSON object'],
    [{ cell: '{"os":"ubuntu-latest","features":"all"}' }, 'cell', 'the field "toolchain" is missing'],
    [{ cell: '{"os":"ubuntu-latest","toolchain":"stable"}' }, 'cell', 'the field "features" is missing'],
    [{ cell: '{"os":"ubuntu-latest","toolchain":"stable; rm","features":"all"}' }, 'cell', 'is not a toolchain name'],
    [{ cell: '{"os":"ubuntu-latest","toolchain":"stable","features":"bogus!"}' }, 'cell', 'is not understood'],
    [
      {
        cell: '{"os":"x","toolchain":"stable","features":"all","partition":{"index":3,"count":2}}',
        'test-runner': 'nextest',
      },
      'cell',
      'the field "partition"',
    ],
    [
      { cell: '{"os":"x","toolchain":"stable","features":"all","partition":{"index":1,"count":2}}' },
      'cell',
      'but test-runner is "cargo"',
    ],
    [
      { cell: '{"os":"x","toolchain":"stable","features":"all","cacheWriter":"yes"}' },
      'cell',
      '"cacheWriter" must be true or false',
    ],
    [{ mode: 'merge', reports: 'r', matrix: '{"cells":[]}' }, 'matrix', 'the matrix output of a mode: plan step'],
  ])('%j: error names %s', (given, input, text) => {
    const e = errorOf(given);
    expect(e.input).toBe(input);
    expect(e.message).toContain(text);
    expect(e.message).toContain(`Input "${input}"`);
  });

  it('a cell from toJSON(matrix): GitHub fields ignored; the run narrows to its toolchain and feature set', () => {
    const planned = planCells({
      os: ['ubuntu-latest'],
      toolchains: ['beta'],
      features: ['none+std'],
      partitions: 3,
    })[1]!;
    const cell = JSON.stringify({ ...planned, 'runs-on': 'ignored', extra: { deep: true } }, null, 2);
    const inputs = parse({
      cell,
      'test-runner': 'nextest',
      toolchains: 'stable, beta',
      'feature-sets': 'default, all',
    });
    expect(inputs.cell).toEqual(planned);
    expect(inputs.toolchains).toEqual(['beta']);
    expect(inputs.featureSets).toEqual([{ label: 'none+std', args: ['--no-default-features', '--features', 'std'] }]);
    expect(selectCells({ inputs, toolchains: inputs.toolchains })).toEqual([
      { toolchain: 'beta', features: inputs.featureSets[0], partition: { index: 2, count: 3 } },
    ]);
  });

  it('a cell without name or cacheWriter: the name is derived, it does not write the cache', () => {
    const inputs = parse({ cell: '{"os":"windows-2022","toolchain":"1.80","features":"all"}' });
    expect(inputs.cell).toEqual({
      name: 'windows-2022 / 1.80 / all',
      os: 'windows-2022',
      toolchain: '1.80',
      features: 'all',
      cacheWriter: false,
    });
  });

  it('without a cell, every toolchain × feature set', () => {
    const inputs = parse({ 'feature-sets': 'default, all' });
    expect(
      selectCells({ inputs, toolchains: ['stable', 'beta'] }).map((c) => `${c.toolchain}/${c.features.label}`),
    ).toEqual(['stable/default', 'stable/all', 'beta/default', 'beta/all']);
  });

  it('merge: reports resolved against the base; the planned matrix parsed', () => {
    const matrix = matrixJson(
      planCells({ os: ['ubuntu-latest'], toolchains: ['stable'], features: ['default', 'all'], partitions: 1 }),
    );
    const m = parse({ mode: 'merge', reports: 'reports/**/report.json', matrix }).matrix;
    expect(m.reports).toBe('/repo/reports/**/report.json');
    expect(m.planned?.map((c) => c.name)).toEqual(['ubuntu-latest / stable / default', 'ubuntu-latest / stable / all']);
  });
});

describe('shard commands', () => {
  const o = {
    locked: true,
    features: { label: 'all', args: ['--all-features'] },
    extra: [],
    nextest: '/t/cargo-nextest',
  };
  test.each([
    [
      undefined,
      [
        '/t/cargo-nextest nextest run --workspace --no-fail-fast --locked --all-features',
        'cargo test --doc --workspace --no-fail-fast --locked --all-features --message-format=json-render-diagnostics',
      ],
    ],
    [
      { index: 1, count: 3 },
      [
        '/t/cargo-nextest nextest run --workspace --no-fail-fast --locked --partition hash:1/3 --no-tests=pass --all-features',
        'cargo test --doc --workspace --no-fail-fast --locked --all-features --message-format=json-render-diagnostics',
      ],
    ],
    [
      { index: 3, count: 3 },
      [
        '/t/cargo-nextest nextest run --workspace --no-fail-fast --locked --partition hash:3/3 --no-tests=pass --all-features',
      ],
    ],
  ])('partition %j: doc tests in the first shard only', (partition, expected) => {
    const commands = cellCommands('nextest', { ...o, ...(partition ? { partition } : {}) });
    expect(commands.map(({ cmd }) => [cmd.program ?? 'cargo', ...cmd.args].join(' '))).toEqual(expected);
  });
});
