import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, test } from 'vitest';
import {
  advisoryDbEntryPaths,
  advisoryDbKeys,
  advisoryDbSaveDecision,
  usesAdvisoryDbEntry,
} from '../../src/cache/advisory-db-entry.js';
import {
  cacheKeys,
  findKeyFiles,
  KEY_PREFIX,
  keyPart,
  lockedPackages,
  normalizeLockfile,
  normalizeManifest,
  readKeyFiles,
  relevantEnv,
  type KeyParts,
} from '../../src/cache/key.js';
import { now, TEST_NOW_ENV } from '../../src/clock.js';

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
    expect(k.restoreKeys).toEqual([
      `rust-pipeline-v1-checks-Linux-X64-${k.rustHash}-`,
      'rust-pipeline-v1-checks-Linux-X64-',
    ]);
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
    const changed = {
      rust: b.rustHash !== a.rustHash,
      deps: b.depsHash !== a.depsHash,
      restoreKeys: JSON.stringify(b.restoreKeys) !== JSON.stringify(a.restoreKeys),
      restoreKey0: b.restoreKeys[0] !== a.restoreKeys[0],
      restoreKey1: b.restoreKeys[1] !== a.restoreKeys[1],
    };
    // A general change (base): no old entry can be restored (a suffix really starts fresh).
    const expected = {
      deps: { rust: false, restoreKeys: false },
      rust: { deps: false, restoreKey0: true, restoreKey1: false },
      base: { restoreKey1: true },
    }[part];
    expect(changed).toMatchObject(expected);
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
    expect(found).toEqual([
      '.cargo/config.toml',
      'crate/.cargo/config',
      'crate/Cargo.lock',
      'crate/Cargo.toml',
      'crate/member/Cargo.toml',
      'home/config.toml',
      'rust-toolchain.toml',
    ]);

    // In the key: paths relative to the repository with forward slashes; a file outside it (the
    // cargo home's config) keeps its absolute path.
    const repo = join(root, 'crate');
    const read = readKeyFiles(findKeyFiles(repo, repo, join(root, 'home')), repo).map((f) => f.path);
    expect(read).toEqual([
      '.cargo/config',
      'Cargo.lock',
      'Cargo.toml',
      'member/Cargo.toml',
      join(root, 'home', 'config.toml'),
    ]);
  });
});

describe('advisory database daily key', () => {
  test.each<[string, string, string]>([
    ['Linux', '2031-05-04T00:00:00.000Z', 'rust-pipeline-advisory-db-v1-Linux-2031-05-04'],
    ['Linux', '2031-05-04T23:59:59.999Z', 'rust-pipeline-advisory-db-v1-Linux-2031-05-04'],
    ['Linux', '2031-05-05T00:00:00.000Z', 'rust-pipeline-advisory-db-v1-Linux-2031-05-05'],
    // The UTC day counts, not the runner's local one.
    ['macOS', '2031-05-04T23:30:00-05:00', 'rust-pipeline-advisory-db-v1-macOS-2031-05-05'],
    ['Windows', '2032-02-29T12:00:00Z', 'rust-pipeline-advisory-db-v1-Windows-2032-02-29'],
    ['Some OS', '2031-05-04T12:00:00Z', 'rust-pipeline-advisory-db-v1-Some_OS-2031-05-04'],
  ])('%s at %s → %s', (os, at, key) => {
    const keys = advisoryDbKeys(os, new Date(at));
    expect(keys.key).toBe(key);
    // One restore key: the same OS, any day (the newest entry wins).
    expect(keys.restoreKeys).toEqual([key.slice(0, -'YYYY-MM-DD'.length)]);
    expect(key.startsWith(keys.restoreKeys[0]!)).toBe(true);
  });

  it('never looks like a main entry key, so neither restores the other', () => {
    const daily = advisoryDbKeys('Linux', new Date('2031-05-04T12:00:00Z'));
    expect(daily.key.startsWith(`${KEY_PREFIX}-`)).toBe(false);
    const main = cacheKeys({
      scope: 'advisory-db',
      suffix: '',
      os: 'Linux',
      arch: 'X64',
      rustc: [],
      env: {},
      files: [],
    });
    for (const rk of main.restoreKeys) expect(daily.key.startsWith(rk)).toBe(false);
  });

  it('the entry holds the database and its fetch record only', () => {
    expect(advisoryDbEntryPaths('/home/runner/.cargo/rust-pipeline')).toEqual([
      '/home/runner/.cargo/rust-pipeline/advisory-db',
      '/home/runner/.cargo/rust-pipeline/advisory-db.fetched',
    ]);
  });

  test.each<[string, string[], string, boolean]>([
    ['audit on the cached database', ['fmt', 'audit'], '', true],
    ['audit with audit-db', ['audit'], '/srv/advisory-db', false],
    ['no audit stage', ['fmt', 'clippy', 'test'], '', false],
  ])('%s: daily entry %s', (_name, stages, db, uses) => {
    expect(
      usesAdvisoryDbEntry({ stages: stages as never, audit: { db: db || undefined, ignore: [], denyWarnings: false } }),
    ).toBe(uses);
  });
});

describe('advisory database save decision', () => {
  const state = (hit: 'exact' | 'partial' | 'none', matchedKey?: string) => ({
    key: 'rust-pipeline-advisory-db-v1-Linux-2031-05-04',
    day: '2031-05-04',
    hit,
    ...(matchedKey ? { matchedKey } : {}),
  });
  const D4 = 'rust-pipeline-advisory-db-v1-Linux-2031-05-04';
  test.each<[string, ReturnType<typeof state>, string | undefined, string | RegExp]>([
    [
      'exact hit, not fetched again',
      state('exact', D4),
      '2031-05-04T08:00:00Z',
      /^not saved: the entry `rust-pipeline-advisory-db-v1-Linux-2031-05-04` was restored/,
    ],
    [
      'older day restored, fetched today',
      state('partial', 'rust-pipeline-advisory-db-v1-Linux-2031-05-01'),
      '2031-05-04T10:00:00Z',
      D4,
    ],
    [
      'older day restored, fetch failed',
      state('partial', 'rust-pipeline-advisory-db-v1-Linux-2031-05-01'),
      '2031-05-01T10:00:00Z',
      'not saved: the database was last fetched on 2031-05-01, not today',
    ],
    ['miss, fetched today', state('none'), '2031-05-04T10:00:00Z', D4],
    ['miss, a copy fetched today already in place', state('none'), '2031-05-04T00:10:00Z', D4],
    ['miss, never fetched', state('none'), undefined, 'not saved: the database was not fetched (no fetch record)'],
    [
      'a replacement of the day key restored, not fetched again',
      state('exact', `${D4}-r77-1`),
      '2031-05-04T08:00:00Z',
      /^not saved: the entry `rust-pipeline-advisory-db-v1-Linux-2031-05-04-r77-1` was restored/,
    ],
    [
      'fetched after midnight: saved under the new day',
      state('exact', D4),
      '2031-05-05T00:01:00Z',
      'rust-pipeline-advisory-db-v1-Linux-2031-05-05',
    ],
  ])('%s', (_name, s, fetchedAt, expected) => {
    const d = advisoryDbSaveDecision(s, 'Linux', fetchedAt ? new Date(fetchedAt) : undefined);
    expect(d.save).toBe(typeof expected === 'string' && expected.startsWith('rust-pipeline-'));
    expect(d.save ? d.key : d.why).toMatch(expected);
  });
});

describe('the clock', () => {
  it('is the system clock unless RUST_PIPELINE_TEST_NOW fixes it', () => {
    const before = Date.now();
    const t = now({}).getTime();
    expect(t).toBeGreaterThanOrEqual(before);
    expect(t).toBeLessThanOrEqual(Date.now());
    expect(now({ [TEST_NOW_ENV]: '2031-05-04T10:00:00Z' }).toISOString()).toBe('2031-05-04T10:00:00.000Z');
    expect(() => now({ [TEST_NOW_ENV]: 'tomorrow' })).toThrow(
      'RUST_PIPELINE_TEST_NOW is "tomorrow", which is not an ISO 8601 date and time',
    );
  });
});
