// Plans the stages, runs them (overlapped by what each needs, or one after another), times each
// phase, and collects one RunReport.
import type { Outputs } from './action-outputs.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isCancelled, type Exec } from './exec.js';
import type { StageName } from './inputs/specs.js';
import type { Inputs } from './inputs/types.js';
import type { Profiler } from './profiler.js';
import { STAGE_REGISTRY } from './stages/index.js';
import {
  result,
  type Finding,
  type Logger,
  type RunEvent,
  type RunReport,
  type SetupResult,
  type SetupStep,
  type Stage,
  type StageContext,
  type StageReport,
  type StageResult,
  type StageStatus,
  worstStatus,
} from './context.js';
import type { Block } from './blocks.js';
import { ensureToolchain, ToolchainError } from './toolchain.js';
import { toolchainOnDisk } from './cargo/rustup-home.js';
import type { ToolchainFile } from './cargo/toolchain-file.js';
import { ToolchainSpecError } from './cargo/toolchain-names.js';
import { resolveToolchains, type ResolvedToolchains } from './cargo/toolchain-resolve.js';
import { cargoMetadata } from './cargo/metadata.js';
import { routedLogger, StageOutput, withOutput } from './stage-log.js';

export interface PipelineOptions {
  inputs: Inputs;
  repoRoot: string;
  env: NodeJS.ProcessEnv;
  event: RunEvent;
  exec: Exec;
  log: Logger;
  profiler: Profiler;
  tempDir: string;
  toolDir: string;
  saveState(name: string, value: string): void;
  setup?: SetupStep[];
  /** The stages by name: STAGE_REGISTRY unless a test runs stand-ins. */
  registry?: Readonly<Record<StageName, Stage>>;
}

export function overallResult(stages: readonly StageReport[]): RunReport['result'] {
  return worstStatus(stages.map((s) => s.status));
}

/**
 * What a stage needs before it can start. Stages that build share the target directory (and
 * cargo's lock on it): they run one at a time, in pipeline order, so overlapping changes nothing
 * about what they build. The others run beside them.
 */
export interface StageNeeds {
  /** Builds in the target directory. */
  needsTarget: boolean;
  /** Waits for the setup steps (the cache restore brings dependencies, tools, the advisory database). */
  needsSetup: boolean;
  /** Stages whose results it reads (ctx.previous). */
  after: readonly StageName[];
}

export const STAGE_NEEDS: Record<StageName, StageNeeds> = {
  // cargo fmt reads the sources only.
  fmt: { needsTarget: false, needsSetup: false, after: [] },
  clippy: { needsTarget: true, needsSetup: true, after: [] },
  test: { needsTarget: true, needsSetup: true, after: [] },
  coverage: { needsTarget: true, needsSetup: true, after: [] },
  // cargo audit reads Cargo.lock and the advisory database and builds nothing.
  audit: { needsTarget: false, needsSetup: true, after: [] },
  // cargo deny reads the metadata, Cargo.lock and the same advisory database; it builds nothing.
  // After audit (when both run), so the database is fetched at most once.
  deny: { needsTarget: false, needsSetup: true, after: ['audit'] },
  build: { needsTarget: true, needsSetup: true, after: [] },
  docker: { needsTarget: true, needsSetup: true, after: ['build'] },
  // Publishes only what passed every other stage: it waits for all of them.
  publish: {
    needsTarget: false,
    needsSetup: false,
    after: ['fmt', 'clippy', 'test', 'coverage', 'audit', 'build', 'docker'],
  },
};

/** One run's shared state: what the steps below fill in. */
interface Run {
  o: PipelineOptions;
  ctx: StageContext;
  startedAt: string;
  /** The setup steps: the toolchain file's (when there is one), then the entry point's. */
  setup: SetupStep[];
  /** Each setup step's blocks, in step order (a step's later answer joins its own). */
  setupBlocks: Block[][];
  setupData: Record<string, unknown>;
  /** The setup steps' later answers (SetupResult.later), awaited before the report. */
  later: Promise<void>[];
  outputs: Outputs;
  previous: Map<StageName, StageResult>;
  registry: Readonly<Record<StageName, Stage>>;
}

export async function runPipeline(o: PipelineOptions): Promise<RunReport> {
  if (!existsSync(join(o.inputs.workingDirectory, 'Cargo.toml')))
    return finish(startRun(o, fallbackToolchains(o)), missingManifest(o.inputs));
  let toolchains: ResolvedToolchains;
  try {
    toolchains = resolveToolchains(o.inputs.toolchains, o.inputs.workingDirectory, o.repoRoot, o.env);
  } catch (e) {
    if (!(e instanceof ToolchainSpecError)) throw e;
    return finish(startRun(o, fallbackToolchains(o)), unusableToolchains(o.inputs, e));
  }
  for (const note of toolchains.notes) o.log.info(note);
  const run = startRun(o, toolchains);
  const stages = o.inputs.parallel ? await runOverlapped(run) : await runInLine(run);
  return finish(run, stages);
}

/** What a run that cannot start reports as its toolchains: the input's names as written. */
function fallbackToolchains(o: PipelineOptions): ResolvedToolchains {
  const list = o.inputs.toolchains.map((t) => ({ request: t, name: t, label: t }));
  return { list, main: list[0]?.name ?? 'stable', notes: [] };
}

function startRun(o: PipelineOptions, toolchains: ResolvedToolchains): Run {
  const startedAt = new Date().toISOString();
  const previous = new Map<StageName, StageResult>();
  const ctx: StageContext = {
    inputs: o.inputs,
    cwd: o.inputs.workingDirectory,
    repoRoot: o.repoRoot,
    env: { ...o.env },
    toolchains: toolchains.list.map((t) => t.name),
    toolchain: toolchains.main,
    toolchainLabels: Object.fromEntries(
      toolchains.list.filter((t) => t.label !== t.name).map((t) => [t.name, t.label]),
    ),
    ...(toolchains.file ? { toolchainFile: toolchains.file } : {}),
    exec: o.exec,
    // Overlapped stages each log into their own output; one after another, straight through.
    log: o.inputs.parallel ? routedLogger(o.log) : o.log,
    profiler: o.profiler,
    event: o.event,
    tempDir: o.tempDir,
    toolDir: o.toolDir,
    previous,
    saveState: o.saveState,
  };
  const setup = [...(toolchains.file ? [toolchainFileStep(toolchains.file)] : []), ...(o.setup ?? [])];
  const registry = o.registry ?? STAGE_REGISTRY;
  return { o, ctx, startedAt, setup, setupBlocks: [], setupData: {}, later: [], outputs: {}, previous, registry };
}

/**
 * The toolchain file's toolchain, components and targets, installed before the stages as a setup
 * phase of its own (so the cache key sees the installed compiler). A failure is not reported
 * here: every stage that uses the toolchain reports it (ensureToolchain keeps the answer).
 */
function toolchainFileStep(file: ToolchainFile): SetupStep {
  return {
    name: `toolchain file: ${file.file}`,
    run: async (ctx) => {
      try {
        await ensureToolchain(ctx, file.channel, [], false);
      } catch (e) {
        if (!(e instanceof ToolchainError)) throw e;
      }
    },
  };
}

/** Every stage failed before it started, for one reason. */
function notStarted(inputs: Inputs, summary: string, finding: Finding): StageReport[] {
  return inputs.stages.map((name) => ({
    ...result('failure', summary),
    name,
    title: STAGE_REGISTRY[name].title,
    ms: 0,
    findings: [finding],
  }));
}

function missingManifest(inputs: Inputs): StageReport[] {
  return notStarted(inputs, 'no Cargo.toml', {
    level: 'error',
    title: 'working-directory',
    message: `No Cargo.toml in "${inputs.workingDirectory}". Set the working-directory input to the folder of your crate or workspace.`,
  });
}

/** The toolchains input or the toolchain file cannot be used: no stage starts (the message names which, and the value, escaped). */
function unusableToolchains(inputs: Inputs, e: ToolchainSpecError): StageReport[] {
  return notStarted(inputs, 'toolchain not usable', { level: 'error', title: e.source, message: e.message });
}

async function runSetup(run: Run): Promise<void> {
  const { o, ctx } = run;
  for (const [index, step] of run.setup.entries()) {
    if (isCancelled()) break;
    try {
      const res = await o.profiler.measure(step.name, () => step.run(ctx));
      if (res) takeSetupResult(run, index, step.name, res);
    } catch (e) {
      // Setup steps (cache, tools) must never fail the run by themselves.
      o.log.warning(`${step.name}: ${(e as Error).message}`);
    }
  }
}

/** Adds a setup step's result (or its later answer) to the run: outputs, its blocks, warnings, its data. */
function takeSetupResult(run: Run, index: number, name: string, res: SetupResult): void {
  Object.assign(run.outputs, res.outputs ?? {});
  (run.setupBlocks[index] ??= []).push(...(res.blocks ?? []));
  for (const w of res.warnings ?? []) run.o.log.warning(w);
  if (res.data !== undefined) run.setupData[name] = { ...(run.setupData[name] as object | undefined), ...res.data };
  if (res.later)
    run.later.push(
      res.later.then(
        (r) => r && takeSetupResult(run, index, name, r),
        (e: unknown) => run.o.log.warning(`${name}: ${(e as Error).message}`),
      ),
    );
}

/** Runs one stage (or reports it not started when the run was cancelled) and records its result. */
async function runStage(run: Run, name: StageName, wrap = <T>(fn: () => Promise<T>) => fn()): Promise<StageReport> {
  const stage = run.registry[name];
  if (isCancelled())
    return { ...result('cancelled', 'not started: the run was cancelled'), name, title: stage.title, ms: 0 };
  const started = performance.now();
  let res: StageResult;
  try {
    res = await run.o.profiler.measure(`stage: ${name}`, () => wrap(() => stage.run(run.ctx)));
  } catch (e) {
    res = result('failure', 'internal error', {
      findings: [{ level: 'error', title: `${name} stage`, message: (e as Error).stack ?? String(e) }],
    });
  }
  if (isCancelled() && res.status !== 'success') res = { ...res, status: 'cancelled' satisfies StageStatus };
  run.previous.set(name, res);
  return { ...res, name, title: stage.title, ms: performance.now() - started };
}

/** Today's order: the setup steps, then each stage after the one before. */
async function runInLine(run: Run): Promise<StageReport[]> {
  await runSetup(run);
  const stages: StageReport[] = [];
  for (const name of run.o.inputs.stages) {
    stages.push(await runStage(run, name, (fn) => run.o.log.group(run.registry[name].title, fn)));
  }
  return stages;
}

/**
 * Each stage starts as soon as what it needs (STAGE_NEEDS) is done. Its log is recorded and
 * printed whole, in pipeline order: the first unfinished stage streams live.
 */
async function runOverlapped(run: Run): Promise<StageReport[]> {
  const { o, ctx } = run;
  const names = o.inputs.stages;
  // The profile lists setup and stages in pipeline order, whichever starts first.
  o.profiler.reserve([...run.setup.map((s) => s.name), ...names.map((n) => `stage: ${n}`)]);
  const setup = runSetup(run);
  // The workspace facts most stages ask for: asked now, beside the first stage, not by it.
  // Only for an installed toolchain: asking with a missing one could start rustup installing it.
  if (toolchainOnDisk(ctx.env, ctx.toolchain)) void cargoMetadata(ctx, ctx.toolchain);
  const done = new Map<StageName, Promise<StageReport>>();
  let lastBuilder: Promise<unknown> = Promise.resolve();
  let shown: Promise<unknown> = setup;
  for (const name of names) {
    const needs = STAGE_NEEDS[name];
    const waits = [
      ...(needs.needsSetup ? [setup] : []),
      ...(needs.needsTarget ? [lastBuilder] : []),
      ...needs.after.flatMap((a) => done.get(a) ?? []),
    ];
    const output = new StageOutput(o.log);
    let begin!: (ran: boolean) => void;
    const begun = new Promise<boolean>((r) => (begin = r));
    const report = Promise.all(waits).then(() => {
      begin(!isCancelled());
      return runStage(run, name, (fn) => withOutput(output, fn));
    });
    done.set(name, report);
    if (needs.needsTarget) lastBuilder = report;
    shown = shown.then(() => showWhole(o.log, run.registry[name].title, output, begun, report));
  }
  await shown;
  return Promise.all(names.map((n) => done.get(n)!));
}

/** Prints a stage's recorded log in its group, then its live output until it finishes. */
async function showWhole(
  log: Logger,
  title: string,
  output: StageOutput,
  begun: Promise<boolean>,
  report: Promise<StageReport>,
): Promise<void> {
  if (!(await begun)) return;
  try {
    await log.group(title, async () => {
      output.goLive();
      await report;
    });
  } finally {
    output.dispose();
  }
}

async function finish(run: Run, done: StageReport[]): Promise<RunReport> {
  const { outputs, o } = run;
  // A later answer may bring more later answers: wait until none is left.
  for (let seen = 0; seen < run.later.length; seen = run.later.length) await Promise.all(run.later.slice(seen));
  for (const s of done) Object.assign(outputs, s.outputs);
  const res = overallResult(done);
  const failedStages = done.filter((s) => s.status === 'failure' || s.status === 'cancelled').map((s) => s.name);
  outputs.result = res;
  outputs['failed-stages'] = failedStages.join(',');
  return {
    result: res,
    failedStages,
    stages: done,
    outputs,
    setupBlocks: run.setupBlocks.flatMap((b) => b ?? []),
    setupData: run.setupData,
    toolchains: run.ctx.toolchains,
    ...(Object.keys(run.ctx.toolchainLabels).length ? { toolchainLabels: run.ctx.toolchainLabels } : {}),
    phases: o.profiler.timings(),
    totalMs: o.profiler.totalMs(),
    startedAt: run.startedAt,
    ...(o.inputs.cell ? { cell: o.inputs.cell } : {}),
  };
}
