// rust-toolchain.toml and the legacy rust-toolchain file, read the way rustup reads them: the
// channel, the components and targets to install for it, the profile. Pure: the caller reads the file.
import { parse as parseToml } from 'smol-toml';
import { checkToolchainName, quoteValue, ToolchainSpecError } from './toolchain-names.js';

import type { ToolchainFile } from '../context.js';

export type { ToolchainFile } from '../context.js';
export const PROFILES = ['minimal', 'default', 'complete'] as const;
export type Profile = (typeof PROFILES)[number];

/** Larger than any real toolchain file by far: such a file is refused before it is parsed. */
export const MAX_TOOLCHAIN_FILE_BYTES = 64 * 1024;

const KEYS = ['channel', 'components', 'targets', 'profile', 'path'];
const COMPONENT = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const TARGET = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}$/;

function fail(file: string, message: string): never {
  throw new ToolchainSpecError(file, `${file}: ${message}`);
}

/**
 * Parses a toolchain file. The legacy form is one line holding the channel; otherwise it is TOML
 * with a [toolchain] table. Anything rustup would not accept, and a `path` toolchain (a local
 * build the action can neither install nor check), is a ToolchainSpecError naming the file and
 * quoting the value on one line.
 */
export function parseToolchainFile(file: string, text: string): ToolchainFile {
  if (Buffer.byteLength(text) > MAX_TOOLCHAIN_FILE_BYTES)
    fail(file, `the file is larger than ${MAX_TOOLCHAIN_FILE_BYTES / 1024} KiB; a toolchain file holds a few lines.`);
  const trimmed = text.trim();
  if (trimmed !== '' && !/[\n=[]/.test(trimmed)) {
    return { file, channel: checkToolchainName(trimmed, file), components: [], targets: [] };
  }
  return fromToml(file, parseDoc(file, text));
}

function parseDoc(file: string, text: string): Record<string, unknown> {
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch (e) {
    const first = (e as Error).message.split('\n')[0] ?? '';
    return fail(file, `not valid TOML (${quoteValue(first)}); expected [toolchain] with channel = "…".`);
  }
}

function fromToml(file: string, doc: Record<string, unknown>): ToolchainFile {
  const extra = Object.keys(doc).filter((k) => k !== 'toolchain');
  if (extra.length)
    fail(file, `unknown table or key ${quoteValue(extra[0]!)}; a toolchain file has one [toolchain] table.`);
  const t = doc.toolchain;
  if (typeof t !== 'object' || t === null || Array.isArray(t))
    fail(file, 'no [toolchain] table; expected [toolchain] with channel = "…".');
  const table = t as Record<string, unknown>;
  const unknown = Object.keys(table).filter((k) => !KEYS.includes(k));
  if (unknown.length) fail(file, `unknown key ${quoteValue(unknown[0]!)} in [toolchain]; allowed: ${KEYS.join(', ')}.`);
  if (table.path !== undefined)
    fail(
      file,
      `path = ${quoteValue(String(table.path))} names a local toolchain build, which this action cannot install or check; name a channel (e.g. channel = "1.85"), or set the toolchains input, which overrides the file.`,
    );
  const channel = table.channel;
  if (typeof channel !== 'string' || channel === '')
    fail(file, 'no channel in [toolchain]; expected channel = "stable", "1.85", "nightly-2025-01-01", ….');
  const profile = table.profile;
  if (profile !== undefined && !PROFILES.includes(profile as Profile))
    fail(file, `profile = ${quoteValue(String(profile))} is not a profile; allowed: ${PROFILES.join(', ')}.`);
  return {
    file,
    channel: checkToolchainName(channel, file),
    components: names(file, table.components, 'components', COMPONENT, '["clippy", "rustfmt"]'),
    targets: names(file, table.targets, 'targets', TARGET, '["x86_64-unknown-linux-musl"]'),
    ...(profile !== undefined ? { profile: profile as Profile } : {}),
  };
}

/** A list of component or target names; anything else names the key, the value and an example. */
function names(file: string, v: unknown, key: string, pattern: RegExp, example: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) fail(file, `${key} = ${quoteValue(String(v))} is not a list; write ${key} = ${example}.`);
  return [
    ...new Set(
      v.map((n) => {
        if (typeof n !== 'string' || !pattern.test(n))
          fail(
            file,
            `${quoteValue(String(n))} in ${key} is not a ${key.slice(0, -1)} name; write ${key} = ${example}.`,
          );
        return n;
      }),
    ),
  ];
}
