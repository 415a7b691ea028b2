// Bounded entries: after a feature change of a dependency whose version stays in the lockfile, the
// entry keeps only the units this run's cargo commands used (src/cargo/units.ts), and a warm run
// from it still compiles nothing but the workspace's own crate. The built action runs as a runner
// runs it, with the real @actions/cache against the cache-service stand-in and real cargo.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheSuite } from '../support/cache-suite.js';
import { builtCrates, freshRunner, makeCargoHome } from '../support/cargo-home.js';
import { makeWorkspace, runAction } from '../support/rig.js';

const suite = cacheSuite();

const ryuUnits = (workspace: string): string[] =>
  readdirSync(join(workspace, 'target', 'debug', '.fingerprint'))
    .filter((d) => d.startsWith('ryu-'))
    .sort();

describe('pruning by the units this run used', () => {
  it('a feature change drops the units of the old feature combination; the warm run after it builds only the crate', async () => {
    const workspace = makeWorkspace('cache-deps');
    const cargoHome = makeCargoHome();
    const runnerDir = mkdtempSync(join(tmpdir(), 'rp-runner-'));
    [workspace, cargoHome, runnerDir].forEach(suite.keep);
    const env = { ...suite.server().env(), CARGO_HOME: cargoHome };
    const inputs = { stages: 'clippy,test' };

    const one = await runAction({ workspace, runnerDir, env, inputs });
    expect(one.main.code, one.main.stdout).toBe(0);
    expect(one.post?.code).toBe(0);
    // One ryu unit for clippy's check build, one for the test build: both used, both kept.
    const before = ryuUnits(workspace);
    expect(before).toHaveLength(2);

    // The same ryu version, another feature: new units for it, the old ones still "locked".
    const manifest = join(workspace, 'Cargo.toml');
    writeFileSync(
      manifest,
      readFileSync(manifest, 'utf8').replace('ryu = "1"', 'ryu = { version = "1", features = ["small"] }'),
    );
    freshRunner(workspace, cargoHome);
    const two = await runAction({ workspace, runnerDir, env, inputs });
    expect(two.main.code, two.main.stdout).toBe(0);
    expect(two.main.outputs['cache-match']).toBe('partial');
    expect(builtCrates(two.main.stdout)).toEqual(['cache-deps', 'ryu']);
    expect(two.post?.code).toBe(0);
    // Post pruned the two units of the old feature combination, kept the two new ones.
    expect(two.post!.summary).toMatch(/\| unused units \| \d+ \|/);
    const used = ryuUnits(workspace);
    expect(used).toHaveLength(2);
    expect(used.filter((u) => before.includes(u))).toEqual([]);

    // The saved entry holds the new feature combination only, and it is all a warm run needs.
    freshRunner(workspace, cargoHome);
    const three = await runAction({ workspace, runnerDir, env, inputs, noPost: true });
    expect(three.main.code, three.main.stdout).toBe(0);
    expect(three.main.outputs['cache-match']).toBe('exact');
    expect(builtCrates(three.main.stdout)).toEqual(['cache-deps']);
    expect(ryuUnits(workspace)).toEqual(used);
  });
});
