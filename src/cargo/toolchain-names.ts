// Toolchain names: rustup's grammar, the names the toolchains input adds to it (msrv, stable-N),
// and a value quoted so that it can be logged safely whatever it holds. Pure.
import { inputRef } from '../inputs/errors.js';

/** Why a toolchain name or a toolchain file cannot be used: `source` is the input or the file. */
export class ToolchainSpecError extends Error {
  constructor(
    readonly source: string,
    message: string,
  ) {
    super(message);
    this.name = 'ToolchainSpecError';
  }
}

const MAX_QUOTED = 80;

/**
 * A value from a file or an input as one escaped line: JSON-quoted (newlines and control
 * characters as \n, \u001b…), Unicode line separators escaped too, cut after 80 characters. A
 * value quoted this way cannot start a line of the log, so it cannot become a workflow command.
 */
export function quoteValue(value: string): string {
  const cut = value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value;
  return JSON.stringify(cut).replace(
    /[\u0085\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** rustup's channels: a release channel or version, an optional archive date, an optional host triple. */
const CHANNEL =
  /^(stable|beta|nightly|\d+\.\d+(\.\d+)?(-beta(\.\d+)?)?)(-\d{4}-\d{2}-\d{2})?(-[a-z0-9_]+(-[a-z0-9_]+){1,3})?$/;
/** A custom toolchain (rustup toolchain link): letters, digits, ".", "_", "-"; never an option ("-…"). */
const CUSTOM = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$/;

export type NameKind = 'channel' | 'custom';

/** Which of rustup's forms `name` has; undefined when it has none (then it must not reach rustup). */
export function toolchainNameKind(name: string): NameKind | undefined {
  if (CHANNEL.test(name)) return 'channel';
  return CUSTOM.test(name) && !/^\.+$/.test(name) ? 'custom' : undefined;
}

export const NAME_HELP =
  'allowed: stable, beta, nightly, a version like 1.80 or 1.80.1, optionally with a -YYYY-MM-DD date and a host triple, or a custom toolchain name of letters, digits, ".", "_" and "-" (not starting with "-")';

/** `name` when rustup would read it as a toolchain name; a ToolchainSpecError naming `source` otherwise. */
export function checkToolchainName(name: string, source: string): string {
  if (toolchainNameKind(name) === undefined)
    throw new ToolchainSpecError(
      source,
      `${source}: the toolchain ${quoteValue(name)} is not a toolchain name; ${NAME_HELP}.`,
    );
  return name;
}

/** `stable-N`: N releases before the installed stable. */
const RELATIVE = /^stable-(\d{1,3})$/;

/** N of a `stable-N` name; undefined for any other name. */
export function relativeStableCount(name: string): number | undefined {
  const m = RELATIVE.exec(name);
  return m ? Number(m[1]) : undefined;
}

export interface RustVersion {
  major: number;
  minor: number;
  patch?: number;
}

/** A `rust-version` (1.70 or 1.70.1); undefined for anything else ("1", "1.x", "abc"). */
export function parseRustVersion(text: string): RustVersion | undefined {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), ...(m[3] !== undefined ? { patch: Number(m[3]) } : {}) };
}

export function formatRustVersion(v: RustVersion): string {
  return `${v.major}.${v.minor}${v.patch !== undefined ? `.${v.patch}` : ''}`;
}

export function compareRustVersions(a: RustVersion, b: RustVersion): number {
  return a.major - b.major || a.minor - b.minor || (a.patch ?? 0) - (b.patch ?? 0);
}

/**
 * The release `count` releases before `stable` (1.95.0, 2 → "1.93"); a ToolchainSpecError naming
 * the input when that goes before 1.0.
 */
export function stableMinus(stable: RustVersion, count: number, name: string): string {
  const minor = stable.minor - count;
  if (minor < 0)
    throw new ToolchainSpecError(
      'toolchains',
      `${inputRef('toolchains')}: ${quoteValue(name)} goes back ${count} releases from stable ${formatRustVersion(stable)}, before Rust ${stable.major}.0; use a smaller N.`,
    );
  return `${stable.major}.${minor}`;
}

/**
 * The installed toolchain that serves a release `version`: the toolchain named exactly so, else
 * the highest installed patch release of it ("1.85" → "1.85.1" when only that is installed);
 * undefined when neither is installed. `installed` holds rustup's full names (with the host triple).
 */
export function installedRelease(installed: readonly string[], version: string): string | undefined {
  const exact = installed.find(
    (n) => n === version || (n.startsWith(`${version}-`) && /^-[a-z]/.test(n.slice(version.length))),
  );
  if (exact) return version;
  const patches = installed
    .map((n) => new RegExp(`^(${version.replace(/\./g, '\\.')}\\.\\d+)-[a-z]`).exec(n)?.[1])
    .filter((n): n is string => n !== undefined)
    .map((n) => ({ n, v: parseRustVersion(n)! }))
    .sort((a, b) => compareRustVersions(b.v, a.v));
  return patches[0]?.n;
}
