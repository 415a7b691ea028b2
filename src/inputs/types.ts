// The validated inputs, as parseInputs (src/inputs/parse.ts) returns them: the words every layer uses.
// Adapters and stages import this module (and specs.ts), never the parser.
import type { DenyCheck, Mode, StageName } from './specs.js';

export interface FeatureSet {
  /** Label shown in the matrix, e.g. "default", "all", "none+std", "serde+tokio". */
  label: string;
  /** cargo arguments selecting the features. */
  args: string[];
}

export type Tristate = 'true' | 'false' | 'auto';

/**
 * One cell of a planned job matrix: `mode: plan` lists them, and the `cell` input hands one back
 * to the job that runs it.
 */
export interface MatrixCell {
  /** Readable name for the job, e.g. "ubuntu-latest / stable / all (2/3)". */
  name: string;
  /** Runner label the cell's job runs on. */
  os: string;
  toolchain: string;
  /** Feature set label, as in the feature-sets input. */
  features: string;
  /** nextest shard (--partition hash:index/count); absent when the cell is not split. */
  partition?: { index: number; count: number };
  /** True for the one cell of its OS and toolchain that saves the shared dependency cache entry. */
  cacheWriter: boolean;
  /** A release matrix's cell: the one target it builds (its archive goes beside its report). */
  target?: string;
}

/** The inputs of scale-out: planning a job matrix, and merging the reports of its jobs. */
export interface MatrixInputs {
  mode: Mode;
  /** Runner labels for the plan; empty: the current runner's (matrix/plan.ts derives it). */
  os: string[];
  /** Shards per test cell (1: not split). */
  partitions: number;
  /** mode: merge: absolute folder or glob of the JSON reports. */
  reports?: string;
  /** mode: merge: the planned cells (the matrix input), to name the ones without a report. */
  planned?: MatrixCell[];
}

export interface Inputs {
  stages: StageName[];
  matrix: MatrixInputs;
  /** Absolute path of the crate or workspace directory. */
  workingDirectory: string;
  /** Empty: resolved later from rust-toolchain(.toml), else stable. */
  toolchains: string[];
  featureSets: FeatureSet[];
  /** Overlap stages that do not share the target directory (the parallel input). */
  parallel: boolean;
  failFast: boolean;
  testRunner: 'cargo' | 'nextest';
  testArgs: string[];
  /** Set when this run executes one cell of a planned job matrix (the cell input). */
  cell?: MatrixCell;
  clippyArgs: string[];
  clippyDenyWarnings: boolean;
  maxAnnotations: number;
  cache: {
    enabled: boolean;
    sharedKey: string;
    keySuffix: string;
    onFailure: boolean;
    save: CacheSave;
    /** Absolute paths, checked by resolveCacheDirectories. */
    directories: string[];
    restoreTimeoutSeconds: number;
  };
  coverage: { failUnder?: number; dir: string; args: string[] };
  audit: { db?: string; ignore: string[]; denyWarnings: boolean };
  deny: { config?: string; checks: DenyCheck[] };
  tools: {
    mirror?: string;
    versions: Record<'cargo-audit' | 'cargo-tarpaulin' | 'cargo-nextest' | 'cargo-deny' | 'cargo-auditable', string>;
  };
  build: {
    /** The first of targets (the one the single-binary outputs describe); undefined: the host. */
    target?: string;
    /** Every target to build, in order; empty: the host. */
    targets: string[];
    static: Tristate;
    profile: 'release' | 'size';
    bin?: string;
    /** Files for the release archives, relative to the package directory; undefined: README*, LICENSE*, CHANGELOG*. */
    archiveFiles?: string[];
    /** Built with cargo-auditable (the dependency list embedded), then checked with cargo audit bin. */
    auditable: boolean;
  };
  docker: {
    images: string[];
    dockerfile?: string;
    context?: string;
    buildArgs: string[];
    labels: string[];
    platforms: string[];
    tags: string[];
    replaceTags: boolean;
    push: Tristate;
    registry?: string;
    username?: string;
    password?: string;
    pushRetries: number;
    smoke: SmokeInputs;
  };
  /** The GitHub Release (publish stage, merge of a release matrix). */
  githubRelease: { setting: Tristate; token?: string };
}

/** The smoke test run on an image before it is pushed (src/release/smoke.ts). */
export interface SmokeInputs {
  mode: 'auto' | 'none' | 'http' | 'command';
  healthPath: string;
  healthPort?: number;
  healthTimeoutSeconds: number;
  stopTimeoutSeconds: number;
  args: string[];
}

/**
 * When the cache is saved (src/cache/save-policy.ts decides). "true" saves like "always" except on
 * the events whose cache scope is the base branch, which only an explicit "always" may write;
 * "false" is "never".
 */
export type CacheSave = 'auto' | 'always' | 'true' | 'never';

/** The readable name of a planned cell (the planner, the merge and the cell schema name cells alike): "ubuntu-latest / stable / all (2/3)". */
export function cellName(c: Pick<MatrixCell, 'os' | 'toolchain' | 'features' | 'partition'>): string {
  const shard = c.partition ? ` (${c.partition.index}/${c.partition.count})` : '';
  return `${c.os} / ${c.toolchain} / ${c.features}${shard}`;
}
