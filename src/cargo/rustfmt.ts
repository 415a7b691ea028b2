// Parses the output of `cargo fmt -- --check`.
import { stripAnsi } from '../paths.js';

export interface FmtHunk {
  /** Path as rustfmt printed it (absolute in current rustfmt). */
  file: string;
  /** Line rustfmt names in "Diff in FILE:N:": the hunk's first line in the original file (context included). */
  start: number;
  /** First original line the hunk changes (context lines skipped). */
  line: number;
  /** Last original line the hunk removes or replaces (equals `line` for a pure insertion). */
  endLine: number;
  /** The hunk's diff lines (" ", "-", "+" prefixed). */
  diff: string[];
}

// "Diff in /abs/path/src/main.rs:12:" (current) or "Diff in /abs/path/src/main.rs at line 12:" (older).
const HEADER = /^Diff in (.+?)(?::(\d+):| at line (\d+):)\s*$/;

/**
 * The first and last original lines a hunk changes. rustfmt numbers a hunk by its first context
 * line; counting " " and "-" lines from there gives the original line of each change. A hunk that
 * only adds lines is placed on the line the addition goes before.
 */
export function changedLines(start: number, diff: readonly string[]): { line: number; endLine: number } {
  let orig = start;
  let first: number | undefined;
  let last: number | undefined;
  for (const d of diff) {
    if (d.startsWith('-')) {
      first ??= orig;
      last = orig;
      orig++;
    } else if (d.startsWith('+')) {
      first ??= orig;
    } else {
      orig++;
    }
  }
  const line = first ?? start;
  return { line, endLine: Math.max(line, last ?? line) };
}

export function parseFmtCheck(output: string): FmtHunk[] {
  const hunks: FmtHunk[] = [];
  let cur: { file: string; start: number; diff: string[] } | undefined;
  const close = (): void => {
    if (cur) hunks.push({ ...cur, ...changedLines(cur.start, cur.diff) });
    cur = undefined;
  };
  for (const raw of stripAnsi(output).split(/\r?\n/)) {
    const m = HEADER.exec(raw);
    if (m) {
      close();
      cur = { file: m[1]!, start: Number(m[2] ?? m[3]), diff: [] };
    } else if (cur && /^[ +-]/.test(raw)) {
      cur.diff.push(raw);
    } else if (cur && raw.trim() !== '') {
      close();
    }
  }
  close();
  return hunks;
}

/** Where cargo-fmt's usage text starts: it follows the error when cargo metadata fails. */
const USAGE_START = /^(This utility formats all bin and lib files|Usage: cargo fmt)/m;

/**
 * What to show of a cargo fmt that failed without a diff: the error lines (a malformed
 * Cargo.toml, say), not the usage text cargo-fmt prints after them; the last lines otherwise.
 */
export function fmtFailureText(output: string, max = 40): string {
  const text = stripAnsi(output);
  const usage = USAGE_START.exec(text);
  const errors = usage ? text.slice(0, usage.index).trimEnd() : '';
  if (errors === '') return text.trimEnd().split('\n').slice(-20).join('\n');
  return errors.split('\n').slice(0, max).join('\n');
}
