// Pure builders of cargo command lines. They only build argv arrays; running them is elsewhere.
import type { FeatureSet } from '../inputs/types.js';

export interface CargoCommand {
  args: string[];
  /** Environment entries to add for this command. */
  env: Record<string, string>;
  /**
   * Executable to run instead of `cargo`: an installed cargo subcommand run directly, its
   * subcommand name as the first argument (`/…/cargo-nextest nextest run …`).
   */
  program?: string;
  /**
   * What the command's stdout says about the units it builds (src/cargo/units.ts): `route`, cargo's
   * JSON messages interleaved with other output (they go to the unit ledger, the rest to the stage);
   * `json`, cargo's JSON messages the stage parses itself; `unknown`, it builds units it cannot
   * list. Absent: it builds nothing.
   */
  units?: 'route' | 'json' | 'unknown';
}

/** Before the `--` that starts arguments for the test binaries, if any. */
function beforeSeparator(args: readonly string[], add: string): string[] {
  const sep = args.indexOf('--');
  return sep < 0 ? [...args, add] : [...args.slice(0, sep), add, ...args.slice(sep)];
}

/**
 * The command with cargo's JSON messages on stdout (diagnostics still rendered as text on stderr),
 * so that the units it builds are known; a command already given a --message-format is left as it is.
 */
export function reportingUnits(cmd: CargoCommand): CargoCommand {
  const sep = cmd.args.indexOf('--');
  const own = (sep < 0 ? cmd.args : cmd.args.slice(0, sep)).some((a) => a.startsWith('--message-format'));
  if (own) return { ...cmd, units: 'unknown' };
  return { ...cmd, args: beforeSeparator(cmd.args, '--message-format=json-render-diagnostics'), units: 'route' };
}

/** Environment selecting a toolchain through rustup; empty when the directory's own file decides. */
export function toolchainEnv(toolchain: string | undefined): Record<string, string> {
  return toolchain ? { RUSTUP_TOOLCHAIN: toolchain } : {};
}

export function fmtCommand(): CargoCommand {
  return { args: ['fmt', '--all', '--', '--check'], env: {} };
}

export interface ClippyOptions {
  locked: boolean;
  features: FeatureSet;
  denyWarnings: boolean;
  extra: readonly string[];
  json: boolean;
}

export function clippyCommand(o: ClippyOptions): CargoCommand {
  const args = ['clippy', '--workspace', '--all-targets'];
  if (o.locked) args.push('--locked');
  args.push(...o.features.args);
  if (o.json) args.push('--message-format=json');
  const lints = o.denyWarnings ? ['-D', 'warnings'] : [];
  if (lints.length > 0 || o.extra.length > 0) args.push('--', ...lints, ...o.extra);
  return { args, env: {}, units: o.json ? 'json' : 'unknown' };
}

export interface TestOptions {
  locked: boolean;
  features: FeatureSet;
  extra: readonly string[];
  /** nextest shard k of N (--partition hash:k/N); absent: every test. */
  partition?: { index: number; count: number };
}

/** `cargo test` over the whole workspace: unit, integration and doc tests; every test binary runs even when one fails. */
export function testCommand(o: TestOptions): CargoCommand {
  const args = ['test', '--workspace', '--no-fail-fast'];
  if (o.locked) args.push('--locked');
  args.push(...o.features.args, ...o.extra);
  return reportingUnits({ args, env: {} });
}

/** `cargo nextest run` (nextest does not run doc tests: docTestCommand follows it). */
export function nextestCommand(o: TestOptions): CargoCommand {
  const args = ['nextest', 'run', '--workspace', '--no-fail-fast'];
  if (o.locked) args.push('--locked');
  // A hash shard of a small suite may hold no test at all: that shard passes.
  if (o.partition) args.push('--partition', `hash:${o.partition.index}/${o.partition.count}`, '--no-tests=pass');
  args.push(...o.features.args, ...o.extra);
  // Plain status lines for the parser and the log, whatever the terminal.
  return { args, env: { NEXTEST_HIDE_PROGRESS_BAR: '1' }, units: 'unknown' };
}

/** Doc tests only, for the nextest runner. */
export function docTestCommand(o: Omit<TestOptions, 'extra' | 'partition'>): CargoCommand {
  const args = ['test', '--doc', '--workspace', '--no-fail-fast'];
  if (o.locked) args.push('--locked');
  args.push(...o.features.args);
  return reportingUnits({ args, env: {} });
}
