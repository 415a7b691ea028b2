// A private CARGO_HOME per test scenario, so that "restored from the cache" is really proven:
// the user's ~/.cargo config is copied (mirrors, registries), nothing else.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

export function makeCargoHome(): string {
  const home = mkdtempSync(join(tmpdir(), 'rp-cargo-home-'));
  const user = process.env.CARGO_HOME ?? join(homedir(), '.cargo');
  for (const name of ['config', 'config.toml']) {
    if (existsSync(join(user, name))) copyFileSync(join(user, name), join(home, name));
  }
  return home;
}

/** What a fresh runner has: the sources, but no target/ and an empty cargo registry. */
export function freshRunner(workspace: string, cargoHome: string): void {
  rmSync(join(workspace, 'target'), { recursive: true, force: true });
  for (const d of ['registry', 'git', 'rust-pipeline']) rmSync(join(cargoHome, d), { recursive: true, force: true });
  mkdirSync(cargoHome, { recursive: true });
}

/** Runs cargo in a workspace with the given CARGO_HOME; throws with cargo's output when it fails. */
export function cargo(workspace: string, cargoHome: string, ...args: string[]): string {
  const r = spawnSync('cargo', args, {
    cwd: workspace,
    env: { ...process.env, CARGO_HOME: cargoHome },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`cargo ${args.join(' ')} failed:\n${r.stderr}`);
  return r.stdout + r.stderr;
}

/** The dependencies cargo compiled (or checked) in a run's output, e.g. ["itoa", "ryu"]. */
export function builtCrates(output: string): string[] {
  return [...new Set([...output.matchAll(/^\s*(?:Compiling|Checking) ([\w-]+) v/gm)].map((m) => m[1]!))].sort();
}
