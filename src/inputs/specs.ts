// The single list of inputs: action.yml, the README's tables and the CLI's options and --help are
// generated from INPUT_SPECS (npm run gen:action; a unit test checks action.yml), and InputName,
// derived from it, is the only way code names an input: a misspelt name does not compile.

/** Every stage, in the order a run takes them (pipeline order: fmt, clippy, test, coverage, audit, deny, build, docker, publish). */
export const STAGES = ['fmt', 'clippy', 'test', 'coverage', 'audit', 'deny', 'build', 'docker', 'publish'] as const;
export type StageName = (typeof STAGES)[number];

/** One input: its name, its default (the value when it is empty) and the description action.yml shows. */
export interface InputSpec {
  readonly name: string;
  readonly default: string;
  readonly description: string;
}

/** Most shards a planned test cell may be split into (GitHub runs at most 256 jobs per matrix). */
export const MAX_PARTITIONS = 64;

/** Every input, in the order action.yml and the README list them. */
export const INPUT_SPECS = [
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
] as const satisfies readonly InputSpec[];

/** The name of an input, as action.yml spells it (and the CLI's --option). */
export type InputName = (typeof INPUT_SPECS)[number]['name'];

const SPEC_BY_NAME: ReadonlyMap<string, InputSpec> = new Map(INPUT_SPECS.map((s) => [s.name, s]));

/** The spec of one input. */
export function inputSpec(name: InputName): InputSpec {
  const spec = SPEC_BY_NAME.get(name);
  if (!spec) throw new Error(`internal: unknown input ${name}`);
  return spec;
}

/** What a step does: run the stages, plan a job matrix, or merge the reports of its jobs. */
export const MODES = ['run', 'plan', 'merge'] as const;
export type Mode = (typeof MODES)[number];

/** The cargo-deny checks, in cargo-deny's order. */
export const DENY_CHECKS = ['advisories', 'bans', 'licenses', 'sources'] as const;
export type DenyCheck = (typeof DENY_CHECKS)[number];
