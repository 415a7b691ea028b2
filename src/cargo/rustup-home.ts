// What rustup has installed, read from RUSTUP_HOME without starting rustup.
import { readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { findOnPath } from '../paths.js';
import { findInstalled } from './rustup.js';

export function rustupHome(env: NodeJS.ProcessEnv): string {
  return env.RUSTUP_HOME || join(homedir(), '.rustup');
}

export function rustupOnPath(env: NodeJS.ProcessEnv): boolean {
  return findOnPath(process.platform === 'win32' ? 'rustup.exe' : 'rustup', env.PATH) !== undefined;
}

/**
 * The installed toolchains, read from RUSTUP_HOME/toolchains: what `rustup toolchain list`
 * prints, without starting rustup. Undefined when rustup is not on PATH or the folder cannot be
 * read (then rustup is asked).
 */
export function installedOnDisk(env: NodeJS.ProcessEnv): string[] | undefined {
  if (!rustupOnPath(env)) return undefined;
  try {
    return readdirSync(join(rustupHome(env), 'toolchains'), { withFileTypes: true })
      .filter((d) => (d.isDirectory() || d.isSymbolicLink()) && !d.name.startsWith('.'))
      .map((d) => d.name)
      .sort();
  } catch {
    return undefined;
  }
}

/** True when `toolchain` is known to be installed (from RUSTUP_HOME, without asking rustup). */
export function toolchainOnDisk(env: NodeJS.ProcessEnv, toolchain: string | undefined): boolean {
  if (toolchain === undefined) return false;
  const installed = installedOnDisk(env);
  return installed !== undefined && findInstalled(installed, toolchain) !== undefined;
}
