// What post accepts from the state main left: every path must be one post works out itself.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, test } from 'vitest';
import type { CacheState } from '../../src/cache/restore.js';
import {
  cachedCargoHomeParts,
  cachedToolDirs,
  confineTargetDir,
  looksLikeOurKey,
  outwardLinks,
  trustedPlaces,
  type TrustedPlaces,
} from '../../src/cache/confine.js';
import { confineCacheState } from '../../src/cache/save.js';

const root = mkdtempSync(join(tmpdir(), 'rp-confine-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const ws = join(root, 'ws');
const home = join(root, 'home');
mkdirSync(join(ws, '.git'), { recursive: true });
mkdirSync(join(home, 'secret'), { recursive: true });
mkdirSync(join(home, '.cargo'), { recursive: true });
symlinkSync(join(home, 'secret'), join(ws, 'linked-target'));

const places: TrustedPlaces = trustedPlaces(
  { GITHUB_WORKSPACE: ws, HOME: home, CARGO_TARGET_DIR: '/ci/shared-target' },
  { workingDirectory: ws, cache: { directories: [join(home, '.cache', 'sccache')] } as never },
);
const key = 'rust-pipeline-v1-checks-Linux-X64-0123456789ab-ba9876543210';
const good: CacheState = {
  key,
  paths: [
    ...cachedCargoHomeParts(join(home, '.cargo')),
    join(ws, 'target'),
    ...cachedToolDirs(join(home, '.cargo', 'rust-pipeline')),
    join(home, '.cache', 'sccache'),
  ],
  hit: 'partial',
  runStartMs: 1,
  targetDirs: [join(ws, 'target')],
  members: ['svc'],
  lockfiles: [join(ws, 'Cargo.lock'), join(home, 'secret', 'Cargo.lock'), join(ws, 'notes.txt')],
};

describe('the state from main, confined', () => {
  it('accepts what main really writes (lockfiles: only the workspace Cargo.lock files)', () => {
    expect(confineCacheState(good, places)).toEqual({
      ok: true,
      targetDirs: [join(ws, 'target')],
      lockfiles: [join(ws, 'Cargo.lock')],
    });
  });

  test.each<[string, Partial<CacheState>, string]>([
    ['a path outside', { paths: [...good.paths, join(home, 'secret')] }, join(home, 'secret')],
    ['the home dir', { paths: [...good.paths, home] }, home],
    ['CARGO_HOME itself', { paths: [...good.paths, join(home, '.cargo')] }, join(home, '.cargo')],
    ['CARGO_HOME/bin', { paths: [...good.paths, join(home, '.cargo', 'bin')] }, join(home, '.cargo', 'bin')],
    [
      'cargo credentials',
      { paths: [...good.paths, join(home, '.cargo', 'credentials.toml')] },
      join(home, '.cargo', 'credentials.toml'),
    ],
    ['a target dir outside', { targetDirs: [join(home, 'secret')] }, join(home, 'secret')],
    ['the workspace as target dir', { targetDirs: [ws] }, ws],
    ['a target dir in .git', { targetDirs: [join(ws, '.git', 'x')] }, join(ws, '.git', 'x')],
    ['a symlinked target dir leading out', { targetDirs: [join(ws, 'linked-target')] }, join(ws, 'linked-target')],
    ['a key of another prefix', { key: 'evil-key' }, 'the key evil-key'],
    ['a key with a comma', { key: `${key},other` }, `the key ${key},other`],
  ])('refuses %s', (_name, change, refused) => {
    const r = confineCacheState({ ...good, ...change }, places);
    expect(r.ok).toBe(false);
    expect(r.ok ? undefined : r.refused).toContain(refused);
  });

  it('accepts CARGO_TARGET_DIR from the environment as a target dir outside the workspace', () => {
    const t = '/ci/shared-target';
    expect(confineTargetDir(t, places)).toBe(t);
    expect(confineCacheState({ ...good, targetDirs: [t], paths: [...good.paths.slice(0, 3), t] }, places).ok).toBe(
      true,
    );
  });

  test.each([
    [key, 'rust-pipeline-v1', true],
    [`${key}-r12-1`, 'rust-pipeline-v1', true],
    ['rust-pipeline-v10-x', 'rust-pipeline-v1', false],
    ['rust-pipeline-v1-a b', 'rust-pipeline-v1', false],
    [`rust-pipeline-v1-${'x'.repeat(600)}`, 'rust-pipeline-v1', false],
    [42, 'rust-pipeline-v1', false],
  ])('looksLikeOurKey(%j)', (k, prefix, ok) => {
    expect(looksLikeOurKey(k, prefix)).toBe(ok);
  });
});

describe('symlinks that lead out of a target dir', () => {
  it('are found without following any; links within the target dir are left', () => {
    const t = join(root, 'target');
    mkdirSync(join(t, 'debug', 'deps'), { recursive: true });
    writeFileSync(join(t, 'debug', 'deps', 'a'), 'a');
    symlinkSync(join(t, 'debug', 'deps', 'a'), join(t, 'debug', 'a-link'));
    symlinkSync('../../../home/secret', join(t, 'debug', 'relative-out'));
    symlinkSync(join(home, 'secret'), join(t, 'doc'));
    symlinkSync(join(home, 'missing', 'file'), join(t, 'dangling-out'));
    expect(outwardLinks(t).sort()).toEqual(
      [join(t, 'dangling-out'), join(t, 'debug', 'relative-out'), join(t, 'doc')].sort(),
    );
  });
});
