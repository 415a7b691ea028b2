// What was installed, recorded next to it, so a copy found later (restored from the shared
// cache, or in the runner's tool cache) is trusted by its hash and not by its `--version` alone.
//
// A downloaded tool is kept in the shared cache as its release archive: on restore the archive's
// sha256 must equal the published one (archives.generated.ts or the checksum file), which nobody who can
// only write the cache can forge. A tool built with cargo install has no published hash: its
// binary's sha256 is recorded at build time, which catches a corrupted or swapped binary, but not
// someone able to rewrite both the binary and its record (docs/coverage-audit.md).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256File } from './download.js';

export const RECORD_FILE = 'rust-pipeline-install.json';

export interface InstallRecord {
  tool: string;
  version: string;
  /** How it was made: from a verified release archive, or built from source. */
  from: 'download' | 'cargo-install';
  /** The executable's file name in the directory. */
  exe: string;
  /** sha256 of the executable. */
  sha256: string;
  /** The verified release archive (downloads only), kept beside the record in the shared cache. */
  archive?: { file: string; sha256: string };
}

export function writeRecord(dir: string, record: InstallRecord): void {
  writeFileSync(join(dir, RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`);
}

/** The record in dir; undefined when absent or unreadable (then nothing there is trusted). */
export function readRecord(dir: string): InstallRecord | undefined {
  try {
    const r = JSON.parse(readFileSync(join(dir, RECORD_FILE), 'utf8')) as Partial<InstallRecord>;
    if (
      typeof r.sha256 !== 'string' ||
      typeof r.exe !== 'string' ||
      (r.from !== 'download' && r.from !== 'cargo-install')
    )
      return undefined;
    return r as InstallRecord;
  } catch {
    return undefined;
  }
}

/** Why the executable in dir is not the recorded one; undefined when it is. */
export async function binaryMismatch(dir: string, record: InstallRecord): Promise<string | undefined> {
  let actual: string;
  try {
    actual = await sha256File(join(dir, record.exe));
  } catch (e) {
    return `${record.exe} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
  }
  return actual === record.sha256 ? undefined : `${record.exe} has sha256 ${actual}, recorded ${record.sha256}`;
}

/**
 * Why the archive kept in dir cannot be trusted: its recorded hash is not the published one, or
 * the file is not what was recorded. Undefined when it is the published archive.
 */
export async function archiveMismatch(
  dir: string,
  record: InstallRecord,
  published: string | undefined,
): Promise<string | undefined> {
  const a = record.archive;
  if (!a) return 'no archive is recorded';
  if (!published) return `no published sha256 is known for ${a.file}`;
  if (a.sha256 !== published) return `the recorded sha256 of ${a.file} (${a.sha256}) is not the published ${published}`;
  let actual: string;
  try {
    actual = await sha256File(join(dir, a.file));
  } catch (e) {
    return `${a.file} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
  }
  return actual === published ? undefined : `${a.file} has sha256 ${actual}, published ${published}`;
}
