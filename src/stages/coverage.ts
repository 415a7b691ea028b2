// coverage: cargo-tarpaulin on the first toolchain and the first feature set of the matrix,
// writing Cobertura XML, lcov and JSON; the total as an output, a per-file table worst first.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { recordUnits } from '../cargo/units.js';
import { toolchainEnv } from '../cargo/commands.js';
import { failureLocation, LibtestParser, type TestReport } from '../cargo/libtest.js';
import { repoRelative, targetDirOf } from '../paths.js';
import { cargoMetadata, workspaceRoot } from '../cargo/metadata.js';
import {
  formatPercent,
  lineRanges,
  parseTarpaulinJson,
  percentOf,
  TARPAULIN_FILES,
  tarpaulinArgs,
  worstFirst,
  type CoverageReport,
} from '../cargo/tarpaulin.js';
import { toolBlocks, toolData, type InstalledTool } from '../tools/index.js';
import type { ExecResult } from '../exec.js';
import type { FeatureSet } from '../inputs/types.js';
import type { Block } from '../blocks.js';
import { firstToolchain, hasLockfile, stageTool } from './cargo-run.js';
import { lastLines, plural } from '../text.js';
import { logCommand, result, type Finding, type Stage, type StageContext, type StageResult } from '../context.js';

/** Most files listed in the summary table; the rest are counted. */
export const MAX_FILE_ROWS = 25;

export function coverageBlocks(report: CoverageReport, display: (path: string) => string): Block[] {
  const files = worstFirst(report.files);
  const shown = files.slice(0, MAX_FILE_ROWS);
  const blocks: Block[] = [
    {
      kind: 'text',
      text: `**Line coverage: ${formatPercent(report.percent)}%** (${report.covered} of ${report.coverable} lines)`,
    },
    {
      kind: 'table',
      header: ['file', 'coverage', 'lines', 'not covered'],
      align: ['left', 'right', 'right', 'left'],
      rows: shown.map((f) => [
        display(f.path),
        `${formatPercent(percentOf(f.covered, f.coverable))}%`,
        `${f.covered}/${f.coverable}`,
        lineRanges(f.uncoveredLines),
      ]),
    },
  ];
  if (files.length > shown.length)
    blocks.push({ kind: 'text', text: `…and ${files.length - shown.length} more files (see the coverage files).` });
  return blocks;
}

export const coverageStage: Stage = {
  name: 'coverage',
  title: 'Coverage (cargo tarpaulin)',
  async run(ctx) {
    // The first toolchain runs coverage: made sure of like fmt, clippy and test do (installed when
    // the toolchains input names it), before the tool, whose fallback builds it with cargo.
    const first = await firstToolchain(ctx, []);
    if (!first.ok) return first.result;
    const toolchain = first.value;
    const installed = await stageTool(ctx, 'cargo-tarpaulin');
    if (!installed.ok) return installed.result;
    const tool = installed.value;
    const files = freshOutputFiles(ctx);
    const features = ctx.inputs.featureSets[0]!;
    const { res, tests } = await runTarpaulin(ctx, tool, toolchain, features, files);
    // Tarpaulin cannot list the units it builds: in a target dir of the user's choosing they may sit
    // beside the other stages' units, which are then not pruned by use (src/cargo/units.ts).
    if (ctx.inputs.coverage.args.some((a) => a.startsWith('--target-dir'))) recordUnits(ctx.tempDir, 'unknown');
    const toolInfo = toolBlocks([tool]);
    const data: Record<string, unknown> = { tool: toolData(tool), features: features.label, toolchain };
    if (res.killed) return result('cancelled', 'cancelled', { blocks: toolInfo, data });

    const report = readCoverageReport(ctx, files.json);
    if (res.code !== 0 || !report) {
      const failure = await failureOf(ctx, res, tests, toolchain, features);
      return result('failure', failure.summary, { findings: failure.findings, blocks: toolInfo, data });
    }
    return reportResult(ctx, report, files, data, toolInfo);
  },
};

type CoverageFiles = Record<keyof typeof TARPAULIN_FILES, string>;

/** The coverage-dir's files, with a previous run's removed so that they are never reported again. */
function freshOutputFiles(ctx: StageContext): CoverageFiles {
  const dirInput = ctx.inputs.coverage.dir;
  const outputDir = isAbsolute(dirInput) ? dirInput : resolve(ctx.cwd, dirInput);
  mkdirSync(outputDir, { recursive: true });
  const files = {
    xml: join(outputDir, TARPAULIN_FILES.xml),
    lcov: join(outputDir, TARPAULIN_FILES.lcov),
    json: join(outputDir, TARPAULIN_FILES.json),
  };
  for (const f of Object.values(files)) rmSync(f, { force: true });
  return files;
}

async function runTarpaulin(
  ctx: StageContext,
  tool: InstalledTool,
  toolchain: string | undefined,
  features: FeatureSet,
  files: CoverageFiles,
): Promise<{ res: ExecResult; tests: TestReport }> {
  // The workspace's target directory (CARGO_TARGET_DIR and build.target-dir honoured, members
  // included), so the instrumented build sits where the shared cache looks.
  const meta = await cargoMetadata(ctx, toolchain);
  const targetRoot = targetDirOf(ctx.cwd, ctx.env, meta.ok ? meta.value.targetDirectory : undefined);
  const args = tarpaulinArgs({
    subcommand: tool.subcommand,
    locked: await hasLockfile(ctx, toolchain),
    features,
    outputDir: dirname(files.json),
    // Instrumented builds get their own directory so they do not evict the normal build.
    targetDir: join(targetRoot, 'tarpaulin'),
    extra: ctx.inputs.coverage.args,
  });
  logCommand(ctx.log, 'cargo-tarpaulin', args, toolchain);
  // Test output is parsed as it arrives (tarpaulin prints the tests' output; exec keeps only a tail).
  const parser = new LibtestParser();
  const onLine = (line: string): void => parser.line(line);
  const res = await ctx.profiler.measure('cargo tarpaulin', () =>
    ctx.exec(tool.path, args, {
      cwd: ctx.cwd,
      env: { ...ctx.env, ...toolchainEnv(toolchain) },
      echo: 'all',
      onStdoutLine: onLine,
      onStderrLine: onLine,
    }),
  );
  return { res, tests: parser.finish() };
}

function readCoverageReport(ctx: StageContext, jsonFile: string): CoverageReport | undefined {
  if (!existsSync(jsonFile)) return undefined;
  try {
    return parseTarpaulinJson(readFileSync(jsonFile, 'utf8'));
  } catch (e) {
    ctx.log.warning(`Could not read ${jsonFile}: ${(e as Error).message}`);
    return undefined;
  }
}

/**
 * Why tarpaulin gave no report. Tests that fail under it are annotated like the test stage does it:
 * panic locations and doc test names are relative to the workspace root.
 */
async function failureOf(
  ctx: StageContext,
  res: ExecResult,
  tests: TestReport,
  toolchain: string | undefined,
  features: FeatureSet,
): Promise<{ summary: string; findings: Finding[] }> {
  const bases = tests.failures.length ? [await workspaceRoot(ctx, toolchain), ctx.cwd] : [];
  const findings: Finding[] = tests.failures.map((f) => ({
    level: 'error',
    title: `test failed under coverage: ${f.name}`,
    message: f.message ?? `${f.name} failed`,
    ...failureLocation(f, bases, ctx.repoRoot),
  }));
  if (findings.length === 0) {
    const why = res.spawnError
      ? `cargo-tarpaulin could not be started: ${res.spawnError}`
      : lastLines(`${res.stdout}\n${res.stderr}`, 30);
    findings.push({ level: 'error', title: `cargo tarpaulin (${features.label})`, message: why });
  }
  const summary =
    tests.failed > 0
      ? `${plural(tests.failed, 'test')} failed under coverage`
      : res.code !== 0
        ? `cargo tarpaulin failed (exit ${res.code})`
        : 'no coverage report';
  return { summary, findings };
}

/** The stage's result from a coverage report: outputs, the per-file table and the threshold check. */
function reportResult(
  ctx: StageContext,
  report: CoverageReport,
  files: CoverageFiles,
  data: Record<string, unknown>,
  toolInfo: Block[],
): StageResult {
  const display = (p: string): string => repoRelative(p, ctx.cwd, ctx.repoRoot) ?? p;
  const percent = formatPercent(report.percent);
  const outputs = {
    coverage: percent,
    'coverage-xml': files.xml,
    'coverage-lcov': files.lcov,
    'coverage-json': files.json,
  };
  const failUnder = ctx.inputs.coverage.failUnder;
  const { below, findings, blocks: threshold } = thresholdCheck(report, percent, failUnder);
  Object.assign(data, {
    percent: Number(percent),
    covered: report.covered,
    coverable: report.coverable,
    failUnder: failUnder ?? null,
    files: worstFirst(report.files).map((f) => ({
      path: display(f.path),
      covered: f.covered,
      coverable: f.coverable,
      uncovered: f.uncoveredLines,
    })),
    outputs,
  });
  const summary = `${percent}% of ${report.coverable} lines${failUnder !== undefined ? ` (threshold ${failUnder}%)` : ''}`;
  const blocks = [...coverageBlocks(report, display), ...threshold, ...toolInfo];
  return result(below ? 'failure' : 'success', summary, { findings, outputs, blocks, data });
}

/** The coverage-fail-under check: whether the report is below it, its finding, and the line saying so. */
function thresholdCheck(
  report: CoverageReport,
  percent: string,
  failUnder: number | undefined,
): { below: boolean; findings: Finding[]; blocks: Block[] } {
  if (failUnder === undefined) return { below: false, findings: [], blocks: [] };
  const below = report.percent < failUnder;
  const findings: Finding[] = below
    ? [
        {
          level: 'error',
          title: 'coverage below threshold',
          message: `Line coverage is ${percent}%, below the coverage-fail-under threshold of ${failUnder}% (${report.covered} of ${report.coverable} lines covered).`,
        },
      ]
    : [];
  const text = below
    ? `❌ Below the coverage-fail-under threshold of ${failUnder}%.`
    : `✅ Meets the coverage-fail-under threshold of ${failUnder}%.`;
  return { below, findings, blocks: [{ kind: 'text', text }] };
}
