// mode: merge — finding and reading the JSON reports the cell jobs uploaded. actions/download-artifact
// puts each artifact in its own subfolder (or all in one with merge-multiple), so a folder is searched
// recursively; a glob (`*`, `**`, `?`) selects files by path.
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** One report as a cell job wrote it (report/summary.ts jsonReport), read loosely: fields may be missing. */
export interface CellReport {
  /** Path relative to the folder searched. */
  file: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- an uploaded file, checked field by field where read
  doc: any;
}

export interface FoundReports {
  /** The folder the report files are relative to (set by readReports). */
  base?: string;
  reports: CellReport[];
  /** Files that looked like reports but could not be read or parsed, with why. */
  unreadable: { file: string; reason: string }[];
  /** JSON files that are not run reports (e.g. coverage JSON uploaded beside them). */
  ignored: string[];
}

const GLOB_CHARS = /[*?[]/;
const MAX_FILES = 10_000;

/** Converts a glob to a regular expression over '/'-separated paths: `**` any folders, `*` and `?` within one. */
export function globRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += /[\\^$.|+(){}[\]]/.test(c) ? `\\${c}` : c;
  }
  return new RegExp(`^${re}$`);
}

/** Every file below dir (not following symbolic links), as '/'-separated paths relative to dir. */
function walk(dir: string, base = dir, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (out.length >= MAX_FILES) break;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, base, out);
    else if (entry.isFile()) out.push(relative(base, path).split(sep).join('/'));
  }
  return out;
}

/** The report files a folder or glob names: [base folder, relative paths]. */
export function reportFiles(pattern: string): { base: string; files: string[] } {
  const normalized = pattern.split(sep).join('/');
  if (!GLOB_CHARS.test(normalized)) {
    if (!existsSync(pattern)) return { base: pattern, files: [] };
    if (!statSync(pattern).isDirectory()) return { base: join(pattern, '..'), files: [pattern.split(sep).pop()!] };
    return { base: pattern, files: walk(pattern).filter((f) => f.endsWith('.json')) };
  }
  // The folders before the first wildcard are walked; the rest of the pattern selects.
  const parts = normalized.split('/');
  const fixed = parts.slice(
    0,
    parts.findIndex((p) => GLOB_CHARS.test(p)),
  );
  const base = fixed.join('/') || '/';
  const rest = globRegExp(parts.slice(fixed.length).join('/'));
  if (!existsSync(base) || !lstatSync(base).isDirectory()) return { base, files: [] };
  return { base, files: walk(base).filter((f) => rest.test(f)) };
}

function isRunReport(doc: unknown): boolean {
  const d = doc as { schema?: unknown; stages?: unknown; result?: unknown } | null;
  return typeof d === 'object' && d !== null && d.schema === 1 && Array.isArray(d.stages) && 'result' in d;
}

/** Reads every report the pattern names, in path order; unreadable ones are listed, never thrown. */
export function readReports(pattern: string): FoundReports {
  const { base, files } = reportFiles(pattern);
  const found: FoundReports = { base, reports: [], unreadable: [], ignored: [] };
  for (const file of [...files].sort()) {
    let doc: unknown;
    try {
      doc = JSON.parse(readFileSync(join(base, file), 'utf8'));
    } catch (e) {
      found.unreadable.push({ file, reason: (e as Error).message.split('\n')[0]! });
      continue;
    }
    if (isRunReport(doc)) found.reports.push({ file, doc });
    else found.ignored.push(file);
  }
  return found;
}
