// The one typed, validated Inputs object, shared by the action (core.getInput) and the CLI (flags).
// INPUT_SPECS is the single list of inputs: action.yml must match it (a unit test checks), and the
// CLI uses it for its defaults and --help.
import { isAbsolute, join, resolve } from 'node:path';
import { cargoHomeOf, homeOf, isInside, realPathOf } from './paths.js';

/** Every stage, in the order a run takes them (pipeline order: fmt, clippy, test, coverage, audit, deny, build, docker, publish). */
export const STAGES = ['fmt', 'clippy', 'test', 'coverage', 'audit', 'deny', 'build', 'docker', 'publish'] as const;
export type StageName = (typeof STAGES)[number];

export interface InputSpec {
  name: string;
  default: string;
  description: string;
}

/** Most shards a planned test cell may be split into (GitHub runs at most 256 jobs per matrix). */
export const MAX_PARTITIONS = 64;

/** Every input, in the order action.yml and the README list them. */
export const INPUT_SPECS: readonly InputSpec[] = [
  {
    name: 'stages',
    default: 'fmt, clippy, test',
    description: `Stages to run, separated by commas or newlines, in any order (they always run in pipeline order). Allowed: ${STAGES.join(', ')}.`,
  },
  {
    name: 'working-directory',
    default: '.',
    description: 'Directory holding the Cargo.toml of the crate or workspace, relative to the repository root.',
  },
  {
    name: 'toolchains',
    default: '',
    description:
      'Toolchains for the test matrix, e.g. "stable, beta, 1.80": a rustup channel or version, "msrv" (the rust-version in Cargo.toml) or "stable-N" (N releases before the installed stable, e.g. stable-2). Empty: the one rust-toolchain(.toml) names, else stable. The first one that is not msrv also runs fmt, clippy and the other stages.',
  },
  {
    name: 'feature-sets',
    default: 'default',
    description:
      'Feature sets for the test matrix, separated by commas or newlines: "default", "all" (--all-features), "none" (--no-default-features), or features joined by "+" (e.g. "serde+tokio", "none+std").',
  },
  {
    name: 'parallel',
    default: 'true',
    description:
      'Run stages that do not compete for the build directory at the same time (fmt beside clippy, audit beside the builds), each log printed whole. false: one stage after another.',
  },
  { name: 'fail-fast', default: 'false', description: 'Stop the test matrix at the first failing cell.' },
  {
    name: 'test-runner',
    default: 'cargo',
    description: 'Test runner: "cargo" (cargo test) or "nextest" (cargo nextest run, then cargo test --doc).',
  },
  {
    name: 'test-args',
    default: '',
    description:
      'Extra arguments for cargo test, e.g. "--workspace". Split like a shell would split them, but never run through a shell.',
  },
  {
    name: 'clippy-args',
    default: '',
    description: 'Extra arguments passed to clippy after "--", e.g. "-W clippy::pedantic".',
  },
  { name: 'clippy-deny-warnings', default: 'true', description: 'Treat clippy warnings as errors (-D warnings).' },
  {
    name: 'max-annotations',
    default: '20',
    description: 'Most annotations emitted per step (errors first); the summary says how many more there were.',
  },
  {
    name: 'cache',
    default: 'true',
    description: 'Restore and save the shared cache (cargo registry, git deps, target/, tools, advisory DB).',
  },
  { name: 'shared-key', default: '', description: 'Cache key shared across jobs; replaces the job id in the key.' },
  {
    name: 'cache-key-suffix',
    default: '',
    description: 'Extra text added to the cache key and to every restore key, to start a fresh cache.',
  },
  { name: 'cache-on-failure', default: 'false', description: 'Save the cache even when the pipeline failed.' },
  {
    name: 'cache-save',
    default: 'auto',
    description:
      'When to save the cache: "auto" (on push, schedule, workflow_dispatch and merge_group; on pull_request only when nothing was restored; on no other event), "always", "never", or "true"/"false" (e.g. the expression github.ref == \'refs/heads/main\'). pull_request_target, workflow_run and issue_comment runs share the base branch\'s cache scope while testing other code: they save only with "always", never with "true".',
  },
  {
    name: 'cache-directories',
    default: '',
    description:
      'Extra paths to cache, separated by newlines or commas, inside the workspace or the home directory (~ and $HOME are expanded). Credential locations (~/.ssh, ~/.aws, ~/.docker, cargo credentials, …) and glob patterns are refused.',
  },
  {
    name: 'cache-restore-timeout',
    default: '120',
    description: 'Seconds the cache restore may take before it is abandoned (the run then continues cold).',
  },
  {
    name: 'coverage-fail-under',
    default: '',
    description:
      'Fail the coverage stage when line coverage is below this percent (0-100). Empty: never fail on coverage.',
  },
  {
    name: 'coverage-dir',
    default: 'coverage',
    description: 'Directory (relative to working-directory) for the Cobertura XML, lcov and JSON coverage files.',
  },
  { name: 'tarpaulin-args', default: '', description: 'Extra arguments for cargo tarpaulin.' },
  {
    name: 'audit-db',
    default: '',
    description:
      'Path to a local RustSec advisory database (a git checkout). Empty: the cached copy, fetched when older than a day.',
  },
  {
    name: 'audit-ignore',
    default: '',
    description: 'Advisory ids to ignore, separated by commas or newlines (e.g. RUSTSEC-2020-0071).',
  },
  {
    name: 'audit-deny-warnings',
    default: 'false',
    description: 'Fail the audit stage on warnings too (unmaintained, unsound, yanked).',
  },
  {
    name: 'deny-config',
    default: '',
    description:
      "cargo-deny configuration for the deny stage (relative to working-directory). Empty: deny.toml of the workspace when there is one, else cargo-deny's defaults without the licenses check.",
  },
  {
    name: 'deny-checks',
    default: 'advisories, bans, licenses, sources',
    description:
      'Checks the deny stage runs, separated by commas or newlines. Allowed: advisories, bans, licenses, sources.',
  },
  {
    name: 'auditable',
    default: 'true',
    description:
      'Build release binaries with cargo auditable (the dependency list embedded in the binary) and check each with cargo audit bin before it ships.',
  },
  {
    name: 'tool-mirror',
    default: '',
    description:
      'Base URL to download prebuilt cargo tools from instead of their GitHub releases (for GHES or a mirror), laid out as <base>/<tool>/<version>/<release archive>. An archive is only downloaded when its sha256 is known (built-in table or the RUST_PIPELINE_TOOL_CHECKSUMS file); otherwise the tool is built with cargo install.',
  },
  { name: 'cargo-audit-version', default: '0.22.2', description: 'cargo-audit version to use.' },
  { name: 'cargo-tarpaulin-version', default: '0.37.2', description: 'cargo-tarpaulin version to use.' },
  {
    name: 'cargo-nextest-version',
    default: '0.9.123',
    description: 'cargo-nextest version to use when test-runner is nextest.',
  },
  { name: 'cargo-deny-version', default: '0.20.2', description: 'cargo-deny version to use (deny stage).' },
  {
    name: 'cargo-auditable-version',
    default: '0.7.7',
    description: 'cargo-auditable version to use for auditable release builds.',
  },
  {
    name: 'target',
    default: '',
    description:
      'Target triple for the build stage, e.g. x86_64-unknown-linux-musl. Empty: the host. Same as a one-element targets.',
  },
  {
    name: 'targets',
    default: '',
    description:
      'Target triples for the build stage, separated by commas or newlines (e.g. x86_64-unknown-linux-musl, aarch64-unknown-linux-gnu, x86_64-pc-windows-gnu): each is built, its header verified and packed into a reproducible <bin>-<version>-<target>.tar.gz (.zip for Windows) with a SHA256SUMS. Foreign Linux and Windows targets get their C cross toolchain (apt-get) and missing standard libraries (rustup target add). Empty: the target input.',
  },
  {
    name: 'archive-files',
    default: '',
    description:
      "Files packed beside the binary in each release archive, relative to the package's directory, separated by commas or newlines. Empty: the package's README*, LICENSE* and CHANGELOG*.",
  },
  {
    name: 'static',
    default: 'auto',
    description: 'Build a statically linked binary and verify it: "true", "false", or "auto" (true for linux targets).',
  },
  {
    name: 'profile',
    default: 'release',
    description:
      'Build profile: "release", or "size" (opt-level z, lto, codegen-units 1, strip, panic abort; set through CARGO_PROFILE_RELEASE_* env, your files are not edited).',
  },
  { name: 'bin', default: '', description: "Binary to build. Empty: the package's only binary." },
  {
    name: 'docker-image',
    default: '',
    description: 'Image name(s) to build and push, separated by commas or newlines, e.g. ghcr.io/acme/svc.',
  },
  {
    name: 'dockerfile',
    default: '',
    description:
      'Dockerfile to build. Empty: the Dockerfile in working-directory, else a generated FROM scratch one around the static binary.',
  },
  {
    name: 'docker-context',
    default: '',
    description:
      'Build context. Empty: working-directory (or a temporary context holding only the binary for the generated Dockerfile).',
  },
  { name: 'docker-build-args', default: '', description: 'Build arguments, one KEY=VALUE per line.' },
  {
    name: 'docker-labels',
    default: '',
    description: 'Extra image labels, one KEY=VALUE per line (OCI labels are added automatically).',
  },
  {
    name: 'docker-platforms',
    default: '',
    description:
      'Image platforms, e.g. linux/amd64,linux/arm64. Empty: one per Linux binary the build stage made (x86_64-*-linux-* → linux/amd64, aarch64-*-linux-* → linux/arm64, armv7-*-linux-* → linux/arm/v7); each entry needs a binary built for it. Several platforms: one image each, pushed by digest, and one manifest list per tag (no buildx needed).',
  },
  {
    name: 'docker-tags',
    default: '',
    description:
      'Extra tags, separated by commas or newlines. Start the list with "!" to use only these tags instead of the ones derived from the git ref.',
  },
  {
    name: 'push',
    default: 'auto',
    description:
      'Push the image: "true", "false", or "auto" (push only version tags such as v1.2.3: on push events, published releases and workflow_dispatch runs on the tag; never on branches or pull requests).',
  },
  {
    name: 'docker-registry',
    default: '',
    description:
      'Registry to log in to, as host or host:port (e.g. ghcr.io, registry.example.com:5000). Empty: derived from the image name (docker.io when it has no host).',
  },
  { name: 'docker-username', default: '', description: 'Registry user name.' },
  {
    name: 'docker-password',
    default: '',
    description: 'Registry password or token; passed to docker with --password-stdin only, and masked.',
  },
  {
    name: 'push-retries',
    default: '3',
    description: 'How many times a push is retried (with backoff) after a network error.',
  },
  {
    name: 'github-release',
    default: 'auto',
    description:
      'When the publish stage (and mode: merge of a release matrix) publishes the GitHub Release of the tag with every archive and SHA256SUMS: "auto" (on a push of a version tag such as v1.2.3 and on a published release event; never on branches or pull requests), "true" (on any run on a tag; a ref that is not a tag is an error) or "false".',
  },
  {
    name: 'github-token',
    default: '${{ github.token }}',
    description:
      "Token for publishing the GitHub Release; it needs the contents: write permission. Default: the job's token. Masked, and passed to no command or child process.",
  },
  {
    name: 'smoke-test',
    default: 'auto',
    description:
      'Run the image before any push: "http" (start it, wait for a 2xx on health-path, stop it with SIGTERM and require exit 0 within stop-timeout), "command" (run it once with smoke-args, require exit 0), "none", or "auto" (http when health-port is set or the image EXPOSEs a port, else none).',
  },
  {
    name: 'health-path',
    default: '/health',
    description: 'The path the http smoke test polls with GET until it answers 2xx; starts with "/".',
  },
  {
    name: 'health-port',
    default: '',
    description:
      "The container port the http smoke test polls (1-65535); the image must EXPOSE it. Empty: the image's first exposed TCP port. The generated FROM scratch image EXPOSEs it.",
  },
  {
    name: 'health-timeout',
    default: '30',
    description: 'Seconds the http smoke test waits for the image to answer health-path with a 2xx (1-600).',
  },
  {
    name: 'stop-timeout',
    default: '10',
    description:
      'Grace period in seconds after SIGTERM (docker stop -t) within which the smoke-tested container must exit with code 0 (0-300).',
  },
  {
    name: 'smoke-args',
    default: '--version',
    description: 'Arguments for the command smoke test (smoke-test: command), split like a shell would (no expansion).',
  },
  {
    name: 'mode',
    default: 'run',
    description:
      'What this step does: "run" (the stages), "plan" (set the matrix output for a strategy.matrix of one job per cell; runs no cargo) or "merge" (one summary, outputs and annotations from the JSON reports of the cell jobs).',
  },
  {
    name: 'os',
    default: '',
    description:
      'Runner labels the planned matrix runs on, separated by commas or newlines (mode: plan), e.g. "ubuntu-latest, windows-latest". Empty: the current runner\'s image, derived from ImageOS (ubuntu24 → ubuntu-24.04, win22 → windows-2022, macos14 → macos-14; "-arm" on ARM64 Linux), else from RUNNER_OS (ubuntu-latest, windows-latest, macos-latest).',
  },
  {
    name: 'partitions',
    default: '1',
    description: `Shards per test cell in the planned matrix (1-${MAX_PARTITIONS}); each shard runs "cargo nextest run --partition hash:k/N" in its own job and doc tests run in shard 1 only. More than 1 needs test-runner: nextest.`,
  },
  {
    name: 'cell',
    default: '',
    description:
      'One entry of the planned matrix as JSON (e.g. the expression toJSON(matrix)): the test stage runs exactly that cell (toolchain, feature set, shard) and the report records it. Other fields are ignored.',
  },
  {
    name: 'reports',
    default: '',
    description:
      'mode: merge: the folder (searched recursively, e.g. the download-artifact path) or glob (e.g. "reports/**/report.json") of the cell jobs\' JSON reports.',
  },
  {
    name: 'matrix',
    default: '',
    description:
      'mode: merge: the planned matrix JSON (the expression needs.plan.outputs.matrix), so that a planned cell without a report is named as missing.',
  },
];

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

export const MODES = ['run', 'plan', 'merge'] as const;
export type Mode = (typeof MODES)[number];

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
 * A registry as `docker login` takes it: a host name, an IPv4 address or a bracketed IPv6 address,
 * with an optional port; no scheme, path, user or spaces (they would reach docker's argv).
 */
export function isRegistryHost(value: string): boolean {
  const m =
    /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)(?::(\d{1,5}))?$/.exec(
      value,
    );
  if (!m || value.length > 253) return false;
  return m[2] === undefined || (Number(m[2]) >= 1 && Number(m[2]) <= 65535);
}

function dockerRegistry(r: Reader): string | undefined {
  const v = r.optional('docker-registry');
  if (v !== undefined && !isRegistryHost(v))
    throw new InputError(
      'docker-registry',
      v,
      'allowed: a registry host, optionally with a port (ghcr.io, registry.example.com:5000, 127.0.0.1:5000), without https:// or a path; or empty to derive it from docker-image.',
    );
  return v;
}

/** An input the user got wrong: names the input, quotes the value, says what is allowed. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly value: string,
    readonly allowed: string,
  ) {
    super(`Input "${input}" has an invalid value ${JSON.stringify(value)}: ${allowed}`);
    this.name = 'InputError';
  }
}

/** Reads one raw input by its action.yml name; '' when not given. */
export type InputSource = (name: string) => string;

const SPEC_BY_NAME = new Map(INPUT_SPECS.map((s) => [s.name, s]));

class Reader {
  constructor(private readonly source: InputSource) {}

  str(name: string): string {
    const spec = SPEC_BY_NAME.get(name);
    if (!spec) throw new Error(`internal: unknown input ${name}`);
    const raw = (this.source(name) ?? '').trim();
    return raw === '' ? spec.default : raw;
  }

  optional(name: string): string | undefined {
    const v = this.str(name);
    return v === '' ? undefined : v;
  }

  bool(name: string): boolean {
    const v = this.str(name);
    if (/^(true|yes|on|1)$/i.test(v)) return true;
    if (/^(false|no|off|0)$/i.test(v)) return false;
    throw new InputError(name, v, 'allowed: true or false.');
  }

  tristate(name: string): Tristate {
    const v = this.str(name).toLowerCase();
    if (v === 'auto') return 'auto';
    if (/^(true|yes|on|1)$/.test(v)) return 'true';
    if (/^(false|no|off|0)$/.test(v)) return 'false';
    throw new InputError(name, this.str(name), 'allowed: true, false or auto.');
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T {
    const v = this.str(name);
    const hit = allowed.find((a) => a === v.toLowerCase());
    if (!hit) throw new InputError(name, v, `allowed: ${allowed.join(', ')}.`);
    return hit;
  }

  int(name: string, min: number, max: number): number {
    const v = this.str(name);
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
      throw new InputError(name, v, `allowed: a whole number from ${min} to ${max}.`);
    }
    return Number(v);
  }

  percent(name: string): number | undefined {
    const v = this.optional(name);
    if (v === undefined) return undefined;
    const n = Number(v.replace(/%$/, ''));
    if (!/^\d+(\.\d+)?%?$/.test(v) || n > 100) {
      throw new InputError(name, v, 'allowed: a percentage from 0 to 100, or empty.');
    }
    return n;
  }

  /** Comma- or newline-separated list, trimmed, empties dropped. */
  list(name: string): string[] {
    return splitList(this.str(name));
  }

  /** A list whose every item must match `pattern`; the error quotes the whole input and names the bad item. */
  listMatching(name: string, pattern: RegExp, problem: (item: string) => string): string[] {
    const items = this.list(name);
    const bad = items.find((item) => !pattern.test(item));
    if (bad !== undefined) throw new InputError(name, this.str(name), problem(bad));
    return items;
  }

  /** One entry per line (for KEY=VALUE inputs whose values may contain commas). */
  lines(name: string): string[] {
    return this.str(name)
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }

  words(name: string): string[] {
    try {
      return splitArgs(this.str(name));
    } catch (e) {
      throw new InputError(name, this.str(name), (e as Error).message);
    }
  }
}

export function splitList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Splits an argument string the way a POSIX shell would split words (quotes and backslashes),
 * without expanding anything: `$HOME`, `;`, `|` and backticks stay literal text.
 */
export function splitArgs(value: string): string[] {
  const args: string[] = [];
  let cur = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"' && i + 1 < value.length && '"\\'.includes(value[i + 1]!)) cur += value[++i];
      else cur += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < value.length) {
      cur += value[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) args.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (quote) throw new Error(`unterminated ${quote} quote; quote each argument fully.`);
  if (inWord) args.push(cur);
  return args;
}

const FEATURE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_\-/.]*$/;

export function parseFeatureSets(name: string, value: string): FeatureSet[] {
  const sets: FeatureSet[] = [];
  for (const entry of value
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const label = entry.replace(/\s*\+\s*/g, '+');
    if (label === 'default') sets.push({ label, args: [] });
    else if (label === 'all') sets.push({ label, args: ['--all-features'] });
    else if (label === 'none') sets.push({ label, args: ['--no-default-features'] });
    else {
      const parts = label.split('+');
      const noDefault = parts[0] === 'none';
      const features = noDefault ? parts.slice(1) : parts;
      const bad = features.find((f) => !FEATURE_NAME.test(f) || f === 'all' || f === 'none' || f === 'default');
      if (bad !== undefined || features.length === 0) {
        throw new InputError(
          name,
          value,
          `feature set ${JSON.stringify(entry)} is not understood; allowed: default, all, none, or feature names joined by "+" (optionally starting with "none+").`,
        );
      }
      sets.push({ label, args: [...(noDefault ? ['--no-default-features'] : []), '--features', features.join(',')] });
    }
  }
  if (sets.length === 0) throw new InputError(name, value, 'give at least one feature set, e.g. "default".');
  const seen = new Set<string>();
  for (const s of sets) {
    if (seen.has(s.label)) throw new InputError(name, value, `feature set "${s.label}" is listed twice.`);
    seen.add(s.label);
  }
  return sets;
}

const RUNNER_LABEL = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const CELL_HELP = 'allowed: one entry of the planned matrix as JSON, e.g. ${{ toJSON(matrix) }}';

/** The readable name of a planned cell: "ubuntu-latest / stable / all (2/3)". */
export function cellName(c: Pick<MatrixCell, 'os' | 'toolchain' | 'features' | 'partition'>): string {
  const shard = c.partition ? ` (${c.partition.index}/${c.partition.count})` : '';
  return `${c.os} / ${c.toolchain} / ${c.features}${shard}`;
}

/**
 * Validates one matrix entry (the cell input, or an entry of the matrix input). Fields GitHub adds
 * to toJSON(matrix), or that a workflow adds to an include entry, are ignored.
 */
export function parseCellObject(input: string, raw: string, doc: unknown): MatrixCell {
  const where = input === 'cell' ? '' : ` in entry ${JSON.stringify(doc)}`;
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new InputError(input, raw, `expected a JSON object${where}; ${CELL_HELP}.`);
  }
  const o = doc as Record<string, unknown>;
  const text = (key: string): string => {
    const v = o[key];
    if (typeof v !== 'string' || v.trim() === '')
      throw new InputError(input, raw, `the field "${key}" is missing or not a string${where}; ${CELL_HELP}.`);
    return v.trim();
  };
  const os = text('os');
  const toolchain = text('toolchain');
  const features = text('features');
  if (!RUNNER_LABEL.test(os)) throw new InputError(input, raw, `"${os}" is not a runner label${where}.`);
  if (!TOOLCHAIN.test(toolchain)) throw new InputError(input, raw, `"${toolchain}" is not a toolchain name${where}.`);
  if (parseFeatureSets(input, features).length !== 1) {
    throw new InputError(input, raw, `"${features}" is more than one feature set${where}; a cell has one.`);
  }
  const partition = parsePartition(input, raw, o.partition, where);
  const writer = o.cacheWriter;
  if (writer !== undefined && typeof writer !== 'boolean')
    throw new InputError(input, raw, `the field "cacheWriter" must be true or false${where}.`);
  const target = o.target;
  if (target !== undefined && (typeof target !== 'string' || !TRIPLE.test(target)))
    throw new InputError(
      input,
      raw,
      `the field "target" must be a target triple such as x86_64-unknown-linux-musl${where}.`,
    );
  const cell = { os, toolchain, features: features.replace(/\s*\+\s*/g, '+'), ...(partition ? { partition } : {}) };
  const name = typeof o.name === 'string' && o.name.trim() !== '' ? o.name.trim() : cellName(cell);
  return { name, ...cell, cacheWriter: writer === true, ...(target !== undefined ? { target } : {}) };
}

function parsePartition(input: string, raw: string, p: unknown, where: string): MatrixCell['partition'] {
  if (p === undefined || p === null) return undefined;
  const { index, count } = (typeof p === 'object' ? p : {}) as Record<string, unknown>;
  const whole = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n);
  if (!whole(index) || !whole(count) || index < 1 || index > count || count > MAX_PARTITIONS) {
    throw new InputError(
      input,
      raw,
      `the field "partition" must be {"index": k, "count": N} with 1 ≤ k ≤ N ≤ ${MAX_PARTITIONS}${where}.`,
    );
  }
  return count > 1 ? { index, count } : undefined;
}

function parseJson(input: string, raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (e) {
    throw new InputError(input, raw, `not valid JSON (${(e as Error).message}); ${CELL_HELP}.`);
  }
}

/** The planned matrix (`{"include": [...]}` as mode: plan sets it, or a bare list of entries). */
export function parsePlannedMatrix(raw: string): MatrixCell[] {
  const doc = parseJson('matrix', raw);
  const list = Array.isArray(doc) ? doc : (doc as { include?: unknown } | null)?.include;
  if (!Array.isArray(list)) {
    throw new InputError('matrix', raw, 'allowed: the matrix output of a mode: plan step, {"include": [...]}.');
  }
  return list.map((entry) => parseCellObject('matrix', raw, entry));
}

function parseMatrixInputs(
  r: Reader,
  baseDir: string,
  testRunner: Inputs['testRunner'],
): { matrix: MatrixInputs; cell?: MatrixCell } {
  const mode = r.oneOf('mode', MODES);
  const os = r.list('os');
  for (const label of os) {
    if (!RUNNER_LABEL.test(label))
      throw new InputError('os', r.str('os'), `"${label}" is not a runner label; allowed: labels like ubuntu-latest.`);
  }
  if (new Set(os).size !== os.length) throw new InputError('os', r.str('os'), 'a runner label is listed twice.');
  const partitions = r.int('partitions', 1, MAX_PARTITIONS);
  if (partitions > 1 && testRunner !== 'nextest') {
    throw new InputError(
      'partitions',
      r.str('partitions'),
      'allowed: 1 with test-runner: cargo; shards need test-runner: nextest (cargo test cannot split a test run).',
    );
  }
  const rawCell = r.optional('cell');
  const cell = rawCell === undefined ? undefined : parseCellObject('cell', rawCell, parseJson('cell', rawCell));
  if (cell?.partition && testRunner !== 'nextest') {
    throw new InputError(
      'cell',
      rawCell!,
      `the cell is shard ${cell.partition.index}/${cell.partition.count} but test-runner is "${testRunner}"; allowed: shards with test-runner: nextest (as in the plan step).`,
    );
  }
  const reports = r.optional('reports');
  if (mode === 'merge' && reports === undefined) {
    throw new InputError(
      'reports',
      '',
      'mode: merge needs the folder or glob of the cell jobs\' JSON reports, e.g. "reports" (where actions/download-artifact put them).',
    );
  }
  const rawMatrix = r.optional('matrix');
  return {
    matrix: {
      mode,
      os,
      partitions,
      ...(reports !== undefined ? { reports: isAbsolute(reports) ? reports : resolve(baseDir, reports) } : {}),
      ...(rawMatrix !== undefined ? { planned: parsePlannedMatrix(rawMatrix) } : {}),
    },
    ...(cell ? { cell } : {}),
  };
}

// rustup's channels, and the names resolved before a run: msrv (Cargo.toml's rust-version), stable-N.
const TOOLCHAIN =
  /^(msrv|stable-\d{1,3}|(stable|beta|nightly|\d+\.\d+(\.\d+)?)(-\d{4}-\d{2}-\d{2})?(-[a-z0-9_]+(-[a-z0-9_]+){1,3})?)$/;
const TRIPLE = /^[a-z0-9_]+(-[a-z0-9_.]+){1,3}$/;
const IMAGE = /^[a-z0-9]+([._-][a-z0-9]+)*(:\d+)?(\/[a-z0-9]+([._-]{1,2}[a-z0-9]+)*)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const KEY_VALUE = /^[A-Za-z_][A-Za-z0-9_.-]*=/;
const VERSION = /^\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?$/;

/**
 * Parses and validates every input. `baseDir` is what relative paths are resolved against
 * (GITHUB_WORKSPACE in the action, the current directory in the CLI); `env` says where the home
 * directory and CARGO_HOME are.
 */
export function parseInputs(source: InputSource, baseDir: string, env: NodeJS.ProcessEnv = process.env): Inputs {
  const r = new Reader(source);
  const wd = r.str('working-directory');
  const workingDirectory = isAbsolute(wd) ? wd : resolve(baseDir, wd);
  const testRunner = r.oneOf('test-runner', ['cargo', 'nextest'] as const);
  // A cell run tests only its own toolchain and feature set, and the other stages use them too.
  const { matrix, cell } = parseMatrixInputs(r, baseDir, testRunner);
  const toolchains = r.listMatching(
    'toolchains',
    TOOLCHAIN,
    (t) =>
      `"${t}" is not a toolchain name; allowed: stable, beta, nightly, a version like 1.80 or 1.80.1, optionally with a -YYYY-MM-DD date, msrv (the rust-version in Cargo.toml), or stable-N (N releases before stable, e.g. stable-2).`,
  );
  const featureSets = parseFeatureSets('feature-sets', r.str('feature-sets'));
  const resolvePath = (p: string | undefined): string | undefined =>
    p === undefined ? undefined : isAbsolute(p) ? p : resolve(workingDirectory, p);
  return {
    stages: parseStages(r),
    matrix,
    workingDirectory,
    toolchains: cell ? [cell.toolchain] : toolchains,
    featureSets: cell ? parseFeatureSets('cell', cell.features) : featureSets,
    parallel: r.bool('parallel'),
    failFast: r.bool('fail-fast'),
    testRunner,
    testArgs: r.words('test-args'),
    ...(cell ? { cell } : {}),
    clippyArgs: r.words('clippy-args'),
    clippyDenyWarnings: r.bool('clippy-deny-warnings'),
    maxAnnotations: r.int('max-annotations', 0, 1000),
    cache: {
      enabled: r.bool('cache'),
      sharedKey: r.str('shared-key'),
      keySuffix: r.str('cache-key-suffix'),
      onFailure: r.bool('cache-on-failure'),
      save: parseCacheSave(r.str('cache-save')),
      directories: resolveCacheDirectories(r.list('cache-directories'), {
        workspace: resolve(baseDir),
        workingDirectory,
        env,
      }),
      restoreTimeoutSeconds: r.int('cache-restore-timeout', 1, 3600),
    },
    coverage: {
      failUnder: r.percent('coverage-fail-under'),
      dir: r.str('coverage-dir'),
      args: r.words('tarpaulin-args'),
    },
    audit: {
      db: resolvePath(r.optional('audit-db')),
      ignore: r.listMatching(
        'audit-ignore',
        /^(RUSTSEC|CVE|GHSA)-[\w-]+$/,
        (id) => `"${id}" is not an advisory id; allowed: ids like RUSTSEC-2020-0071.`,
      ),
      denyWarnings: r.bool('audit-deny-warnings'),
    },
    tools: parseTools(r),
    // A release matrix's cell builds its own target.
    build: cell?.target ? cellBuild(parseBuild(r), cell.target) : parseBuild(r),
    deny: { config: resolvePath(r.optional('deny-config')), checks: parseDenyChecks(r) },
    docker: parseDocker(r, resolvePath),
    githubRelease: parseGithubRelease(r),
  };
}

/** The build of a release cell: its one target (as target, and as targets where that list exists). */
function cellBuild(build: Inputs['build'], target: string): Inputs['build'] {
  return { ...build, target, ...('targets' in build ? { targets: [target] } : {}) };
}

/** github-release and github-token; outside Actions the token's default expression is not a token. */
function parseGithubRelease(r: Reader): Inputs['githubRelease'] {
  const token = r.optional('github-token');
  return {
    setting: r.tristate('github-release'),
    ...(token !== undefined && !token.startsWith('${{') ? { token } : {}),
  };
}

function parseStages(r: Reader): StageName[] {
  const stageList = r.list('stages').map((s) => s.toLowerCase());
  if (stageList.length === 0) throw new InputError('stages', r.str('stages'), `allowed: ${STAGES.join(', ')}.`);
  for (const s of stageList) {
    if (!(STAGES as readonly string[]).includes(s)) {
      throw new InputError('stages', r.str('stages'), `unknown stage "${s}"; allowed: ${STAGES.join(', ')}.`);
    }
  }
  if (stageList.includes('publish') && !stageList.includes('build'))
    throw new InputError(
      'stages',
      r.str('stages'),
      'the publish stage publishes what the build stage makes: list build too.',
    );
  return STAGES.filter((s) => stageList.includes(s));
}

function parseTools(r: Reader): Inputs['tools'] {
  const mirror = r.optional('tool-mirror');
  if (mirror !== undefined && !/^(https?|file):\/\/\S+$/.test(mirror)) {
    throw new InputError('tool-mirror', mirror, 'allowed: an http(s):// or file:// URL, or empty.');
  }
  const toolVersion = (name: string): string => {
    const v = r.str(name);
    if (!VERSION.test(v)) throw new InputError(name, v, 'allowed: a version like 1.2.3.');
    return v;
  };
  return {
    mirror,
    versions: {
      'cargo-audit': toolVersion('cargo-audit-version'),
      'cargo-tarpaulin': toolVersion('cargo-tarpaulin-version'),
      'cargo-nextest': toolVersion('cargo-nextest-version'),
      'cargo-deny': toolVersion('cargo-deny-version'),
      'cargo-auditable': toolVersion('cargo-auditable-version'),
    },
  };
}

/** Items of a comma/newline list where an empty item (`a,,b`) is an error rather than dropped. */
function strictList(r: Reader, name: string, what: string): string[] {
  const raw = r.str(name);
  if (raw === '') return [];
  const items = raw.split(/[,\n]/).map((s) => s.trim());
  if (items.some((i) => i === '')) throw new InputError(name, raw, `an entry is empty; allowed: ${what}.`);
  return items;
}

function parseTargets(r: Reader): string[] {
  const allowed =
    'target triples such as x86_64-unknown-linux-musl, aarch64-unknown-linux-gnu, separated by commas or newlines';
  const targets = strictList(r, 'targets', allowed);
  const bad = targets.find((t) => !TRIPLE.test(t));
  if (bad !== undefined) throw new InputError('targets', bad, `not a target triple; allowed: ${allowed}.`);
  const dup = targets.find((t, i) => targets.indexOf(t) !== i);
  if (dup !== undefined) throw new InputError('targets', r.str('targets'), `${dup} is listed twice.`);
  const target = r.optional('target');
  if (target !== undefined && !TRIPLE.test(target)) {
    throw new InputError(
      'target',
      target,
      'allowed: a target triple such as x86_64-unknown-linux-musl, or empty for the host.',
    );
  }
  if (target !== undefined && targets.length > 0)
    throw new InputError('targets', r.str('targets'), `set either target (${target}) or targets, not both.`);
  return target !== undefined ? [target] : targets;
}

function parseArchiveFiles(r: Reader): string[] | undefined {
  const files = strictList(r, 'archive-files', "paths relative to the package's directory");
  const bad = files.find((f) => isAbsolute(f) || f.split(/[\\/]/).includes('..'));
  if (bad !== undefined)
    throw new InputError('archive-files', bad, 'allowed: a path inside the package\'s directory (relative, no "..").');
  return files.length ? files : undefined;
}

function parseBuild(r: Reader): Inputs['build'] {
  const targets = parseTargets(r);
  const bin = r.optional('bin');
  if (bin !== undefined && !/^[A-Za-z0-9_][A-Za-z0-9_-]*$/.test(bin)) {
    throw new InputError('bin', bin, 'allowed: the name of a [[bin]] target (letters, digits, "_" and "-").');
  }
  const archiveFiles = parseArchiveFiles(r);
  return {
    ...(targets[0] !== undefined ? { target: targets[0] } : {}),
    targets,
    static: r.tristate('static'),
    profile: r.oneOf('profile', ['release', 'size'] as const),
    bin,
    ...(archiveFiles ? { archiveFiles } : {}),
    auditable: r.bool('auditable'),
  };
}

/** The cargo-deny checks, in cargo-deny's order. */
export const DENY_CHECKS = ['advisories', 'bans', 'licenses', 'sources'] as const;
export type DenyCheck = (typeof DENY_CHECKS)[number];

function parseDenyChecks(r: Reader): DenyCheck[] {
  const given = r.list('deny-checks');
  for (const c of given) {
    if (!(DENY_CHECKS as readonly string[]).includes(c)) {
      throw new InputError(
        'deny-checks',
        r.str('deny-checks'),
        `unknown check "${c}"; allowed: ${DENY_CHECKS.join(', ')}.`,
      );
    }
  }
  if (given.length === 0)
    throw new InputError('deny-checks', r.str('deny-checks'), `allowed: ${DENY_CHECKS.join(', ')}.`);
  return DENY_CHECKS.filter((c) => given.includes(c));
}

function parseDocker(r: Reader, resolvePath: (p: string | undefined) => string | undefined): Inputs['docker'] {
  const images = r.listMatching(
    'docker-image',
    IMAGE,
    (image) =>
      `"${image}" is not an image name; allowed: lower-case names like ghcr.io/acme/svc or localhost:5000/app, without a tag.`,
  );
  const { tags, replaceTags } = parseDockerTags(r);
  for (const name of ['docker-build-args', 'docker-labels']) {
    for (const line of r.lines(name)) {
      if (!KEY_VALUE.test(line)) throw new InputError(name, line, 'allowed: one KEY=VALUE per line.');
    }
  }
  return {
    images,
    dockerfile: resolvePath(r.optional('dockerfile')),
    context: resolvePath(r.optional('docker-context')),
    buildArgs: r.lines('docker-build-args'),
    labels: r.lines('docker-labels'),
    platforms: r.listMatching(
      'docker-platforms',
      /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/,
      (p) => `"${p}" is not a platform; allowed: os/arch[/variant], e.g. linux/amd64.`,
    ),
    tags,
    replaceTags,
    push: r.tristate('push'),
    registry: dockerRegistry(r),
    username: r.optional('docker-username'),
    password: r.optional('docker-password'),
    pushRetries: r.int('push-retries', 0, 10),
    smoke: parseSmoke(r),
  };
}

function parseSmoke(r: Reader): SmokeInputs {
  const healthPath = r.str('health-path');
  if (!/^\/[\x21-\x7e]*$/.test(healthPath))
    throw new InputError('health-path', healthPath, 'allowed: a path starting with "/", without spaces, e.g. /health.');
  const port = r.optional('health-port');
  return {
    mode: r.oneOf('smoke-test', ['auto', 'none', 'http', 'command'] as const),
    healthPath,
    ...(port !== undefined ? { healthPort: r.int('health-port', 1, 65535) } : {}),
    healthTimeoutSeconds: r.int('health-timeout', 1, 600),
    stopTimeoutSeconds: r.int('stop-timeout', 0, 300),
    args: r.words('smoke-args'),
  };
}

/** docker-tags: extra tags, or with a leading "!" the only tags. */
function parseDockerTags(r: Reader): { tags: string[]; replaceTags: boolean } {
  const rawTags = r.list('docker-tags');
  const replaceTags = rawTags.length > 0 && rawTags[0]!.startsWith('!');
  const tags = rawTags.map((t, i) => (i === 0 && replaceTags ? t.slice(1).trim() : t)).filter(Boolean);
  for (const tag of tags) {
    if (!TAG.test(tag))
      throw new InputError(
        'docker-tags',
        r.str('docker-tags'),
        `"${tag}" is not a valid tag; allowed: letters, digits, "_", "." and "-", at most 128, not starting with "." or "-".`,
      );
  }
  return { tags, replaceTags };
}

// ---- cache-save -------------------------------------------------------------------------------

/**
 * When the cache is saved (src/cache/save-policy.ts decides). "true" saves like "always" except on
 * the events whose cache scope is the base branch, which only an explicit "always" may write;
 * "false" is "never".
 */
export type CacheSave = 'auto' | 'always' | 'true' | 'never';

export function parseCacheSave(value: string): CacheSave {
  const v = value.trim().toLowerCase();
  if (v === 'auto' || v === 'always' || v === 'never' || v === 'true') return v;
  if (v === 'false') return 'never';
  throw new InputError('cache-save', value, 'allowed: auto, always, never, true or false.');
}

// ---- cache-directories ------------------------------------------------------------------------

/** Credential locations, relative to the home directory: never cached, nor any folder holding one. */
const HOME_CREDENTIALS = [
  '.ssh',
  '.gnupg',
  '.docker',
  '.aws',
  '.azure',
  '.kube',
  '.netrc',
  '.git-credentials',
  '.npmrc',
  '.pypirc',
  join('.config', 'gh'),
  join('.config', 'gcloud'),
  join('.config', 'git', 'credentials'),
  join('.cargo', 'credentials'),
  join('.cargo', 'credentials.toml'),
];

/** Every credential location for this home, CARGO_HOME and checkout (actions/checkout keeps its token in .git). */
export function credentialLocations(home: string, cargoHome: string, workspace: string): string[] {
  return [
    ...HOME_CREDENTIALS.map((p) => join(home, p)),
    join(cargoHome, 'credentials'),
    join(cargoHome, 'credentials.toml'),
    join(workspace, '.git'),
  ];
}

/** ~, ~/…, $HOME, ${HOME} at the start of an entry → the home directory. */
function expandHome(entry: string, home: string): string {
  const m = /^(?:~|\$HOME|\$\{HOME\})(?=$|[\\/])(.*)$/.exec(entry);
  return m ? join(home, m[1] ?? '') : entry;
}

/**
 * Resolves `cache-directories` entries to absolute paths (relative ones against the working
 * directory) and refuses any that is, lies in, or holds a credential location, that lies outside
 * both the workspace and the home directory, that is the home directory itself, or that is a glob
 * pattern (@actions/cache would expand it, past these checks).
 */
export function resolveCacheDirectories(
  entries: readonly string[],
  where: { workspace: string; workingDirectory: string; env: NodeJS.ProcessEnv },
): string[] {
  const home = homeOf(where.env);
  const credentials = credentialLocations(home, cargoHomeOf(where.env), where.workspace);
  // Each place as written and where its symlinks lead.
  const both = (p: string): string[] => [...new Set([p, realPathOf(p)])];
  const homes = both(home);
  const roots = [...both(where.workspace), ...homes];
  const creds = credentials.flatMap(both);
  return entries.map((entry) => {
    const expanded = expandHome(entry, home);
    if (/[*?[\]{}]/.test(expanded) || expanded.startsWith('!'))
      throw cacheDirError(entry, 'glob patterns are not allowed');
    const path = resolve(where.workingDirectory, expanded);
    for (const p of both(path)) {
      const hit = creds.find((c) => isInside(p, c) || isInside(c, p));
      if (hit) throw cacheDirError(entry, `${p} ${isInside(p, hit) ? 'is' : 'holds'} the credential location ${hit}`);
      if (homes.some((h) => isInside(h, p))) throw cacheDirError(entry, `${p} holds the whole home directory`);
      if (!roots.some((r) => isInside(p, r)))
        throw cacheDirError(entry, `${p} is outside the workspace and the home directory`);
    }
    return path;
  });
}

function cacheDirError(entry: string, why: string): InputError {
  return new InputError(
    'cache-directories',
    entry,
    `${why}; allowed: paths inside the workspace or the home directory that hold no credentials.`,
  );
}

/** Whether `path` is `dir` or below it, following symbolic links where they exist. */
function isWithin(path: string, dir: string): boolean {
  return isInside(realPathOf(path), realPathOf(dir));
}

/**
 * In the action, the checkout is the workspace: working-directory and coverage-dir must stay
 * inside it (the action reads, writes and caches there). The CLI runs wherever it is pointed.
 */
export function checkInsideWorkspace(inputs: Inputs, workspace: string): void {
  if (!isWithin(inputs.workingDirectory, workspace))
    throw new InputError(
      'working-directory',
      inputs.workingDirectory,
      `it is outside the workspace ${JSON.stringify(workspace)}; give a directory of the checkout (relative to it).`,
    );
  const coverageDir = resolve(inputs.workingDirectory, inputs.coverage.dir);
  if (!isWithin(coverageDir, workspace))
    throw new InputError(
      'coverage-dir',
      inputs.coverage.dir,
      `it resolves to ${JSON.stringify(coverageDir)}, outside the workspace ${JSON.stringify(workspace)}; give a directory inside the checkout (relative to working-directory).`,
    );
}
