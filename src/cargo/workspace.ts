// Where cargo's paths are relative to: rustc runs in the workspace root, so diagnostics' file
// names, panic locations and doc test names of workspace members are relative to it (not to the
// working-directory, which may be a member or any folder inside the workspace).
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { repoRelative } from '../paths.js';

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
