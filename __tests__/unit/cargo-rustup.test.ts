// rustup output parsers (on captured output) and toolchain selection with the real rustup.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { closedPort } from '../support/cargo-tools.js';
import { findInstalled, parseInstalledComponents, parseToolchainList, rustupError } from '../../src/cargo/rustup.js';
import { exec } from '../../src/exec.js';
import type { Logger } from '../../src/context.js';
import { installedOnDisk, toolchainOnDisk } from '../../src/cargo/rustup-home.js';
import { resolveToolchains } from '../../src/cargo/toolchain-resolve.js';
import { componentsPresent, ensureToolchain, forgetInstalledToolchains, ToolchainError } from '../../src/toolchain.js';

const captured = (name: string): string => readFileSync(join(__dirname, 'captured', name), 'utf8');

describe('rustup parsers', () => {
  const installed = [
    'stable-x86_64-unknown-linux-gnu',
    'nightly-x86_64-unknown-linux-gnu',
    '1.95.0-x86_64-unknown-linux-gnu',
    'nightly-2026-01-01-x86_64-unknown-linux-gnu',
    'my-custom',
  ];

  it('lists toolchains from captured rustup toolchain list', () => {
    expect(parseToolchainList(captured('rustup-toolchain-list.txt'))).toEqual(installed.slice(0, 3));
    expect(parseToolchainList('no installed toolchains\n')).toEqual([]);
  });

  it.each([
    ['stable', 'stable-x86_64-unknown-linux-gnu'],
    ['nightly', 'nightly-x86_64-unknown-linux-gnu'],
    ['1.95.0', '1.95.0-x86_64-unknown-linux-gnu'],
    ['1.95', undefined],
    ['beta', undefined],
    ['nightly-2026-01-01', 'nightly-2026-01-01-x86_64-unknown-linux-gnu'],
    ['nightly-2026-01-02', undefined],
    ['my-custom', 'my-custom'],
    ['1.60.0', undefined],
  ])('%s → %s', (requested, want) => {
    expect(findInstalled(installed, requested)).toBe(want);
  });

  it('strips the target from component names', () => {
    expect(
      parseInstalledComponents(
        'cargo-x86_64-unknown-linux-gnu\nclippy-x86_64-unknown-linux-gnu\nrust-std-x86_64-unknown-linux-gnu\nrustfmt-aarch64-apple-darwin\n',
      ),
    ).toEqual(['cargo', 'clippy', 'rust-std', 'rustfmt']);
  });

  it('keeps the error and its causes, drops the info lines and the stack backtrace', () => {
    const text = rustupError(captured('rustup-install-failed.txt'));
    expect(text).toMatch(
      /^error: could not download file from 'http:\/\/127\.0\.0\.1:9\/dist\/channel-rust-1\.60\.0\.toml\.sha256'/,
    );
    expect(text).toContain('Connection refused');
    expect(text).not.toMatch(/info:|Stack backtrace|anyhow/);
  });
});

const hasRustup = (await exec('rustup', ['--version'], { echo: 'none' })).code === 0;
const needRustup = hasRustup ? it : process.env.CI === 'true' ? it : it.skip;
if (!hasRustup)
  console.warn(
    process.env.CI === 'true'
      ? 'rustup is not installed: the toolchain tests fail under CI'
      : 'rustup is not installed: skipping the toolchain tests',
  );

describe('ensureToolchain with the real rustup', () => {
  const lines: string[] = [];
  const log: Logger = {
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    group: (_n, fn) => fn(),
    secret: () => undefined,
  };
  beforeEach(() => {
    forgetInstalledToolchains();
    lines.length = 0;
  });

  needRustup('an installed toolchain with its components needs no install', async () => {
    await ensureToolchain({ exec, env: process.env, log }, 'stable', ['clippy', 'rustfmt']);
    expect(lines).toEqual([]);
  });

  needRustup('a missing toolchain whose install fails gives a clear error at once', async () => {
    const env = { ...process.env, RUSTUP_DIST_SERVER: `http://127.0.0.1:${await closedPort()}` };
    const started = Date.now();
    const err = await ensureToolchain({ exec, env, log }, '1.60.0').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ToolchainError);
    const e = err as ToolchainError;
    expect(e.toolchain).toBe('1.60.0');
    expect(e.message).toContain(
      'Toolchain "1.60.0" is not installed and "rustup toolchain install --profile=minimal --no-self-update -- 1.60.0" failed',
    );
    expect(e.message).toContain('could not download file');
    expect(e.message).toContain('"toolchains" input');
    expect(e.message).not.toContain('Stack backtrace');
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(lines[0]).toContain(
      'Toolchain 1.60.0 is not installed: rustup toolchain install --profile=minimal --no-self-update -- 1.60.0',
    );
  });

  it('without rustup: an error when a toolchain was asked for, silence otherwise', async () => {
    const env = { ...process.env, PATH: '/nonexistent' };
    await expect(ensureToolchain({ exec, env, log }, 'beta')).rejects.toThrow(
      /Toolchain "beta" cannot be selected: rustup is not installed/,
    );
    forgetInstalledToolchains();
    await expect(ensureToolchain({ exec, env, log }, 'stable', [], false)).resolves.toBeUndefined();
  });
});

describe('default toolchain', () => {
  const names = (requested: string[], cwd: string, root: string): string[] =>
    resolveToolchains(requested, cwd, root, {}).list.map((t) => t.name);

  it('the toolchains input wins, then the file, then stable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rp-tc-'));
    try {
      const sub = join(dir, 'rust');
      mkdirSync(sub);
      expect(names([], sub, dir)).toEqual(['stable']);
      writeFileSync(join(dir, 'rust-toolchain.toml'), '[toolchain]\nchannel = "beta"\n');
      expect(names([], sub, dir)).toEqual(['beta']);
      expect(names(['stable', '1.80', 'stable'], sub, dir)).toEqual(['stable', '1.80']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a rust-toolchain file above the repository root is not read, also from a directory whose name starts like the root', () => {
    const parent = mkdtempSync(join(tmpdir(), 'rp-tc-'));
    try {
      writeFileSync(join(parent, 'rust-toolchain.toml'), '[toolchain]\nchannel = "nightly"\n');
      mkdirSync(join(parent, 'repo', 'crate'), { recursive: true });
      mkdirSync(join(parent, 'repo-other'));
      expect(names([], join(parent, 'repo', 'crate'), join(parent, 'repo'))).toEqual(['stable']);
      expect(names([], join(parent, 'repo-other'), join(parent, 'repo'))).toEqual(['stable']);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});

describe('componentsPresent', () => {
  it('finds a component by its programs in the toolchain bin/, without asking rustup', () => {
    const home = mkdtempSync(join(tmpdir(), 'rp-rustup-home-'));
    try {
      const bin = join(home, 'toolchains', 'stable-x86_64-unknown-linux-gnu', 'bin');
      mkdirSync(bin, { recursive: true });
      for (const p of ['rustfmt', 'cargo-fmt', 'cargo-clippy']) writeFileSync(join(bin, p), '');
      expect(componentsPresent(home, 'stable-x86_64-unknown-linux-gnu', ['rustfmt'], 'linux')).toBe(true);
      // clippy-driver is missing: ask rustup
      expect(componentsPresent(home, 'stable-x86_64-unknown-linux-gnu', ['rustfmt', 'clippy'], 'linux')).toBe(false);
      // an unknown component is never assumed present
      expect(componentsPresent(home, 'stable-x86_64-unknown-linux-gnu', ['rust-src'], 'linux')).toBe(false);
      // on Windows the programs end in .exe
      expect(componentsPresent(home, 'stable-x86_64-unknown-linux-gnu', ['rustfmt'], 'win32')).toBe(false);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});

describe('installed toolchains read from RUSTUP_HOME', () => {
  it('lists RUSTUP_HOME/toolchains when rustup is on PATH; undefined (ask rustup) otherwise', () => {
    const home = mkdtempSync(join(tmpdir(), 'rp-rustup-home-'));
    const bin = mkdtempSync(join(tmpdir(), 'rp-rustup-bin-'));
    try {
      mkdirSync(join(home, 'toolchains', 'stable-x86_64-unknown-linux-gnu'), { recursive: true });
      mkdirSync(join(home, 'toolchains', '1.80.1-x86_64-unknown-linux-gnu'));
      writeFileSync(join(bin, 'rustup'), '');
      const env = { RUSTUP_HOME: home, PATH: bin };
      expect(installedOnDisk(env)).toEqual(['1.80.1-x86_64-unknown-linux-gnu', 'stable-x86_64-unknown-linux-gnu']);
      expect(toolchainOnDisk(env, 'stable')).toBe(true);
      expect(toolchainOnDisk(env, 'beta')).toBe(false);
      expect(installedOnDisk({ RUSTUP_HOME: home, PATH: '/nonexistent' })).toBeUndefined();
      expect(installedOnDisk({ RUSTUP_HOME: join(home, 'missing'), PATH: bin })).toBeUndefined();
    } finally {
      rmSync(home, { recursive: true, force: true });
      rmSync(bin, { recursive: true, force: true });
    }
  });
});
