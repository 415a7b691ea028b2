// The action's main step: read inputs, run the pipeline, report. The only place that fails the step.
import { join } from 'node:path';
import { installCancellation, writeJsonReport } from './app.js';
import { exec } from './exec.js';
import { InputError, setInputSurface } from './inputs/errors.js';
import { parseInputs } from './inputs/parse.js';
import { checkInsideWorkspace } from './inputs/workspace.js';
import { runPipeline } from './pipeline.js';
import { ok, stop, type Outcome, type RunReport, type SetupStep } from './context.js';
import type { Inputs } from './inputs/types.js';
import { Profiler } from './profiler.js';
import { selectAnnotations } from './report/annotations.js';
import { toMarkdown } from './blocks.js';
import { summaryBlocks } from './report/summary.js';
import {
  actionsLogger,
  annotate,
  appendSummary,
  fail,
  getInput,
  githubEvent,
  saveState as saveRunnerState,
  setOutputs,
} from './actions.js';
import { closeGuard, guardWorkflowCommands, ownCommands } from './log-sink.js';
import { childEnv } from './child-env.js';
import { clearMainState, mainRanState, resultState } from './state.js';
import { toolDirOf, actionTempDir, workspaceDir } from './paths.js';
import { cacheOffStep } from './cache/off.js';
import { placeCellRelease } from './matrix/release.js';

/** Setup steps (cache restore, …) the action runs before the stages; the cache modules load only when the cache is on. */
async function actionSetup(inputs: Inputs): Promise<SetupStep[]> {
  if (!inputs.cache.enabled) return [cacheOffStep('`cache: false`')];
  const { cacheRestoreStep } = await import('./cache/restore.js');
  return [cacheRestoreStep];
}

/** Main's state writer: the runner hands the values to post. */
const saveState = (name: string, value: string): void => ownCommands(() => saveRunnerState(name, value));

/** From here on, what the repository's code prints cannot issue workflow commands (log-sink.ts); a signal stops the run. */
function guardStep(): void {
  setInputSurface('action');
  guardWorkflowCommands();
  installCancellation((signal) =>
    actionsLogger.warning(`Received ${signal}: stopping the running command and reporting what finished.`),
  );
}

/** The parsed inputs, their secrets masked; stops with the message the step fails with. */
async function readInputs(profiler: Profiler, workspace: string): Promise<Outcome<Inputs, string>> {
  let inputs: Inputs;
  try {
    inputs = await profiler.measure('inputs', async () => {
      const parsed = parseInputs((n) => getInput(n), workspace);
      checkInsideWorkspace(parsed, workspace);
      return parsed;
    });
  } catch (e) {
    return stop(e instanceof InputError ? e.message : `Could not read the inputs: ${(e as Error).message}`);
  }
  if (inputs.docker.password) actionsLogger.secret(inputs.docker.password);
  if (inputs.githubRelease.token) actionsLogger.secret(inputs.githubRelease.token);
  return ok(inputs);
}

/** The stages of mode: run, with the state post reads (that main ran, and its result). */
async function runStages(inputs: Inputs, profiler: Profiler, workspace: string, tempDir: string): Promise<RunReport> {
  const report = await runPipeline({
    inputs,
    repoRoot: workspace,
    // Every child (cargo, build scripts, tests, tools, docker) gets what a `run:` step would get.
    env: childEnv(process.env, { secrets: [inputs.docker.password] }),
    event: githubEvent(process.env),
    exec,
    log: actionsLogger,
    profiler,
    tempDir,
    toolDir: toolDirOf(process.env),
    saveState,
    setup: await actionSetup(inputs),
  });
  resultState.save(report.result, saveState);
  return report;
}

/**
 * The run's report: annotations, outputs, the job summary and the JSON report (a release matrix's
 * cell puts it beside its archives). Returns the outputs that could not be set.
 */
async function reportRun(report: RunReport, inputs: Inputs, profiler: Profiler, tempDir: string): Promise<string[]> {
  const findings = report.stages.flatMap((s) => s.findings);
  const selection = selectAnnotations(findings, inputs.maxAnnotations);
  // A release matrix's cell: the report and the archives in one folder, uploaded whole for the merge.
  const cellDir = inputs.cell?.target ? join(tempDir, 'release-cell') : undefined;
  const reportPath = join(cellDir ?? tempDir, 'report.json');
  report.outputs.report = reportPath;
  const outputProblems: string[] = [];
  if (cellDir) report.outputs['release-dir'] = placeCellRelease(report, cellDir, (m) => actionsLogger.warning(m));
  await profiler.measure('report', async () => {
    for (const f of selection.shown) annotate(f);
    outputProblems.push(...setOutputs(report.outputs));
  });
  // The summary and the JSON report are written last so that their phase profile includes the report phase.
  report.phases = profiler.timings();
  report.totalMs = profiler.totalMs();
  try {
    await appendSummary(toMarkdown(summaryBlocks(report, selection)));
  } catch (e) {
    actionsLogger.warning(`Could not write the job summary: ${(e as Error).message}`);
  }
  writeJsonReport(reportPath, report);
  return outputProblems;
}

/** Fails the step when outputs could not be set, the run was cancelled or a stage failed. */
function failStep(report: RunReport, outputProblems: readonly string[]): void {
  if (outputProblems.length) fail(outputProblems.join('\n'));
  else if (report.result === 'cancelled') fail('The run was cancelled.');
  else if (report.result === 'failure')
    fail(`Failed stages: ${report.failedStages.join(', ')}. See the annotations and the job summary.`);
}

async function main(): Promise<void> {
  const profiler = new Profiler();
  guardStep();
  const workspace = workspaceDir();
  const read = await readInputs(profiler, workspace);
  if (!read.ok) return fail(read.result);
  const inputs = read.value;
  // plan and merge run no stage: no cache, no state for post; their module loads only for them.
  if (inputs.matrix.mode !== 'run') return (await import('./modes.js')).actionMode(inputs, workspace);
  mainRanState.save(true, saveState);
  clearMainState(saveState);
  const tempDir = actionTempDir();
  const report = await runStages(inputs, profiler, workspace, tempDir);
  failStep(report, await reportRun(report, inputs, profiler, tempDir));
}

main()
  .catch((e: unknown) => fail(`rust-pipeline crashed: ${(e as Error).stack ?? String(e)}`))
  .finally(closeGuard);
