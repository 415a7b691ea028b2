// Pure builders of cargo command lines. They only build argv arrays; running them is elsewhere.
import type { FeatureSet } from '../inputs.js';

export interface CargoCommand {
  args: string[];
  /** Environment entries to add for this command. */
  env: Record<string, string>;
  /**
   * Executable to run instead of `cargo`: an installed cargo subcommand run directly, its
   * subcommand name as the first argument (`/…/cargo-nextest nextest run …`).
   */
  program?: string;
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
  return { args, env: {} };
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
  return { args, env: {} };
}

/** `cargo nextest run` (nextest does not run doc tests: docTestCommand follows it). */
export function nextestCommand(o: TestOptions): CargoCommand {
  const args = ['nextest', 'run', '--workspace', '--no-fail-fast'];
  if (o.locked) args.push('--locked');
  // A hash shard of a small suite may hold no test at all: that shard passes.
  if (o.partition) args.push('--partition', `hash:${o.partition.index}/${o.partition.count}`, '--no-tests=pass');
  args.push(...o.features.args, ...o.extra);
  // Plain status lines for the parser and the log, whatever the terminal.
  return { args, env: { NEXTEST_HIDE_PROGRESS_BAR: '1' } };
}

/** Doc tests only, for the nextest runner. */
export function docTestCommand(o: Omit<TestOptions, 'extra' | 'partition'>): CargoCommand {
  const args = ['test', '--doc', '--workspace', '--no-fail-fast'];
  if (o.locked) args.push('--locked');
  args.push(...o.features.args);
  return { args, env: {} };
}
