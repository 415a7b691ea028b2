// Runs the built action (dist/) exactly as a GitHub runner would: INPUT_* env with action.yml's
// defaults, fresh files for GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV / GITHUB_STEP_SUMMARY,
// RUNNER_TEMP and RUNNER_TOOL_CACHE, then the post step with the saved state as STATE_* env.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseWorkflowCommands } from './workflow-commands.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(ROOT, '__tests__', 'fixtures');

interface ActionYml {
  inputs: Record<string, { default?: string }>;
  runs: { main: string; post: string };
}

export function actionYml(): ActionYml {
  return parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
}

export interface StepResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  env: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  ms: number;
  /** The step's RUNNER_TEMP. */
  temp: string;
}

export interface RunOptions {
  /** Inputs by action.yml name; the rest get action.yml's defaults, as on a runner. */
  inputs?: Record<string, string>;
  /** The checkout (GITHUB_WORKSPACE). */
  workspace: string;
  /** Extra environment, e.g. GITHUB_EVENT_NAME, GITHUB_REF. */
  env?: Record<string, string>;
  /** Share RUNNER_TOOL_CACHE (and HOME-like dirs) between runs by passing the same folder. */
  runnerDir?: string;
  /** Skip the post step. */
  noPost?: boolean;
  /** RUNNER_TEMP of the step; a runner gives every step of a job the same one (runAction passes main's to post). */
  runnerTemp?: string;
}

/** The annotations the runner would make of a step's stdout (honouring stop-commands, as it does). */
export function parseAnnotations(stdout: string): Annotation[] {
  const out: Annotation[] = [];
  for (const c of parseWorkflowCommands(stdout)) {
    if (c.name !== 'error' && c.name !== 'warning' && c.name !== 'notice') continue;
    const a: Annotation = { level: c.name as Annotation['level'], message: c.data };
    for (const [key, value] of Object.entries(c.properties)) {
      if (key === 'file' || key === 'title') a[key] = value;
      else if (key === 'line' || key === 'endLine' || key === 'col' || key === 'endColumn') a[key] = Number(value);
    }
    out.push(a);
  }
  return out;
}

/** Parses a GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV file: `name=value` and `name<<DELIM` heredocs. */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const body: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delim) body.push(lines[i++]!);
      if (i >= lines.length) throw new Error(`unterminated heredoc for ${name} in command file`);
      out[name!] = body.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq < 0) throw new Error(`malformed command file line: ${line}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  const yml = actionYml();
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(yml.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = spec.default ?? '';
  }
  for (const [name, value] of Object.entries(inputs)) {
    if (!(name in yml.inputs)) throw new Error(`test uses input "${name}" that action.yml does not declare`);
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return env;
}

/** Copies a fixture crate into a fresh temporary checkout (a git repository with one commit). */
export function makeWorkspace(fixture: string, opts: { git?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), `rp-ws-${fixture.replace(/\W/g, '_')}-`));
  const src = fixture.startsWith('/') ? fixture : join(FIXTURES, fixture);
  cpSync(src, dir, { recursive: true, filter: (p) => !p.split(/[\\/]/).includes('target') });
  if (opts.git !== false) {
    const git = (...args: string[]): void => {
      const r = spawnSyncOk('git', args, dir);
      if (r !== 0) throw new Error(`git ${args.join(' ')} failed in ${dir}`);
    };
    git('init', '-q', '-b', 'main');
    git('-c', 'user.email=ci@example.invalid', '-c', 'user.name=ci', 'add', '-A');
    git('-c', 'user.email=ci@example.invalid', '-c', 'user.name=ci', 'commit', '-q', '-m', 'fixture');
  }
  return dir;
}

function spawnSyncOk(cmd: string, args: string[], cwd: string): number {
  return spawnSync(cmd, args, { cwd, stdio: 'ignore' }).status ?? 1;
}

/**
 * The node the action's steps run on: Node 24 as on hosted runners (runs.using: node24), from
 * RP_NODE24 (scripts/setup/05-node24.sh). Under CI=true a missing Node 24 is an error; elsewhere the
 * steps run on this process's node, said once.
 */
export function actionNode(): string {
  const node24 = process.env.RP_NODE24;
  if (node24 && existsSync(node24)) return node24;
  const why = node24 ? `RP_NODE24=${node24} does not exist` : 'RP_NODE24 is not set';
  if (process.env.CI === 'true')
    throw new Error(`${why}: source scripts/setup/05-node24.sh to run the action on Node 24.`);
  if (!warnedNode) console.warn(`${why}: the action's steps run on ${process.version} instead of Node 24.`);
  warnedNode = true;
  return process.execPath;
}
let warnedNode = false;

export function headSha(dir: string): string {
  return spawnSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).stdout.trim();
}

export interface StepFiles {
  dir: string;
  output: string;
  state: string;
  env: string;
  summary: string;
  temp: string;
  toolCache: string;
}

function stepFiles(runnerDir: string, runnerTemp?: string): StepFiles {
  const dir = mkdtempSync(join(tmpdir(), 'rp-step-'));
  const files = {
    dir,
    output: join(dir, 'output'),
    state: join(dir, 'state'),
    env: join(dir, 'env'),
    summary: join(dir, 'summary.md'),
    temp: runnerTemp ?? join(dir, 'temp'),
    toolCache: join(runnerDir, 'tool-cache'),
  };
  for (const f of [files.output, files.state, files.env, files.summary]) writeFileSync(f, '');
  mkdirSync(files.temp, { recursive: true });
  mkdirSync(files.toolCache, { recursive: true });
  return files;
}

export interface StartedStep {
  child: ChildProcess;
  files: StepFiles;
  done: Promise<StepResult>;
}

/** Starts one step (main or post) of the built action; `done` resolves when it exits. */
export function startStep(entry: 'main' | 'post', opts: RunOptions & { state?: Record<string, string> }): StartedStep {
  const runnerDir = opts.runnerDir ?? mkdtempSync(join(tmpdir(), 'rp-runner-'));
  const files = stepFiles(runnerDir, opts.runnerTemp);
  const yml = actionYml();
  const script = join(ROOT, entry === 'main' ? yml.runs.main : yml.runs.post);
  if (!existsSync(script)) throw new Error(`${script} is missing: run npm run bundle`);
  const stateEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(opts.state ?? {})) stateEnv[`STATE_${k}`] = v;
  const env: NodeJS.ProcessEnv = {
    ...cleanEnv(),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: files.temp,
    RUNNER_TOOL_CACHE: files.toolCache,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: existsSync(join(opts.workspace, '.git'))
      ? headSha(opts.workspace)
      : '0000000000000000000000000000000000000000',
    GITHUB_REPOSITORY: 'acme/fixture',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_JOB: 'checks',
    GITHUB_RUN_ID: '1',
    ...inputEnv(opts.inputs ?? {}),
    ...stateEnv,
    ...(opts.env ?? {}),
  };
  const started = Date.now();
  const child = spawn(actionNode(), [script], { cwd: opts.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const done = new Promise<StepResult>((resolveDone) => {
    child.on('close', (code, signal) => {
      resolveDone({
        code,
        signal,
        stdout,
        stderr,
        outputs: parseCommandFile(readFileSync(files.output, 'utf8')),
        state: parseCommandFile(readFileSync(files.state, 'utf8')),
        env: parseCommandFile(readFileSync(files.env, 'utf8')),
        summary: readFileSync(files.summary, 'utf8'),
        annotations: parseAnnotations(stdout),
        ms: Date.now() - started,
        temp: files.temp,
      });
    });
  });
  return { child, files, done };
}

/** The environment without variables from the machine running the tests that would change the action's behaviour. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of Object.keys(env)) {
    if (
      k.startsWith('INPUT_') ||
      k.startsWith('STATE_') ||
      k.startsWith('GITHUB_') ||
      k.startsWith('RUNNER_') ||
      k.startsWith('ACTIONS_')
    )
      delete env[k];
  }
  delete env.CARGO_TARGET_DIR;
  delete env.RUSTFLAGS;
  return env;
}

/** Runs main, then post with the state main saved, as a runner does. */
export async function runAction(opts: RunOptions): Promise<{ main: StepResult; post?: StepResult }> {
  const runnerDir = opts.runnerDir ?? mkdtempSync(join(tmpdir(), 'rp-runner-'));
  const main = await startStep('main', { ...opts, runnerDir }).done;
  if (opts.noPost) return { main };
  const post = await startStep('post', { ...opts, runnerDir, state: main.state, runnerTemp: main.temp }).done;
  return { main, post };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export interface Workspaces {
  /** A fresh checkout of a fixture (see makeWorkspace). */
  (fixture: string, opts?: { git?: boolean }): string;
  /** A fresh empty temporary directory. */
  temp(prefix: string): string;
}

/**
 * Call at the top of a test file: returns `workspace(fixture)` and `workspace.temp(prefix)`;
 * every directory they made is removed after the file's tests.
 */
export function workspaces(): Workspaces {
  const made: string[] = [];
  afterAll(() => made.forEach(removeDir));
  const keep = (dir: string): string => {
    made.push(dir);
    return dir;
  };
  return Object.assign((fixture: string, opts?: { git?: boolean }) => keep(makeWorkspace(fixture, opts)), {
    temp: (prefix: string) => keep(mkdtempSync(join(tmpdir(), prefix))),
  });
}

/** The JSON report main wrote (path from its `report` output). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read the report's fields freely
export function readReport(step: StepResult): any {
  const path = step.outputs.report;
  if (!path) throw new Error('no report output');
  return JSON.parse(readFileSync(path, 'utf8'));
}
