// Reproducible release archives: the same files and the same commit give the same bytes. Entries
// are sorted, carry the commit's time, uid/gid 0 and fixed modes (0755 the binary, 0644 the rest);
// gzip carries no name and no time. tar through tar-stream and zlib, zip through fflate.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants as zlibConstants, createGzip } from 'node:zlib';
import { zipSync, type Zippable } from 'fflate';
import { pack } from 'tar-stream';
import { isWindowsTarget } from './build-plan.js';

export interface ArchiveEntry {
  /** The name inside the archive, below its top directory. */
  name: string;
  /** The file on disk. */
  path: string;
  /** 0o755 for the binary, 0o644 for the rest. */
  mode: number;
}

/** The earliest time a zip file can carry (MS-DOS dates start in 1980). */
export const ZIP_EPOCH = 315_532_800;

/** `<bin>-<version>-<target>.tar.gz`, or `.zip` for a Windows target. */
export function archiveName(bin: string, version: string, target: string): string {
  return `${archiveStem(bin, version, target)}${isWindowsTarget(target) ? '.zip' : '.tar.gz'}`;
}

export function archiveStem(bin: string, version: string, target: string): string {
  return `${bin}-${version}-${target}`;
}

/** The package's README*, LICENSE* (or LICENCE*) and CHANGELOG* files, sorted: what an archive ships by default. */
export function defaultArchiveFiles(packageDir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(packageDir);
  } catch {
    return [];
  }
  return names
    .filter((n) => /^(README|LICEN[CS]E|CHANGELOG)/i.test(n))
    .filter((n) => statSync(join(packageDir, n)).isFile())
    .sort();
}

/** The entries of an archive: the binary and the extra files, by name, sorted byte-wise. */
export function archiveEntries(binary: string, extra: readonly string[]): ArchiveEntry[] {
  const entries = [
    { name: basename(binary), path: binary, mode: 0o755 },
    ...extra.map((p) => ({ name: basename(p), path: p, mode: 0o644 })),
  ];
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * zlib writes the OS it was built for into the gzip header (3 on Unix, 10 on Windows): byte 9 is
 * set to 255 ("unknown") so the bytes do not depend on where the archive was made.
 */
function gzipOsUnknown(): Transform {
  let first = true;
  return new Transform({
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      if (first && chunk.length > 9) {
        first = false;
        chunk[9] = 0xff;
      }
      cb(null, chunk);
    },
  });
}

/** Writes `<dir>/<entry>` for each entry into a gzip-compressed tar file at `out`. */
export async function writeTarGz(
  out: string,
  dir: string,
  entries: readonly ArchiveEntry[],
  mtime: number,
): Promise<void> {
  const tar = pack();
  const when = new Date(mtime * 1000);
  const owner = { uid: 0, gid: 0, uname: '', gname: '', mtime: when };
  const feed = (async () => {
    tar.entry({ name: `${dir}/`, type: 'directory', mode: 0o755, ...owner });
    for (const e of entries) {
      const size = statSync(e.path).size;
      await new Promise<void>((resolve, reject) => {
        const sink = tar.entry({ name: `${dir}/${e.name}`, size, mode: e.mode, type: 'file', ...owner }, (err) =>
          err ? reject(err) : resolve(),
        );
        createReadStream(e.path).on('error', reject).pipe(sink);
      });
    }
    tar.finalize();
  })();
  // The gzip header's mtime stays 0 and it has no file name: zlib writes neither.
  const gzip = createGzip({ level: zlibConstants.Z_BEST_COMPRESSION });
  await Promise.all([feed, pipeline(tar, gzip, gzipOsUnknown(), createWriteStream(out))]);
}

/**
 * fflate writes a zip entry's time as MS-DOS local time: the date is shifted so that its local
 * fields are the UTC ones, the same whatever the time zone of the machine.
 */
export function dosTime(mtime: number): Date {
  const utc = new Date(Math.max(mtime, ZIP_EPOCH) * 1000);
  return new Date(utc.getTime() + utc.getTimezoneOffset() * 60_000);
}

/** Writes `<dir>/<entry>` for each entry into a zip file at `out` (Unix modes, deflated). */
export function writeZip(out: string, dir: string, entries: readonly ArchiveEntry[], mtime: number): void {
  const at = dosTime(mtime);
  const files: Zippable = {
    [`${dir}/`]: [new Uint8Array(0), { os: 3, attrs: (0o040755 << 16) >>> 0, mtime: at, level: 0 }],
  };
  for (const e of entries) {
    files[`${dir}/${e.name}`] = [
      readFileSync(e.path),
      { os: 3, attrs: ((0o100000 | e.mode) << 16) >>> 0, mtime: at, level: 9 },
    ];
  }
  writeFileSync(out, zipSync(files));
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

/** sha256sum's format: `<hex>  <name>` per line (two spaces: text mode), sorted by name. */
export function sha256sums(files: readonly { name: string; sha256: string }[]): string {
  return [...files]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((f) => `${f.sha256}  ${f.name}\n`)
    .join('');
}
