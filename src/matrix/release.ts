// The release fan-out: mode: plan with targets plans one build cell per target (on a runner that
// can build it), each cell leaves its archives beside its JSON report, and mode: merge gathers them
// into one release: every planned target present and built, every archive's bytes the ones its cell
// recorded, one SHA256SUMS recomputed from the archives. Anything less publishes nothing.
import { createHash } from 'node:crypto';
import { copyFileSync, createReadStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BuiltArchive } from '../release/publish.js';
import { publishStep, type PublishStepInput, type PublishStepResult } from '../release/publish-step.js';
import type { CellReport } from './reports.js';
import { ok, stop, type Outcome, type RunReport } from '../context.js';

/** The runner a target builds on: Apple targets on macOS, Windows targets on Windows, the rest on Linux. */
export function runnerFor(target: string): string {
  if (/-apple-/.test(target)) return 'macos-latest';
  if (/-windows-/.test(target)) return 'windows-latest';
  return 'ubuntu-latest';
}

export interface ReleaseCell {
  name: string;
  os: string;
  toolchain: string;
  features: string;
  target: string;
  cacheWriter: boolean;
}

/** One cell per target (in the order given); the first cell of each runner saves the dependency cache. */
export function planReleaseCells(targets: readonly string[], toolchain: string, features = 'default'): ReleaseCell[] {
  const writers = new Set<string>();
  return targets.map((target) => {
    const os = runnerFor(target);
    const cacheWriter = !writers.has(os);
    writers.add(os);
    return { name: `release / ${target}`, os, toolchain, features, target, cacheWriter };
  });
}

/** Copies each archive and the files beside it into `dir` (the folder of the cell's JSON report). */
export function placeBesideReport(archives: readonly BuiltArchive[], dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const placed: string[] = [];
  for (const a of archives) {
    for (const file of [a.path, ...a.assets]) {
      const to = join(dir, basename(file));
      if (to !== file) copyFileSync(file, to);
      placed.push(to);
    }
  }
  return placed;
}

export interface ReleaseGathering {
  /** The archives of every cell, with paths where the merge job finds them. */
  archives: BuiltArchive[];
  /** Planned targets that failed, are missing or whose files are missing: nothing is published then. */
  problems: { target: string; why: string }[];
  /** Cargo.toml's version as the cells built it. */
  cargoVersion?: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an uploaded report, read field by field
function buildStageOf(r: CellReport): any {
  return Array.isArray(r.doc.stages) ? r.doc.stages.find((s: { name?: unknown }) => s?.name === 'build') : undefined;
}

/** A file of a cell: beside its report (where download-artifact put it), else where the cell wrote it. */
function locate(base: string, report: CellReport, path: string): string | undefined {
  const beside = join(base, dirname(report.file), basename(path));
  if (existsSync(beside)) return beside;
  return existsSync(path) ? path : undefined;
}

function archivesOf(base: string, r: CellReport, problems: ReleaseGathering['problems']): BuiltArchive[] {
  const target = String(r.doc.cell?.target ?? '');
  const build = buildStageOf(r);
  if (r.doc.result !== 'success' || build?.status !== 'success') {
    const why = build
      ? `the build stage ${build.status === 'success' ? 'passed but the run' : String(build.status)}`
      : 'no build stage ran';
    problems.push({
      target,
      why: `${why}${r.doc.result !== 'success' ? ` (run: ${String(r.doc.result)})` : ''} — ${r.file}`,
    });
    return [];
  }
  const listed: unknown[] = Array.isArray(build.data?.archives) ? build.data.archives : [];
  if (listed.length === 0) problems.push({ target, why: `the cell's report lists no archive — ${r.file}` });
  const out: BuiltArchive[] = [];
  for (const raw of listed) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one archive entry of the report
    const a = raw as any;
    const path = typeof a?.path === 'string' ? locate(base, r, a.path) : undefined;
    if (!path) {
      problems.push({
        target,
        why: `archive ${String(a?.name ?? '?')} is not beside ${r.file}: upload the cell's release-dir`,
      });
      continue;
    }
    const assets: string[] = [];
    for (const extra of Array.isArray(a.assets) ? (a.assets as unknown[]) : []) {
      const p = typeof extra === 'string' ? locate(base, r, extra) : undefined;
      if (p) assets.push(p);
      else problems.push({ target, why: `${String(extra)} is not beside ${r.file}` });
    }
    out.push({
      target: String(a.target ?? target),
      path,
      name: basename(path),
      sha256: String(a.sha256 ?? ''),
      size: Number(a.size ?? 0),
      assets,
    });
  }
  return out;
}

/**
 * The archives of a release matrix. `planned` (the plan's targets) names the targets without a
 * report; without it, the targets of the reports found are all there is to check.
 */
export function gatherRelease(
  base: string,
  reports: readonly CellReport[],
  planned?: readonly string[],
): ReleaseGathering {
  const problems: ReleaseGathering['problems'] = [];
  const releaseReports = reports.filter((r) => typeof r.doc.cell?.target === 'string');
  const archives = releaseReports.flatMap((r) => archivesOf(base, r, problems));
  const seen = new Set(releaseReports.map((r) => String(r.doc.cell.target)));
  for (const t of planned ?? []) {
    if (!seen.has(t))
      problems.push({
        target: t,
        why: 'no report (the cell failed before reporting, was cancelled, or its artifact was not downloaded)',
      });
  }
  const versions = releaseReports
    .map((r) => buildStageOf(r)?.data?.package?.version)
    .filter((v) => typeof v === 'string');
  return { archives, problems, ...(versions.length ? { cargoVersion: versions[0] as string } : {}) };
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * One SHA256SUMS (sha256sum's format, sorted by name) for the archives, from their bytes; each must
 * match the sha256 its cell recorded. Returns the file's path, or stops with the archives that do not match.
 */
export async function writeChecksums(
  archives: readonly BuiltArchive[],
  dir: string,
): Promise<Outcome<string, { target: string; why: string }[]>> {
  const lines: string[] = [];
  const mismatches: { target: string; why: string }[] = [];
  for (const a of [...archives].sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))) {
    const actual = await sha256File(a.path);
    if (actual !== a.sha256.toLowerCase())
      mismatches.push({
        target: a.target,
        why: `${a.name} has sha256 ${actual}, its cell recorded ${a.sha256 || '(none)'}`,
      });
    lines.push(`${actual}  ${a.name}`);
  }
  if (mismatches.length) return stop(mismatches);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'SHA256SUMS');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return ok(path);
}

export interface MergedReleaseInput {
  /** The folder the reports were found in (their files are relative to it). */
  base: string;
  reports: readonly CellReport[];
  /** The plan's targets (the matrix input), to name a target that left no report. */
  planned?: readonly string[];
  /** Where SHA256SUMS is written. */
  outDir: string;
  step: Omit<PublishStepInput, 'archives' | 'checksums' | 'cargoVersion'>;
}

const stopped = (summary: string, error: string): PublishStepResult => ({
  status: 'failure',
  summary,
  error,
  outputs: { 'release-url': '', 'release-assets': '[]' },
  blocks: [
    { kind: 'heading', text: 'GitHub Release', level: 3 },
    { kind: 'text', text: `❌ ${error.replace(/\n/g, '<br>')}` },
  ],
});

/** Whether the reports (or the plan) are those of a release matrix. */
export function isReleaseMatrix(reports: readonly CellReport[], planned?: readonly string[]): boolean {
  return (planned?.length ?? 0) > 0 || reports.some((r) => typeof r.doc.cell?.target === 'string');
}

/**
 * mode: merge of a release matrix: every planned target built, every archive as its cell recorded
 * it, one SHA256SUMS; then the same publishing step as a single run. Anything missing publishes nothing.
 */
export async function publishMerged(i: MergedReleaseInput): Promise<PublishStepResult> {
  const g = gatherRelease(i.base, i.reports, i.planned);
  const list = (ps: readonly { target: string; why: string }[]): string =>
    ps.map((p) => `- ${p.target}: ${p.why}`).join('\n');
  if (g.problems.length)
    return stopped(
      `not published: ${[...new Set(g.problems.map((p) => p.target))].join(', ')}`,
      `Nothing was published: ${g.problems.length === 1 ? 'a planned target is' : 'planned targets are'} not ready.\n${list(g.problems)}`,
    );
  const sums = await writeChecksums(g.archives, i.outDir);
  if (!sums.ok)
    return stopped(
      `not published: ${sums.result.map((m) => m.target).join(', ')}`,
      `Nothing was published: archives differ from what their cells recorded.\n${list(sums.result)}`,
    );
  return publishStep({ ...i.step, archives: g.archives, checksums: sums.value, cargoVersion: g.cargoVersion ?? '' });
}

/** The archives a run's build stage made (BuildData.archives), or none. */
export function runArchives(report: Pick<RunReport, 'stages'>): BuiltArchive[] {
  const build = report.stages.find((s) => s.name === 'build');
  const data = build?.status === 'success' ? (build.data as { archives?: BuiltArchive[] } | undefined) : undefined;
  return Array.isArray(data?.archives) ? data.archives : [];
}

/** A cell run's archives copied beside its report in `dir`; returns dir (a copy that fails is said, and merge will name it). */
export function placeCellRelease(report: Pick<RunReport, 'stages'>, dir: string, warn: (m: string) => void): string {
  try {
    placeBesideReport(runArchives(report), dir);
  } catch (e) {
    warn(`Could not place the archives beside the report in ${dir}: ${(e as Error).message}`);
  }
  return dir;
}
