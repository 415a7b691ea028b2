// Downloads a file while hashing it, and refuses it unless its sha256 matches.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, rmSync } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { fileURLToPath } from 'node:url';

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

function describeFetchError(e: unknown): string {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError') return 'timed out';
  const cause = err.cause;
  if (cause?.code) return `${cause.code}${cause.message ? ` (${cause.message})` : ''}`;
  return cause?.message ? `${err.message}: ${cause.message}` : err.message;
}

/**
 * Fetches `url` (http, https or file) into `dest`, hashing on the way, and checks the digest.
 * On any failure `dest` is removed. Returns the number of bytes written.
 */
export async function downloadVerified(
  url: string,
  dest: string,
  sha256: string,
  timeoutMs = 120_000,
): Promise<number> {
  let source: Readable;
  if (url.startsWith('file://')) {
    source = createReadStream(fileURLToPath(url));
  } else {
    let res: Response;
    try {
      res = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
    } catch (e) {
      throw new DownloadError(url, describeFetchError(e));
    }
    if (!res.ok || !res.body) throw new DownloadError(url, `HTTP ${res.status} ${res.statusText}`.trim());
    source = Readable.fromWeb(res.body as WebReadableStream);
  }
  const hash = createHash('sha256');
  let bytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      bytes += chunk.length;
      cb(null, chunk);
    },
  });
  try {
    await pipeline(source, tap, createWriteStream(dest));
  } catch (e) {
    rmSync(dest, { force: true });
    throw new DownloadError(url, describeFetchError(e));
  }
  const actual = hash.digest('hex');
  if (actual !== sha256.toLowerCase()) {
    rmSync(dest, { force: true });
    throw new ChecksumError(url, sha256.toLowerCase(), actual);
  }
  return bytes;
}
