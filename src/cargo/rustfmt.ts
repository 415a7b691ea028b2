// Parses the output of `cargo fmt -- --check`.
import { stripAnsi } from './paths.js';

export interface FmtHunk {
  /** Path as rustfmt printed it (absolute in current rustfmt). */
  file: string;
  /** First line of the hunk in the original file. */
  line: number;
  /** The hunk's diff lines (" ", "-", "+" prefixed). */
  diff: string[];
}

// "Diff in /abs/path/src/main.rs:12:" (current) or "Diff in /abs/path/src/main.rs at line 12:" (older).
const HEADER = /^Diff in (.+?)(?::(\d+):| at line (\d+):)\s*$/;

export function parseFmtCheck(output: string): FmtHunk[] {
  const hunks: FmtHunk[] = [];
  let cur: FmtHunk | undefined;
  for (const raw of stripAnsi(output).split(/\r?\n/)) {
    const m = HEADER.exec(raw);
    if (m) {
      cur = { file: m[1]!, line: Number(m[2] ?? m[3]), diff: [] };
      hunks.push(cur);
    } else if (cur && /^[ +-]/.test(raw)) {
      cur.diff.push(raw);
    } else if (cur && raw.trim() !== '') {
      cur = undefined;
    }
  }
  return hunks;
}
