// Which toolchains a run uses: the toolchains input with msrv and stable-N resolved, else the one
// rust-toolchain(.toml) names, else stable. Reads files only (plan mode starts no process).
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findMsrv } from './msrv.js';
import { findUp } from '../paths.js';
import { findInstalled } from './rustup.js';
import { installedOnDisk, rustupHome } from './rustup-home.js';
import { MAX_TOOLCHAIN_FILE_BYTES, parseToolchainFile, type ToolchainFile } from './toolchain-file.js';
import {
  formatRustVersion,
  installedRelease,
  parseRustVersion,
  relativeStableCount,
  stableMinus,
  ToolchainSpecError,
  type RustVersion,
} from './toolchain-names.js';
import { inputRef } from '../inputs/errors.js';

/**
 * The toolchain file for `dir` (rust-toolchain.toml / rust-toolchain, from `dir` up to `stopAt`),
 * parsed; undefined when there is none. A ToolchainSpecError names the file when it cannot be used.
 */
export function toolchainFromFile(dir: string, stopAt: string): ToolchainFile | undefined {
  const path = findUp(dir, stopAt, ['rust-toolchain.toml', 'rust-toolchain']);
  if (path === undefined) return undefined;
  const shown = relative(stopAt, path) || path;
  if (statSync(path).size > MAX_TOOLCHAIN_FILE_BYTES)
    throw new ToolchainSpecError(
      shown,
      `${shown}: the file is larger than ${MAX_TOOLCHAIN_FILE_BYTES / 1024} KiB; a toolchain file holds a few lines.`,
    );
  return parseToolchainFile(shown, readFileSync(path, 'utf8'));
}

/** One toolchain of the run. */
export interface RunToolchain {
  /** As the toolchains input (or the file) names it: "stable", "msrv", "stable-2", "1.85". */
  request: string;
  /** The rustup name the stages select (RUSTUP_TOOLCHAIN): "1.85" for msrv, "1.93" for stable-2. */
  name: string;
  /** How the summary shows it: "msrv (1.85)", "stable-2 (1.93)", else the name. */
  label: string;
  /** Set for msrv: fmt and clippy do not run with it (lints differ between versions). */
  msrv?: boolean;
}

export interface ResolvedToolchains {
  /** The test matrix's toolchains, in the input's order (the same name once). */
  list: RunToolchain[];
  /** The toolchain fmt, clippy and the other stages run with: the first that is not msrv, else stable. */
  main: string;
  /** The toolchain file when its channel is one of the run's toolchains: its components and targets are installed for it. */
  file?: ToolchainFile;
  /** Said in the log: the msrv of a workspace whose members differ, a toolchain file the input overrides. */
  notes: string[];
}

/**
 * Resolves the toolchains input: empty means the toolchain file's channel (an unusable file is a
 * ToolchainSpecError), else stable; `msrv` is the rust-version Cargo.toml declares, `stable-N` counts
 * back from the installed stable. With the input set, an unusable toolchain file is only noted:
 * the input decides, and the file is not used.
 */
export function resolveToolchains(
  requested: readonly string[],
  cwd: string,
  repoRoot: string,
  env: NodeJS.ProcessEnv,
): ResolvedToolchains {
  const notes: string[] = [];
  if (requested.length === 0) {
    const file = toolchainFromFile(cwd, repoRoot);
    const name = file?.channel ?? 'stable';
    return { list: [{ request: name, name, label: name }], main: name, ...(file ? { file } : {}), notes };
  }
  let file: ToolchainFile | undefined;
  try {
    file = toolchainFromFile(cwd, repoRoot);
  } catch (e) {
    if (!(e instanceof ToolchainSpecError)) throw e;
    notes.push(`${e.message} The toolchains input decides the toolchains, so the file is ignored.`);
  }
  const list: RunToolchain[] = [];
  for (const request of requested) {
    const t = resolveOne(request, cwd, repoRoot, env, notes);
    if (!list.some((l) => l.name === t.name)) list.push(t);
  }
  const main = list.find((t) => !t.msrv)?.name ?? 'stable';
  const applies = file !== undefined && list.some((t) => t.name === file.channel);
  return { list, main, ...(applies ? { file } : {}), notes };
}

function resolveOne(
  request: string,
  cwd: string,
  repoRoot: string,
  env: NodeJS.ProcessEnv,
  notes: string[],
): RunToolchain {
  const installed = installedOnDisk(env) ?? [];
  if (request === 'msrv') {
    const msrv = findMsrv(cwd, repoRoot);
    if (msrv.note) notes.push(msrv.note);
    const version = formatRustVersion(msrv.version);
    return { request, name: installedRelease(installed, version) ?? version, label: `msrv (${version})`, msrv: true };
  }
  const back = relativeStableCount(request);
  if (back !== undefined) {
    const version = stableMinus(installedStable(env, request), back, request);
    return { request, name: installedRelease(installed, version) ?? version, label: `${request} (${version})` };
  }
  return { request, name: request, label: request };
}

/**
 * The version of the installed stable toolchain, read from its channel manifest in RUSTUP_HOME
 * (no process starts: plan mode resolves stable-N too). A ToolchainSpecError naming `request`
 * when stable is not installed.
 */
export function installedStable(env: NodeJS.ProcessEnv, request: string): RustVersion {
  const dir = (installedOnDisk(env) ?? []).find((n) => findInstalled([n], 'stable') !== undefined);
  const manifest = dir && join(rustupHome(env), 'toolchains', dir, 'lib', 'rustlib', 'multirust-channel-manifest.toml');
  let version: RustVersion | undefined;
  try {
    const m = manifest ? /\[pkg\.rust\]\s*\nversion = "(\d+\.\d+\.\d+)/.exec(readFileSync(manifest, 'utf8')) : null;
    version = m ? parseRustVersion(m[1]!) : undefined;
  } catch {
    version = undefined;
  }
  if (!version)
    throw new ToolchainSpecError(
      'toolchains',
      `${inputRef('toolchains')}: ${request} counts back from the installed stable toolchain, and none was found in ${rustupHome(env)}; install it in an earlier step (rustup toolchain install stable), or name the version (e.g. 1.80).`,
    );
  return version;
}
