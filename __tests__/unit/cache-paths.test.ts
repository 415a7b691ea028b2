// The paths a cache entry is scoped by, and the key's layout part: entries independent of where the
// checkout is, apart only where the files would not land in the same places.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cacheKeys, readKeyFiles } from '../../src/cache/key.js';
import { entryLayout, libraryPaths } from '../../src/cache/plan.js';

const ROOT = join(__dirname, '..', '..');

/** The library's own version function (not exported by the package: loaded from its file). */
async function libraryVersion(paths: string[]): Promise<string> {
  const file = join(ROOT, 'node_modules', '@actions', 'cache', 'lib', 'internal', 'cacheUtils.js');
  const mod = (await import(pathToFileURL(file).href)) as { getCacheVersion(p: string[], c: string): string };
  return mod.getCacheVersion(paths, 'zstd-without-long');
}

/** The entry's paths as plan.ts lists them for a checkout and a cargo home. */
function entry(workspace: string, cargoHome: string, extra: string[] = []): string[] {
  return [
    join(cargoHome, 'registry', 'index'),
    join(cargoHome, 'registry', 'cache'),
    join(cargoHome, 'git', 'db'),
    join(workspace, 'target'),
    join(cargoHome, 'rust-pipeline', 'cargo-audit'),
    ...extra,
  ];
}

describe('libraryPaths', () => {
  it('names the workspace relative to itself and the home from ~', () => {
    const paths = entry('/home/runner/work/svc/svc', '/home/runner/.cargo', ['/opt/cache/sccache']);
    expect(libraryPaths(paths, '/home/runner/work/svc/svc', '/home/runner')).toEqual([
      '~/.cargo/registry/index',
      '~/.cargo/registry/cache',
      '~/.cargo/git/db',
      'target',
      '~/.cargo/rust-pipeline/cargo-audit',
      '/opt/cache/sccache',
    ]);
    expect(libraryPaths(['/w/repo', '/w/repo/a/target', '/home/u'], '/w/repo', '/home/u')).toEqual([
      '.',
      'a/target',
      '/home/u',
    ]);
  });

  it('gives two checkouts of the same job under different paths the same library version', async () => {
    const a = libraryPaths(
      entry('/home/runner/work/a/a', '/home/runner/.cargo'),
      '/home/runner/work/a/a',
      '/home/runner',
    );
    const b = libraryPaths(entry('/home/ci/work/b/b', '/home/ci/.cargo'), '/home/ci/work/b/b', '/home/ci');
    expect(a).toEqual(b);
    expect(await libraryVersion(a)).toBe(await libraryVersion(b));
    // What the library was given before: absolute paths, another version per checkout.
    const absA = entry('/home/runner/work/a/a', '/home/runner/.cargo');
    const absB = entry('/home/runner/work/b/b', '/home/runner/.cargo');
    expect(await libraryVersion(absA)).not.toBe(await libraryVersion(absB));
  });
});

describe('the key layout part', () => {
  const parts = {
    scope: 'checks',
    suffix: '',
    os: 'Linux',
    arch: 'X64',
    rustc: [{ toolchain: 'stable', version: 'rustc 1.95.0' }],
    env: {},
    files: [{ path: 'Cargo.lock', content: 'x' }],
  };
  const keyOf = (workspace: string, cargoHome: string): string =>
    cacheKeys({ ...parts, layout: entryLayout(entry(workspace, cargoHome), workspace) }).key;

  it('is the same wherever the checkout is, while CARGO_HOME is at the same place relative to it', () => {
    const a = keyOf('/home/runner/work/a/a', '/home/runner/.cargo');
    expect(a).toMatch(/^rust-pipeline-v1-checks-Linux-X64-[0-9a-f]{6}-[0-9a-f]{12}-[0-9a-f]{12}$/);
    expect(keyOf('/home/runner/work/b/b', '/home/runner/.cargo')).toBe(a);
    expect(keyOf('/srv/ci/work/b/b', '/srv/ci/.cargo')).toBe(a);
    expect(entryLayout(entry('/home/runner/work/a/a', '/home/runner/.cargo'), '/home/runner/work/a/a')).toEqual([
      '../../../.cargo/registry/index',
      '../../../.cargo/registry/cache',
      '../../../.cargo/git/db',
      '../../../.cargo/rust-pipeline/cargo-audit',
    ]);
  });

  it('differs where CARGO_HOME lies elsewhere relative to the checkout (files would land elsewhere)', () => {
    const a = keyOf('/home/runner/work/a/a', '/home/runner/.cargo');
    expect(keyOf('/home/runner/work/a/a/nested', '/home/runner/.cargo')).not.toBe(a);
    expect(keyOf('/home/runner/work/a/a', '/opt/cargo')).not.toBe(a);
    // The restore keys carry it too: an entry of another layout is never restored by prefix.
    const other = cacheKeys({ ...parts, layout: ['../../opt/cargo/registry/index'] });
    const mine = cacheKeys({ ...parts, layout: entryLayout(entry('/w/a/a', '/w/.cargo'), '/w/a/a') });
    expect(other.restoreKeys.at(-1)).not.toBe(mine.restoreKeys.at(-1));
  });

  it('names the cargo home config without its absolute path', () => {
    const home = mkdtempSync(join(tmpdir(), 'rp-cargo-home-'));
    writeFileSync(join(home, 'config.toml'), '[net]\nretry = 3\n');
    expect(readKeyFiles([join(home, 'config.toml')], '/somewhere/else', home)).toEqual([
      { path: '$CARGO_HOME/config.toml', content: '[net]\nretry = 3\n' },
    ]);
  });
});
