// Toolchains as the repository declares them, with real rustup and real toolchains
// (scripts/setup/30-toolchains-extra.sh installs beta and 1.85): msrv from rust-version, the
// whole rust-toolchain.toml (components and targets added once, counted by a recording rustup in
// front of the real one), and hostile toolchain files that must never reach rustup or the log raw.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReport, runAction, workspaces, type StepResult } from '../support/rig.js';
import { parseWorkflowCommands } from '../support/workflow-commands.js';

const workspace = workspaces();

/** The rustup this machine has (the first on PATH). */
function realRustup(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const p = join(dir, 'rustup');
    if (dir && existsSync(p)) return p;
  }
  return undefined;
}

/** The release of an installed toolchain, asked of its rustc. */
function releaseOf(toolchain: string): string | undefined {
  const r = spawnSync('rustc', [`+${toolchain}`, '-vV'], { encoding: 'utf8' });
  return r.status === 0 ? /^release: (.+)$/m.exec(r.stdout)?.[1] : undefined;
}

const RUSTUP = realRustup();
const HAS_185 = RUSTUP !== undefined && releaseOf('1.85')?.startsWith('1.85.') === true;
const HAS_BETA = RUSTUP !== undefined && releaseOf('beta') !== undefined;
const need = (ok: boolean, what: string): void => {
  if (!ok && process.env.CI === 'true') throw new Error(`${what} is missing: run scripts/setup/30-toolchains-extra.sh`);
};
const it185 = HAS_185 ? it : it.skip;
if (!HAS_185)
  console.warn(
    'toolchain tests skipped: rustup toolchain 1.85 is not installed (scripts/setup/30-toolchains-extra.sh)',
  );

/**
 * A rustup in front of the real one that appends its argv (one call a line, arguments joined by
 * a tab) to a log, then runs the real rustup with them.
 */
function recordingRustup(): { PATH: string; calls: () => string[][] } {
  const dir = workspace.temp('rp-rustup-shim-');
  const log = join(dir, 'calls.log');
  mkdirSync(join(dir, 'bin'));
  const shim = join(dir, 'bin', 'rustup');
  writeFileSync(shim, `#!/bin/sh\n(IFS='\t'; printf '%s\\n' "$*") >> '${log}'\nexec '${RUSTUP}' "$@"\n`);
  chmodSync(shim, 0o755);
  return {
    PATH: `${join(dir, 'bin')}${delimiter}${process.env.PATH}`,
    calls: () =>
      existsSync(log)
        ? readFileSync(log, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((l) => l.split('\t'))
        : [],
  };
}

const cellsOf = (main: StepResult) =>
  (JSON.parse(main.outputs['test-counts']!) as { cells: { toolchain: string; label?: string; rustc?: string }[] })
    .cells;

describe('msrv', () => {
  beforeAll(() => need(HAS_185, 'rustup toolchain 1.85'));

  it185(
    'toolchains: stable, msrv gives two cells, stable and msrv (1.85), the second run by a 1.85 rustc; clippy and fmt use stable',
    async () => {
      const { main } = await runAction({
        workspace: workspace('msrv'),
        inputs: { stages: 'fmt, clippy, test', toolchains: 'stable, msrv' },
        noPost: true,
      });
      expect(main.code, main.stdout).toBe(0);
      const cells = cellsOf(main);
      expect(cells.map((c) => [c.toolchain, c.label])).toEqual([
        ['stable', undefined],
        ['1.85', 'msrv (1.85)'],
      ]);
      // Told apart by what ran: 1.95.0 here may be a link to stable, so the names alone prove nothing.
      expect(cells[0]!.rustc).toBe(releaseOf('stable'));
      expect(cells[1]!.rustc).toMatch(/^1\.85\.\d+$/);
      expect(main.summary).toContain('Toolchains: `stable`, `msrv (1.85)`');
      expect(main.summary).toMatch(/\| msrv \(1\.85\) \| default \| ✅ success \| 2 \| 0 \| 0 \|/);
      // Lints differ between versions: fmt and clippy ran with stable, not with the msrv.
      expect(main.stdout).toMatch(/\[command\]cargo clippy [^\n]*\(toolchain stable\)/);
      expect(main.stdout).toMatch(/\[command\]cargo fmt [^\n]*\(toolchain stable\)/);
      expect(main.stdout).not.toMatch(/\[command\]cargo (clippy|fmt) [^\n]*\(toolchain 1\.85\)/);
    },
  );

  it185('plan mode carries msrv into the matrix; the cell job runs it with 1.85', async () => {
    const ws = workspace('msrv');
    const plan = await runAction({
      workspace: ws,
      inputs: { stages: 'test', toolchains: 'stable, msrv', mode: 'plan' },
      env: { ImageOS: 'ubuntu24' },
      noPost: true,
    });
    expect(plan.main.code, plan.main.stdout).toBe(0);
    const cells = (JSON.parse(plan.main.outputs.matrix!) as { include: { name: string; toolchain: string }[] }).include;
    expect(cells.map((c) => [c.name, c.toolchain])).toEqual([
      ['ubuntu-24.04 / stable / default', 'stable'],
      ['ubuntu-24.04 / msrv (1.85) / default', 'msrv'],
    ]);
    const { main } = await runAction({
      workspace: ws,
      inputs: { stages: 'test', toolchains: 'stable, msrv', cell: JSON.stringify(cells[1]) },
      noPost: true,
    });
    expect(main.code, main.stdout).toBe(0);
    expect(cellsOf(main)).toMatchObject([
      { toolchain: '1.85', label: 'msrv (1.85)', rustc: expect.stringMatching(/^1\.85\./) },
    ]);
    expect(readReport(main).cell).toMatchObject({ toolchain: 'msrv', name: 'ubuntu-24.04 / msrv (1.85) / default' });
  });

  it.each([
    ['"1"', 'rust-version = "1"', 'rust-version = \\"1\\" in Cargo.toml is not a Rust version'],
    ['"abc"', 'rust-version = "abc"', 'rust-version = \\"abc\\" in Cargo.toml is not a Rust version'],
    ['none', '', 'msrv needs a rust-version, and none was found: looked for [package] rust-version in Cargo.toml'],
  ])(
    'rust-version %s: the step fails with a message naming the input, where it looked and the value',
    async (_c, line, want) => {
      const ws = workspace('msrv');
      const manifest = readFileSync(join(ws, 'Cargo.toml'), 'utf8').replace('rust-version = "1.85"', line);
      writeFileSync(join(ws, 'Cargo.toml'), manifest);
      const { main } = await runAction({ workspace: ws, inputs: { stages: 'test', toolchains: 'msrv' }, noPost: true });
      expect(main.code).toBe(1);
      const errors = main.annotations.filter((a) => a.level === 'error' && a.title);
      expect(errors.map((a) => a.title)).toEqual(['toolchains']);
      expect(JSON.stringify(errors[0]!.message)).toContain(want);
    },
  );

  it('stable-99: an input error naming the value', async () => {
    const { main } = await runAction({
      workspace: workspace('msrv'),
      inputs: { stages: 'test', toolchains: 'stable-99' },
      noPost: true,
    });
    expect(main.code).toBe(1);
    expect(main.annotations.filter((a) => a.level === 'error' && a.title).map((a) => a.message)).toEqual([
      expect.stringMatching(
        /^Input "toolchains": "stable-99" goes back 99 releases from stable 1\.\d+\.\d+, before Rust 1\.0; use a smaller N\.$/,
      ),
    ]);
  });

  (HAS_BETA ? it : it.skip)('stable, beta: two cells run by two different compilers', async () => {
    need(HAS_BETA, 'rustup toolchain beta');
    const { main } = await runAction({
      workspace: workspace('msrv'),
      inputs: { stages: 'test', toolchains: 'stable, beta' },
      noPost: true,
    });
    expect(main.code, main.stdout).toBe(0);
    const cells = cellsOf(main);
    expect(cells.map((c) => c.toolchain)).toEqual(['stable', 'beta']);
    expect(cells[1]!.rustc).toMatch(/-beta/);
    expect(cells[0]!.rustc).not.toBe(cells[1]!.rustc);
  });
});

describe('the whole rust-toolchain.toml', () => {
  const undo = (): void => {
    spawnSync('rustup', ['component', 'remove', '--toolchain=1.85', '--', 'rust-src'], { stdio: 'ignore' });
    spawnSync('rustup', ['target', 'remove', '--toolchain=1.85', '--', 'thumbv6m-none-eabi'], { stdio: 'ignore' });
  };
  beforeAll(() => {
    need(HAS_185, 'rustup toolchain 1.85');
    if (HAS_185) undo();
  });
  afterAll(() => {
    if (HAS_185) undo();
  });

  it185('its components and targets are added once each, only those missing, for the toolchain it names', async () => {
    const rustup = recordingRustup();
    const { main } = await runAction({
      workspace: workspace('toolchain-file'),
      inputs: { stages: 'clippy, test' },
      env: { PATH: rustup.PATH },
      noPost: true,
    });
    expect(main.code, main.stdout).toBe(0);
    const adds = rustup.calls().filter((c) => c[1] === 'add');
    expect(adds).toEqual([
      ['component', 'add', '--toolchain=1.85', '--', 'rust-src'],
      ['target', 'add', '--toolchain=1.85', '--', 'thumbv6m-none-eabi'],
    ]);
    expect(cellsOf(main)).toMatchObject([{ toolchain: '1.85', rustc: expect.stringMatching(/^1\.85\./) }]);
    // Timed as a setup phase of its own.
    expect(readReport(main).phases.map((p: { name: string }) => p.name)).toContain(
      'toolchain file: rust-toolchain.toml',
    );

    // Everything is there now: the next run asks rustup for nothing more.
    const again = recordingRustup();
    const second = await runAction({
      workspace: workspace('toolchain-file'),
      inputs: { stages: 'test' },
      env: { PATH: again.PATH },
      noPost: true,
    });
    expect(second.main.code, second.main.stdout).toBe(0);
    expect(again.calls().filter((c) => c[1] === 'add' || c[1] === 'install')).toEqual([]);
  });

  it185('a component that cannot be installed: an error naming the file, the component and the toolchain', async () => {
    const ws = workspace('toolchain-file');
    writeFileSync(
      join(ws, 'rust-toolchain.toml'),
      '[toolchain]\nchannel = "1.85"\ncomponents = ["no-such-component"]\n',
    );
    const { main } = await runAction({ workspace: ws, inputs: { stages: 'test' }, noPost: true });
    expect(main.code).toBe(1);
    const message = main.annotations.find((a) => a.level === 'error')?.message ?? '';
    expect(message).toContain('rust-toolchain.toml lists the component "no-such-component" for toolchain "1.85"');
  });
});

describe('a hostile rust-toolchain.toml (stages: fmt, no repository code runs)', () => {
  const forged = [
    '::stop-commands::tok',
    '::error file=src/lib.rs,line=1::forged',
    '::set-output name=result::success',
    '::save-state name=cache::{key:forged}',
    '::add-mask::stable',
  ].join('\\n');

  it.each([
    [
      'a channel with newlines and workflow commands',
      `[toolchain]\nchannel = "stable\\n${forged}"\n`,
      'rust-toolchain.toml: the toolchain "stable\\n::stop-commands::tok',
    ],
    [
      'a channel like an option: --force',
      '[toolchain]\nchannel = "--force"\n',
      'rust-toolchain.toml: the toolchain "--force" is not a toolchain name',
    ],
    ['a legacy file saying -V', '-V\n', 'rust-toolchain: the toolchain "-V" is not a toolchain name'],
    ['an unparsable file', '[toolchain\nchannel = "stable"\n', 'rust-toolchain.toml: not valid TOML'],
    [
      'a path toolchain',
      '[toolchain]\npath = "/opt/evil"\n',
      'rust-toolchain.toml: path = "/opt/evil" names a local toolchain build',
    ],
  ])('%s: one error naming the file, the value escaped on one line; nothing reaches rustup', async (_c, text, want) => {
    const ws = workspace('clean');
    writeFileSync(join(ws, text.startsWith('-V') ? 'rust-toolchain' : 'rust-toolchain.toml'), text);
    const rustup = recordingRustup();
    const { main } = await runAction({
      workspace: ws,
      inputs: { stages: 'fmt', 'cache-on-failure': 'true' },
      env: { PATH: rustup.PATH },
    });
    expect(main.code).toBe(1);
    const errors = main.annotations.filter((a) => a.level === 'error' && a.title);
    expect(errors.map((a) => a.title)).toEqual([text.startsWith('-V') ? 'rust-toolchain' : 'rust-toolchain.toml']);
    expect(errors[0]!.message).toContain(want);
    expect(errors[0]!.message).not.toContain('\n');
    // No line the action printed starts a command it did not issue itself.
    const commands = main.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(commands.filter((l) => !/^::(error|warning|notice|group|endgroup|debug)[ :]/.test(l))).toEqual([]);
    expect(main.stdout).not.toMatch(/^::error file=src\/lib\.rs/m);
    expect(main.outputs.result).toBe('failure');
    expect(main.state.cache ?? '').not.toContain('forged');
    expect(rustup.calls().flat()).not.toContain('--force');
    expect(rustup.calls().flat()).not.toContain('-V');
  });

  it('with the toolchains input set, a hostile file is ignored with a note, and the run goes on', async () => {
    const ws = workspace('clean');
    writeFileSync(join(ws, 'rust-toolchain.toml'), `[toolchain]\nchannel = "stable\\n${forged}"\n`);
    const { main } = await runAction({ workspace: ws, inputs: { stages: 'fmt', toolchains: 'stable' }, noPost: true });
    expect(main.code, main.stdout).toBe(0);
    expect(main.stdout).toContain('The toolchains input decides the toolchains, so the file is ignored.');
    // The runner's reading of the log: no output set, and only our own stop-commands spans (a fresh
    // 32-hex token each), so nothing from the file silenced or forged a command.
    const commands = parseWorkflowCommands(main.stdout);
    expect(commands.filter((c) => c.name === 'set-output')).toEqual([]);
    expect(main.stdout).not.toMatch(/^::stop-commands::(?![0-9a-f]{32}$)/m);
  });
});
