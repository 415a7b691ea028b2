// Where cargo's paths are relative to: rustc runs in the workspace root, so diagnostics' file
// names, panic locations and doc test names of workspace members are relative to it (not to the
// working-directory, which may be a member or any folder inside the workspace).
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { Exec } from '../exec.js';
import { toolchainEnv, type CargoCommand } from './commands.js';
import { repoRelative } from './paths.js';

export function locateWorkspaceCommand(): CargoCommand {
  return { args: ['locate-project', '--workspace', '--message-format', 'plain'], env: {} };
}

/** The workspace root from `cargo locate-project --workspace --message-format plain` (a Cargo.toml path). */
export function parseLocateProject(stdout: string): string | undefined {
  const manifest = stdout.trim().split(/\r?\n/).pop()?.trim();
  if (!manifest || !isAbsolute(manifest) || !/Cargo\.toml$/.test(manifest)) return undefined;
  return dirname(manifest);
}

/**
 * Turns a path cargo or rustc printed into one relative to the repository root. Relative paths are
 * tried against each base in order (the workspace root first); the first base where the file
 * exists wins, else the first base is assumed. Paths outside the repository give undefined.
 */
export function resolveReported(file: string, bases: readonly string[], repoRoot: string): string | undefined {
  if (isAbsolute(file)) return repoRelative(file, repoRoot, repoRoot);
  const hit = bases.find((b) => existsSync(resolve(b, file))) ?? bases[0];
  return hit === undefined ? undefined : repoRelative(file, hit, repoRoot);
}

const roots = new Map<string, Promise<string>>();

/** The workspace root of `cwd` (asks cargo once per directory and toolchain; falls back to `cwd`). */
export function workspaceRoot(exec: Exec, cwd: string, env: NodeJS.ProcessEnv, toolchain?: string): Promise<string> {
  const key = `${cwd}|${toolchain ?? ''}`;
  let p = roots.get(key);
  if (!p) {
    const c = locateWorkspaceCommand();
    p = exec('cargo', c.args, { cwd, env: { ...env, ...toolchainEnv(toolchain) }, echo: 'none' }).then((r) => (r.code === 0 ? parseLocateProject(r.stdout) : undefined) ?? cwd);
    roots.set(key, p);
  }
  return p;
}
