import { existsSync, lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { stripVTControlCharacters } from 'node:util';
import { basename, delimiter, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Removes ANSI colour and cursor sequences (Node's own stripper, under the name the parsers use). */
export const stripAnsi = stripVTControlCharacters;

/**
 * Makes a path that a tool printed (absolute, or relative to `base`) relative to the repository
 * root, with forward slashes, as GitHub wants for annotations. Paths outside the repository
 * (e.g. in ~/.cargo/registry) come back undefined.
 */
export function repoRelative(file: string, base: string, repoRoot: string): string | undefined {
  const abs = isAbsolute(file) ? file : resolve(base, file);
  const rel = relative(repoRoot, abs);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

/** True when `path` is `dir` or lies below it (compared without case where the file system ignores it). */
export function isInside(path: string, dir: string): boolean {
  const fold = process.platform === 'win32' || process.platform === 'darwin';
  const rel = fold ? relative(dir.toLowerCase(), path.toLowerCase()) : relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The first of `names` that exists in `dir` or a directory above it, up to and including `stopAt`
 * (a `dir` outside `stopAt` is searched alone).
 */
export function findUp(dir: string, stopAt: string, names: readonly string[]): string | undefined {
  for (let cur = dir; ; cur = dirname(cur)) {
    for (const name of names) {
      const p = join(cur, name);
      if (existsSync(p)) return p;
    }
    if (cur === stopAt || dirname(cur) === cur || !isInside(cur, stopAt)) return undefined;
  }
}

/** The user's home directory: HOME (USERPROFILE on Windows), else the OS's answer. */
export function homeOf(env: NodeJS.ProcessEnv): string {
  return resolve(env.HOME || env.USERPROFILE || homedir());
}

export function cargoHomeOf(env: NodeJS.ProcessEnv): string {
  return env.CARGO_HOME ? resolve(env.CARGO_HOME) : join(homeOf(env), '.cargo');
}

/**
 * Where the action keeps its tools and the advisory database: under CARGO_HOME, so that the
 * shared cache carries them (main and post both work it out from the environment).
 */
export function toolDirOf(env: NodeJS.ProcessEnv): string {
  return join(cargoHomeOf(env), 'rust-pipeline');
}

/**
 * The target directory of a crate or workspace at `cwd`: what cargo metadata said, else
 * CARGO_TARGET_DIR (relative to `cwd`), else `<cwd>/target`.
 */
export function targetDirOf(cwd: string, env: NodeJS.ProcessEnv, fromMetadata?: string): string {
  if (fromMetadata) return resolve(cwd, fromMetadata);
  return env.CARGO_TARGET_DIR ? resolve(cwd, env.CARGO_TARGET_DIR) : join(cwd, 'target');
}

/**
 * `path` with every symlink resolved, also when its last parts do not exist yet (the nearest
 * existing ancestor is resolved and the rest appended).
 */
export function realPathOf(path: string): string {
  const abs = resolve(path);
  const rest: string[] = [];
  for (let cur = abs; ; cur = dirname(cur)) {
    try {
      return join(realpathSync(cur), ...rest.reverse());
    } catch {
      if (dirname(cur) === cur) return abs;
      rest.push(basename(cur));
    }
  }
}

/**
 * Visits every entry below `dir`, depth first; `visit` returns true to descend into a directory.
 * Entries that cannot be read are passed over. `follow: false` sees symlinks as links (lstat).
 */
export function walkTree(
  dir: string,
  visit: (path: string, st: Stats, depth: number) => boolean | void,
  o: { follow: boolean },
  depth = 0,
): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const p = join(dir, name);
    let st: Stats;
    try {
      st = o.follow ? statSync(p) : lstatSync(p);
    } catch {
      continue;
    }
    if (visit(p, st, depth) === true && st.isDirectory()) walkTree(p, visit, o, depth + 1);
  }
}

/** The action's scratch directory: RUNNER_TEMP/rust-pipeline on a runner, the system temp directory elsewhere. */
export function actionTempDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.RUNNER_TEMP ?? tmpdir(), 'rust-pipeline');
}

/** The workspace: GITHUB_WORKSPACE on a runner, the current directory elsewhere. */
export function workspaceDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.GITHUB_WORKSPACE ?? process.cwd();
}

/** The first file called `exe` in the directories of `pathVar` (a PATH value), as a process start would find it. */
export function findOnPath(exe: string, pathVar: string | undefined): string | undefined {
  for (const dir of (pathVar ?? '').split(delimiter)) {
    if (!dir) continue;
    const p = join(dir, exe);
    try {
      if (statSync(p).isFile()) return p;
    } catch {
      /* not here */
    }
  }
  return undefined;
}
