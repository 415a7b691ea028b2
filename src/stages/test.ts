// The test matrix: every toolchain × feature set runs as one cell (cargo test --no-fail-fast, or
// cargo-nextest's `nextest run` + cargo test --doc); failing tests become annotations at their
// panic location. cargo-nextest comes from the tool installer; when it cannot be installed the
// cells run cargo test and a warning says why.
import { docTestCommand, nextestCommand, testCommand, type CargoCommand } from '../cargo/commands.js';
import { failureLocation, LibtestParser, type TestReport } from '../cargo/libtest.js';
import { NextestParser } from '../cargo/nextest.js';
import { parseRustcErrors } from '../cargo/rustc.js';
import { rustcVersion, workspaceRoot } from '../cargo/metadata.js';
import { resolveReported } from '../cargo/workspace.js';
import { isCancelled } from '../exec.js';
import type { FeatureSet } from '../inputs/types.js';
import { ensureToolchain, ToolchainError } from '../toolchain.js';
import { requireTool, type InstalledTool } from '../tools/index.js';
import { hasLockfile, runCargo } from './cargo-run.js';
import { cellLabel, summarize, type CellResult, type RunnerChoice, type Runner, type Shard } from './test-report.js';
import { lastLines } from '../text.js';
import type { Finding, Stage, StageContext, StageStatus } from '../context.js';

export type { CellFailure, CellResult, Runner, Shard } from './test-report.js';
export { failedNames, MAX_FAILED_NAMES, testFindings } from './test-report.js';

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
  o: { locked: boolean; features: FeatureSet; extra: readonly string[]; nextest?: string; partition?: Shard },
): { cmd: CargoCommand; kind: 'libtest' | 'nextest' }[] {
  if (runner === 'nextest') {
    const run = nextestCommand(o);
    const commands: { cmd: CargoCommand; kind: 'libtest' | 'nextest' }[] = [
      { cmd: o.nextest ? { ...run, program: o.nextest } : run, kind: 'nextest' },
    ];
    // nextest does not split doc tests: they run once per cell, in its first shard.
    if (!o.partition || o.partition.index === 1) commands.push({ cmd: docTestCommand(o), kind: 'libtest' });
    return commands;
  }
  return [{ cmd: testCommand(o), kind: 'libtest' }];
}

/** Why a cell's command failed without failing tests (rustc errors, else the end of its stderr); sets cell.error. */
function buildFailure(
  ctx: StageContext,
  cell: CellResult,
  subcommand: string,
  res: { stderr: string; code: number | null },
  bases: readonly string[],
): Finding[] {
  const errors = parseRustcErrors(res.stderr);
  cell.error = errors.length ? `build failed: ${errors[0]!.message}` : `cargo ${subcommand} failed (exit ${res.code})`;
  if (errors.length === 0)
    return [
      { level: 'error', title: `cargo ${subcommand} failed (${cellLabel(cell)})`, message: lastLines(res.stderr) },
    ];
  return errors.map((e) => {
    const file = e.file ? resolveReported(e.file, bases, ctx.repoRoot) : undefined;
    return {
      level: 'error',
      title: `${e.code ? `error[${e.code}]` : 'build error'} (${cellLabel(cell)})`,
      message: e.rendered,
      ...(file && e.line ? { file, line: e.line, column: e.column } : {}),
    };
  });
}

/** A cell before its commands ran: no tests counted yet. */
function newCell(ctx: StageContext, toolchain: string, features: FeatureSet, partition?: Shard): CellResult {
  return {
    toolchain,
    ...labelOf(ctx, toolchain),
    features: features.label,
    ...(partition ? { partition } : {}),
    status: 'success',
    passed: 0,
    failed: 0,
    ignored: 0,
    ms: 0,
    failures: [],
  };
}

/** Adds one command's counts and failures (located relative to the repository) to its cell. */
function addReport(cell: CellResult, report: TestReport, bases: readonly string[], repoRoot: string): void {
  cell.passed += report.passed;
  cell.failed += report.failed;
  cell.ignored += report.ignored;
  for (const f of report.failures) {
    cell.failures.push({
      name: f.name,
      ...failureLocation(f, bases, repoRoot),
      ...(f.message ? { message: f.message } : {}),
      ...(f.doc ? { docTest: true } : {}),
    });
  }
}

/** Runs one cell of the matrix: its commands in order, their output read into counts, failures and findings. */
export async function runCell(
  ctx: StageContext,
  toolchain: string,
  features: FeatureSet,
  runner: Runner,
  locked: boolean,
  nextest: InstalledTool | undefined,
  partition?: Shard,
): Promise<{ cell: CellResult; findings: Finding[] }> {
  const cell = newCell(ctx, toolchain, features, partition);
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
    ...(partition ? { partition } : {}),
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
    addReport(cell, report, bases, ctx.repoRoot);
    if (res.code === 0) continue;
    // A package without a library has no doc tests: not a failure of the nextest cell (whose
    // status stays what `nextest run` made it).
    if (kind === 'libtest' && runner === 'nextest' && /no library targets found/.test(res.stderr)) continue;
    cell.status = 'failure';
    // The tests did not run: most often a build error (e.g. code behind a feature that does not compile).
    if (report.failures.length === 0) findings.push(...buildFailure(ctx, cell, cmd.args[0]!, res, bases));
  }
  return { cell, findings };
}

/** A cell this run tests: one toolchain × feature set, or one shard of it. */
export interface CellPlan {
  toolchain: string;
  features: FeatureSet;
  partition?: Shard;
}

/** The cells of this run: the cell input's one, else every toolchain × feature set in order. */
export function selectCells(ctx: Pick<StageContext, 'inputs' | 'toolchains'>): CellPlan[] {
  const { cell, featureSets } = ctx.inputs;
  if (cell) {
    // parseInputs narrowed toolchains and feature sets to the cell's own (its toolchain resolved: msrv → 1.85).
    const features = featureSets.find((f) => f.label === cell.features) ?? featureSets[0]!;
    const toolchain = ctx.toolchains[0] ?? cell.toolchain;
    return [{ toolchain, features, ...(cell.partition ? { partition: cell.partition } : {}) }];
  }
  return ctx.toolchains.flatMap((toolchain) => featureSets.map((features) => ({ toolchain, features })));
}

/** nextest when asked for and installable; otherwise cargo test, with a warning finding saying why. */
async function chooseRunner(ctx: StageContext, findings: Finding[]): Promise<RunnerChoice> {
  if (ctx.inputs.testRunner !== 'nextest') return { runner: 'cargo' };
  try {
    return { runner: 'nextest', nextest: await requireTool(ctx, 'cargo-nextest') };
  } catch (e) {
    // A missing test runner must not fail a green test suite: the tests run with cargo test.
    const fallback = (e as Error).message;
    if (!isCancelled()) {
      const message = nextestFallbackMessage(ctx.inputs.tools.versions['cargo-nextest'], fallback);
      // In the log where it happened; the finding is the (one) warning annotation.
      ctx.log.info(message);
      findings.push({ level: 'warning', title: 'cargo-nextest could not be installed', message });
    }
    return { runner: 'cargo', fallback };
  }
}

interface ToolchainState {
  error?: string;
  /** The release of the rustc that runs (rustc -vV), when it answered. */
  rustc?: string;
  /** Cells run with --locked when the workspace has a Cargo.lock (asked of the installed toolchain). */
  locked: boolean;
}

async function prepareToolchain(ctx: StageContext, toolchain: string, findings: Finding[]): Promise<ToolchainState> {
  const requireRustup = ctx.inputs.toolchains.length > 0 || ctx.toolchains.length > 1;
  try {
    await ctx.profiler.measure(`toolchain ${toolchain}`, () => ensureToolchain(ctx, toolchain, [], requireRustup));
  } catch (e) {
    if (!(e instanceof ToolchainError)) throw e;
    findings.push({ level: 'error', title: `toolchain ${toolchain} unavailable`, message: e.message });
    ctx.log.warning(e.message);
    return { error: e.message, locked: false };
  }
  if (isCancelled()) return { locked: false };
  const version = await rustcVersion(ctx, toolchain);
  const rustc = version.ok ? /^release: (.+)$/m.exec(version.value)?.[1]?.trim() : undefined;
  return { locked: await hasLockfile(ctx, toolchain), ...(rustc ? { rustc } : {}) };
}

/** The cell's label when its toolchain's name alone does not say what it is (msrv, stable-N). */
function labelOf(ctx: Pick<StageContext, 'toolchainLabels'>, toolchain: string): { label?: string } {
  const label = ctx.toolchainLabels[toolchain];
  return label ? { label } : {};
}

function blankCell(ctx: StageContext, plan: CellPlan, status: StageStatus, error?: string): CellResult {
  return {
    toolchain: plan.toolchain,
    ...labelOf(ctx, plan.toolchain),
    features: plan.features.label,
    ...(plan.partition ? { partition: plan.partition } : {}),
    status,
    passed: 0,
    failed: 0,
    ignored: 0,
    ms: 0,
    failures: [],
    ...(error ? { error } : {}),
  };
}

/** Runs the cells in order, installing each toolchain when its first cell needs it; fail-fast stops the rest. */
async function runCells(
  ctx: StageContext,
  plans: readonly CellPlan[],
  choice: RunnerChoice,
  findings: Finding[],
): Promise<CellResult[]> {
  const toolchains = new Map<string, ToolchainState>();
  const cells: CellResult[] = [];
  let stop = false;
  for (const plan of plans) {
    // cargo test cannot run a shard: without nextest, shard 1 runs every test and the others none,
    // so that the merged counts stay right.
    const unsplit = choice.runner === 'cargo' && plan.partition !== undefined;
    if (unsplit && plan.partition!.index > 1) {
      cells.push(blankCell(ctx, plan, 'skipped', 'cargo-nextest unavailable: shard 1 ran every test'));
      continue;
    }
    if (stop || isCancelled()) {
      cells.push(blankCell(ctx, plan, isCancelled() ? 'cancelled' : 'skipped'));
      continue;
    }
    let state = toolchains.get(plan.toolchain);
    if (!state) toolchains.set(plan.toolchain, (state = await prepareToolchain(ctx, plan.toolchain, findings)));
    if (state.error || isCancelled()) {
      const failed = state.error !== undefined;
      cells.push(
        blankCell(
          ctx,
          plan,
          failed ? 'failure' : 'cancelled',
          failed ? `toolchain ${plan.toolchain} is not installed` : undefined,
        ),
      );
      if (failed && ctx.inputs.failFast) stop = true;
      continue;
    }
    const label = cellLabel({ ...plan, ...labelOf(ctx, plan.toolchain), features: plan.features.label });
    const { locked } = state;
    const { cell, findings: cellFindings } = await ctx.profiler.measure(label, () =>
      ctx.log.group(`${choice.runner === 'nextest' ? 'cargo nextest' : 'cargo test'} (${label})`, () =>
        runCell(
          ctx,
          plan.toolchain,
          plan.features,
          choice.runner,
          locked,
          choice.nextest,
          unsplit ? undefined : plan.partition,
        ),
      ),
    );
    cells.push(state.rustc ? { ...cell, rustc: state.rustc } : cell);
    findings.push(...cellFindings);
    if (cell.status === 'failure' && ctx.inputs.failFast) stop = true;
  }
  return cells;
}

export const testStage: Stage = {
  name: 'test',
  title: 'Test (cargo test)',
  async run(ctx) {
    const findings: Finding[] = [];
    const plans = selectCells(ctx);
    const choice = await chooseRunner(ctx, findings);
    const cells = await runCells(ctx, plans, choice, findings);
    return summarize(ctx, cells, findings, choice);
  },
};
