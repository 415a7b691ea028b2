// mode: plan — the job matrix of a run, for `strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`.
// Pure: reads the inputs and rust-toolchain(.toml), starts no process.
import { cellName, type Inputs, type MatrixCell } from '../inputs/types.js';
import { resolveToolchains } from '../cargo/toolchain-resolve.js';
import { planReleaseCells } from './release.js';

/** ImageOS of GitHub's hosted images → the label that selects that image. */
const IMAGE_LABELS: [RegExp, (n: string) => string][] = [
  [/^ubuntu(\d\d)$/, (n) => `ubuntu-${n}.04`],
  [/^win(\d\d)$/, (n) => `windows-20${n}`],
  [/^macos(\d\d)$/, (n) => `macos-${n}`],
];
const OS_LABELS: Record<string, string> = { Linux: 'ubuntu-latest', Windows: 'windows-latest', macOS: 'macos-latest' };
const PLATFORM_OS: Partial<Record<NodeJS.Platform, string>> = { linux: 'Linux', win32: 'Windows', darwin: 'macOS' };

/**
 * The runner label of the machine this runs on: the hosted image's own label from ImageOS (so the
 * cells run on the image the plan ran on), else the OS's "-latest" label from RUNNER_OS (or, outside
 * Actions, the platform). Self-hosted runners have no ImageOS: give their labels in the os input.
 */
export function currentRunnerLabel(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string {
  const image = env.ImageOS ?? '';
  for (const [pattern, label] of IMAGE_LABELS) {
    const m = pattern.exec(image);
    if (!m) continue;
    const arm = image.startsWith('ubuntu') && env.RUNNER_ARCH === 'ARM64' ? '-arm' : '';
    return `${label(m[1]!)}${arm}`;
  }
  const os = env.RUNNER_OS ?? PLATFORM_OS[platform] ?? 'Linux';
  return OS_LABELS[os] ?? 'ubuntu-latest';
}

export interface PlanShape {
  os: readonly string[];
  /** As the toolchains input names them ("msrv"): each cell job resolves its own. */
  toolchains: readonly string[];
  /** How cell names show a toolchain whose name alone does not say it: "msrv" → "msrv (1.85)". */
  labels?: Readonly<Record<string, string>>;
  features: readonly string[];
  /** Shards per (os, toolchain, features); 1: not split. */
  partitions: number;
}

/**
 * Every cell: OS × toolchain × feature set × shard, in that order. The cache writer of each
 * (OS, toolchain) is its first feature set's first shard: the one cell that saves the dependency
 * entry the others restore (they build the same dependencies; the first feature set is the one the
 * user listed first, usually the default).
 */
export function planCells(shape: PlanShape): MatrixCell[] {
  const cells: MatrixCell[] = [];
  const shards = shape.partitions > 1 ? shape.partitions : 0;
  for (const os of shape.os) {
    for (const toolchain of shape.toolchains) {
      shape.features.forEach((features, f) => {
        for (let index = 1; index <= Math.max(shards, 1); index++) {
          const partition = shards ? { index, count: shards } : undefined;
          const cell = { os, toolchain, features, ...(partition ? { partition } : {}) };
          const name = cellName({ ...cell, toolchain: shape.labels?.[toolchain] ?? toolchain });
          cells.push({ name, ...cell, cacheWriter: f === 0 && index === 1 });
        }
      });
    }
  }
  return cells;
}

/** The targets of a release plan (the targets input). */
export function releaseTargets(inputs: Inputs): string[] {
  return inputs.build.targets;
}

/**
 * The cells of a run's inputs: with targets, one release cell per target (release.ts); else the
 * test matrix: toolchains as `run` resolves them (a ToolchainSpecError when it cannot), the os input
 * or the current runner.
 */
export function planFromInputs(inputs: Inputs, repoRoot: string, env: NodeJS.ProcessEnv): MatrixCell[] {
  const { list } = resolveToolchains(inputs.toolchains, inputs.workingDirectory, repoRoot, env);
  const targets = releaseTargets(inputs);
  if (targets.length > 0) {
    return planReleaseCells(targets, list[0]?.request ?? 'stable', inputs.featureSets[0]?.label);
  }
  return planCells({
    os: inputs.matrix.os.length ? inputs.matrix.os : [currentRunnerLabel(env)],
    toolchains: list.map((t) => t.request),
    labels: Object.fromEntries(list.filter((t) => t.label !== t.request).map((t) => [t.request, t.label])),
    features: inputs.featureSets.map((f) => f.label),
    partitions: inputs.testRunner === 'nextest' ? inputs.matrix.partitions : 1,
  });
}

/** The matrix output: `{"include":[…]}`, which strategy.matrix accepts through fromJSON. */
export function matrixJson(cells: readonly MatrixCell[]): string {
  return JSON.stringify({ include: cells });
}
