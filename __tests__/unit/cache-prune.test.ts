// The pruner on a target/ laid out the way cargo 1.9x lays it out (names, hashes, fingerprint
// JSON and dep-info contents as cargo writes them).
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it, test } from 'vitest';
import {
  applyPrune,
  diskUsage,
  planPrune,
  profileDirs,
  sizeBeforePrune,
  u64ToFingerprintHex,
  versionFromDepInfo,
} from '../../src/cache/prune.js';
import { mayDelete } from '../../src/cache/confine.js';

const root = mkdtempSync(join(tmpdir(), 'rp-prune-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function put(path: string, content = 'x'): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

const CURRENT = '7458672600737419911';
const OLD = '1111111111111111111';
const SRC = '/home/runner/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f';

/** One library unit: fingerprint dir, rlib/rmeta and dep-info in deps/. */
function lib(profile: string, name: string, hash: string, version: string, rustc = CURRENT): void {
  const crate = name.replace(/-/g, '_');
  put(
    join(profile, '.fingerprint', `${name}-${hash}`, `lib-${crate}.json`),
    `{"rustc":${rustc},"features":"[]","deps":[],"local":[{"CheckDepInfo":{"dep_info":"debug/.fingerprint/${name}-${hash}/dep-lib-${crate}","checksum":false}}],"rustflags":[],"config":1,"compile_kind":0}`,
  );
  put(join(profile, '.fingerprint', `${name}-${hash}`, `lib-${crate}`), 'aaaaaaaaaaaaaaaa');
  put(join(profile, 'deps', `lib${crate}-${hash}.rlib`), 'r'.repeat(1000));
  put(join(profile, 'deps', `lib${crate}-${hash}.rmeta`), 'm'.repeat(100));
  put(
    join(profile, 'deps', `${crate}-${hash}.d`),
    `${profile}/deps/lib${crate}-${hash}.rlib: ${SRC}/${name}-${version}/src/lib.rs\n`,
  );
}

/** A build script: its compile unit and its run unit, linked by the compile's fingerprint. */
function buildScript(profile: string, name: string, compileHash: string, runHash: string, version: string): void {
  const fp = '52c00aa52c1a3765';
  put(join(profile, '.fingerprint', `${name}-${compileHash}`, 'build-script-build-script-build'), fp);
  put(
    join(profile, '.fingerprint', `${name}-${compileHash}`, 'build-script-build-script-build.json'),
    `{"rustc":${CURRENT},"deps":[]}`,
  );
  put(
    join(profile, 'build', `${name}-${compileHash}`, `build_script_build-${compileHash}.d`),
    `x: ${SRC}/${name}-${version}/build.rs\n`,
  );
  put(join(profile, 'build', `${name}-${compileHash}`, 'build-script-build'), 'b'.repeat(500));
  put(
    join(profile, '.fingerprint', `${name}-${runHash}`, 'run-build-script-build-script-build.json'),
    `{"rustc":${CURRENT},"features":"","deps":[[6557439603276904804,"build_script_build",false,7293326900599636050]],"local":[]}`,
  );
  put(join(profile, 'build', `${name}-${runHash}`, 'out', 'generated.rs'), 'g'.repeat(300));
  put(join(profile, 'build', `${name}-${runHash}`, 'output'), 'cargo:rerun-if-changed=build.rs');
}

describe('cargo fingerprint details', () => {
  it('reads the build-script fingerprint the way cargo writes it (little-endian hex of the JSON u64)', () => {
    expect(u64ToFingerprintHex('7293326900599636050')).toBe('52c00aa52c1a3765');
  });

  test.each([
    [`x: ${SRC}/itoa-1.0.19/src/lib.rs`, 'itoa', '1.0.19'],
    [`x: ${SRC}/serde_core-1.0.229/src/lib.rs`, 'serde_core', '1.0.229'],
    [`x: ${SRC}/windows-sys-0.59.0-rc.1/src/lib.rs`, 'windows-sys', '0.59.0-rc.1'],
    ['x: /home/u/.cargo/git/checkouts/foo-1234/abcdef0/src/lib.rs', 'foo', undefined],
  ])('version in %s', (text, name, version) => {
    expect(versionFromDepInfo(text, name)).toBe(version);
  });
});

describe('planPrune', () => {
  const target = join(root, 'target');
  const debug = join(target, 'debug');
  const musl = join(target, 'x86_64-unknown-linux-musl', 'release');
  const cargoHome = join(root, 'cargo');

  lib(debug, 'svc', '0b5961f30d27dc0d', '0.1.0');
  put(join(debug, 'svc'), 'binary');
  put(join(debug, 'libsvc.rlib'), 'lib');
  put(join(debug, '.cargo-lock'), '');
  put(join(debug, 'incremental', 'svc-1x', 's-abc', 'dep-graph.bin'), 'i'.repeat(2000));
  // Incremental state this run used: rustc added a session, so the directory is newer than the run start.
  put(join(debug, 'incremental', 'svc-2y', 's-def', 'dep-graph.bin'), 'i');
  const later = new Date(Date.now() + 7200_000);
  utimesSync(join(debug, 'incremental', 'svc-2y'), later, later);
  put(join(debug, 'examples', 'demo'), 'e');
  lib(debug, 'itoa', '6c1e270c698fa6a6', '1.0.15');
  lib(debug, 'itoa', '8fa1c2d3e4b5a697', '1.0.19');
  lib(debug, 'ryu', 'aa11bb22cc33dd44', '1.0.23', OLD);
  lib(debug, 'ryu', 'ee55ff6600778899', '1.0.23');
  lib(debug, 'gone', '0123456789abcdef', '2.0.0');
  buildScript(debug, 'serde', 'b2abab732441ffc7', '8171b9e16a21d063', '1.0.200');
  lib(musl, 'itoa', 'fedcba9876543210', '1.0.15');
  put(join(target, 'doc', 'svc', 'index.html'), 'doc');
  put(join(target, 'CACHEDIR.TAG'), 'tag');
  put(join(cargoHome, 'registry', 'cache', 'index.crates.io-1949cf8c6b5b557f', 'itoa-1.0.15.crate'), 'c');
  put(join(cargoHome, 'registry', 'cache', 'index.crates.io-1949cf8c6b5b557f', 'itoa-1.0.19.crate'), 'c');
  put(join(cargoHome, 'registry', 'index', 'index.crates.io-1949cf8c6b5b557f', '.cache', 'it', 'oa', 'itoa'), 'i');

  const plan = planPrune({
    targetDirs: [target],
    cargoHome,
    members: ['svc'],
    locked: new Set(['itoa@1.0.15', 'ryu@1.0.23', 'serde@1.0.201']),
    runStartMs: Date.now() + 3600_000,
  });
  const rel = (p: string): string => p.slice(root.length + 1);
  const by = (reason: string): string[] =>
    plan.items
      .filter((i) => i.reason === reason)
      .map((i) => rel(i.path))
      .sort();

  it('finds every profile directory, cross-compiled ones included', () => {
    expect(profileDirs(target).map(rel)).toEqual(['target/debug', 'target/x86_64-unknown-linux-musl/release']);
  });

  it("removes the workspace's own units and outputs, and the incremental state this run did not use", () => {
    expect(by('workspace crates')).toEqual([
      'target/debug/.fingerprint/svc-0b5961f30d27dc0d',
      'target/debug/deps/libsvc-0b5961f30d27dc0d.rlib',
      'target/debug/deps/libsvc-0b5961f30d27dc0d.rmeta',
      'target/debug/deps/svc-0b5961f30d27dc0d.d',
    ]);
    expect(by('workspace outputs')).toEqual(['target/debug/examples', 'target/debug/libsvc.rlib', 'target/debug/svc']);
    expect(by('incremental')).toEqual(['target/debug/incremental/svc-1x']);
    expect(by('docs and packages')).toEqual(['target/doc']);
  });

  it('removes versions the lockfile no longer pins, build-script runs with their compile', () => {
    expect(by('stale versions')).toEqual([
      'target/debug/.fingerprint/itoa-8fa1c2d3e4b5a697',
      'target/debug/.fingerprint/serde-8171b9e16a21d063',
      'target/debug/.fingerprint/serde-b2abab732441ffc7',
      'target/debug/build/serde-8171b9e16a21d063',
      'target/debug/build/serde-b2abab732441ffc7',
      'target/debug/deps/itoa-8fa1c2d3e4b5a697.d',
      'target/debug/deps/libitoa-8fa1c2d3e4b5a697.rlib',
      'target/debug/deps/libitoa-8fa1c2d3e4b5a697.rmeta',
    ]);
    expect(by('removed dependencies')).toContain('target/debug/.fingerprint/gone-0123456789abcdef');
  });

  it('removes builds by a compiler this run did not use', () => {
    expect(by('old toolchains')).toEqual([
      'target/debug/.fingerprint/ryu-aa11bb22cc33dd44',
      'target/debug/deps/libryu-aa11bb22cc33dd44.rlib',
      'target/debug/deps/libryu-aa11bb22cc33dd44.rmeta',
      'target/debug/deps/ryu-aa11bb22cc33dd44.d',
    ]);
  });

  it('removes crate files the lockfile does not pin; keeps the index', () => {
    expect(by('unused crate files')).toEqual([
      'cargo/registry/cache/index.crates.io-1949cf8c6b5b557f/itoa-1.0.19.crate',
    ]);
  });

  it('measures the paths before pruning without walking the planned items again: the same total as a full walk', () => {
    const paths = [target, join(cargoHome, 'registry', 'index'), join(cargoHome, 'registry', 'cache')];
    const full = paths.reduce((s, p) => s + diskUsage(p), 0);
    expect(full).toBeGreaterThan(plan.bytes);
    expect(sizeBeforePrune(paths, plan)).toBe(full);
    expect(diskUsage(debug, new Set([join(debug, 'incremental')]))).toBe(
      diskUsage(debug) - diskUsage(join(debug, 'incremental')),
    );
  });

  it('keeps current dependencies, and counts the bytes it frees', () => {
    const all = plan.items.map((i) => rel(i.path));
    for (const kept of [
      'target/debug/.fingerprint/itoa-6c1e270c698fa6a6',
      'target/debug/deps/libitoa-6c1e270c698fa6a6.rlib',
      'target/debug/.fingerprint/ryu-ee55ff6600778899',
      'target/x86_64-unknown-linux-musl/release/.fingerprint/itoa-fedcba9876543210',
      'target/debug/.cargo-lock',
      'target/CACHEDIR.TAG',
    ]) {
      expect(all).not.toContain(kept);
    }
    expect(plan.bytes).toBe(plan.items.reduce((s, i) => s + i.bytes, 0));
    expect(plan.bytes).toBeGreaterThan(2000 + 1100 * 3);
    const applied = applyPrune(plan, [target, join(cargoHome, 'registry', 'cache')]);
    expect(applied).toEqual({ freedBytes: plan.bytes, refused: [] });
    expect(existsSync(join(debug, 'incremental', 'svc-1x'))).toBe(false);
    expect(existsSync(join(debug, 'incremental', 'svc-2y'))).toBe(true);
    expect(existsSync(join(debug, 'deps', 'libitoa-6c1e270c698fa6a6.rlib'))).toBe(true);
    expect(existsSync(join(cargoHome, 'registry', 'index'))).toBe(true);
  });

  it('without a lockfile, prunes nothing by version', () => {
    const t2 = join(root, 't2');
    lib(join(t2, 'debug'), 'itoa', '6c1e270c698fa6a6', '1.0.15');
    put(join(root, 'home2', 'registry', 'cache', 'index', 'itoa-1.0.15.crate'), 'c');
    const p = planPrune({
      targetDirs: [t2],
      cargoHome: join(root, 'home2'),
      members: [],
      locked: new Set(),
      runStartMs: 0,
    });
    expect(p.items).toEqual([]);
  });
});

describe('planPrune: installed tool versions', () => {
  const layout: Record<string, string[]> = {
    'cargo-audit': ['0.21.0', '0.22.2'],
    'cargo-tarpaulin': ['0.31.0', '0.37.5', '0.37.4'],
    'cargo-nextest': ['0.9.123'],
    // A tool the run does not pin is none of its business.
    'cargo-other': ['1.0.0'],
  };
  const toolDir = join(root, 'tools');
  for (const [tool, versions] of Object.entries(layout))
    for (const v of versions) put(join(toolDir, tool, v, tool), 'b'.repeat(400));
  // The advisory database lives beside the tools and is never pruned here.
  put(join(toolDir, 'advisory-db', 'crates', 'x', 'RUSTSEC-2021-0001.md'), 'a');
  put(join(toolDir, 'advisory-db.fetched'), '2031-05-04T10:00:00.000Z');

  test.each<[string, Record<string, string>, string[]]>([
    [
      'the pinned versions are kept, every other version goes',
      { 'cargo-audit': '0.22.2', 'cargo-tarpaulin': '0.37.5', 'cargo-nextest': '0.9.123' },
      ['cargo-audit/0.21.0', 'cargo-tarpaulin/0.31.0', 'cargo-tarpaulin/0.37.4'],
    ],
    ['a downgrade prunes the newer version', { 'cargo-audit': '0.21.0' }, ['cargo-audit/0.22.2']],
    [
      'a pin with nothing installed yet prunes every installed version of that tool',
      { 'cargo-nextest': '0.9.200' },
      ['cargo-nextest/0.9.123'],
    ],
    ['a pin for a tool never installed prunes nothing', { 'cargo-missing': '1.0.0' }, []],
    ['no pins: nothing', {}, []],
  ])('%s', (_name, keep, pruned) => {
    const plan = planPrune({
      targetDirs: [],
      cargoHome: join(root, 'no-home'),
      members: [],
      locked: new Set(),
      runStartMs: 0,
      tools: { dir: toolDir, keep },
    });
    expect(plan.items.map((i) => [i.path.slice(toolDir.length + 1), i.reason]).sort()).toEqual(
      pruned.map((p) => [p, 'old tool versions']),
    );
    expect(plan.bytes).toBe(pruned.length * 400);
  });

  it('deletes them and nothing else', () => {
    applyPrune(
      planPrune({
        targetDirs: [],
        cargoHome: join(root, 'no-home'),
        members: [],
        locked: new Set(),
        runStartMs: 0,
        tools: { dir: toolDir, keep: { 'cargo-audit': '0.22.2' } },
      }),
      [toolDir],
    );
    expect(existsSync(join(toolDir, 'cargo-audit', '0.21.0'))).toBe(false);
    expect(existsSync(join(toolDir, 'cargo-audit', '0.22.2', 'cargo-audit'))).toBe(true);
    expect(existsSync(join(toolDir, 'cargo-tarpaulin', '0.31.0'))).toBe(true);
    expect(existsSync(join(toolDir, 'advisory-db', 'crates'))).toBe(true);
    expect(existsSync(join(toolDir, 'advisory-db.fetched'))).toBe(true);
  });
});

describe('pruning never leaves the target dir and CARGO_HOME, nor follows a symlink', () => {
  const base = join(root, 'confine');
  const target = join(base, 'ws', 'target');
  const outside = join(base, 'outside');
  const cargoHome = join(base, 'cargo');
  put(join(outside, 'keep.txt'), 'sentinel');
  // A "profile" that is a symlink to a folder outside, shaped like one (cargo would never make it).
  mkdirSync(join(outside, 'debug', '.fingerprint', 'svc-0b5961f30d27dc0d'), { recursive: true });
  put(join(outside, 'debug', '.fingerprint', 'svc-0b5961f30d27dc0d', 'lib-svc.json'), '{"rustc":1}');
  mkdirSync(target, { recursive: true });
  symlinkSync(join(outside, 'debug'), join(target, 'debug'));
  // A link named like a pruned folder: removed as a link, its target kept.
  symlinkSync(outside, join(target, 'doc'));
  put(join(cargoHome, 'bin', 'rustup'), 'r');
  put(join(cargoHome, 'bin', 'cargo-foo'), 'f');

  it('plans nothing through symlinks (neither the linked profile nor the link named doc)', () => {
    const plan = planPrune({ targetDirs: [target], cargoHome, members: ['svc'], locked: new Set(), runStartMs: 0 });
    expect(plan.items).toEqual([]);
  });

  it('a planned symlink is removed as a link, its target untouched', () => {
    const plan = { items: [{ path: join(target, 'doc'), reason: 'docs and packages' as const, bytes: 0 }], bytes: 0 };
    expect(applyPrune(plan, [target]).refused).toEqual([]);
    expect(lstatOrUndefined(join(target, 'doc'))).toBeUndefined();
    expect(readFileSync(join(outside, 'keep.txt'), 'utf8')).toBe('sentinel');
    expect(existsSync(join(outside, 'debug', '.fingerprint', 'svc-0b5961f30d27dc0d', 'lib-svc.json'))).toBe(true);
  });

  test.each<[string, () => string, boolean]>([
    ['an item in the target dir', () => join(target, 'x'), true],
    ['the target dir itself', () => target, false],
    ['a path outside every root', () => join(outside, 'keep.txt'), false],
    ['a path through a symlink inside the root', () => join(target, 'debug', '.fingerprint'), false],
    ['a path climbing out with ..', () => join(target, '..', '..', 'outside', 'keep.txt'), false],
    ['CARGO_HOME/bin (never a root)', () => join(cargoHome, 'bin', 'rustup'), false],
  ])('mayDelete: %s', (_name, path, allowed) => {
    put(join(target, 'x'), 'x');
    expect(mayDelete(path(), [target, join(cargoHome, 'registry', 'cache')])).toBe(allowed);
  });

  it('refuses planned items outside the roots and deletes nothing there', () => {
    const plan = {
      items: [
        { path: join(outside, 'keep.txt'), reason: 'workspace crates' as const, bytes: 8 },
        { path: join(cargoHome, 'bin', 'cargo-foo'), reason: 'old tool versions' as const, bytes: 1 },
      ],
      bytes: 9,
    };
    expect(applyPrune(plan, [target])).toEqual({ freedBytes: 0, refused: plan.items.map((i) => i.path) });
    expect(existsSync(join(outside, 'keep.txt'))).toBe(true);
    expect(existsSync(join(cargoHome, 'bin', 'cargo-foo'))).toBe(true);
  });
});

function lstatOrUndefined(p: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(p);
  } catch {
    return undefined;
  }
}
