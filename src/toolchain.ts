// Which toolchains a run uses: the input's list, else the one rust-toolchain(.toml) names, else stable.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { formatCommand, type Exec } from './exec.js';
import {
  componentAddCommand,
  componentListCommand,
  findInstalled,
  parseInstalledComponents,
  parseToolchainList,
  rustupError,
  toolchainInstallCommand,
  toolchainListCommand,
} from './cargo/rustup.js';
import { findUp } from './cargo/paths.js';
import type { Logger } from './context.js';

/** Looks for rust-toolchain.toml / rust-toolchain from `dir` up to (and including) `stopAt`. */
export function toolchainFromFile(dir: string, stopAt: string): string | undefined {
  const file = findUp(dir, stopAt, ['rust-toolchain.toml', 'rust-toolchain']);
  return file === undefined ? undefined : parseToolchainFile(readFileSync(file, 'utf8'));
}

/** Reads the channel from a rust-toolchain file: TOML `[toolchain] channel = "…"` or a bare legacy name. */
export function parseToolchainFile(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^[\w.-]+$/.test(trimmed)) return trimmed;
  try {
    const doc = parseToml(text) as { toolchain?: { channel?: unknown } };
    const channel = doc.toolchain?.channel;
    return typeof channel === 'string' && channel !== '' ? channel : undefined;
  } catch {
    return undefined;
  }
}

export function resolveToolchains(requested: readonly string[], cwd: string, repoRoot: string): string[] {
  if (requested.length > 0) return [...new Set(requested)];
  return [toolchainFromFile(cwd, repoRoot) ?? 'stable'];
}

/** A toolchain that is not installed and could not be installed: the message says which and how to fix it. */
export class ToolchainError extends Error {
  constructor(
    readonly toolchain: string,
    message: string,
  ) {
    super(message);
    this.name = 'ToolchainError';
  }
}

export interface ToolchainDeps {
  exec: Exec;
  env: NodeJS.ProcessEnv;
  log: Logger;
  /** Longest time one rustup install may take. */
  timeoutMs?: number;
}

const INSTALL_TIMEOUT_MS = 20 * 60_000;
// What rustup reported as installed, per RUSTUP_HOME, for the life of this process.
const installedCache = new Map<string, Promise<string[] | undefined>>();
const componentCache = new Map<string, Promise<void>>();
// rustup does not lock a toolchain while it changes it: overlapping stages change them one at a time.
let rustupQueue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(fn: () => Promise<T>): Promise<T> {
  const p = rustupQueue.then(fn, fn);
  rustupQueue = p.catch(() => undefined);
  return p;
}

function listInstalled(deps: ToolchainDeps): Promise<string[] | undefined> {
  const key = deps.env.RUSTUP_HOME ?? '';
  let p = installedCache.get(key);
  if (!p) {
    const onDisk = installedOnDisk(deps.env);
    const c = toolchainListCommand();
    p = onDisk
      ? Promise.resolve(onDisk)
      : deps
          .exec(c.cmd, c.args, { env: deps.env, echo: 'none' })
          .then((r) => (r.spawnError || r.code !== 0 ? undefined : parseToolchainList(r.stdout)));
    installedCache.set(key, p);
  }
  return p;
}

function rustupHome(env: NodeJS.ProcessEnv): string {
  return env.RUSTUP_HOME || join(homedir(), '.rustup');
}

function rustupOnPath(env: NodeJS.ProcessEnv): boolean {
  const names = process.platform === 'win32' ? ['rustup.exe'] : ['rustup'];
  return (env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && names.some((n) => existsSync(join(dir, n))));
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

/** Forgets what rustup reported (after an install, or between tests). */
export function forgetInstalledToolchains(): void {
  installedCache.clear();
  componentCache.clear();
}

function installHint(toolchain: string): string {
  return (
    `Check the name in the "toolchains" input (allowed: stable, beta, nightly, or a release such as 1.80 or 1.80.1, optionally dated), ` +
    `make sure this machine can reach the rustup distribution server (or set RUSTUP_DIST_SERVER to a mirror), ` +
    `or install it in an earlier step: rustup toolchain install --profile minimal ${toolchain}`
  );
}

/**
 * Makes sure `toolchain` (and the given components, e.g. clippy, rustfmt) is installed through
 * rustup: `rustup toolchain install --profile minimal` when it is missing, `rustup component add`
 * when a component is. Throws a ToolchainError naming the toolchain and the fix when that fails.
 * Without rustup, only the cargo on PATH can be used: `requireRustup` decides whether that is an error.
 */
export async function ensureToolchain(
  deps: ToolchainDeps,
  toolchain: string,
  components: readonly string[] = [],
  requireRustup = true,
): Promise<void> {
  const installed = await listInstalled(deps);
  if (installed === undefined) {
    if (requireRustup) {
      throw new ToolchainError(
        toolchain,
        `Toolchain "${toolchain}" cannot be selected: rustup is not installed (or "rustup toolchain list" failed). Install rustup, or remove "${toolchain}" from the "toolchains" input to use the cargo on PATH.`,
      );
    }
    return;
  }
  const fullName = findInstalled(installed, toolchain);
  if (!fullName) {
    const c = toolchainInstallCommand(toolchain, components);
    deps.log.info(`Toolchain ${toolchain} is not installed: ${formatCommand(c.cmd, c.args)}`);
    const r = await oneAtATime(() =>
      deps.exec(c.cmd, c.args, { env: deps.env, echo: 'stderr', timeoutMs: deps.timeoutMs ?? INSTALL_TIMEOUT_MS }),
    );
    if (r.killed === 'cancelled')
      throw new ToolchainError(toolchain, `Installing toolchain "${toolchain}" was cancelled.`);
    if (r.code !== 0) {
      const why =
        r.spawnError ??
        (r.killed === 'timeout'
          ? `it did not finish within ${Math.round((deps.timeoutMs ?? INSTALL_TIMEOUT_MS) / 1000)} s`
          : rustupError(r.stderr) || `exit code ${r.code}`);
      throw new ToolchainError(
        toolchain,
        `Toolchain "${toolchain}" is not installed and "${formatCommand(c.cmd, c.args)}" failed:\n${why}\n${installHint(toolchain)}`,
      );
    }
    installedCache.delete(deps.env.RUSTUP_HOME ?? '');
    return;
  }
  if (components.length === 0) return;
  const key = `${deps.env.RUSTUP_HOME ?? ''}|${toolchain}|${components.join(',')}`;
  let p = componentCache.get(key);
  if (!p) {
    p = oneAtATime(() => addMissingComponents(deps, toolchain, fullName, components));
    componentCache.set(key, p);
    p.catch(() => componentCache.delete(key));
  }
  return p;
}

/** The programs a component installs into its toolchain's bin/ (checked before asking rustup). */
const COMPONENT_PROGRAMS: Record<string, string[]> = {
  rustfmt: ['rustfmt', 'cargo-fmt'],
  clippy: ['cargo-clippy', 'clippy-driver'],
};

/** True when every program of the components is in the toolchain's bin/: no rustup call needed. */
export function componentsPresent(
  rustupHome: string,
  fullName: string,
  components: readonly string[],
  platform = process.platform,
): boolean {
  const bin = join(rustupHome, 'toolchains', fullName, 'bin');
  return components.every((c) => {
    const programs = COMPONENT_PROGRAMS[c];
    return (
      programs !== undefined && programs.every((p) => existsSync(join(bin, platform === 'win32' ? `${p}.exe` : p)))
    );
  });
}

async function addMissingComponents(
  deps: ToolchainDeps,
  toolchain: string,
  fullName: string,
  components: readonly string[],
): Promise<void> {
  if (componentsPresent(rustupHome(deps.env), fullName, components)) return;
  const l = componentListCommand(toolchain);
  const listed = await deps.exec(l.cmd, l.args, { env: deps.env, echo: 'none' });
  const have = listed.code === 0 ? parseInstalledComponents(listed.stdout) : [];
  const missing = components.filter((c) => !have.includes(c));
  if (missing.length === 0) return;
  const c = componentAddCommand(toolchain, missing);
  deps.log.info(`Toolchain ${toolchain} lacks ${missing.join(', ')}: ${formatCommand(c.cmd, c.args)}`);
  const r = await deps.exec(c.cmd, c.args, {
    env: deps.env,
    echo: 'stderr',
    timeoutMs: deps.timeoutMs ?? INSTALL_TIMEOUT_MS,
  });
  if (r.code !== 0) {
    throw new ToolchainError(
      toolchain,
      `Toolchain "${toolchain}" has no ${missing.join(' or ')} and "${formatCommand(c.cmd, c.args)}" failed:\n${r.spawnError ?? rustupError(r.stderr)}\n` +
        `Some nightly toolchains ship without ${missing.join('/')}: pick another date, or put a toolchain that has it first in the "toolchains" input.`,
    );
  }
}
