// The temporary docker configuration a push logs in with, and its removal (after the push in main,
// and again in post in case main was stopped in between). The user's own ~/.docker is never used
// for our credentials.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Exec } from '../exec.js';
import { dockerLogoutArgs } from './docker-args.js';

const PREFIX = 'rust-pipeline-docker-config-';

/** A fresh, private DOCKER_CONFIG directory (mode 0700) under `parent`. */
export function makeDockerConfig(parent: string): string {
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, PREFIX));
  writeFileSync(join(dir, 'config.json'), '{}\n', { mode: 0o600 });
  return dir;
}

export function isOurDockerConfig(dir: string): boolean {
  return basename(dir).startsWith(PREFIX);
}

/**
 * Logs out of each registry in the temporary config and deletes it. Returns problems as text
 * (callers turn them into warnings); never throws for a failing docker.
 */
export async function dockerLogoutAll(
  exec: Exec,
  dir: string,
  registries: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<{ loggedOut: string[]; problems: string[] }> {
  const loggedOut: string[] = [];
  const problems: string[] = [];
  if (!dir || !isOurDockerConfig(dir))
    return { loggedOut, problems: dir ? [`refusing to remove ${dir}: not a rust-pipeline docker config`] : [] };
  if (!existsSync(dir)) return { loggedOut, problems };
  for (const registry of registries) {
    const res = await exec('docker', dockerLogoutArgs(registry), {
      env: { ...env, DOCKER_CONFIG: dir },
      echo: 'none',
      timeoutMs: 60_000,
    });
    if (res.code === 0) loggedOut.push(registry);
    else problems.push(`docker logout ${registry} failed: ${(res.spawnError ?? res.stderr).trim()}`);
  }
  // Whatever logout said, the credentials file goes with the directory.
  rmSync(dir, { recursive: true, force: true });
  return { loggedOut, problems };
}
