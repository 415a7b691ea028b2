// The test matrix: every toolchain × feature set runs as one cell (cargo test --no-fail-fast, or
// cargo-nextest's `nextest run` + cargo test --doc); failing tests become annotations at their
// panic location. cargo-nextest comes from the tool installer; when it cannot be installed the
// cells run cargo test and a warning says why.
import { docTestCommand, nextestCommand, testCommand, type CargoCommand } from '../cargo/commands.js';
import { failureLocation, LibtestParser, type TestReport } from '../cargo/libtest.js';
import { NextestParser } from '../cargo/nextest.js';
import { parseRustcErrors } from '../cargo/rustc.js';
import { workspaceRoot } from '../cargo/metadata.js';
import { resolveReported } from '../cargo/workspace.js';
import { isCancelled } from '../exec.js';
import type { FeatureSet } from '../inputs.js';
import { formatMs } from '../profiler.js';
import type { Block } from '../report/blocks.js';
import { ensureToolchain, ToolchainError } from '../toolchain.js';
import { requireTool, toolBlocks, toolData, type InstalledTool } from '../tools/index.js';
import { hasLockfile, runCargo } from './cargo-run.js';
import { lastLines, plural } from '../text.js';
import { result, STATUS_ICON, type Finding, type Stage, type StageContext, type StageStatus } from '../context.js';

export interface CellFailure {
  name: string;
  /** Repository-relative location: the panic, or the doc test's example. */
  file?: string;
  line?: number;
  column?: number;
  message?: string;
  docTest?: boolean;
}

export interface CellResult {
  toolchain: string;
  features: string;
  status: StageStatus;
  passed: number;
  failed: number;
  ignored: number;
  ms: number;
  failures: CellFailure[];
  /** Why the cell could not run its tests (toolchain missing, build error). */
  error?: string;
}

export type Runner = 'cargo' | 'nextest';

/** The warning when test-runner is nextest but cargo-nextest could not be installed. */
export function nextestFallbackMessage(version: string, reason: string): string {
  return (
    `test-runner is "nextest" but cargo-nextest ${version} could not be installed, so the tests ran with cargo test (doc tests included).\n` +
    `${reason}\n` +
    `To fix it: give the installer a verified archive (tool-mirror and/or a RUST_PIPELINE_TOOL_CHECKSUMS file with its sha256), ` +
    `let "cargo install --locked --version ${version} cargo-nextest" succeed on the runner, ` +
    `or install cargo-nextest ${version} in an earlier step so that it is on PATH. ` +
    `Set test-runner: cargo to stop using nextest.`
  );
}

/**
 * The commands one cell runs, in order. With nextest, `nextest` is the installed cargo-nextest
 * executable: it is run directly (`<path> nextest run …`, as cargo itself would invoke it), so the
 * verified binary is the one that runs, whatever cargo's own subcommand lookup would find first.
 */
export function cellCommands(
  runner: Runner,
  o: { locked: boolean; features: FeatureSet; extra: readonly string[]; nextest?: string },
): { cmd: CargoCommand; kind: 'libtest' | 'nextest' }[] {
  if (runner === 'nextest') {
    const run = nextestCommand(o);
    return [
      { cmd: o.nextest ? { ...run, program: o.nextest } : run, kind: 'nextest' },
      { cmd: docTestCommand(o), kind: 'libtest' },
    ];
  }
  return [{ cmd: testCommand(o), kind: 'libtest' }];
}

const cellLabel = (c: { toolchain: string; features: string }): string => `${c.toolchain} / ${c.features}`;

/**
 * One finding per failing test and location, listing the cells it failed in (the same failure in
 * four cells is one annotation, not four).
 */
export function testFindings(cells: readonly CellResult[], totalCells: number): Finding[] {
  const byKey = new Map<string, { f: CellFailure; cells: string[] }>();
  const findings: Finding[] = [];
  for (const cell of cells) {
    for (const f of cell.failures) {
      const key = `${f.name}|${f.file ?? ''}|${f.line ?? ''}`;
      const hit = byKey.get(key);
      if (hit) hit.cells.push(cellLabel(cell));
      else byKey.set(key, { f, cells: [cellLabel(cell)] });
    }
  }
  for (const { f, cells: where } of byKey.values()) {
    const inCells = totalCells > 1 ? ` (${where.length === totalCells ? 'every cell' : where.join(', ')})` : '';
    findings.push({
      level: 'error',
      title: `${f.docTest ? 'doc test' : 'test'} failed: ${f.name}${inCells}`,
      message: f.message || `${f.name} failed`,
      ...(f.file && f.line ? { file: f.file, line: f.line, ...(f.column ? { column: f.column } : {}) } : {}),
    });
  }
  return findings;
}

/** Runs one cell of the matrix: its commands in order, their output read into counts, failures and findings. */
export async function runCell(
  ctx: StageContext,
  toolchain: string,
  features: FeatureSet,
  runner: Runner,
  locked: boolean,
  nextest: InstalledTool | undefined,
): Promise<{ cell: CellResult; findings: Finding[] }> {
  const cell: CellResult = {
    toolchain,
    features: features.label,
    status: 'success',
    passed: 0,
    failed: 0,
    ignored: 0,
    ms: 0,
    failures: [],
  };
  const findings: Finding[] = [];
  // Panic locations and doc test names are relative to the workspace root (asked of the cell's own
  // toolchain, once it is known to be installed; once per run); the working directory is the fallback.
  // Asked while the tests run: it is only needed to read their output.
  const root = workspaceRoot(ctx, toolchain);
  for (const { cmd, kind } of cellCommands(runner, {
    locked,
    features,
    extra: ctx.inputs.testArgs,
    ...(nextest ? { nextest: nextest.path } : {}),
  })) {
    // Output is parsed as it arrives (a failing test may print gigabytes; exec keeps only a tail).
    const parser = kind === 'nextest' ? new NextestParser() : new LibtestParser();
    const onLine = (line: string): void => parser.line(line);
    const res = await runCargo(ctx, cmd, toolchain, {
      onStdoutLine: onLine,
      ...(kind === 'nextest' ? { onStderrLine: onLine } : {}),
    });
    const bases = [await root, ctx.cwd];
    cell.ms += res.ms;
    if (res.killed) {
      cell.status = 'cancelled';
      break;
    }
    const report: TestReport = parser.finish();
    cell.passed += report.passed;
    cell.failed += report.failed;
    cell.ignored += report.ignored;
    for (const f of report.failures) {
      cell.failures.push({
        name: f.name,
        ...failureLocation(f, bases, ctx.repoRoot),
        ...(f.message ? { message: f.message } : {}),
        ...(f.doc ? { docTest: true } : {}),
      });
    }
    if (res.code === 0) continue;
    // A package without a library has no doc tests: not a failure of the nextest cell (whose
    // status stays what `nextest run` made it).
    if (kind === 'libtest' && runner === 'nextest' && /no library targets found/.test(res.stderr)) continue;
    cell.status = 'failure';
    if (report.failures.length === 0) {
      // The tests did not run: most often a build error (e.g. code behind a feature that does not compile).
      const errors = parseRustcErrors(res.stderr);
      cell.error = errors.length
        ? `build failed: ${errors[0]!.message}`
        : `cargo ${cmd.args[0]} failed (exit ${res.code})`;
      for (const e of errors) {
        const file = e.file ? resolveReported(e.file, bases, ctx.repoRoot) : undefined;
        findings.push({
          level: 'error',
          title: `${e.code ? `error[${e.code}]` : 'build error'} (${cellLabel(cell)})`,
          message: e.rendered,
          ...(file && e.line ? { file, line: e.line, column: e.column } : {}),
        });
      }
      if (errors.length === 0)
        findings.push({
          level: 'error',
          title: `cargo ${cmd.args[0]} failed (${cellLabel(cell)})`,
          message: lastLines(res.stderr),
        });
    }
  }
  return { cell, findings };
}

export const testStage: Stage = {
  name: 'test',
  title: 'Test (cargo test)',
  async run(ctx) {
    const cells: CellResult[] = [];
    const findings: Finding[] = [];
    let runner: Runner = ctx.inputs.testRunner;
    let nextest: InstalledTool | undefined;
    /** Why nextest was asked for but not used. */
    let fallback: string | undefined;
    if (runner === 'nextest') {
      try {
        nextest = await requireTool(ctx, 'cargo-nextest');
      } catch (e) {
        // A missing test runner must not fail a green test suite: the tests run with cargo test.
        runner = 'cargo';
        fallback = (e as Error).message;
        if (!isCancelled()) {
          const message = nextestFallbackMessage(ctx.inputs.tools.versions['cargo-nextest'], fallback);
          // In the log where it happened; the finding is the (one) warning annotation.
          ctx.log.info(message);
          findings.push({ level: 'warning', title: 'cargo-nextest could not be installed', message });
        }
      }
    }
    const requireRustup = ctx.inputs.toolchains.length > 0 || ctx.toolchains.length > 1;
    const total = ctx.toolchains.length * ctx.inputs.featureSets.length;
    let stop = false;
    for (const toolchain of ctx.toolchains) {
      let toolchainError: string | undefined;
      if (!stop && !isCancelled()) {
        try {
          await ctx.profiler.measure(`toolchain ${toolchain}`, () =>
            ensureToolchain(ctx, toolchain, [], requireRustup),
          );
        } catch (e) {
          if (!(e instanceof ToolchainError)) throw e;
          toolchainError = e.message;
          findings.push({ level: 'error', title: `toolchain ${toolchain} unavailable`, message: e.message });
          ctx.log.warning(e.message);
        }
      }
      // Asked of the toolchain once it is installed; its cells run with --locked when the workspace has a Cargo.lock.
      const locked = toolchainError === undefined && !stop && !isCancelled() && (await hasLockfile(ctx, toolchain));
      for (const features of ctx.inputs.featureSets) {
        const label = cellLabel({ toolchain, features: features.label });
        const blank = { toolchain, features: features.label, passed: 0, failed: 0, ignored: 0, ms: 0, failures: [] };
        if (stop || isCancelled()) {
          cells.push({ ...blank, status: isCancelled() ? 'cancelled' : 'skipped' });
          continue;
        }
        if (toolchainError) {
          cells.push({ ...blank, status: 'failure', error: `toolchain ${toolchain} is not installed` });
          if (ctx.inputs.failFast) stop = true;
          continue;
        }
        const { cell, findings: cellFindings } = await ctx.profiler.measure(label, () =>
          ctx.log.group(`${runner === 'nextest' ? 'cargo nextest' : 'cargo test'} (${label})`, () =>
            runCell(ctx, toolchain, features, runner, locked, nextest),
          ),
        );
        cells.push(cell);
        findings.push(...cellFindings);
        if (cell.status === 'failure' && ctx.inputs.failFast) stop = true;
      }
    }
    const failedTests = testFindings(cells, total);
    findings.push(...failedTests);

    const sum = cells.reduce(
      (a, c) => ({ passed: a.passed + c.passed, failed: a.failed + c.failed, ignored: a.ignored + c.ignored }),
      { passed: 0, failed: 0, ignored: 0 },
    );
    const status: StageStatus = cells.some((c) => c.status === 'cancelled')
      ? 'cancelled'
      : cells.some((c) => c.status === 'failure')
        ? 'failure'
        : 'success';
    const counts = {
      ...sum,
      cells: cells.map((c) => ({
        toolchain: c.toolchain,
        features: c.features,
        status: c.status,
        passed: c.passed,
        failed: c.failed,
        ignored: c.ignored,
        ms: Math.round(c.ms),
        failedTests: c.failures.map((f) => f.name),
        ...(c.error ? { error: c.error } : {}),
      })),
    };
    const rows = cells.map((c) => [
      c.toolchain,
      c.features,
      `${STATUS_ICON[c.status]} ${c.status}${c.error ? ` (${c.error})` : ''}`,
      String(c.passed),
      String(c.failed),
      String(c.ignored),
      c.status === 'skipped' ? '–' : formatMs(c.ms),
    ]);
    if (cells.length > 1)
      rows.push([
        'total',
        '',
        '',
        String(sum.passed),
        String(sum.failed),
        String(sum.ignored),
        formatMs(cells.reduce((a, c) => a + c.ms, 0)),
      ]);
    const blocks: Block[] = [];
    if (fallback !== undefined) {
      const version = ctx.inputs.tools.versions['cargo-nextest'];
      blocks.push(
        {
          kind: 'text',
          text: `⚠️ **cargo-nextest ${version} could not be installed, so these tests ran with cargo test** (doc tests included). The warning annotation says how to fix it.`,
        },
        { kind: 'details', summary: 'why cargo-nextest could not be installed', body: fallback },
      );
    }
    blocks.push({
      kind: 'table',
      header: ['toolchain', 'features', 'result', 'passed', 'failed', 'ignored', 'time'],
      align: ['left', 'left', 'left', 'right', 'right', 'right', 'right'],
      rows,
    });
    const failedRows = failedTests.map((f) => [
      `\`${f.title!.replace(/^(doc )?test failed: /, '')}\``,
      f.file ? `${f.file}:${f.line}` : '–',
    ]);
    if (failedRows.length)
      blocks.push({ kind: 'table', header: ['failed test (cells)', 'location'], rows: failedRows });
    if (nextest) blocks.push(...toolBlocks([nextest]));
    const runnerNote =
      ctx.inputs.testRunner === 'nextest'
        ? ` (runner: ${runner === 'nextest' ? 'cargo nextest + cargo test --doc' : 'cargo test; cargo-nextest could not be installed'})`
        : '';
    return result(
      status,
      `${sum.passed} passed, ${sum.failed} failed, ${sum.ignored} ignored in ${plural(cells.length, 'cell')}${runnerNote}`,
      {
        findings,
        outputs: { 'test-counts': JSON.stringify(counts) },
        blocks,
        data: {
          ...counts,
          runner,
          ...(nextest ? { tool: toolData(nextest) } : {}),
          ...(fallback !== undefined ? { runnerFallback: fallback } : {}),
          cells: cells.map((c) => ({ ...c, ms: Math.round(c.ms) })),
        },
      },
    );
  },
};
