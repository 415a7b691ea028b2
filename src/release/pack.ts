// The release's archives: one per target in `<target dir>/rust-pipeline/dist/`, each with its
// `<archive>.sha256`, and one SHA256SUMS listing them all. The time stamped into them is the
// commit's (SOURCE_DATE_EPOCH when set), so the same commit packs into the same bytes.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { isInside, realPathOf } from '../paths.js';
import type { Exec } from '../exec.js';
import {
  archiveEntries,
  archiveName,
  archiveStem,
  defaultArchiveFiles,
  sha256File,
  sha256sums,
  writeTarGz,
  writeZip,
  ZIP_EPOCH,
} from './archive.js';
import { isWindowsTarget, type BuiltBinary, type ReleaseArchive } from './build-plan.js';
import { inputRef } from '../inputs/errors.js';

export const CHECKSUMS = 'SHA256SUMS';

/** `<target dir>/rust-pipeline/dist`: the one place the release's files are written. */
export function distDir(targetDirectory: string): string {
  return join(targetDirectory, 'rust-pipeline', 'dist');
}

/**
 * The time the archives carry: SOURCE_DATE_EPOCH, else the commit's time (git log -1 --format=%ct),
 * else 1980-01-01 (the earliest a zip can hold) — never the time of the build.
 */
export async function sourceDateEpoch(
  env: NodeJS.ProcessEnv,
  exec: Exec,
  repoRoot: string,
): Promise<{ epoch: number; from: string }> {
  const given = env.SOURCE_DATE_EPOCH?.trim();
  if (given && /^\d+$/.test(given)) return { epoch: Number(given), from: 'SOURCE_DATE_EPOCH' };
  const git = await exec('git', ['log', '-1', '--format=%ct'], { cwd: repoRoot, env, echo: 'none', timeoutMs: 30_000 });
  const ct = git.stdout.trim();
  if (git.code === 0 && /^\d+$/.test(ct)) return { epoch: Number(ct), from: 'the commit' };
  return { epoch: ZIP_EPOCH, from: 'no commit found: 1980-01-01' };
}

/**
 * The extra files of every archive, as absolute paths: `archive-files` (relative to the package's
 * directory) or the package's README*, LICENSE* and CHANGELOG*. Each must be a file inside the
 * repository (a link leading out of it is refused: its target would be published), and names must
 * differ (archives hold them side by side). Throws a message naming the input.
 */
export function extraFiles(packageDir: string, given: readonly string[] | undefined, repoRoot: string): string[] {
  const paths = given
    ? given.map((f) => ({ f, path: isAbsolute(f) ? f : resolve(packageDir, f) }))
    : defaultArchiveFiles(packageDir).map((f) => ({ f, path: join(packageDir, f) }));
  const root = realPathOf(repoRoot);
  const seen = new Map<string, string>();
  for (const { f, path } of paths) {
    if (!existsSync(path) || !statSync(path).isFile())
      throw new Error(`${inputRef('archive-files')} names ${JSON.stringify(f)}, which is not a file in ${packageDir}.`);
    if (!isInside(realPathOf(path), root))
      throw new Error(
        `${given ? `${inputRef('archive-files')} names` : 'The archive file'} ${JSON.stringify(f)}, which leads outside the repository (to ${realPathOf(path)}): it is not packed.`,
      );
    const name = basename(path);
    const twin = seen.get(name);
    if (twin !== undefined)
      throw new Error(
        `${inputRef('archive-files')} names ${JSON.stringify(twin)} and ${JSON.stringify(f)}: both would be ${name} in the archive.`,
      );
    seen.set(name, f);
  }
  return paths.map((p) => p.path);
}

export interface PackOptions {
  binaries: readonly BuiltBinary[];
  /** The binary's name without .exe (archives are named after it). */
  bin: string;
  version: string;
  dir: string;
  files: readonly string[];
  mtime: number;
}

async function packOne(o: PackOptions, b: BuiltBinary): Promise<ReleaseArchive> {
  const name = archiveName(o.bin, o.version, b.target);
  const path = join(o.dir, name);
  const entries = archiveEntries(b.path, o.files);
  const top = archiveStem(o.bin, o.version, b.target);
  if (isWindowsTarget(b.target)) writeZip(path, top, entries, o.mtime);
  else await writeTarGz(path, top, entries, o.mtime);
  const sha256 = await sha256File(path);
  writeFileSync(`${path}.sha256`, sha256sums([{ name, sha256 }]));
  return { target: b.target, path, name, sha256, size: statSync(path).size, assets: [`${path}.sha256`] };
}

/**
 * Packs every binary into `dir` (emptied of earlier archives first, so SHA256SUMS and the
 * directory agree) and writes SHA256SUMS.
 */
export async function packRelease(o: PackOptions): Promise<{ archives: ReleaseArchive[]; checksums: string }> {
  mkdirSync(o.dir, { recursive: true });
  for (const f of readdirSync(o.dir)) rmSync(join(o.dir, f), { recursive: true, force: true });
  const archives: ReleaseArchive[] = [];
  for (const b of o.binaries) archives.push(await packOne(o, b));
  const checksums = join(o.dir, CHECKSUMS);
  writeFileSync(checksums, sha256sums(archives));
  return { archives, checksums };
}
