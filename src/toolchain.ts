// Making sure a toolchain is installed through rustup: the toolchain itself (with the toolchain
// file's profile), the components a stage needs, and the toolchain file's components and targets.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatCommand, type Exec } from './exec.js';
import {
  componentAddCommand,
  componentListCommand,
  findInstalled,
  parseInstalledComponents,
  parseInstalledTargets,
  parseToolchainList,
  rustupError,
  targetAddCommand,
  targetListCommand,
  toolchainInstallCommand,
  toolchainListCommand,
} from './cargo/rustup.js';
import { installedOnDisk, rustupHome } from './cargo/rustup-home.js';
import type { ToolchainFile } from './cargo/toolchain-file.js';
import type { Logger } from './context.js';

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
  /** The run's toolchain file: its profile, components and targets apply to the toolchain it names. */
  toolchainFile?: ToolchainFile;
}

const INSTALL_TIMEOUT_MS = 20 * 60_000;
// What rustup reported as installed, per RUSTUP_HOME, for the life of this process.
const installedCache = new Map<string, Promise<string[] | undefined>>();
const componentCache = new Map<string, Promise<void>>();
const fileCache = new Map<string, Promise<void>>();
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

/** Forgets what rustup reported (after an install, or between tests). */
export function forgetInstalledToolchains(): void {
  installedCache.clear();
  componentCache.clear();
  fileCache.clear();
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
  const file = deps.toolchainFile?.channel === toolchain ? deps.toolchainFile : undefined;
  const fullName = findInstalled(installed, toolchain);
  if (!fullName) await installToolchain(deps, toolchain, components, file?.profile);
  else if (components.length) await ensureComponents(deps, toolchain, fullName, components);
  if (file) await ensureFileNeeds(deps, file);
}

async function installToolchain(
  deps: ToolchainDeps,
  toolchain: string,
  components: readonly string[],
  profile: string | undefined,
): Promise<void> {
  const c = toolchainInstallCommand(toolchain, components, profile);
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
}

function ensureComponents(
  deps: ToolchainDeps,
  toolchain: string,
  fullName: string,
  components: readonly string[],
): Promise<void> {
  const key = `${deps.env.RUSTUP_HOME ?? ''}|${toolchain}|${components.join(',')}`;
  let p = componentCache.get(key);
  if (!p) {
    p = oneAtATime(() => addMissingComponents(deps, toolchain, fullName, components));
    componentCache.set(key, p);
    p.catch(() => componentCache.delete(key));
  }
  return p;
}

/** The toolchain file's components and targets, those missing added once per run (first asked by the pipeline's setup step). */
function ensureFileNeeds(deps: ToolchainDeps, file: ToolchainFile): Promise<void> {
  if (file.components.length === 0 && file.targets.length === 0) return Promise.resolve();
  const key = `${deps.env.RUSTUP_HOME ?? ''}|${file.channel}`;
  let p = fileCache.get(key);
  if (!p) {
    const add = async (): Promise<void> => {
      await addFromFile(deps, file, 'component');
      await addFromFile(deps, file, 'target');
    };
    p = oneAtATime(add);
    fileCache.set(key, p);
  }
  return p;
}

const FILE_LISTS = {
  component: { list: componentListCommand, parse: parseInstalledComponents, add: componentAddCommand },
  target: { list: targetListCommand, parse: parseInstalledTargets, add: targetAddCommand },
} as const;

/** rustup lists a component without the "-preview" some names carry (llvm-tools-preview is llvm-tools). */
const bare = (name: string): string => name.replace(/-preview$/, '');

async function addFromFile(deps: ToolchainDeps, file: ToolchainFile, kind: 'component' | 'target'): Promise<void> {
  const wanted = kind === 'component' ? file.components : file.targets;
  if (wanted.length === 0) return;
  const how = FILE_LISTS[kind];
  const l = how.list(file.channel);
  const listed = await deps.exec(l.cmd, l.args, { env: deps.env, echo: 'none' });
  const have = new Set((listed.code === 0 ? how.parse(listed.stdout) : []).map(bare));
  const missing = wanted.filter((w) => !have.has(bare(w)));
  if (missing.length === 0) return;
  const c = how.add(file.channel, missing);
  deps.log.info(`${file.file} lists ${kind}s that toolchain ${file.channel} lacks: ${formatCommand(c.cmd, c.args)}`);
  const r = await deps.exec(c.cmd, c.args, {
    env: deps.env,
    echo: 'stderr',
    timeoutMs: deps.timeoutMs ?? INSTALL_TIMEOUT_MS,
  });
  if (r.code === 0) return;
  const names = missing.map((m) => `"${m}"`).join(', ');
  throw new ToolchainError(
    file.channel,
    `${file.file} lists the ${kind}${missing.length > 1 ? 's' : ''} ${names} for toolchain "${file.channel}", and "${formatCommand(c.cmd, c.args)}" failed:\n` +
      `${r.spawnError ?? (rustupError(r.stderr) || `exit code ${r.code}`)}\n` +
      `Check the name (rustup ${kind} list --toolchain=${file.channel}), or remove it from ${file.file}.`,
  );
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
