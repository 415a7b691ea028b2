// The same pipeline outside Actions: `rust-pipeline [--input value …] [path]`.
import { scrubSecrets } from './text.js';
import { homedir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { installCancellation, writeJsonReport } from './app.js';
import { exec } from './exec.js';
import { InputError, setInputSurface } from './inputs/errors.js';
import { parseInputs } from './inputs/parse.js';
import { INPUT_SPECS, type InputName } from './inputs/specs.js';
import type { Inputs } from './inputs/types.js';
import { runPipeline } from './pipeline.js';
import { formatMs, Profiler } from './profiler.js';
import { selectAnnotations } from './report/annotations.js';
import { toText } from './blocks.js';
import { summaryBlocks } from './report/summary.js';
import type { Finding, Logger, RunEvent, RunReport } from './context.js';
import type { LocalCache } from './cache/local.js';
import { cacheOffStep } from './cache/off.js';
import { childEnv } from './child-env.js';

const HELP = `Usage: rust-pipeline [options] [path]

Runs the rust-pipeline stages on the Rust crate or workspace at path (default: .).

Options (the action's inputs, as --name value; each may also be set in the environment as
RUST_PIPELINE_<NAME>, e.g. RUST_PIPELINE_DOCKER_PASSWORD, and the option wins):
${INPUT_SPECS.map((s) => `  --${s.name.padEnd(24)} ${s.description}${s.default ? ` (default: ${s.default})` : ''}`).join('\n')}

Local options:
  --cache-dir DIR             Where the local cache lives (default: $XDG_CACHE_HOME/rust-pipeline or ~/.cache/rust-pipeline).
  --report FILE               Where to write the JSON report (default: <path>/target/rust-pipeline/report.json).
  --event NAME                Event name to act as, e.g. push (default: local).
  --ref REF                   Git ref to act as, e.g. refs/tags/v1.2.3 (for docker tags).
  -h, --help                  Show this help.

Give the registry password through RUST_PIPELINE_DOCKER_PASSWORD: an option is visible to
every user of the machine in the process list.

Exit code: 0 when every stage passed, 1 otherwise, 2 for bad options.`;

/** The environment variable that sets an input in the CLI: docker-password → RUST_PIPELINE_DOCKER_PASSWORD. */
function inputEnvName(input: InputName): string {
  return `RUST_PIPELINE_${input.toUpperCase().replace(/-/g, '_')}`;
}

function consoleLogger(secrets: string[]): Logger {
  const scrub = (m: string): string => scrubSecrets(m, secrets);
  return {
    info: (m) => console.log(scrub(m)),
    warning: (m) => console.log(`warning: ${scrub(m)}`),
    group: async (name, fn) => {
      console.log(`\n▶ ${name}`);
      return fn();
    },
    secret: (v) => secrets.push(v),
  };
}

function findingLine(f: Finding): string {
  const where = f.file ? `${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ''}` : ''}: ` : '';
  const first = f.message.split('\n').find((l) => l.trim() !== '') ?? '';
  return `${where}${f.level}${f.title ? ` [${f.title}]` : ''}: ${first}`;
}

/** The local cache, loaded only when the cache is on (its modules cost start-up time). */
async function localCacheFor(inputs: Inputs, dir: string): Promise<LocalCache | undefined> {
  if (!inputs.cache.enabled) return undefined;
  const { LocalCache } = await import('./cache/local.js');
  return new LocalCache(dir);
}

type Values = Record<string, string | boolean | undefined>;

/** The command line as options and one path; a number is the exit code to stop with (help, or a bad option). */
function parseCommandLine(argv: string[]): { values: Values; root: string } | number {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {
    'cache-dir': { type: 'string' },
    report: { type: 'string' },
    event: { type: 'string' },
    ref: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  };
  for (const s of INPUT_SPECS) options[s.name] = { type: 'string' };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    console.error(`rust-pipeline: ${(e as Error).message}\nRun rust-pipeline --help for the options.`);
    return 2;
  }
  const values = parsed.values as Values;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (parsed.positionals.length > 1) {
    console.error(`rust-pipeline: one path at most, got ${parsed.positionals.length}: ${parsed.positionals.join(' ')}`);
    return 2;
  }
  return { values, root: resolve(parsed.positionals[0] ?? '.') };
}

/** Inputs from the options, else RUST_PIPELINE_<NAME>, else the defaults; undefined after a bad one (said). */
function cliInputs(values: Values, root: string): Inputs | undefined {
  try {
    return parseInputs((name) => {
      if (name === 'working-directory' && values[name] === undefined) return root;
      const v = values[name];
      return typeof v === 'string' ? v : (process.env[inputEnvName(name)] ?? '');
    }, process.cwd());
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    console.error(`rust-pipeline: ${e.message}`);
    return undefined;
  }
}

export async function cli(argv: string[]): Promise<number> {
  // Every message names an input as the command line does: --option.
  setInputSurface('cli');
  const profiler = new Profiler();
  const line = parseCommandLine(argv);
  if (typeof line === 'number') return line;
  const { values, root } = line;
  const inputs = cliInputs(values, root);
  if (!inputs) return 2;
  const reportOption = typeof values.report === 'string' ? resolve(values.report) : undefined;
  const event = cliEvent(values);
  if (inputs.matrix.mode !== 'run') {
    // Loaded only for plan and merge: the modes module carries the Actions toolkit.
    const { cliMode } = await import('./modes.js');
    return cliMode(inputs, root, event, reportOption);
  }
  const secrets: string[] = [];
  const log = consoleLogger(secrets);
  if (inputs.docker.password) log.secret(inputs.docker.password);
  if (inputs.githubRelease.token) log.secret(inputs.githubRelease.token);
  if (typeof values['docker-password'] === 'string') {
    log.warning(
      `--docker-password is visible to every user of this machine in the process list; set ${inputEnvName('docker-password')} instead.`,
    );
  }
  let cancelled = false;
  installCancellation((signal) => {
    cancelled = true;
    console.log(`\n${signal}: stopping the running command…`);
  });

  const cacheDir =
    typeof values['cache-dir'] === 'string'
      ? resolve(values['cache-dir'])
      : join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'rust-pipeline');
  const localCache = await localCacheFor(inputs, cacheDir);
  const reportPath = reportOption ?? join(inputs.workingDirectory, 'target', 'rust-pipeline', 'report.json');
  const report = await runPipeline({
    inputs,
    // Annotation paths are relative to the given path (the repository), also when --working-directory points below it.
    repoRoot: relative(root, inputs.workingDirectory).startsWith('..') ? inputs.workingDirectory : root,
    env: childEnv(process.env, { secrets: [inputs.docker.password] }),
    event,
    exec,
    log,
    profiler,
    tempDir: join(inputs.workingDirectory, 'target', 'rust-pipeline', 'tmp'),
    toolDir: join(cacheDir, 'tools'),
    saveState: () => undefined,
    setup: [localCache?.restoreStep ?? cacheOffStep('--cache false')],
  });
  report.outputs.report = reportPath;
  printRun(report, reportPath);
  // The CLI has no post step: the cache is saved here, at the end of the run.
  if (!cancelled) await localCache?.save(report, log);
  console.log(`\nReport: ${reportPath}  (${formatMs(report.totalMs)})`);
  return report.result === 'success' && !cancelled ? 0 : 1;
}

/** The event the CLI acts as (--event, --ref); the repository to publish to from GITHUB_REPOSITORY. */
function cliEvent(values: Values): RunEvent {
  const repository = process.env.GITHUB_REPOSITORY;
  return {
    name: typeof values.event === 'string' ? values.event : 'local',
    ref: typeof values.ref === 'string' ? values.ref : '',
    sha: '',
    repositoryUrl: '',
    ...(repository ? { repository } : {}),
  };
}

/** Every finding as file:line:col, the summary as text, and the JSON report on disk. */
function printRun(report: RunReport, reportPath: string): void {
  const findings = report.stages.flatMap((s) => s.findings);
  const selection = selectAnnotations(findings, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  if (findings.length) {
    console.log('\nFindings:');
    for (const f of selection.shown) console.log(`  ${findingLine(f)}`);
  }
  console.log(toText(summaryBlocks(report)));
  writeJsonReport(reportPath, report);
}

cli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`rust-pipeline crashed: ${(e as Error).stack ?? String(e)}`);
    process.exitCode = 1;
  },
);
