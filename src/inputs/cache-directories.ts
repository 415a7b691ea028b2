// The cache-directories input: extra paths to cache, refused when they are, lie in or hold a
// credential location, lie outside the workspace and the home directory, or are glob patterns.
import { join, resolve } from 'node:path';
import { cargoHomeOf, homeOf, isInside, realPathOf } from '../paths.js';
import { InputError } from './errors.js';

/** Credential locations, relative to the home directory: never cached, nor any folder holding one. */
const HOME_CREDENTIALS = [
  '.ssh',
  '.gnupg',
  '.docker',
  '.aws',
  '.azure',
  '.kube',
  '.netrc',
  '.git-credentials',
  '.npmrc',
  '.pypirc',
  join('.config', 'gh'),
  join('.config', 'gcloud'),
  join('.config', 'git', 'credentials'),
  join('.cargo', 'credentials'),
  join('.cargo', 'credentials.toml'),
];

/** Every credential location for this home, CARGO_HOME and checkout (actions/checkout keeps its token in .git). */
export function credentialLocations(home: string, cargoHome: string, workspace: string): string[] {
  return [
    ...HOME_CREDENTIALS.map((p) => join(home, p)),
    join(cargoHome, 'credentials'),
    join(cargoHome, 'credentials.toml'),
    join(workspace, '.git'),
  ];
}

/** ~, ~/…, $HOME, ${HOME} at the start of an entry → the home directory. */
function expandHome(entry: string, home: string): string {
  const m = /^(?:~|\$HOME|\$\{HOME\})(?=$|[\\/])(.*)$/.exec(entry);
  return m ? join(home, m[1] ?? '') : entry;
}

/**
 * Resolves `cache-directories` entries to absolute paths (relative ones against the working
 * directory) and refuses any that is, lies in, or holds a credential location, that lies outside
 * both the workspace and the home directory, that is the home directory itself, or that is a glob
 * pattern (@actions/cache would expand it, past these checks).
 */
export function resolveCacheDirectories(
  entries: readonly string[],
  where: { workspace: string; workingDirectory: string; env: NodeJS.ProcessEnv },
): string[] {
  const home = homeOf(where.env);
  const credentials = credentialLocations(home, cargoHomeOf(where.env), where.workspace);
  // Each place as written and where its symlinks lead.
  const both = (p: string): string[] => [...new Set([p, realPathOf(p)])];
  const homes = both(home);
  const roots = [...both(where.workspace), ...homes];
  const creds = credentials.flatMap(both);
  return entries.map((entry) => {
    const expanded = expandHome(entry, home);
    if (/[*?[\]{}]/.test(expanded) || expanded.startsWith('!'))
      throw cacheDirError(entry, 'glob patterns are not allowed');
    const path = resolve(where.workingDirectory, expanded);
    for (const p of both(path)) {
      const hit = creds.find((c) => isInside(p, c) || isInside(c, p));
      if (hit) throw cacheDirError(entry, `${p} ${isInside(p, hit) ? 'is' : 'holds'} the credential location ${hit}`);
      if (homes.some((h) => isInside(h, p))) throw cacheDirError(entry, `${p} holds the whole home directory`);
      if (!roots.some((r) => isInside(p, r)))
        throw cacheDirError(entry, `${p} is outside the workspace and the home directory`);
    }
    return path;
  });
}

function cacheDirError(entry: string, why: string): InputError {
  return new InputError(
    'cache-directories',
    entry,
    `${why}; allowed: paths inside the workspace or the home directory that hold no credentials.`,
  );
}
