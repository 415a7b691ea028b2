// What post may touch. The state main leaves is a file the repository's code could rewrite while
// it runs, and the workspace's files (a .cargo/config naming another target-dir) are that code's
// too: post works out the places the cache may hold from its own environment and inputs, and
// accepts a path from the state only when it is one of them. Deleting is allowed below the target
// dir and CARGO_HOME's cached folders only, never through a symlink, never in CARGO_HOME/bin.
import { readlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { cargoHomeOf, isInside, realPathOf, toolDirOf, walkTree, workspaceDir } from '../paths.js';
import type { Inputs } from '../inputs/types.js';
import { TOOL_NAMES } from '../tools/table.js';

/** The places post trusts, from the runner's environment and the inputs (never from the state). */
export interface TrustedPlaces {
  workspace: string;
  cargoHome: string;
  toolDir: string;
  /** CARGO_TARGET_DIR from the environment, when set (resolved against the working directory). */
  envTargetDir?: string;
  /** The validated cache-directories. */
  extraDirs: readonly string[];
}

export function trustedPlaces(
  env: NodeJS.ProcessEnv,
  inputs: Pick<Inputs, 'cache' | 'workingDirectory'>,
): TrustedPlaces {
  return {
    workspace: resolve(workspaceDir(env)),
    cargoHome: cargoHomeOf(env),
    toolDir: toolDirOf(env),
    ...(env.CARGO_TARGET_DIR ? { envTargetDir: resolve(inputs.workingDirectory, env.CARGO_TARGET_DIR) } : {}),
    extraDirs: inputs.cache.directories,
  };
}

/** The parts of CARGO_HOME the main entry carries (credentials, bin and config never). */
export function cachedCargoHomeParts(cargoHome: string): string[] {
  return [join(cargoHome, 'registry', 'index'), join(cargoHome, 'registry', 'cache'), join(cargoHome, 'git', 'db')];
}

/** The tool directories the main entry carries. */
export function cachedToolDirs(toolDir: string): string[] {
  return TOOL_NAMES.map((t) => join(toolDir, t));
}

/**
 * A target dir named by the state, if post may use it: CARGO_TARGET_DIR, or a folder strictly
 * inside the workspace and outside its .git (where cargo metadata puts it by default).
 */
export function confineTargetDir(dir: string, places: TrustedPlaces): string | undefined {
  const p = resolve(dir);
  if (places.envTargetDir && p === places.envTargetDir) return p;
  if (p === places.workspace || !isInside(p, places.workspace) || isInside(p, join(places.workspace, '.git')))
    return undefined;
  // Where it really leads must be inside the workspace too (no symlinked target dir to elsewhere).
  return isInside(realPathOf(p), realPathOf(places.workspace)) ? p : undefined;
}

/** Every path the main entry may hold, given its (confined) target dirs. */
export function allowedEntryPaths(places: TrustedPlaces, targetDirs: readonly string[]): Set<string> {
  return new Set([
    ...cachedCargoHomeParts(places.cargoHome),
    ...targetDirs,
    ...cachedToolDirs(places.toolDir),
    ...places.extraDirs,
  ]);
}

/** The folders post may delete in (the target dirs and CARGO_HOME's cached folders). Never CARGO_HOME/bin. */
export function deletableRoots(places: TrustedPlaces, targetDirs: readonly string[]): string[] {
  return [...targetDirs, ...cachedCargoHomeParts(places.cargoHome), places.toolDir];
}

/**
 * Whether `path` may be deleted: strictly below one of `roots`, with no symlink on the way from the
 * root to it (the folder it is in resolves to a place inside the root's real path). The path itself
 * may be a symlink: removing it removes the link, never what it points at.
 */
export function mayDelete(path: string, roots: readonly string[]): boolean {
  const p = resolve(path);
  const root = roots.find((r) => p !== r && isInside(p, r));
  if (!root) return false;
  return isInside(realPathOf(dirname(p)), realPathOf(root));
}

/** The key prefixes our entries use; a key from the state must start with one (and be a plain key). */
export function looksLikeOurKey(key: unknown, prefix: string): key is string {
  return typeof key === 'string' && key.length <= 512 && key.startsWith(`${prefix}-`) && /^[A-Za-z0-9._+-]+$/.test(key);
}

/**
 * Symlinks under `root` that lead outside it (or outside every one of `inside`, the entry's cached
 * places), found without following any. Cargo makes none; left in the entry, one would be restored
 * on the next runner as a door out of the cached places (to /etc, ~/.ssh, …).
 */
export function outwardLinks(root: string, inside: readonly string[] = [root]): string[] {
  const realRoots = inside.map(realPathOf);
  const out: string[] = [];
  walkTree(
    root,
    (p, st) => {
      if (!st.isSymbolicLink()) return st.isDirectory();
      const to = realPathOf(resolve(dirname(p), readlinkSync(p)));
      if (!realRoots.some((r) => isInside(to, r))) out.push(p);
    },
    { follow: false },
  );
  return out;
}
