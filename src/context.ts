// The run's shared words: the stage interface, the context the pipeline hands a stage, findings,
// and the report a run produces. Every layer may import this module; it imports only base modules.
import { formatCommand, type Exec } from './exec.js';
import type { StageName } from './inputs/specs.js';
import type { Inputs, MatrixCell } from './inputs/types.js';
import type { PhaseTiming, Profiler } from './profiler.js';
import type { Outputs } from './action-outputs.js';
import type { Block } from './blocks.js';

export type StageStatus = 'success' | 'failure' | 'skipped' | 'cancelled';

/**
 * The one worst-status rule, for a run (its stages), a stage (its cells) and a merge (its jobs):
 * failure, then cancelled, then success (skipped counts as success). A failure wins over a
 * cancellation because a cancellation is so often the consequence of one (fail-fast, GitHub's
 * matrix cancelling the sibling jobs of a failed one), and because a failure already found is a
 * fact about the code that a re-run will show again, while a cancellation says only that the run
 * stopped.
 */
export function worstStatus(statuses: Iterable<StageStatus>): 'success' | 'failure' | 'cancelled' {
  const all = [...statuses];
  if (all.includes('failure')) return 'failure';
  if (all.includes('cancelled')) return 'cancelled';
  return 'success';
}
/** The mark shown beside a status in summaries. */
export const STATUS_ICON: Record<StageStatus, string> = {
  success: '✅',
  failure: '❌',
  skipped: '⏭️',
  cancelled: '🛑',
};

export type Level = 'error' | 'warning' | 'notice';

/** Something to show on a file and line: becomes an annotation in Actions, a line in the CLI. */
export interface Finding {
  level: Level;
  message: string;
  title?: string;
  /** Path relative to the repository root, with forward slashes. */
  file?: string;
  line?: number;
  endLine?: number;
  column?: number;
  endColumn?: number;
}

export interface StageResult {
  status: StageStatus;
  /** One line for the overview table, e.g. "3 warnings" or "42 passed, 0 failed". */
  summary: string;
  findings: Finding[];
  /** Action outputs this stage sets (output name → value). */
  outputs: Outputs;
  /** Sections of the job summary for this stage (tables, collapsed details). */
  blocks: Block[];
  /** Machine-readable details for the JSON report. */
  data?: unknown;
}

/** What happened in the run's GitHub context (or its local stand-in for the CLI). */
export interface RunEvent {
  /** e.g. push, pull_request, workflow_dispatch; "local" in the CLI. */
  name: string;
  /** e.g. refs/tags/v1.2.3, refs/heads/main; may be empty. */
  ref: string;
  sha: string;
  /** e.g. https://github.com/acme/svc; empty when unknown. */
  repositoryUrl: string;
  /** "owner/name" (GITHUB_REPOSITORY); absent when unknown. */
  repository?: string;
  /** The payload's action (e.g. "published" for a release event); absent when the event has none. */
  action?: string;
  /** The release of a release event (its payload's release). */
  release?: { id: number; tag: string };
}

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  /** Runs fn inside a collapsible log group (Actions) or under a heading (CLI). */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Marks a value as secret: it is masked wherever it would be printed. */
  secret(value: string): void;
}

/** Echoes a command line before it runs, the one way every stage shows what it starts. */
export function logCommand(log: Pick<Logger, 'info'>, cmd: string, args: readonly string[], toolchain?: string): void {
  log.info(`[command]${formatCommand(cmd, args)}${toolchain ? `  (toolchain ${toolchain})` : ''}`);
}

export interface StageContext {
  inputs: Inputs;
  /** Absolute path of the crate or workspace (inputs.workingDirectory). */
  cwd: string;
  /** Absolute path of the repository root: annotation paths are relative to it. */
  repoRoot: string;
  /** Environment for child processes (process.env plus what the pipeline adds). */
  env: NodeJS.ProcessEnv;
  /** The rustup names of the test matrix's toolchains, resolved (msrv → "1.85"). */
  toolchains: string[];
  /** The toolchain fmt, clippy and the other stages run with: the first of `toolchains` that is not msrv. */
  toolchain: string;
  /** How the summary names a toolchain where its name alone does not say it: "1.85" → "msrv (1.85)". */
  toolchainLabels: Record<string, string>;
  /** The toolchain file, when it names one of `toolchains`: its profile, components and targets are installed for it. */
  toolchainFile?: ToolchainFile;
  exec: Exec;
  log: Logger;
  profiler: Profiler;
  event: RunEvent;
  /** Scratch directory for this run (RUNNER_TEMP in Actions). */
  tempDir: string;
  /** Where tools and databases are kept between runs (inside the shared cache). */
  toolDir: string;
  /** Results of the stages that already ran (e.g. docker reads build's binary path). */
  previous: ReadonlyMap<StageName, StageResult>;
  /** Values a stage leaves for `post` (e.g. a registry to log out of). */
  saveState(name: string, value: string): void;
}

/** What rust-toolchain(.toml) asks for (see cargo/toolchain-file.ts). */
export interface ToolchainFile {
  /** The file as messages name it (relative to the repository root). */
  file: string;
  channel: string;
  components: string[];
  targets: string[];
  profile?: 'minimal' | 'default' | 'complete';
}

export interface Stage {
  name: StageName;
  /** Human title for logs and the summary. */
  title: string;
  run(ctx: StageContext): Promise<StageResult>;
}

export function result(status: StageStatus, summary: string, extra: Partial<StageResult> = {}): StageResult {
  return { status, summary, findings: [], outputs: {}, blocks: [], ...extra };
}

/**
 * The one way a step of a stage says it could not go on: an `Outcome`, the step's value or the
 * result the stage ends with (a failure, a cancellation or a skip). Callers write
 * `if (!x.ok) return x;` (or `return x.result` where the stage itself returns). A value rather than
 * a thrown error because a step that stops is an expected answer, not a fault: the type makes every
 * caller handle it, `Stage.run` keeps returning a `StageResult` (callers and tests see no exception),
 * a `finally` such as the docker logout still runs the usual way, and the pipeline's catch stays for
 * real faults (reported as "internal error"). Setup steps use it with their own failure type.
 */
export type Outcome<T, F = StageResult> = { ok: true; value: T } | { ok: false; result: F };

/** A step that went through, with its value. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** A step that ends its stage with this result. */
export function stop<F = StageResult>(result: F): { ok: false; result: F } {
  return { ok: false, result };
}

/** A step without a value that went through. */
export const DONE: { ok: true; value: undefined } = ok(undefined);

export interface StageReport extends StageResult {
  name: StageName;
  title: string;
  ms: number;
}

/** What a setup step (the cache restore, for one) reports: outputs, its summary section, warnings, its data. */
export interface SetupResult {
  outputs?: Outputs;
  blocks?: Block[];
  warnings?: string[];
  data?: Record<string, unknown>;
  /**
   * What the step learns after it has let the stages start (a question to a service whose answer
   * no stage needs): its outputs, blocks, warnings and data join the step's own before the report
   * is written.
   */
  later?: Promise<SetupResult | void>;
}

/** A phase that runs before the stages (e.g. cache restore) and may add to the summary and outputs. */
export interface SetupStep {
  name: string;
  run(ctx: StageContext): Promise<SetupResult | void>;
}

export interface RunReport {
  result: 'success' | 'failure' | 'cancelled';
  failedStages: StageName[];
  stages: StageReport[];
  /** Every action output, stage outputs included. */
  outputs: Outputs;
  /** Summary sections contributed by setup steps (cache, tools). */
  setupBlocks: Block[];
  setupData: Record<string, unknown>;
  toolchains: string[];
  /** Labels of the toolchains whose name alone does not say what they are ("1.85" → "msrv (1.85)"). */
  toolchainLabels?: Record<string, string>;
  phases: PhaseTiming[];
  totalMs: number;
  startedAt: string;
  /** The matrix cell this run executed (the cell input), for merging the reports of a planned matrix. */
  cell?: MatrixCell;
}
