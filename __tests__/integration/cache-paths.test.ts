// Cache entries that do not depend on where the checkout is: the same crate, checked out in
// different folders with CARGO_HOME at the same place relative to each (as on runners that share a
// home layout: /home/runner/work/<repo>/<repo> and /home/runner/.cargo), shares one entry. The
// built action runs as a runner runs it, with the real @actions/cache against the cache-service
// stand-in and real cargo.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheSuite } from '../support/cache-suite.js';
import { builtCrates } from '../support/cargo-home.js';
import { makeWorkspace, runAction } from '../support/rig.js';

const suite = cacheSuite();

/** A runner's home: <root>/home with .cargo (the user's cargo config copied) and the checkout at `checkout` below it. */
function runnerHome(...at: string[]): { home: string; cargoHome: string; workspace: string } {
  const root = mkdtempSync(join(tmpdir(), 'rp-home-'));
  suite.keep(root);
  const home = join(root, 'home');
  const cargoHome = join(home, '.cargo');
  mkdirSync(cargoHome, { recursive: true });
  const user = process.env.CARGO_HOME ?? join(homedir(), '.cargo');
  for (const f of ['config', 'config.toml'])
    if (existsSync(join(user, f))) copyFileSync(join(user, f), join(cargoHome, f));
  return { home, cargoHome, workspace: checkout(home, ...at) };
}

/** A fresh checkout of the fixture at `at` below `home`. */
function checkout(home: string, ...at: string[]): string {
  const workspace = join(home, ...at);
  mkdirSync(join(workspace, '..'), { recursive: true });
  renameSync(makeWorkspace('cache-deps'), workspace);
  return workspace;
}

function envOf(r: { home: string; cargoHome: string }): Record<string, string> {
  // rustup keeps finding its toolchains where they are, whatever HOME says.
  const rustupHome = process.env.RUSTUP_HOME ?? join(homedir(), '.rustup');
  return { ...suite.server().env(), HOME: r.home, CARGO_HOME: r.cargoHome, RUSTUP_HOME: rustupHome };
}

describe('cache entries independent of the checkout path', () => {
  it('a second checkout elsewhere, same relative CARGO_HOME, restores the first one’s entry exactly', async () => {
    const one = runnerHome('work', 'svc', 'svc');
    const first = await runAction({ workspace: one.workspace, env: envOf(one), inputs: { stages: 'clippy,test' } });
    expect(first.main.code, first.main.stdout).toBe(0);
    expect(first.main.outputs['cache-match']).toBe('none');
    const key = first.main.outputs['cache-key']!;
    expect(first.post!.code).toBe(0);
    expect(
      suite
        .server()
        .entries()
        .filter((e) => e.finalized && e.key === key),
    ).toHaveLength(1);

    // The same runner home, fresh (no registry), another repository folder name.
    for (const d of ['registry', 'git']) rmSync(join(one.cargoHome, d), { recursive: true, force: true });
    const fork = checkout(one.home, 'work', 'svc-fork', 'svc-fork');
    const second = await runAction({ workspace: fork, env: envOf(one), inputs: { stages: 'clippy,test' } });
    expect(second.main.code, second.main.stdout).toBe(0);
    expect(second.main.outputs['cache-key']).toBe(key);
    expect(second.main.outputs['cache-match']).toBe('exact');
    // The registry and target/ came back to their places: only the workspace's own crate is compiled again.
    expect(readdirSync(join(one.cargoHome, 'registry', 'cache')).length).toBeGreaterThan(0);
    expect(builtCrates(second.main.stdout)).toEqual(['cache-deps']);

    // Another runner with another home at another absolute path, the same layout: the same entry,
    // its files restored into that home and checkout, nothing outside them.
    const two = runnerHome('work', 'svc', 'svc');
    const third = await runAction({ workspace: two.workspace, env: envOf(two), inputs: { stages: 'clippy,test' } });
    expect(third.main.code, third.main.stdout).toBe(0);
    expect(third.main.outputs['cache-match']).toBe('exact');
    expect(readdirSync(join(two.cargoHome, 'registry', 'cache')).length).toBeGreaterThan(0);
    expect(existsSync(join(two.workspace, 'target', 'debug', '.fingerprint'))).toBe(true);
    expect(readdirSync(join(two.home, '..'))).toEqual(['home']);
  });

  it('a checkout whose CARGO_HOME lies elsewhere relative to it gets another key', async () => {
    const one = runnerHome('work', 'lib', 'lib');
    const deeper = runnerHome('work', 'lib', 'lib', 'nested');
    const a = await runAction({ workspace: one.workspace, env: envOf(one), inputs: { stages: 'fmt' }, noPost: true });
    const b = await runAction({
      workspace: deeper.workspace,
      env: envOf(deeper),
      inputs: { stages: 'fmt' },
      noPost: true,
    });
    expect(a.main.outputs['cache-key']).toMatch(/^rust-pipeline-v1-checks-Linux-X64-[0-9a-f]{6}-/);
    expect(b.main.outputs['cache-key']).not.toBe(a.main.outputs['cache-key']);
  });
});
