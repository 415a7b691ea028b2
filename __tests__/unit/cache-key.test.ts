import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, test } from 'vitest';
import { cacheKeys, findKeyFiles, keyPart, lockedPackages, normalizeLockfile, normalizeManifest, relevantEnv, type KeyParts } from '../../src/cache/key.js';

const base: KeyParts = {
  scope: 'checks',
  suffix: '',
  os: 'Linux',
  arch: 'X64',
  rustc: [{ toolchain: 'stable', version: 'rustc 1.95.0 (59807616e 2026-04-14)\nhost: x86_64-unknown-linux-gnu' }],
  env: {},
  files: [
    { path: 'Cargo.toml', content: '{"package":{"name":"a"}}' },
    { path: 'Cargo.lock', content: 'lock' },
  ],
};

describe('cacheKeys', () => {
  it('lays the key out from general to specific, with prefix restore keys', () => {
    const k = cacheKeys(base);
    expect(k.key).toMatch(/^rust-pipeline-v1-checks-Linux-X64-[0-9a-f]{12}-[0-9a-f]{12}$/);
    expect(k.restoreKeys).toEqual([`rust-pipeline-v1-checks-Linux-X64-${k.rustHash}-`, 'rust-pipeline-v1-checks-Linux-X64-']);
    for (const r of k.restoreKeys) expect(k.key.startsWith(r)).toBe(true);
    expect(k.key).not.toContain(',');
  });

  test.each<[string, Partial<KeyParts>, 'rust' | 'deps' | 'base']>([
    ['another compiler', { rustc: [{ toolchain: 'stable', version: 'rustc 1.96.0' }] }, 'rust'],
    ['a second toolchain', { rustc: [...base.rustc, { toolchain: 'beta', version: 'rustc 1.96.0-beta.1' }] }, 'rust'],
    ['RUSTFLAGS', { env: { RUSTFLAGS: '-C target-cpu=native' } }, 'rust'],
    ['a changed lockfile', { files: [base.files[0]!, { path: 'Cargo.lock', content: 'lock2' }] }, 'deps'],
    ['another manifest', { files: [...base.files, { path: 'sub/Cargo.toml', content: 'x' }] }, 'deps'],
    ['another job', { scope: 'release' }, 'base'],
    ['a suffix', { suffix: 'v2' }, 'base'],
    ['another OS', { os: 'macOS' }, 'base'],
  ])('%s changes the %s part', (_name, change, part) => {
    const a = cacheKeys(base);
    const b = cacheKeys({ ...base, ...change });
    expect(b.key).not.toBe(a.key);
    if (part === 'deps') {
      expect(b.rustHash).toBe(a.rustHash);
      expect(b.restoreKeys).toEqual(a.restoreKeys);
    } else if (part === 'rust') {
      expect(b.depsHash).toBe(a.depsHash);
      expect(b.restoreKeys[1]).toBe(a.restoreKeys[1]);
      expect(b.restoreKeys[0]).not.toBe(a.restoreKeys[0]);
    } else {
      // The general part changes: no old entry can be restored (a suffix really starts fresh).
      expect(b.restoreKeys[1]).not.toBe(a.restoreKeys[1]);
    }
  });

  it('does not depend on the order files were found in', () => {
    expect(cacheKeys({ ...base, files: [...base.files].reverse() }).key).toBe(cacheKeys(base).key);
  });

  test.each([
    ['checks', 'checks'],
    ['build (ubuntu, stable)', 'build_ubuntu_stable_'],
    ['a,b', 'a_b'],
  ])('keyPart(%j) = %j', (input, out) => {
    expect(keyPart(input)).toBe(out);
  });
});

describe('relevantEnv', () => {
  it('keeps what changes builds, drops locations and secrets', () => {
    expect(
      relevantEnv({
        RUSTFLAGS: '-D warnings',
        CARGO_PROFILE_RELEASE_LTO: 'true',
        CARGO_BUILD_TARGET: 'x86_64-unknown-linux-musl',
        CARGO_TARGET_X86_64_UNKNOWN_LINUX_MUSL_LINKER: 'cc',
        CARGO_TARGET_DIR: '/tmp/t',
        CARGO_HOME: '/home/u/.cargo',
        CARGO_REGISTRIES_MY_TOKEN: 'secret',
        CARGO_REGISTRY_TOKEN: 'secret',
        CARGO_TERM_COLOR: 'always',
        CC: 'clang',
        PATH: '/usr/bin',
        HOME: '/home/u',
      }),
    ).toEqual({
      RUSTFLAGS: '-D warnings',
      CARGO_PROFILE_RELEASE_LTO: 'true',
      CARGO_BUILD_TARGET: 'x86_64-unknown-linux-musl',
      CARGO_TARGET_X86_64_UNKNOWN_LINUX_MUSL_LINKER: 'cc',
      CC: 'clang',
    });
  });
});

describe('normalization', () => {
  it('a version bump of the package does not change the manifest or the lockfile part', () => {
    const m1 = '[package]\nname = "svc"\nversion = "1.0.0"\n\n[dependencies]\nitoa = "1"\n';
    const m2 = '[package]\nversion = "1.1.0"\nname = "svc"\n[dependencies]\nitoa = "1"\n';
    expect(normalizeManifest(m1)).toBe(normalizeManifest(m2));
    expect(normalizeManifest(m1)).not.toBe(normalizeManifest(m1.replace('itoa = "1"', 'itoa = "1.0.10"')));
    const lock = (v: string, itoa: string): string =>
      `version = 4\n\n[[package]]\nname = "svc"\nversion = "${v}"\n\n[[package]]\nname = "itoa"\nversion = "${itoa}"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n`;
    expect(normalizeLockfile(lock('1.0.0', '1.0.15'))).toBe(normalizeLockfile(lock('1.1.0', '1.0.15')));
    expect(normalizeLockfile(lock('1.0.0', '1.0.15'))).not.toBe(normalizeLockfile(lock('1.0.0', '1.0.19')));
    expect(lockedPackages(lock('1.0.0', '1.0.15'))).toEqual(new Set(['itoa@1.0.15']));
  });

  it('keeps text it cannot parse as it is', () => {
    expect(normalizeManifest('not [toml')).toBe('not [toml');
    expect(lockedPackages('not [toml').size).toBe(0);
  });
});

describe('findKeyFiles', () => {
  const root = mkdtempSync(join(tmpdir(), 'rp-keyfiles-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds manifests, lockfiles, toolchain files and cargo configs; skips target/ and .git', () => {
    const files: Record<string, string> = {
      'rust-toolchain.toml': '[toolchain]\nchannel = "stable"\n',
      '.cargo/config.toml': '',
      'crate/Cargo.toml': '',
      'crate/Cargo.lock': '',
      'crate/.cargo/config': '',
      'crate/member/Cargo.toml': '',
      'crate/target/debug/build/x/Cargo.toml': '',
      'crate/.git/Cargo.toml': '',
      'crate/node_modules/x/Cargo.toml': '',
      'crate/src/main.rs': '',
      'home/config.toml': '',
      'outside/Cargo.toml': '',
    };
    for (const [p, c] of Object.entries(files)) {
      mkdirSync(join(root, p, '..'), { recursive: true });
      writeFileSync(join(root, p), c);
    }
    const found = findKeyFiles(join(root, 'crate'), root, join(root, 'home')).map((f) => f.slice(root.length + 1));
    expect(found).toEqual(['.cargo/config.toml', 'crate/.cargo/config', 'crate/Cargo.lock', 'crate/Cargo.toml', 'crate/member/Cargo.toml', 'home/config.toml', 'rust-toolchain.toml']);
  });
});
