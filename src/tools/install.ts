// Installs a cargo tool at a pinned version, cheapest source first:
//   1. PATH, when it holds a suitable version (same major.minor line, at least the pinned one);
//   2. the runner's tool cache (@actions/tool-cache, RUNNER_TOOL_CACHE);
//   3. the shared cache (ctx.toolDir, restored with the cargo registry and target/);
//   4. the prebuilt release archive, only when its sha256 is known, verified before use;
//   5. `cargo install --locked --version X` as the last resort.
// Whatever was downloaded or built is copied into the shared cache and the tool cache so the
// next run finds it at step 2 or 3.
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { delimiter, join } from 'node:path';
import semver from 'semver';
import { formatCommand, type Exec } from '../exec.js';
import { lastLines } from '../text.js';
import { ChecksumError, DownloadError, downloadVerified } from './download.js';
import { assetFor, TOOL_TABLE, type ToolName } from './table.js';

export type ToolSource = 'path' | 'tool-cache' | 'shared-cache' | 'download' | 'cargo-install';

export const SOURCE_LABEL: Record<ToolSource, string> = {
  path: 'PATH',
  'tool-cache': 'runner tool cache',
  'shared-cache': 'shared cache',
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

/** The subset of @actions/tool-cache the installer uses (absent outside a runner). */
export interface ToolCache {
  find(tool: string, version: string, arch: string): string;
  cacheDir(sourceDir: string, tool: string, version: string, arch: string): Promise<string>;
}

export interface InstallOptions {
  exec: Exec;
  /** Environment of child processes; PATH is searched in it. */
  env: NodeJS.ProcessEnv;
  /** Shared-cache directory for tools (ctx.toolDir). */
  toolDir: string;
  /** Scratch space for downloads and builds. */
  tempDir: string;
  log: { info(message: string): void };
  /** `tool-mirror` input: base URL replacing the GitHub release downloads. */
  mirror?: string;
  /** e.g. linux-x64 (see table.ts). */
  platform: string;
  /** Architecture name for the tool cache, e.g. x64. */
  arch: string;
  toolCache?: ToolCache;
  /** Extra trusted checksums (mirror path → sha256), e.g. from RUST_PIPELINE_TOOL_CHECKSUMS. */
  checksums: ReadonlyMap<string, string>;
  download?: typeof downloadVerified;
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

/** tar argv extracting an archive into a directory (bsdtar on Windows also reads .zip). */
export function extractArgs(archive: string, dest: string): string[] {
  return /\.(tgz|tar\.gz)$/.test(archive) ? ['-xzf', archive, '-C', dest] : ['-xf', archive, '-C', dest];
}

/** The first x.y.z version in a `--version` output. */
export function parseVersion(output: string): string | undefined {
  return /\b(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\b/.exec(output)?.[1];
}

/** Whether a found version may stand in for the pinned one: same compatible line, not older. */
export function isSuitable(found: string, pinned: string): boolean {
  return semver.valid(found) !== null && semver.satisfies(found, `^${pinned}`);
}

export function findOnPath(exe: string, pathVar: string | undefined): string | undefined {
  for (const dir of (pathVar ?? '').split(delimiter)) {
    if (!dir) continue;
    const p = join(dir, exe);
    try {
      if (statSync(p).isFile()) return p;
    } catch {
      /* not here */
    }
  }
  return undefined;
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

export async function installTool(tool: ToolName, version: string, o: InstallOptions): Promise<InstalledTool> {
  const started = performance.now();
  const spec = TOOL_TABLE[tool];
  const exe = exeName(spec.bin, o.platform);
  const tried: string[] = [];
  const done = (source: ToolSource, path: string, found: string, detail: string): InstalledTool => ({
    tool,
    version: found,
    path,
    subcommand: spec.subcommand,
    source,
    detail,
    ms: performance.now() - started,
  });

  const versionOf = async (path: string): Promise<string | undefined> => {
    const res = await o.exec(path, [spec.subcommand, '--version'], { env: o.env, echo: 'none', timeoutMs: 30_000 });
    return res.code === 0 ? parseVersion(res.stdout + res.stderr) : undefined;
  };

  // 1. PATH
  const onPath = findOnPath(exe, o.env.PATH ?? o.env.Path);
  if (onPath) {
    const found = await versionOf(onPath);
    if (found && isSuitable(found, version)) return done('path', onPath, found, onPath);
    tried.push(`PATH has ${onPath} at ${found ?? 'an unknown version'}, not ^${version}`);
  }

  const sharedDir = join(o.toolDir, tool, version);
  const sharedExe = join(sharedDir, exe);

  // 2. runner tool cache
  if (o.toolCache) {
    const dir = o.toolCache.find(tool, version, o.arch);
    const cached = dir ? join(dir, exe) : '';
    if (cached && existsSync(cached) && (await versionOf(cached)) === version) {
      if (!existsSync(sharedExe)) placeFile(cached, sharedDir, exe);
      return done('tool-cache', cached, version, dir);
    }
    tried.push('not in the runner tool cache');
  }

  // 3. shared cache
  if (existsSync(sharedExe) && (await versionOf(sharedExe)) === version) {
    await addToToolCache(o, sharedDir, tool, version);
    return done('shared-cache', sharedExe, version, sharedDir);
  }
  tried.push('not in the shared cache');

  mkdirSync(o.tempDir, { recursive: true });
  const staging = mkdtempSync(join(o.tempDir, `${tool}-${version}-`));
  try {
    // 4. verified download
    const asset = assetFor(tool, version, o.platform, o.mirror);
    const sha256 = asset?.sha256 ?? (asset ? o.checksums.get(asset.mirrorPath) : undefined);
    if (!asset) {
      tried.push(`no prebuilt archive for ${o.platform}`);
    } else if (!sha256) {
      tried.push(`no verified sha256 for ${asset.mirrorPath}, so it is not downloaded`);
    } else {
      const archive = join(staging, asset.file);
      try {
        o.log.info(`Downloading ${asset.url}`);
        const bytes = await (o.download ?? downloadVerified)(asset.url, archive, sha256);
        const unpacked = join(staging, 'unpacked');
        mkdirSync(unpacked);
        const tar = await o.exec('tar', extractArgs(archive, unpacked), { echo: 'none', env: o.env });
        if (tar.code !== 0)
          throw new ToolInstallError(
            tool,
            version,
            `the archive ${asset.file} could not be extracted: ${tar.spawnError ?? lastLines(tar.stderr, 15)}`,
          );
        const bin = findFile(unpacked, exe);
        if (!bin) throw new ToolInstallError(tool, version, `the archive ${asset.file} holds no ${exe}`);
        chmodSync(bin, 0o755);
        const found = await versionOf(bin);
        if (found !== version)
          throw new ToolInstallError(
            tool,
            version,
            `the archive ${asset.file} holds ${exe} ${found ?? '(does not run)'}, not ${version}`,
          );
        const path = await install(o, bin, sharedDir, exe, tool, version);
        return done(
          'download',
          path,
          version,
          `${asset.url} (${(bytes / 1048576).toFixed(1)} MB, sha256 ${sha256.slice(0, 12)}…)`,
        );
      } catch (e) {
        if (e instanceof ChecksumError) throw new ToolInstallError(tool, version, e.message);
        if (!(e instanceof DownloadError)) throw e;
        tried.push(e.message);
        o.log.info(`${e.message}; building it with cargo install instead.`);
      }
    }

    // 5. cargo install
    const root = join(staging, 'root');
    const args = cargoInstallArgs(spec.crate, version, root);
    o.log.info(`[command]${formatCommand('cargo', args)}`);
    // Run away from the project so that its rust-toolchain file does not pick the compiler.
    const res = await o.exec('cargo', args, { cwd: staging, env: o.env, echo: 'stderr' });
    if (res.killed) throw new ToolInstallError(tool, version, 'cargo install was cancelled', tried);
    const built = join(root, 'bin', exe);
    if (res.code !== 0 || !existsSync(built)) {
      throw new ToolInstallError(
        tool,
        version,
        `cargo install failed (exit ${res.code}):\n${lastLines(res.stderr, 15)}`,
        tried,
      );
    }
    const path = await install(o, built, sharedDir, exe, tool, version);
    return done(
      'cargo-install',
      path,
      (await versionOf(path)) ?? version,
      `cargo ${args.slice(0, 4).join(' ')} ${spec.crate} (${tried[tried.length - 1]})`,
    );
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Copies an executable into dir (atomically, through a temporary name). */
function placeFile(src: string, dir: string, exe: string): string {
  mkdirSync(dir, { recursive: true });
  const dest = join(dir, exe);
  const partial = `${dest}.partial`;
  copyFileSync(src, partial);
  chmodSync(partial, 0o755);
  renameSync(partial, dest);
  return dest;
}

async function addToToolCache(o: InstallOptions, dir: string, tool: string, version: string): Promise<void> {
  if (!o.toolCache || o.toolCache.find(tool, version, o.arch)) return;
  await o.toolCache.cacheDir(dir, tool, version, o.arch);
}

async function install(
  o: InstallOptions,
  src: string,
  sharedDir: string,
  exe: string,
  tool: string,
  version: string,
): Promise<string> {
  const path = placeFile(src, sharedDir, exe);
  await addToToolCache(o, sharedDir, tool, version);
  return path;
}
