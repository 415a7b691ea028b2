// What a run asks cargo and rustc about the workspace and the compiler, asked once per run:
// `cargo metadata --format-version 1 --no-deps` per working directory and toolchain (the
// workspace root, the target directory, the member packages) and `rustc -vV` per toolchain.
//
// Answers are kept per run: in a WeakMap keyed on the object the caller passes (the run's
// StageContext, which the setup steps and every stage share), so nothing carries over from one
// run, or one test, to the next. Only answers are kept: a failed question (e.g. asked by the cache
// key before the toolchain was installed) is asked again by the next caller.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { WHOLE_OUTPUT_BYTES, type Exec, type ExecOptions, type ExecResult } from '../exec.js';
import { formatBytes } from '../text.js';
import { toolchainEnv, type CargoCommand } from './commands.js';

/** What the questions need: the run's exec, environment and working directory. */
export interface CargoDeps {
  exec: Exec;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface MetadataTarget {
  name: string;
  /** e.g. ["bin"], ["lib"], ["proc-macro"], ["test"]. */
  kind: string[];
}

export interface MetadataPackage {
  name: string;
  version: string;
  description?: string;
  license?: string;
  manifestPath?: string;
  targets: MetadataTarget[];
}

export interface CargoMetadata {
  /** The workspace root (absent only in hand-trimmed documents). */
  workspaceRoot?: string;
  targetDirectory: string;
  /** The workspace's member packages, in cargo's order. */
  packages: MetadataPackage[];
}

/** A question's answer, or the failed process (for the caller's message). */
export type Answer<T> = { ok: true; value: T } | { ok: false; res: ExecResult; why: string };

/** Options for the process when it has to run (a kept answer ignores them). */
export type AskOptions = Pick<ExecOptions, 'timeoutMs' | 'echo'>;

export function metadataCommand(): CargoCommand {
  return { args: ['metadata', '--format-version', '1', '--no-deps'], env: {} };
}

/** Reads `cargo metadata --format-version 1` output; packages are narrowed to the workspace members. Throws on JSON that is not metadata. */
export function parseCargoMetadata(json: string): CargoMetadata {
  const doc = JSON.parse(json) as {
    packages?: {
      name: string;
      version: string;
      id: string;
      description?: string | null;
      license?: string | null;
      manifest_path?: string;
      targets?: { name: string; kind: string[] }[];
    }[];
    workspace_members?: string[];
    workspace_root?: string;
    target_directory?: string;
  };
  if (!Array.isArray(doc.packages) || typeof doc.target_directory !== 'string')
    throw new Error('not cargo metadata: no packages or target_directory');
  // With --no-deps every package is a member; older documents may lack the list.
  const members = new Set(doc.workspace_members ?? doc.packages.map((p) => p.id));
  return {
    ...(doc.workspace_root ? { workspaceRoot: doc.workspace_root } : {}),
    targetDirectory: doc.target_directory,
    packages: doc.packages
      .filter((p) => members.has(p.id))
      .map((p) => ({
        name: p.name,
        version: p.version,
        ...(p.description ? { description: p.description } : {}),
        ...(p.license ? { license: p.license } : {}),
        ...(p.manifest_path ? { manifestPath: p.manifest_path } : {}),
        targets: (p.targets ?? []).map((t) => ({ name: t.name, kind: [...t.kind] })),
      })),
  };
}

const runs = new WeakMap<object, Map<string, Promise<Answer<unknown>>>>();

/** The answers asked (or known) so far in the run of `deps`. */
function answersOf(deps: CargoDeps): Map<string, Promise<Answer<unknown>>> {
  let asked = runs.get(deps);
  if (!asked) runs.set(deps, (asked = new Map()));
  return asked;
}

/** Asks once per run and key; a failure is forgotten once it is known, so the next caller asks again. */
function ask<T>(deps: CargoDeps, key: string, question: () => Promise<Answer<T>>): Promise<Answer<T>> {
  const asked = answersOf(deps);
  const known = asked.get(key) as Promise<Answer<T>> | undefined;
  if (known) return known;
  const pending = question();
  asked.set(key, pending);
  const forget = (): void => {
    if (asked.get(key) === pending) asked.delete(key);
  };
  pending.then((a) => a.ok || forget(), forget);
  return pending;
}

/** Keeps an answer known without asking (remembered from an earlier run): the run's callers get it as if asked. */
function knowAnswer<T>(deps: CargoDeps, key: string, value: T): void {
  const asked = answersOf(deps);
  if (!asked.has(key)) asked.set(key, Promise.resolve({ ok: true, value }));
}

/** This run's `cargo metadata` answer for deps.cwd and `toolchain`, known without asking cargo. */
export function knownCargoMetadata(deps: CargoDeps, toolchain: string | undefined, value: CargoMetadata): void {
  knowAnswer(deps, `metadata|${deps.cwd}|${toolchain ?? ''}`, value);
}

/** This run's `rustc -vV` of `toolchain`, known without asking rustc. */
export function knownRustcVersion(deps: CargoDeps, toolchain: string | undefined, text: string): void {
  knowAnswer(deps, `rustc|${toolchain ?? ''}`, text);
}

function failure(program: string, res: ExecResult): string {
  if (res.spawnError) return `${program} could not be started: ${res.spawnError}`;
  if (res.killed) return `${program} was stopped (${res.killed})`;
  return `${program} exited with code ${res.code}`;
}

/** `cargo metadata --format-version 1 --no-deps` in deps.cwd with `toolchain`, once per run. */
export function cargoMetadata(
  deps: CargoDeps,
  toolchain?: string,
  opts: AskOptions = {},
): Promise<Answer<CargoMetadata>> {
  return ask(deps, `metadata|${deps.cwd}|${toolchain ?? ''}`, async () => {
    const c = metadataCommand();
    const res = await deps.exec('cargo', c.args, {
      cwd: deps.cwd,
      env: { ...deps.env, ...toolchainEnv(toolchain) },
      echo: opts.echo ?? 'none',
      keepBytes: WHOLE_OUTPUT_BYTES,
      ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
    });
    if (res.code !== 0) return { ok: false, res, why: failure('cargo metadata', res) };
    if (res.stdoutDropped)
      return { ok: false, res, why: `cargo metadata printed more than ${formatBytes(WHOLE_OUTPUT_BYTES)}` };
    try {
      return { ok: true, value: parseCargoMetadata(res.stdout) };
    } catch (e) {
      return { ok: false, res, why: `cargo metadata printed something else than metadata: ${(e as Error).message}` };
    }
  });
}

/** The full `rustc -vV` text of `toolchain`, once per run. */
export function rustcVersion(deps: CargoDeps, toolchain?: string, opts: AskOptions = {}): Promise<Answer<string>> {
  return ask(deps, `rustc|${toolchain ?? ''}`, async () => {
    const res = await deps.exec('rustc', ['-vV'], {
      cwd: deps.cwd,
      env: { ...deps.env, ...toolchainEnv(toolchain) },
      echo: opts.echo ?? 'none',
      ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
    });
    return res.code === 0 ? { ok: true, value: res.stdout } : { ok: false, res, why: failure('rustc -vV', res) };
  });
}

/** The workspace root of deps.cwd (from cargo metadata); deps.cwd itself when cargo cannot say. */
export async function workspaceRoot(deps: CargoDeps, toolchain?: string): Promise<string> {
  const meta = await cargoMetadata(deps, toolchain);
  return (meta.ok && meta.value.workspaceRoot) || deps.cwd;
}

/**
 * Whether the workspace has a Cargo.lock, i.e. whether cargo should run with --locked. Cargo uses
 * the workspace root's lockfile, also when the working directory is a member.
 */
export async function workspaceHasLockfile(deps: CargoDeps, toolchain?: string): Promise<boolean> {
  return existsSync(join(await workspaceRoot(deps, toolchain), 'Cargo.lock'));
}
