// Plans the stages, runs them in order, times each phase, and collects one RunReport.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isCancelled, type Exec } from './exec.js';
import type { Inputs, StageName } from './inputs.js';
import type { Profiler } from './profiler.js';
import { STAGE_REGISTRY } from './stages/index.js';
import {
  result,
  type Finding,
  type Logger,
  type RunEvent,
  type RunReport,
  type SetupStep,
  type StageContext,
  type StageReport,
  type StageResult,
  type StageStatus,
} from './context.js';
import type { Block } from './report/blocks.js';
import { resolveToolchains } from './toolchain.js';

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
}

export function overallResult(stages: readonly StageReport[]): RunReport['result'] {
  if (stages.some((s) => s.status === 'cancelled')) return 'cancelled';
  if (stages.some((s) => s.status === 'failure')) return 'failure';
  return 'success';
}

export async function runPipeline(o: PipelineOptions): Promise<RunReport> {
  const startedAt = new Date().toISOString();
  const { inputs, profiler } = o;
  const previous = new Map<StageName, StageResult>();
  const stages: StageReport[] = [];
  const setupBlocks: Block[] = [];
  const setupData: Record<string, unknown> = {};
  const outputs: Record<string, string> = {};

  const toolchains = resolveToolchains(inputs.toolchains, inputs.workingDirectory, o.repoRoot);
  if (!existsSync(join(inputs.workingDirectory, 'Cargo.toml'))) {
    const missing: StageReport[] = inputs.stages.map((name) => ({
      ...result('failure', 'no Cargo.toml'),
      name,
      title: STAGE_REGISTRY[name].title,
      ms: 0,
      findings: [
        {
          level: 'error',
          title: 'working-directory',
          message: `No Cargo.toml in "${inputs.workingDirectory}". Set the working-directory input to the folder of your crate or workspace.`,
        } satisfies Finding,
      ],
    }));
    return finish(missing);
  }

  const ctx: StageContext = {
    inputs,
    cwd: inputs.workingDirectory,
    repoRoot: o.repoRoot,
    env: { ...o.env },
    toolchains,
    exec: o.exec,
    log: o.log,
    profiler,
    event: o.event,
    tempDir: o.tempDir,
    toolDir: o.toolDir,
    previous,
    saveState: o.saveState,
  };

  for (const step of o.setup ?? []) {
    if (isCancelled()) break;
    try {
      const res = await profiler.measure(step.name, () => step.run(ctx));
      if (res) {
        Object.assign(outputs, res.outputs ?? {});
        setupBlocks.push(...(res.blocks ?? []));
        for (const w of res.warnings ?? []) o.log.warning(w);
        if (res.data !== undefined) setupData[step.name] = res.data;
      }
    } catch (e) {
      // Setup steps (cache, tools) must never fail the run by themselves.
      o.log.warning(`${step.name}: ${(e as Error).message}`);
    }
  }

  for (const name of inputs.stages) {
    const stage = STAGE_REGISTRY[name];
    if (isCancelled()) {
      stages.push({ ...result('cancelled', 'not started: the run was cancelled'), name, title: stage.title, ms: 0 });
      continue;
    }
    const started = performance.now();
    let res: StageResult;
    try {
      res = await profiler.measure(`stage: ${name}`, () => o.log.group(stage.title, () => stage.run(ctx)));
    } catch (e) {
      res = result('failure', 'internal error', {
        findings: [{ level: 'error', title: `${name} stage`, message: (e as Error).stack ?? String(e) }],
      });
    }
    if (isCancelled() && res.status !== 'success') res = { ...res, status: 'cancelled' satisfies StageStatus };
    previous.set(name, res);
    stages.push({ ...res, name, title: stage.title, ms: performance.now() - started });
  }
  return finish(stages);

  function finish(done: StageReport[]): RunReport {
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
      setupBlocks,
      setupData,
      toolchains,
      phases: profiler.timings(),
      totalMs: profiler.totalMs(),
      startedAt,
      ...(inputs.cell ? { cell: inputs.cell } : {}),
    };
  }
}
