// The run's shared words: the stage interface, the context the pipeline hands a stage, findings,
// and the report a run produces. Every layer may import this module; it imports only base modules.
import { formatCommand, type Exec } from './exec.js';
import type { Inputs, MatrixCell, StageName } from './inputs.js';
import type { PhaseTiming, Profiler } from './profiler.js';
import type { Block } from './report/blocks.js';

export type StageStatus = 'success' | 'failure' | 'skipped' | 'cancelled';
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
  outputs: Record<string, string>;
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
  /** The payload's "action" (e.g. "published" for a release event); absent when the event has none. */
  action?: string;
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
export function logCommand(log: Logger, cmd: string, args: readonly string[], toolchain?: string): void {
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
  /** The toolchains of the matrix, resolved; the first one runs every other stage. */
  toolchains: string[];
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

export interface Stage {
  name: StageName;
  /** Human title for logs and the summary. */
  title: string;
  run(ctx: StageContext): Promise<StageResult>;
}

export function result(status: StageStatus, summary: string, extra: Partial<StageResult> = {}): StageResult {
  return { status, summary, findings: [], outputs: {}, blocks: [], ...extra };
}

export interface StageReport extends StageResult {
  name: StageName;
  title: string;
  ms: number;
}

/** A phase that runs before the stages (e.g. cache restore) and may add to the summary and outputs. */
export interface SetupStep {
  name: string;
  run(
    ctx: StageContext,
  ): Promise<{ outputs?: Record<string, string>; blocks?: Block[]; warnings?: string[]; data?: unknown } | void>;
}

export interface RunReport {
  result: 'success' | 'failure' | 'cancelled';
  failedStages: StageName[];
  stages: StageReport[];
  /** Every action output, stage outputs included. */
  outputs: Record<string, string>;
  /** Summary sections contributed by setup steps (cache, tools). */
  setupBlocks: Block[];
  setupData: Record<string, unknown>;
  toolchains: string[];
  phases: PhaseTiming[];
  totalMs: number;
  startedAt: string;
  /** The matrix cell this run executed (the cell input), for merging the reports of a planned matrix. */
  cell?: MatrixCell;
}
