// Extra trusted sha256 values for tool archives, from a file the workflow names with the
// RUST_PIPELINE_TOOL_CHECKSUMS environment variable. The file uses `sha256sum` output format,
// with paths as laid out on a tool mirror:
//
//   3f5c…e1  cargo-audit/0.22.2/cargo-audit-x86_64-unknown-linux-musl-v0.22.2.tgz
//
// (`cd mirror && sha256sum */*/*` writes exactly that.) The file lives with the workflow, not on
// the mirror: a checksum served by the same host as the archive would prove nothing.
import { readFileSync } from 'node:fs';

export const CHECKSUMS_ENV = 'RUST_PIPELINE_TOOL_CHECKSUMS';

/** Parses sha256sum output into mirror path → lower-case hex digest. Throws on a malformed line. */
export function parseChecksums(text: string, source: string): Map<string, string> {
  const out = new Map<string, string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const m = /^([0-9a-fA-F]{64})\s+\*?(\S.*)$/.exec(line);
    if (!m)
      throw new Error(
        `${source}:${i + 1}: expected "<64 hex digits>  <tool>/<version>/<file>", got ${JSON.stringify(line)}`,
      );
    out.set(m[2]!.replace(/^\.\//, ''), m[1]!.toLowerCase());
  });
  return out;
}

/** Reads the file named by RUST_PIPELINE_TOOL_CHECKSUMS; an empty map when the variable is unset. */
export function loadChecksums(env: NodeJS.ProcessEnv): Map<string, string> {
  const path = env[CHECKSUMS_ENV];
  if (!path) return new Map();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`${CHECKSUMS_ENV} names "${path}", which cannot be read: ${(e as Error).message}`, { cause: e });
  }
  return parseChecksums(text, path);
}
