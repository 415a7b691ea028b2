// cargo-tarpaulin: the command line (a pure builder) and the parser of its JSON report.
import type { FeatureSet } from '../inputs/types.js';

/** File names tarpaulin writes into --output-dir for `--out Xml Lcov Json`. */
export const TARPAULIN_FILES = { xml: 'cobertura.xml', lcov: 'lcov.info', json: 'tarpaulin-report.json' } as const;

export interface TarpaulinOptions {
  /** First argument when running cargo-tarpaulin directly ("tarpaulin"). */
  subcommand: string;
  locked: boolean;
  features: FeatureSet;
  outputDir: string;
  targetDir: string;
  extra: readonly string[];
}

/** Default engine: llvm works on Linux, macOS and Windows and needs no ptrace permission. */
export const DEFAULT_ENGINE = 'llvm';

export function tarpaulinArgs(o: TarpaulinOptions): string[] {
  const args = [o.subcommand, '--workspace'];
  if (o.locked) args.push('--locked');
  args.push(...o.features.args);
  const has = (flag: string): boolean => o.extra.some((a) => a === flag || a.startsWith(`${flag}=`));
  if (!has('--engine')) args.push('--engine', DEFAULT_ENGINE);
  if (!has('--target-dir')) args.push('--target-dir', o.targetDir);
  if (!has('--color')) args.push('--color', 'Never');
  args.push('--out', 'Xml', 'Lcov', 'Json', '--output-dir', o.outputDir);
  args.push(...o.extra);
  return args;
}

export interface FileCoverage {
  /** Absolute path as tarpaulin reports it. */
  path: string;
  covered: number;
  coverable: number;
  /** Line numbers of coverable lines that no test reached. */
  uncoveredLines: number[];
}

export interface CoverageReport {
  covered: number;
  coverable: number;
  /** covered / coverable in percent (100 when nothing is coverable). */
  percent: number;
  files: FileCoverage[];
}

interface RawTrace {
  line: number;
  stats?: { Line?: number };
}
interface RawFile {
  path: string[] | string;
  covered?: number;
  coverable?: number;
  traces?: RawTrace[];
}

function joinPath(parts: string[] | string): string {
  if (typeof parts === 'string') return parts;
  // tarpaulin splits the path into components, the first being the root ("/" or "C:\").
  if (parts.length === 0) return '';
  const [first, ...rest] = parts;
  const sep = first!.includes('\\') ? '\\' : '/';
  return first!.endsWith(sep) ? first + rest.join(sep) : [first, ...rest].join(sep);
}

export function percentOf(covered: number, coverable: number): number {
  return coverable === 0 ? 100 : (covered / coverable) * 100;
}

/** Parses tarpaulin-report.json. Files with nothing coverable are left out. */
export function parseTarpaulinJson(text: string): CoverageReport {
  const doc = JSON.parse(text) as { files?: RawFile[] };
  if (!Array.isArray(doc.files)) throw new Error('not a tarpaulin JSON report: no "files" array');
  const files: FileCoverage[] = [];
  for (const f of doc.files) {
    const traces = f.traces ?? [];
    const coverable = f.coverable ?? traces.length;
    if (coverable === 0) continue;
    const uncoveredLines = traces.filter((t) => (t.stats?.Line ?? 0) === 0).map((t) => t.line);
    files.push({
      path: joinPath(f.path),
      covered: f.covered ?? traces.length - uncoveredLines.length,
      coverable,
      uncoveredLines,
    });
  }
  const covered = files.reduce((a, f) => a + f.covered, 0);
  const coverable = files.reduce((a, f) => a + f.coverable, 0);
  return { covered, coverable, percent: percentOf(covered, coverable), files };
}

/** Files worst first: lowest percent, then most uncovered lines, then by path. */
export function worstFirst(files: readonly FileCoverage[]): FileCoverage[] {
  return [...files].sort(
    (a, b) =>
      percentOf(a.covered, a.coverable) - percentOf(b.covered, b.coverable) ||
      b.coverable - b.covered - (a.coverable - a.covered) ||
      a.path.localeCompare(b.path),
  );
}

/** Collapses sorted line numbers into ranges: [2,3,4,7] → "2-4, 7". */
export function lineRanges(lines: readonly number[]): string {
  const sorted = [...lines].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return out.join(', ');
}

/** Formats a percent with two decimals, as the `coverage` output carries it. */
export function formatPercent(p: number): string {
  return (Math.round(p * 100) / 100).toFixed(2);
}
