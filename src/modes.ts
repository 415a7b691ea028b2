// The plan and merge modes for the action and the CLI: they run no stage and no cargo. The entry
// points hand over here when the mode input is not "run".
import { actionTempDir } from './paths.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { actionsLogger, appendSummary, annotate, fail, githubEvent, setOutputs } from './actions.js';
import type { Finding, RunEvent } from './context.js';
import type { Inputs, MatrixCell } from './inputs/types.js';
import { formatMs } from './profiler.js';
import { omittedText, selectAnnotations } from './report/annotations.js';
import { toMarkdown, toText, type Block } from './blocks.js';
import { plural } from './text.js';
import { mergeBlocks, mergedJson, mergeReports, type MergedRun } from './matrix/merge.js';
import { matrixJson, planFromInputs } from './matrix/plan.js';
import { readReports } from './matrix/reports.js';
import { ToolchainSpecError } from './cargo/toolchain-names.js';
import { isReleaseMatrix, publishMerged } from './matrix/release.js';
import type { PublishStepResult } from './release/publish-step.js';

/** GitHub runs at most 256 jobs from one matrix. */
export const MAX_MATRIX_JOBS = 256;

export interface PlanOutcome {
  cells: MatrixCell[];
  matrix: string;
  ms: number;
  /** Set when the plan cannot be used (too many jobs). */
  error?: string;
}

export function plan(inputs: Inputs, repoRoot: string, env: NodeJS.ProcessEnv): PlanOutcome {
  const started = performance.now();
  let cells: MatrixCell[];
  try {
    cells = planFromInputs(inputs, repoRoot, env);
  } catch (e) {
    if (!(e instanceof ToolchainSpecError)) throw e;
    return { cells: [], matrix: matrixJson([]), ms: performance.now() - started, error: e.message };
  }
  const ms = performance.now() - started;
  const error =
    cells.length > MAX_MATRIX_JOBS
      ? `The plan has ${cells.length} cells (os × toolchains × feature-sets × partitions) but GitHub runs at most ${MAX_MATRIX_JOBS} jobs per matrix: list fewer in os, toolchains or feature-sets, or lower partitions.`
      : undefined;
  return { cells, matrix: matrixJson(cells), ms, ...(error ? { error } : {}) };
}

/** CPU time of this process so far (a shared runner's load does not inflate it). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function planBlocks(p: PlanOutcome): Block[] {
  if (p.cells.some((c) => c.target))
    return [
      { kind: 'heading', text: `rust-pipeline release plan: ${plural(p.cells.length, 'target')}`, level: 2 },
      {
        kind: 'table',
        header: ['cell', 'target', 'runs on', 'toolchain'],
        rows: p.cells.map((c) => [c.name, c.target ?? '–', c.os, c.toolchain]),
      },
    ];
  return [
    { kind: 'heading', text: `rust-pipeline plan: ${plural(p.cells.length, 'cell')}`, level: 2 },
    {
      kind: 'table',
      header: ['cell', 'os', 'toolchain', 'features', 'shard', 'saves the dependency cache'],
      rows: p.cells.map((c) => [
        c.name,
        c.os,
        c.toolchain,
        c.features,
        c.partition ? `${c.partition.index}/${c.partition.count}` : '–',
        c.cacheWriter ? 'yes' : 'no (restores it)',
      ]),
    },
  ];
}

export function merge(inputs: Inputs): MergedRun {
  return mergeReports(readReports(inputs.matrix.reports!), inputs.matrix.planned);
}

/** A merge that, for a release matrix, also publishes the release; the outcome joins the run's. */
export interface MergeOutcome {
  run: MergedRun;
  release?: PublishStepResult;
}

async function mergeAndPublish(
  inputs: Inputs,
  event: RunEvent,
  env: NodeJS.ProcessEnv,
  o: { log: (m: string) => void; outDir: string; repoRoot: string },
): Promise<MergeOutcome> {
  const found = readReports(inputs.matrix.reports!);
  const run = mergeReports(found, inputs.matrix.planned);
  const planned = inputs.matrix.planned?.flatMap((c) => (c.target ? [c.target] : []));
  if (!isReleaseMatrix(found.reports, planned)) return { run };
  const { setting, token } = inputs.githubRelease;
  const release = await publishMerged({
    base: found.base ?? inputs.matrix.reports!,
    reports: found.reports,
    ...(planned?.length ? { planned } : {}),
    outDir: o.outDir,
    step: {
      setting,
      ...(token ? { token } : {}),
      event,
      changelogDirs: [...new Set([inputs.workingDirectory, o.repoRoot])],
      env,
      log: o.log,
    },
  });
  Object.assign(run.outputs, release.outputs);
  if (release.status === 'failure') run.result = 'failure';
  return { run, release };
}

function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

const failMessage = (run: MergedRun, release?: PublishStepResult): string =>
  `The matrix ${run.result === 'cancelled' ? 'was cancelled' : 'failed'}: ${[
    run.failedStages.length ? `failed stages ${run.failedStages.join(', ')}` : '',
    run.missing.length ? `${plural(run.missing.length, 'cell')} without a report` : '',
    release?.status === 'failure' ? `GitHub Release ${release.summary}` : '',
  ]
    .filter(Boolean)
    .join('; ')}.`;

/** The release's failure as a finding (annotated like the cells' findings). */
function releaseFindings(release: PublishStepResult | undefined): Finding[] {
  return release?.error ? [{ level: 'error', title: release.input ?? 'GitHub Release', message: release.error }] : [];
}

/** mode: plan or merge in the action: outputs, summary, annotations; fails the step when the merged run failed. */
export async function actionMode(inputs: Inputs, workspace: string): Promise<void> {
  let blocks: Block[];
  if (inputs.matrix.mode === 'plan') {
    const p = plan(inputs, workspace, process.env);
    if (p.error) return fail(p.error);
    const problems = setOutputs({ matrix: p.matrix });
    if (problems.length) return fail(problems.join('\n'));
    // performance.now() counts from the process start: the whole step, module loading included.
    actionsLogger.info(
      `Planned ${plural(p.cells.length, 'cell')} in ${formatMs(p.ms)} (step: ${formatMs(performance.now())} since node started, ${formatMs(cpuMs())} CPU):\n${p.matrix}`,
    );
    blocks = planBlocks(p);
  } else {
    const outDir = actionTempDir();
    const { run, release } = await mergeAndPublish(inputs, githubEvent(process.env), process.env, {
      log: (m) => actionsLogger.info(m),
      outDir: join(outDir, 'release'),
      repoRoot: workspace,
    });
    const findings = [...run.findings, ...releaseFindings(release)];
    const selection = selectAnnotations(findings, inputs.maxAnnotations);
    for (const f of selection.shown) annotate(f);
    const reportPath = join(outDir, 'merged-report.json');
    writeJson(reportPath, { ...(mergedJson(run) as object), ...(release ? { release: release.outcome ?? null } : {}) });
    const problems = setOutputs({ ...run.outputs, report: reportPath });
    if (problems.length) fail(problems.join('\n'));
    blocks = [...mergeBlocks(run, inputs.matrix.reports!, omittedText(selection.omitted)), ...(release?.blocks ?? [])];
    if (run.result !== 'success') fail(`${failMessage(run, release)} See the job summary.`);
  }
  try {
    await appendSummary(toMarkdown(blocks));
  } catch (e) {
    actionsLogger.warning(`Could not write the job summary: ${(e as Error).message}`);
  }
}

function findingLine(f: Finding): string {
  const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}: ` : '';
  return `${where}${f.level}${f.title ? ` [${f.title}]` : ''}: ${f.message.split('\n')[0]}`;
}

/**
 * mode: plan or merge in the CLI. plan prints only the matrix JSON (to pipe into other tools);
 * merge prints the summary and returns 1 when the merged run failed. `reportPath` receives the merged JSON.
 */
export async function cliMode(inputs: Inputs, root: string, event: RunEvent, reportPath?: string): Promise<number> {
  if (inputs.matrix.mode === 'plan') {
    const p = plan(inputs, root, process.env);
    if (p.error) {
      console.error(`rust-pipeline: ${p.error}`);
      return 2;
    }
    console.log(p.matrix);
    return 0;
  }
  const { run, release } = await mergeAndPublish(inputs, event, process.env, {
    log: (m) => console.log(m),
    outDir: join(reportPath ? dirname(reportPath) : join(root, 'target', 'rust-pipeline'), 'release'),
    repoRoot: root,
  });
  const findings = [...run.findings, ...releaseFindings(release)];
  if (findings.length) console.log(['Findings:', ...findings.map((f) => `  ${findingLine(f)}`)].join('\n'));
  console.log(toText([...mergeBlocks(run, inputs.matrix.reports!), ...(release?.blocks ?? [])]));
  if (reportPath) writeJson(reportPath, mergedJson(run));
  if (run.result !== 'success') console.log(`\n${failMessage(run, release)}`);
  return run.result === 'success' ? 0 : 1;
}
