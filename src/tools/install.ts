// Installs a cargo tool at a pinned version, cheapest source first:
//   1. PATH, when it holds a suitable version (same major.minor line, at least the pinned one);
//   2. the runner's tool cache (@actions/tool-cache), when its install record matches;
//   3. the shared cache (ctx.toolDir, restored with the cargo registry and target/), trusted by
//      hash: a downloaded tool's archive must be the published one (record.ts);
//   4. the prebuilt release archive, only when its sha256 is known, verified before extraction,
//      and used only when it starts here (a missing library or wrong libc falls through to 5);
//   5. `cargo install --locked --version X`.
// Whatever was downloaded or built goes into the tool cache and the shared cache, with its record.
import { logCommand, ok, stop, type Outcome } from '../context.js';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findOnPath } from '../paths.js';
import semver from 'semver';
import { type Exec } from '../exec.js';
import { lastLines } from '../text.js';
import { ChecksumError, DownloadError, extractArchive, fetchVerified, sha256File, type ToolCache } from './download.js';
import { archiveMismatch, binaryMismatch, readRecord, RECORD_FILE, writeRecord, type InstallRecord } from './record.js';
import { assetFor, TOOL_TABLE, type Asset, type ToolName, type ToolSpec } from './table.js';

export type { ToolCache } from './download.js';
export type ToolSource = 'path' | 'tool-cache' | 'shared-cache' | 'download' | 'cargo-install';

export const SOURCE_LABEL: Record<ToolSource, string> = {
  path: 'PATH',
  'tool-cache': 'runner tool cache',
  'shared-cache': 'shared cache (sha256 checked)',
  download: 'download (sha256 verified)',
  'cargo-install': 'cargo install',
};

export interface InstalledTool {
  tool: ToolName;
  /** The version the executable reports. */
  version: string;
  /** Absolute path of the executable. */
  path: string;
  /** First argument when running the executable directly, e.g. "audit" for cargo-audit. */
  subcommand: string;
  source: ToolSource;
  /** Human details: the path, URL or reason, for the summary. */
  detail: string;
  ms: number;
}

export interface InstallOptions {
  exec: Exec;
  /** Environment of child processes; PATH is searched in it. */
  env: NodeJS.ProcessEnv;
  /** Shared-cache directory for tools (ctx.toolDir). */
  toolDir: string;
  /** Scratch space for downloads and builds. */
  tempDir: string;
  log: { info(message: string): void; warning(message: string): void };
  /** `tool-mirror` input: base URL replacing the GitHub release downloads. */
  mirror?: string;
  /** e.g. linux-x64 (see table.ts). */
  platform: string;
  /** Architecture name for the tool cache, e.g. x64. */
  arch: string;
  toolCache: ToolCache;
  /** Extra trusted checksums (mirror path → sha256), e.g. from RUST_PIPELINE_TOOL_CHECKSUMS. */
  checksums: ReadonlyMap<string, string>;
}

/** Failure to install a tool: says what was tried. */
export class ToolInstallError extends Error {
  constructor(
    tool: string,
    version: string,
    reason: string,
    readonly tried: readonly string[] = [],
  ) {
    super(`Could not install ${tool} ${version}: ${reason}${tried.length ? `\nTried: ${tried.join('; ')}.` : ''}`);
    this.name = 'ToolInstallError';
  }
}

export function exeName(bin: string, platform: string): string {
  return platform.startsWith('win32') ? `${bin}.exe` : bin;
}

/** `cargo install` argv for a pinned version into a private root. */
export function cargoInstallArgs(crate: string, version: string, root: string): string[] {
  return ['install', '--locked', '--version', version, '--root', root, crate];
}

/** The first x.y.z version in a `--version` output. */
export function parseVersion(output: string): string | undefined {
  return /\b(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\b/.exec(output)?.[1];
}

/** Whether a found version may stand in for the pinned one: same compatible line, not older. */
export function isSuitable(found: string, pinned: string): boolean {
  return semver.valid(found) !== null && semver.satisfies(found, `^${pinned}`);
}

/** The file called `name` in dir or up to `depth` levels below it, the shallowest first. */
function findFile(dir: string, name: string, depth = 3): string | undefined {
  const entries = readdirSync(dir, { withFileTypes: true });
  if (entries.some((e) => e.isFile() && e.name === name)) return join(dir, name);
  if (depth === 0) return undefined;
  for (const entry of entries) {
    if (entry.isDirectory()) {
      const hit = findFile(join(dir, entry.name), name, depth - 1);
      if (hit) return hit;
    }
  }
  return undefined;
}

/** One install in progress: what every step reads, and what the earlier steps tried. */
interface Job {
  tool: ToolName;
  version: string;
  spec: ToolSpec;
  exe: string;
  o: InstallOptions;
  started: number;
  tried: string[];
  /** Scratch directory of this install, removed at the end. */
  staging: string;
  /** toolDir/<tool>/<version>: the shared-cache copy. */
  sharedDir: string;
  asset: Asset | undefined;
  /** The trusted sha256 of the archive: the checksum file first (a mirror's own builds), then archives.generated.ts. */
  published: string | undefined;
}

/** What running `<exe> <subcommand> --version` told: the version, or why it would not run. */
type Probe = Outcome<string, string>;

async function probe(job: Job, path: string): Promise<Probe> {
  const res = await job.o.exec(path, [job.spec.subcommand, '--version'], {
    env: job.o.env,
    echo: 'none',
    timeoutMs: 30_000,
  });
  if (res.spawnError) return stop(`it could not be started: ${res.spawnError}`);
  if (res.killed) return stop(`\`--version\` was stopped (${res.killed})`);
  const version = res.code === 0 ? parseVersion(res.stdout + res.stderr) : undefined;
  if (version) return ok(version);
  const said = lastLines(`${res.stderr}\n${res.stdout}`.trim(), 3);
  return stop(`\`--version\` exited with code ${res.code}${said ? `: ${said}` : ' and printed nothing'}`);
}

function done(job: Job, source: ToolSource, path: string, version: string, detail: string): InstalledTool {
  const { tool, spec } = job;
  return { tool, version, path, subcommand: spec.subcommand, source, detail, ms: performance.now() - job.started };
}

async function fromPath(job: Job): Promise<InstalledTool | undefined> {
  const onPath = findOnPath(job.exe, job.o.env.PATH ?? job.o.env.Path);
  if (!onPath) return undefined;
  const p = await probe(job, onPath);
  if (p.ok && isSuitable(p.value, job.version)) return done(job, 'path', onPath, p.value, onPath);
  job.tried.push(`PATH has ${onPath} at ${p.ok ? p.value : 'an unknown version'}, not ^${job.version}`);
  return undefined;
}

/** A directory holding the recorded executable at the pinned version; else why not. */
async function checkInstallDir(job: Job, dir: string, record: InstallRecord | undefined): Promise<string | undefined> {
  if (!record) return `no ${RECORD_FILE}`;
  const bad = await binaryMismatch(dir, record);
  if (bad) return bad;
  const p = await probe(job, join(dir, record.exe));
  if (!p.ok) return p.result;
  return p.value === job.version ? undefined : `it reports version ${p.value}`;
}

async function fromToolCache(job: Job): Promise<InstalledTool | undefined> {
  const { o, tool, version } = job;
  const dir = await o.toolCache.find(tool, version, o.arch);
  if (!dir) {
    job.tried.push('not in the runner tool cache');
    return undefined;
  }
  const record = readRecord(dir);
  const bad = await checkInstallDir(job, dir, record);
  if (bad) {
    o.log.warning(`Ignoring ${tool} ${version} in the runner tool cache (${dir}): ${bad}.`);
    job.tried.push(`runner tool cache rejected (${bad})`);
    return undefined;
  }
  if (!readRecord(job.sharedDir)) keepShared(job, dir, record!);
  return done(job, 'tool-cache', join(dir, record!.exe), version, dir);
}

/** A tool from the shared cache, checked by hash; a copy that fails the check is deleted. */
async function fromSharedCache(job: Job): Promise<InstalledTool | undefined> {
  const { o, tool, version, sharedDir } = job;
  const record = readRecord(sharedDir);
  if (!existsSync(sharedDir) || !record) {
    if (existsSync(sharedDir)) rmSync(sharedDir, { recursive: true, force: true });
    job.tried.push('not in the shared cache');
    return undefined;
  }
  let bad: string | undefined;
  let dir = sharedDir;
  if (record.from === 'download') {
    bad = await archiveMismatch(sharedDir, record, job.published);
    if (!bad) dir = await unpack(job, join(sharedDir, record.archive!.file), record.archive!.file);
  }
  bad ??= await checkInstallDir(job, dir, record);
  if (bad) {
    o.log.warning(
      `The shared cache's ${tool} ${version} does not match what was recorded when it was installed (${bad}); it is removed and installed again.`,
    );
    rmSync(sharedDir, { recursive: true, force: true });
    job.tried.push(`shared cache rejected (${bad})`);
    return undefined;
  }
  const path = await addToToolCache(job, dir, record);
  return done(
    job,
    'shared-cache',
    path,
    version,
    `${sharedDir} (${record.from}, sha256 ${record.sha256.slice(0, 12)}…)`,
  );
}

/**
 * Extracts an archive into a fresh install directory under staging: the executable, the archive
 * and (written by the caller) the record. Throws ToolInstallError when the archive is unusable.
 */
async function unpack(job: Job, archive: string, file: string): Promise<string> {
  const unpacked = mkdtempSync(join(job.staging, 'unpacked-'));
  try {
    await extractArchive(job.o.toolCache, archive, unpacked);
  } catch (e) {
    throw new ToolInstallError(
      job.tool,
      job.version,
      `the archive ${file} could not be extracted: ${(e as Error).message}`,
    );
  }
  const bin = findFile(unpacked, job.exe);
  if (!bin) throw new ToolInstallError(job.tool, job.version, `the archive ${file} holds no ${job.exe}`);
  const dir = mkdtempSync(join(job.staging, 'install-'));
  copyFileSync(bin, join(dir, job.exe));
  chmodSync(join(dir, job.exe), 0o755);
  if (archive !== join(dir, file)) copyFileSync(archive, join(dir, file));
  return dir;
}

async function fromDownload(job: Job): Promise<InstalledTool | undefined> {
  const { o, asset, published } = job;
  if (!asset) return void job.tried.push(`no prebuilt archive for ${o.platform}`);
  if (!published) return void job.tried.push(`no verified sha256 for ${asset.mirrorPath}, so it is not downloaded`);
  const archive = join(job.staging, asset.file);
  let bytes: number;
  try {
    o.log.info(`Downloading ${asset.url}`);
    bytes = await fetchVerified(o.toolCache, asset.url, archive, published);
  } catch (e) {
    if (e instanceof ChecksumError) throw new ToolInstallError(job.tool, job.version, e.message);
    if (!(e instanceof DownloadError)) throw e;
    job.tried.push(e.message);
    o.log.info(`${e.message}; building it with cargo install instead.`);
    return undefined;
  }
  const dir = await unpack(job, archive, asset.file);
  const p = await probe(job, join(dir, job.exe));
  if (!p.ok) {
    o.log.warning(
      `The prebuilt ${job.tool} ${job.version} (${asset.file}) does not run on this machine: ${p.result}. Building it with cargo install instead.`,
    );
    job.tried.push(`the prebuilt archive does not run here (${p.result})`);
    return undefined;
  }
  if (p.value !== job.version)
    throw new ToolInstallError(
      job.tool,
      job.version,
      `the archive ${asset.file} holds ${job.exe} ${p.value}, not ${job.version}`,
    );
  const record: InstallRecord = {
    ...recordBase(job, 'download'),
    sha256: await sha256File(join(dir, job.exe)),
    archive: { file: asset.file, sha256: published },
  };
  const path = await commit(job, dir, record);
  const size = `${(bytes / 1048576).toFixed(1)} MB`;
  return done(job, 'download', path, job.version, `${asset.url} (${size}, sha256 ${published.slice(0, 12)}…)`);
}

async function fromBuild(job: Job): Promise<InstalledTool> {
  const { o, tool, version, spec } = job;
  const root = join(job.staging, 'root');
  const args = cargoInstallArgs(spec.crate, version, root);
  logCommand(o.log, 'cargo', args);
  // Run away from the project so that its rust-toolchain file does not pick the compiler.
  const res = await o.exec('cargo', args, { cwd: job.staging, env: o.env, echo: 'stderr' });
  if (res.killed) throw new ToolInstallError(tool, version, 'cargo install was cancelled', job.tried);
  const built = join(root, 'bin', job.exe);
  if (res.code !== 0 || !existsSync(built)) {
    const why = `cargo install failed (exit ${res.code}):\n${lastLines(res.stderr, 15)}`;
    throw new ToolInstallError(tool, version, why, job.tried);
  }
  const dir = mkdtempSync(join(job.staging, 'install-'));
  copyFileSync(built, join(dir, job.exe));
  chmodSync(join(dir, job.exe), 0o755);
  const path = await commit(job, dir, { ...recordBase(job, 'cargo-install'), sha256: await sha256File(built) });
  const p = await probe(job, path);
  const why = job.tried[job.tried.length - 1];
  return done(
    job,
    'cargo-install',
    path,
    p.ok ? p.value : version,
    `cargo ${args.slice(0, 4).join(' ')} ${spec.crate} (${why})`,
  );
}

function recordBase(job: Job, from: InstallRecord['from']): Omit<InstallRecord, 'sha256'> {
  return { tool: job.tool, version: job.version, from, exe: job.exe };
}

/** Records dir's content, then keeps it in both caches. Returns the executable's path in the tool cache. */
async function commit(job: Job, dir: string, record: InstallRecord): Promise<string> {
  writeRecord(dir, record);
  keepShared(job, dir, record);
  return addToToolCache(job, dir, record);
}

/**
 * Copies an install into the shared cache: a download as its archive (checked against the
 * published sha256 on restore, and smaller), a build as its executable; with the record, last, so
 * that an interrupted copy leaves no record and is not trusted.
 */
function keepShared(job: Job, dir: string, record: InstallRecord): void {
  rmSync(job.sharedDir, { recursive: true, force: true });
  mkdirSync(job.sharedDir, { recursive: true });
  const file = record.archive?.file ?? record.exe;
  copyFileSync(join(dir, file), join(job.sharedDir, file));
  writeRecord(job.sharedDir, record);
}

async function addToToolCache(job: Job, dir: string, record: InstallRecord): Promise<string> {
  const { o, tool, version } = job;
  writeRecord(dir, record);
  const cached = await o.toolCache.cacheDir(dir, tool, version, o.arch);
  return join(cached, record.exe);
}

export async function installTool(tool: ToolName, version: string, o: InstallOptions): Promise<InstalledTool> {
  mkdirSync(o.tempDir, { recursive: true });
  const spec = TOOL_TABLE[tool];
  const asset = assetFor(tool, version, o.platform, o.mirror);
  const job: Job = {
    tool,
    version,
    spec,
    exe: exeName(spec.bin, o.platform),
    o,
    started: performance.now(),
    tried: [],
    staging: mkdtempSync(join(o.tempDir, `${tool}-${version}-`)),
    sharedDir: join(o.toolDir, tool, version),
    asset,
    published: asset ? (o.checksums.get(asset.mirrorPath) ?? asset.sha256) : undefined,
  };
  try {
    for (const step of [fromPath, fromToolCache, fromSharedCache, fromDownload]) {
      const hit = await step(job);
      if (hit) return hit;
    }
    return await fromBuild(job);
  } finally {
    rmSync(job.staging, { recursive: true, force: true });
  }
}
