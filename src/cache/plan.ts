// Works out, for one run, the cache key, the restore keys and the paths the entry carries.
// Shared by the action (service backend) and the CLI (local directory backend).
import { cargoHomeOf, isInside, targetDirOf } from '../paths.js';
import { existsSync, readFileSync } from 'node:fs';
import { arch, homedir, platform } from 'node:os';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import {
  cargoMetadata,
  knownCargoMetadata,
  knownRustcVersion,
  rustcVersion,
  type CargoMetadata,
} from '../cargo/metadata.js';
import { toolchainOnDisk } from '../cargo/rustup-home.js';
import type { StageContext } from '../context.js';
import { TOOL_NAMES } from '../tools/table.js';
import { cacheKeys, findKeyFiles, lockedPackages, readKeyFiles, relevantEnv } from './key.js';
import { KeyAnswers, metadataFingerprint, toolchainBinaryIdentity } from './key-answers.js';

export interface CachePlan {
  key: string;
  restoreKeys: string[];
  /** Every path of the entry, in a fixed order (the service scopes entries by this list). */
  paths: string[];
  cargoHome: string;
  targetDirs: string[];
  /** The workspace's own package names (their artifacts are pruned). */
  members: string[];
  /** Lockfiles found for the key (their packages decide which versions are stale). */
  lockfiles: string[];
  /** Relative paths of the files hashed into the key. */
  keyFiles: string[];
  /** Names (never values) of the environment variables hashed into the key. */
  envNames: string[];
  /** First line of `rustc -vV` per toolchain, e.g. "stable: rustc 1.95.0 (…)". */
  rustc: string[];
}

/** Runner OS as GitHub names it (RUNNER_OS), else from the platform. */
export function runnerOs(env: NodeJS.ProcessEnv): string {
  return (
    env.RUNNER_OS ??
    ({ linux: 'Linux', darwin: 'macOS', win32: 'Windows' } as Record<string, string>)[platform()] ??
    platform()
  );
}

/** Runner architecture as GitHub names it (RUNNER_ARCH), else from the platform. */
export function runnerArch(env: NodeJS.ProcessEnv): string {
  return (
    env.RUNNER_ARCH ??
    ({ x64: 'X64', arm64: 'ARM64', arm: 'ARM', ia32: 'X86' } as Record<string, string>)[arch()] ??
    arch()
  );
}

const slashed = (p: string): string => p.split(sep).join('/');

/**
 * The entry's paths as they are handed to the cache library, which scopes an entry by a hash of
 * this list: below the workspace relative to it (`target`), below the home directory from `~`
 * (`~/.cargo/registry/cache`), anything else absolute. Two checkouts at different places, with
 * CARGO_HOME at the same place relative to them, then name the same entry. The library's glob
 * allows no `..`, hence `~` rather than `../../.cargo`; the key's layout part (entryLayout)
 * keeps apart checkouts whose CARGO_HOME lies elsewhere relative to them.
 */
export function libraryPaths(paths: readonly string[], workspace: string, home: string): string[] {
  return paths.map((p) => {
    if (isInside(p, workspace)) return slashed(relative(workspace, p)) || '.';
    if (isAbsolute(home) && isInside(p, home) && relative(home, p) !== '') return `~/${slashed(relative(home, p))}`;
    return p;
  });
}

/**
 * Where the entry's paths outside the workspace lie relative to it (`../../.cargo/registry/cache`).
 * The library stores every file relative to the workspace and restores it there, so entries may
 * only be shared between checkouts where these agree: the key carries a hash of them. A path on
 * another drive (Windows) stays absolute.
 */
export function entryLayout(paths: readonly string[], workspace: string): string[] {
  return paths.filter((p) => !isInside(p, workspace)).map((p) => slashed(relative(workspace, p)));
}

function expandHome(p: string, env: NodeJS.ProcessEnv): string {
  return p === '~' || p.startsWith('~/') ? join(env.HOME ?? homedir(), p.slice(1)) : p;
}

// The key is worked out before the stages ensure their toolchains: each question has a time bound
// here, and an unanswered one is asked again by the stage that needs it (cargo/metadata keeps
// only answers).
const KEY_QUESTION_TIMEOUT_MS = 60_000;

/** What the key takes from `cargo metadata --no-deps` (reads the manifests only: no network, no resolution). */
interface Metadata {
  targetDirectory?: string;
  members: string[];
  /** The whole answer, when cargo gave one. */
  answer?: CargoMetadata;
}

function metadataOf(answer: CargoMetadata | undefined): Metadata {
  if (!answer) return { members: [] };
  return { targetDirectory: answer.targetDirectory, members: answer.packages.map((p) => p.name).sort(), answer };
}

async function workspaceMetadata(ctx: StageContext): Promise<Metadata> {
  const meta = await cargoMetadata(ctx, ctx.toolchain, { timeoutMs: KEY_QUESTION_TIMEOUT_MS });
  return metadataOf(meta.ok ? meta.value : undefined);
}

/** The toolchains whose `rustc -vV` goes into the key: the matrix's, and the main one (fmt, clippy, build) when the matrix is msrv only. */
function keyToolchains(ctx: StageContext): string[] {
  return [...new Set([...ctx.toolchains, ctx.toolchain])];
}

/** The remembered `rustc -vV` of `toolchain` while its rustc is unchanged (key-answers.ts), else the answer now. */
async function rustcAnswer(
  ctx: StageContext,
  answers: KeyAnswers,
  toolchain: string,
): Promise<{ toolchain: string; version: string }> {
  const identity = toolchainBinaryIdentity(ctx.env, toolchain, 'rustc');
  const remembered = answers.rustc(identity);
  if (remembered !== undefined) {
    knownRustcVersion(ctx, toolchain, remembered);
    return { toolchain, version: remembered.trim() };
  }
  // A toolchain that cannot answer is keyed by its name.
  const res = await rustcVersion(ctx, toolchain, { timeoutMs: KEY_QUESTION_TIMEOUT_MS });
  if (!res.ok) return { toolchain, version: `unresolved ${toolchain}` };
  answers.learnRustc(identity, res.value);
  return { toolchain, version: res.value.trim() };
}

/**
 * The metadata answer last given here, with the key files found for it, while its fingerprint
 * holds; the stages get it too (they ask the same question).
 */
function rememberedMetadata(
  ctx: StageContext,
  answers: KeyAnswers,
  cargoHome: string,
  keyEnv: Record<string, string>,
): { meta: Metadata; files: string[] } | undefined {
  const had = answers.metadataFor(ctx.cwd);
  if (!had) return undefined;
  const targetDir = targetDirOf(ctx.cwd, ctx.env, had.answer.targetDirectory);
  const files = findKeyFiles(ctx.cwd, ctx.repoRoot, cargoHome, [targetDir]);
  const fingerprint = metadataFingerprint({ env: ctx.env, toolchain: ctx.toolchain, cwd: ctx.cwd, keyEnv, files });
  if (fingerprint !== had.fingerprint) return undefined;
  knownCargoMetadata(ctx, ctx.toolchain, had.answer);
  return { meta: metadataOf(had.answer), files };
}

/** Whether an answer may be remembered: every member's manifest is among the fingerprinted files. */
function rememberable(meta: Metadata, files: readonly string[]): meta is Metadata & { answer: CargoMetadata } {
  const fingerprinted = new Set(files);
  return (
    meta.answer !== undefined && meta.answer.packages.every((p) => p.manifestPath && fingerprinted.has(p.manifestPath))
  );
}

/**
 * The key's questions to cargo and rustc, and the key files. Answers remembered from an earlier
 * run are used while what they were given for is unchanged (key-answers.ts). With every
 * toolchain installed the rest are asked side by side (each is mostly a rustup proxy starting);
 * when one is missing, asking could start rustup installing it, so then they are asked one after
 * another, as before.
 */
async function keyQuestions(
  ctx: StageContext,
  cargoHome: string,
  keyEnv: Record<string, string>,
): Promise<{ meta: Metadata; rustc: { toolchain: string; version: string }[]; files: string[] }> {
  const answers = new KeyAnswers(ctx.toolDir);
  const toolchains = keyToolchains(ctx);
  const remembered = rememberedMetadata(ctx, answers, cargoHome, keyEnv);
  const askMeta = (): Promise<Metadata> => (remembered ? Promise.resolve(remembered.meta) : workspaceMetadata(ctx));
  let meta: Metadata;
  let rustc: { toolchain: string; version: string }[];
  if (toolchains.every((t) => toolchainOnDisk(ctx.env, t))) {
    [meta, ...rustc] = await Promise.all([askMeta(), ...toolchains.map((t) => rustcAnswer(ctx, answers, t))]);
  } else {
    meta = await askMeta();
    rustc = [];
    for (const t of toolchains) rustc.push(await rustcAnswer(ctx, answers, t));
  }
  const files =
    remembered?.files ??
    findKeyFiles(ctx.cwd, ctx.repoRoot, cargoHome, [targetDirOf(ctx.cwd, ctx.env, meta.targetDirectory)]);
  if (!remembered && rememberable(meta, files)) {
    const fingerprint = metadataFingerprint({ env: ctx.env, toolchain: ctx.toolchain, cwd: ctx.cwd, keyEnv, files });
    answers.learnMetadata(ctx.cwd, fingerprint, meta.answer);
  }
  answers.save();
  return { meta, rustc, files };
}

export interface PlanOptions {
  /** `shared-key` or the job id. */
  scope: string;
  os: string;
  arch: string;
  /** Where tools are kept, when the entry carries them (the action); the advisory DB there is left out. */
  toolDir?: string;
  /** Whether the cargo home (registry, git) goes into the entry. */
  withCargoHome: boolean;
}

/** Every path of the entry, absolute, in a fixed order (the library scopes entries by this list). */
function entryPaths(ctx: StageContext, o: PlanOptions, cargoHome: string, targetDir: string): string[] {
  const extra = ctx.inputs.cache.directories.map((d) => {
    const p = expandHome(d, ctx.env);
    return isAbsolute(p) ? p : resolve(ctx.cwd, p);
  });
  const paths = [
    ...(o.withCargoHome
      ? [join(cargoHome, 'registry', 'index'), join(cargoHome, 'registry', 'cache'), join(cargoHome, 'git', 'db')]
      : []),
    targetDir,
    // The tools, one directory each; the advisory database beside them has a daily entry of its own.
    ...(o.toolDir ? TOOL_NAMES.map((t) => join(o.toolDir!, t)) : []),
    ...extra,
  ];
  return [...new Set(paths)];
}

export async function planCache(ctx: StageContext, o: PlanOptions): Promise<CachePlan> {
  const cargoHome = cargoHomeOf(ctx.env);
  const env = relevantEnv(ctx.env);
  const { meta, rustc, files } = await keyQuestions(ctx, cargoHome, env);
  const targetDir = targetDirOf(ctx.cwd, ctx.env, meta.targetDirectory);
  const keyFiles = readKeyFiles(files, ctx.repoRoot, cargoHome);
  const paths = entryPaths(ctx, o, cargoHome, targetDir);
  const keys = cacheKeys({
    scope: o.scope,
    suffix: ctx.inputs.cache.keySuffix,
    os: o.os,
    arch: o.arch,
    layout: entryLayout(paths, ctx.repoRoot),
    rustc,
    env,
    files: keyFiles,
  });
  return {
    key: keys.key,
    restoreKeys: keys.restoreKeys,
    paths,
    cargoHome,
    targetDirs: [targetDir],
    members: meta.members,
    lockfiles: files.filter((f) => basename(f) === 'Cargo.lock'),
    keyFiles: keyFiles.map((f) => f.path),
    envNames: Object.keys(env).sort(),
    rustc: rustc.map((r) => `${r.toolchain}: ${r.version.split('\n')[0]}`),
  };
}

/** Every registry/git package version the workspace's lockfiles pin. */
export function lockedSet(lockfiles: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const f of lockfiles) {
    if (!existsSync(f)) continue;
    for (const p of lockedPackages(readFileSync(f, 'utf8'))) out.add(p);
  }
  return out;
}
