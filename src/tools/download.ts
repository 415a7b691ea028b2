// A release archive on its way in: fetched with @actions/tool-cache, its sha256 checked before
// anything reads it, then unpacked (zip on Windows releases, tar.gz elsewhere).
import { createHash } from 'node:crypto';
import { copyFile, rm, stat } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The parts of @actions/tool-cache the installer uses (injected, so tests can count calls). */
export interface ToolCache {
  /** The cached tool's directory, or '' when the tool cache has none (sync in tests, async when loaded lazily). */
  find(tool: string, version: string, arch: string): string | Promise<string>;
  cacheDir(sourceDir: string, tool: string, version: string, arch: string): Promise<string>;
  downloadTool(url: string, dest: string): Promise<string>;
  extractTar(file: string, dest: string): Promise<string>;
  extractZip(file: string, dest: string): Promise<string>;
}

/** The archive could not be fetched (server down, refused, HTTP error): the caller may fall back. */
export class DownloadError extends Error {
  constructor(
    readonly url: string,
    reason: string,
  ) {
    super(`could not download ${url}: ${reason}`);
    this.name = 'DownloadError';
  }
}

/** The archive arrived but is not the one expected: never fall back silently. */
export class ChecksumError extends Error {
  constructor(
    readonly url: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(
      `sha256 mismatch for ${url}: expected ${expected}, got ${actual}. The archive was deleted and nothing was installed.`,
    );
    this.name = 'ChecksumError';
  }
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Why a download failed, in a user's words: the HTTP status or the socket error code. */
export function describeDownloadError(e: unknown): string {
  const err = e as Error & { httpStatusCode?: number; code?: string; errors?: { code?: string }[] };
  if (err.httpStatusCode) return `HTTP ${err.httpStatusCode}`;
  const code = err.code ?? err.errors?.find((x) => x.code)?.code;
  return code ? `${code}${err.message && !err.message.includes(code) ? ` (${err.message})` : ''}` : err.message;
}

/**
 * Fetches `url` into `dest` (a file: URL is copied: a mirror on a mounted disk) and checks its
 * sha256. On a mismatch `dest` is removed and ChecksumError thrown. Returns the size in bytes.
 */
export async function fetchVerified(tc: ToolCache, url: string, dest: string, sha256: string): Promise<number> {
  try {
    if (url.startsWith('file:')) await copyFile(fileURLToPath(url), dest);
    else await tc.downloadTool(url, dest);
  } catch (e) {
    await rm(dest, { force: true });
    throw new DownloadError(url, describeDownloadError(e));
  }
  const actual = await sha256File(dest);
  if (actual !== sha256.toLowerCase()) {
    await rm(dest, { force: true });
    throw new ChecksumError(url, sha256.toLowerCase(), actual);
  }
  return (await stat(dest)).size;
}

/** Unpacks a release archive: .zip (the Windows releases) or .tar.gz/.tgz. */
export async function extractArchive(tc: ToolCache, file: string, dest: string): Promise<string> {
  if (/\.zip$/i.test(file)) return tc.extractZip(file, dest);
  if (/\.(tgz|tar\.gz)$/i.test(file)) return tc.extractTar(file, dest);
  throw new Error(`unknown archive type: ${file} (expected .zip, .tar.gz or .tgz)`);
}
