// dist/ is committed: it must be exactly what a fresh bundle of the sources produces.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { ROOT } from '../support/rig.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

// Bundling takes a minute or more on a busy 2-core machine: run it without blocking the test
// worker (a synchronous child would starve vitest's own messages), with room to spare.
it('dist/ matches a fresh bundle of src/', async () => {
  const out = mkdtempSync(join(tmpdir(), 'rp-dist-'));
  try {
    await promisify(execFile)(process.execPath, [join(ROOT, 'scripts', 'bundle.mjs'), out], { cwd: ROOT });
    const fresh = files(out)
      .map((f) => relative(out, f))
      .sort();
    const committed = files(join(ROOT, 'dist'))
      .map((f) => relative(join(ROOT, 'dist'), f))
      .sort();
    expect(committed).toEqual(fresh);
    const stale = fresh.filter((f) => !readFileSync(join(out, f)).equals(readFileSync(join(ROOT, 'dist', f))));
    expect(stale, 'dist/ is stale: run `npm run bundle` and commit dist/').toEqual([]);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}, 900_000);
