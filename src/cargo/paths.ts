import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { stripVTControlCharacters } from 'node:util';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

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

/** True when `path` is `dir` or lies below it. */
export function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
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

export function cargoHomeOf(env: NodeJS.ProcessEnv): string {
  return env.CARGO_HOME ? resolve(env.CARGO_HOME) : join(env.HOME ?? homedir(), '.cargo');
}
