// The target dir's marker: a restore skips extracting only when the target dir holds the very entry found.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localHeld, type LocalEntry } from '../../src/cache/local.js';
import { holdsEntry, markerPath, writeMarkers, type HeldEntry } from '../../src/cache/marker.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function workspace(): { target: string; registry: string; paths: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'rp-marker-'));
  dirs.push(root);
  const target = join(root, 'target');
  const registry = join(root, 'cargo', 'registry', 'cache');
  mkdirSync(join(target, 'debug'), { recursive: true });
  writeFileSync(join(target, 'CACHEDIR.TAG'), '');
  mkdirSync(registry, { recursive: true });
  return { target, registry, paths: [registry, target] };
}

const entry: LocalEntry = { key: 'k-1', version: 'v', createdAt: 1000, sizeBytes: 10, compression: 'zstd' };
const held = (cacheDir: string, e: LocalEntry = entry): HeldEntry => localHeld(cacheDir, e);

describe('target dir marker', () => {
  it('holds the entry the marker names while every path and top-level item is there', () => {
    const ws = workspace();
    expect(holdsEntry([ws.target], held('/cache'))).toBe(false);
    writeMarkers([ws.target], ws.paths, held('/cache'));
    expect(holdsEntry([ws.target], held('/cache'))).toBe(true);
  });

  it.each<[string, Partial<LocalEntry>, string]>([
    ['another key', { key: 'k-2' }, '/cache'],
    ['a newer entry of the same key', { createdAt: 2000 }, '/cache'],
    ['another version', { version: 'w' }, '/cache'],
    ['another cache dir', {}, '/other-cache'],
  ])('does not hold %s', (_, change, cacheDir) => {
    const ws = workspace();
    writeMarkers([ws.target], ws.paths, held('/cache'));
    expect(holdsEntry([ws.target], held(cacheDir, { ...entry, ...change }))).toBe(false);
  });

  it('asks only for the paths that were there: a crate without git dependencies has no git/db', () => {
    const ws = workspace();
    writeMarkers([ws.target], [...ws.paths, join(ws.registry, '..', '..', 'git', 'db')], held('/cache'));
    expect(holdsEntry([ws.target], held('/cache'))).toBe(true);
  });

  it('does not hold it once a profile dir or a path of the entry is gone', () => {
    const ws = workspace();
    writeMarkers([ws.target], ws.paths, held('/cache'));
    rmSync(join(ws.target, 'debug'), { recursive: true });
    expect(holdsEntry([ws.target], held('/cache'))).toBe(false);
    const again = workspace();
    writeMarkers([again.target], again.paths, held('/cache'));
    rmSync(again.registry, { recursive: true });
    expect(holdsEntry([again.target], held('/cache'))).toBe(false);
  });

  it('does not hold it with a missing or broken marker', () => {
    const ws = workspace();
    writeMarkers([ws.target], ws.paths, held('/cache'));
    writeFileSync(markerPath(ws.target), '{');
    expect(holdsEntry([ws.target], held('/cache'))).toBe(false);
    rmSync(markerPath(ws.target));
    expect(holdsEntry([ws.target], held('/cache'))).toBe(false);
  });

  it("keeps the action's entries apart from the local cache's, and needs a target dir", () => {
    const ws = workspace();
    const service: HeldEntry = { source: 'GitHub Actions cache', key: 'k-1', stamp: '' };
    writeMarkers([ws.target], ws.paths, service);
    expect(holdsEntry([ws.target], service)).toBe(true);
    expect(holdsEntry([ws.target], held('/cache'))).toBe(false);
    expect(holdsEntry([], service)).toBe(false);
  });
});
