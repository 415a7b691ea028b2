// Which toolchains a run uses: the input's list, else the one rust-toolchain(.toml) names, else stable.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseToml } from 'smol-toml';

/** Looks for rust-toolchain.toml / rust-toolchain from `dir` up to (and including) `stopAt`. */
export function toolchainFromFile(dir: string, stopAt: string): string | undefined {
  let cur = dir;
  for (;;) {
    for (const name of ['rust-toolchain.toml', 'rust-toolchain']) {
      const p = join(cur, name);
      if (existsSync(p)) return parseToolchainFile(readFileSync(p, 'utf8'));
    }
    const up = dirname(cur);
    if (cur === stopAt || up === cur || !cur.startsWith(stopAt)) return undefined;
    cur = up;
  }
}

/** Reads the channel from a rust-toolchain file: TOML `[toolchain] channel = "…"` or a bare legacy name. */
export function parseToolchainFile(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^[\w.-]+$/.test(trimmed)) return trimmed;
  try {
    const doc = parseToml(text) as { toolchain?: { channel?: unknown } };
    const channel = doc.toolchain?.channel;
    return typeof channel === 'string' && channel !== '' ? channel : undefined;
  } catch {
    return undefined;
  }
}

export function resolveToolchains(requested: readonly string[], cwd: string, repoRoot: string): string[] {
  if (requested.length > 0) return [...new Set(requested)];
  return [toolchainFromFile(cwd, repoRoot) ?? 'stable'];
}
