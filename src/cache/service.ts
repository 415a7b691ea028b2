// Talks to the GitHub Actions cache service through @actions/cache, run in a worker process
// (dist/cache-worker) that is stopped, with the tar it started, when its time is up.
import { actionTempDir, workspaceDir } from '../paths.js';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, setPriority } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { exec, type Exec, type ExecResult } from '../exec.js';
import { cacheWorkerEnv, childEnv } from '../child-env.js';
import type { Logger } from '../context.js';
import { keyStartsWith, sameKey } from './key-match.js';
import { libraryPaths } from './plan.js';

export interface WorkerRequest {
  op: 'restore' | 'lookup' | 'save';
  paths: readonly string[];
  key: string;
  restoreKeys: readonly string[];
  resultFile: string;
  /**
   * Name the paths relative to the workspace for the library (plan.ts libraryPaths): for an entry
   * whose key carries the layout of its paths around the checkout (the main entry).
   */
  workspaceRelative?: boolean;
}

export interface WorkerResult {
  /** False when no cache service is configured in this environment. */
  available: boolean;
  matchedKey?: string;
  cacheId?: number;
  error?: string;
}

export interface ServiceOutcome extends WorkerResult {
  /** Set when the worker was stopped because it ran out of time. */
  timedOut?: boolean;
  /** Warnings the library printed (a failed request, a corrupt archive…). */
  warnings: string[];
  /** Archive size in bytes, when the library reported it. */
  sizeBytes?: number;
  /** True once the download finished and extraction began. */
  extracting?: boolean;
  /** The key the service offered (the library names it before downloading), restored or not. */
  offeredKey?: string;
  ms: number;
}

/** Where the bundled worker lives: next to the running entry point's folder (dist/main → dist/cache-worker). */
export function workerScript(): string {
  return resolve(dirname(process.argv[1] ?? '.'), '..', 'cache-worker', 'index.js');
}

/**
 * Reads one line of the worker's output: workflow commands are handled here (masks registered,
 * warnings and errors collected as warnings: a cache problem never fails a run), the rest is
 * logged as it is.
 */
export function handleWorkerLine(line: string, log: Logger, out: ServiceOutcome): void {
  const cmd = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(line);
  const sizeLine = /^Cache Size: ~\d+ MB \((\d+) B\)/.exec(line);
  const offered = /^Cache hit for(?: restore-key)?: (\S+)$/.exec(line);
  if (offered) out.offeredKey = offered[1];
  if (sizeLine) {
    out.sizeBytes = Number(sizeLine[1]);
    out.extracting = true;
  }
  if (!cmd) {
    if (line.trim() !== '') log.info(line);
    return;
  }
  const [, name, message] = cmd;
  const text = (message ?? '').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
  if (name === 'add-mask') log.secret(text);
  else if (name === 'warning' || name === 'error') {
    out.warnings.push(text);
    log.warning(`cache: ${text}`);
  } else if (name === 'debug') {
    const size = /^File Size: (\d+)$/.exec(text);
    if (size) out.sizeBytes = Number(size[1]);
  }
}

export interface RunWorkerOptions {
  exec: Exec;
  log: Logger;
  env: NodeJS.ProcessEnv;
  tempDir: string;
  timeoutMs: number;
  script?: string;
}

/**
 * The workers' folders (request, result, and the library's archive: its RUNNER_TEMP) still in use.
 * Removed when the worker ends, and at the latest when this process exits (a signal's deadline exit
 * included), so that a stopped save leaves no archive behind.
 */
const liveDirs = new Set<string>();
let exitCleanup = false;

function removeLiveDirs(): void {
  for (const d of liveDirs) rmSync(d, { recursive: true, force: true });
  liveDirs.clear();
}

function workerDir(tempDir: string): string {
  mkdirSync(tempDir, { recursive: true });
  const dir = mkdtempSync(join(tempDir, 'cache-'));
  liveDirs.add(dir);
  if (!exitCleanup) {
    exitCleanup = true;
    process.on('exit', removeLiveDirs);
  }
  return dir;
}

/** A worker started before its request is known (startWorker): it loads the library meanwhile. */
export interface StartedWorker {
  /** Hands the worker its request; the time bound counts from here. Once only. */
  run(req: Omit<WorkerRequest, 'resultFile'>): Promise<ServiceOutcome>;
  /** No request after all: the worker ends without doing anything. */
  cancel(): Promise<void>;
  /**
   * No stage waits for this worker's answer (a lookup beside the stages): it yields the CPU to
   * the run's own processes from now on (a lower scheduling priority).
   */
  inBackground(): void;
}

/**
 * Starts a worker now and hands it its request later: node's start and the library's load (a few
 * hundred milliseconds) then overlap with whatever works out the request (the cache key). The
 * worker reads its request file once its stdin ends; the exec's time bound starts then too.
 */
export function startWorker(o: RunWorkerOptions): StartedWorker {
  return launchWorker(o);
}

/** Runs one operation in a worker started for it (the request is written before it starts). */
export function runWorker(req: Omit<WorkerRequest, 'resultFile'>, o: RunWorkerOptions): Promise<ServiceOutcome> {
  return launchWorker(o, req).run(req);
}

/**
 * The worker's environment: the one child that gets the cache service's credentials (o.env is a
 * child's environment), with the library's archive in the worker's own folder and its download
 * segment timeout, in whole minutes, no longer than ours.
 */
function workerEnv(o: RunWorkerOptions, workspace: string, dir: string): NodeJS.ProcessEnv {
  return {
    ...cacheWorkerEnv(o.env, { credentials: process.env }),
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: dir,
    SEGMENT_DOWNLOAD_TIMEOUT_MINS: String(Math.max(1, Math.floor(o.timeoutMs / 60_000))),
  };
}

/** The worker's result file, or why there is none. */
function readResult(resultFile: string, res: ExecResult, out: ServiceOutcome): ServiceOutcome {
  try {
    return { ...out, ...(JSON.parse(readFileSync(resultFile, 'utf8')) as WorkerResult) };
  } catch {
    const why = res.spawnError ?? (res.stderr.trim().split('\n').slice(-3).join(' ') || `exit code ${res.code}`);
    return { ...out, error: `the cache worker stopped without a result: ${why}` };
  }
}

/** A worker's scheduling priority: lowered (StartedWorker.inBackground) once it runs, or as soon as it starts. */
function workerPriority(): { spawned(pid: number): void; lower(): void } {
  let pid: number | undefined;
  let background = false;
  const apply = (): void => {
    try {
      if (background && pid !== undefined) setPriority(pid, 10);
    } catch {
      /* not allowed here, or already ended: it keeps the usual priority */
    }
  };
  return {
    spawned: (p) => ((pid = p), apply()),
    lower: () => ((background = true), apply()),
  };
}

/** A worker with its request file written now (`known`) or when run() is called. */
function launchWorker(o: RunWorkerOptions, known?: Omit<WorkerRequest, 'resultFile'>): StartedWorker {
  const dir = workerDir(o.tempDir);
  const resultFile = join(dir, 'result.json');
  const requestFile = join(dir, 'request.json');
  // The library stores files relative to the workspace and scopes entries by the path list as
  // given: relative paths (plan.ts libraryPaths), resolved from the workspace (the worker's working
  // directory), keep entries independent of where the checkout is.
  const workspace = workspaceDir(o.env);
  const writeRequest = (req: Omit<WorkerRequest, 'resultFile'>): void => {
    const paths = req.workspaceRelative
      ? libraryPaths(req.paths, workspace, o.env.HOME ?? o.env.USERPROFILE ?? homedir())
      : req.paths;
    writeFileSync(requestFile, JSON.stringify({ ...req, paths, resultFile } satisfies WorkerRequest));
  };
  if (known) writeRequest(known);
  // Without a known request, stdin stays open until run() (or cancel()) has one written.
  let send: (text: string) => void = () => undefined;
  const input = known ? '' : new Promise<string>((r) => (send = r));
  const out: ServiceOutcome = { available: true, warnings: [], ms: 0 };
  const priority = workerPriority();
  const running = o.exec(process.execPath, [o.script ?? workerScript(), requestFile], {
    cwd: workspace,
    env: workerEnv(o, workspace, dir),
    echo: 'none',
    timeoutMs: o.timeoutMs,
    input,
    onStdoutLine: (line) => handleWorkerLine(line, o.log, out),
    onSpawn: priority.spawned,
  });
  const done = (): void => {
    rmSync(dir, { recursive: true, force: true });
    liveDirs.delete(dir);
  };
  return {
    async run(req) {
      try {
        if (!known) writeRequest(req);
        const sent = Date.now();
        send('');
        const res = await running;
        // A worker started ahead of its request is timed from the request on.
        out.ms = known ? res.ms : Math.min(res.ms, Date.now() - sent);
        if (res.killed === 'timeout') return { ...out, timedOut: true };
        return readResult(resultFile, res, out);
      } finally {
        send('');
        done();
      }
    },
    inBackground: priority.lower,
    async cancel() {
      send('');
      try {
        await running;
      } finally {
        done();
      }
    },
  };
}

/** Removes the paths a restore created when it was stopped halfway through extracting. */
export function undoPartialRestore(paths: readonly string[], existedBefore: ReadonlySet<string>): string[] {
  const removed: string[] = [];
  for (const p of paths) {
    if (!existedBefore.has(p) && existsSync(p)) {
      rmSync(p, { recursive: true, force: true });
      removed.push(p);
    }
  }
  return removed;
}

export interface RestoreOutcome extends ServiceOutcome {
  /** Why nothing was restored, when it was not simply a miss (stopped, failed, a library warning). */
  problem?: string;
  /**
   * The entry of the primary key itself (or a replacement of it) that was found but could not be
   * extracted: post saves a replacement, so that later runs do not fail on it the same way.
   */
  brokenKey?: string;
}

// GitHub cache entries are immutable: a key, once saved, cannot be saved again, and the action
// cannot delete one (that takes the REST API and a token with actions: write). An entry of the
// primary key that does not extract (a corrupt archive) is therefore replaced by a newer entry
// under "<key>-r<run>-<attempt>", and every restore asks for replacements first: the service
// returns the newest entry whose key starts with the prefix, before the primary key itself.

/** The prefix of the replacement entries of `key`. */
export function replacementPrefix(key: string): string {
  return `${key}-r`;
}

/** A new replacement key for `key`, unique per run attempt. */
export function replacementKey(key: string, env: NodeJS.ProcessEnv): string {
  const run = /^\d+$/.test(env.GITHUB_RUN_ID ?? '') ? env.GITHUB_RUN_ID : String(Date.now());
  const attempt = /^\d+$/.test(env.GITHUB_RUN_ATTEMPT ?? '') ? env.GITHUB_RUN_ATTEMPT : '1';
  return `${replacementPrefix(key)}${run}-${attempt}`;
}

/** Whether `matched` is the entry of `key`: the key itself or one of its replacements. */
export function isEntryOf(key: string, matched: string | undefined): boolean {
  return matched !== undefined && (sameKey(matched, key) || keyStartsWith(matched, replacementPrefix(key)));
}

/** The keys a restore sends: replacements first (primary and first restore key), then the key, then the fallbacks. */
export function restoreLookup(key: string, restoreKeys: readonly string[]): { key: string; restoreKeys: string[] } {
  const prefix = replacementPrefix(key);
  return { key: prefix, restoreKeys: [...new Set([prefix, key, ...restoreKeys])] };
}

/**
 * Restores an entry in the worker (one started for it, or `worker`, started earlier with the same
 * options). A restore that fails or is stopped once extraction began
 * restores nothing: the paths it created (that did not exist before) are removed, so that
 * half-written files do not look fresh to cargo.
 */
export async function restoreEntry(
  req: Omit<WorkerRequest, 'op' | 'resultFile'>,
  o: RunWorkerOptions,
  worker?: StartedWorker,
): Promise<RestoreOutcome> {
  const existedBefore = new Set(req.paths.filter((p) => existsSync(p)));
  const request: Omit<WorkerRequest, 'resultFile'> = {
    op: 'restore',
    paths: req.paths,
    ...restoreLookup(req.key, req.restoreKeys),
    ...(req.workspaceRelative ? { workspaceRelative: true } : {}),
  };
  const out = await (worker ? worker.run(request) : runWorker(request, o));
  const failed = !out.matchedKey && out.extracting === true;
  const removed = failed ? undoPartialRestore(req.paths, existedBefore) : [];
  const undone = removed.length ? `; the partly restored ${removed.join(', ')} removed` : '';
  if (out.timedOut)
    return { ...out, problem: `restore stopped after ${o.timeoutMs / 1000} s (cache-restore-timeout)${undone}` };
  const brokenKey = failed && isEntryOf(req.key, out.offeredKey) ? out.offeredKey : undefined;
  const why = out.error ?? (out.warnings.length > 0 && !out.matchedKey ? out.warnings.join('; ') : undefined);
  if (why === undefined) return out;
  const replaced = brokenKey ? `; the entry ${brokenKey} does not extract: post saves a replacement` : '';
  return { ...out, problem: `${why}${undone}${replaced}`, ...(brokenKey ? { brokenKey } : {}) };
}

/**
 * How the post step runs the worker: in a child's environment (as main runs every child process;
 * runWorker adds the cache credentials), with its requests under RUNNER_TEMP (where main puts them too).
 */
export function postWorkerOptions(
  log: Logger,
  timeoutMs: number,
  env: NodeJS.ProcessEnv = process.env,
): RunWorkerOptions {
  return {
    exec,
    log,
    env: childEnv(env),
    tempDir: join(actionTempDir(env), 'cache'),
    timeoutMs,
  };
}

/** Why a lookup gave no usable answer (none in time, a failure, a warning and no match); undefined when it answered. */
export function lookupProblem(lookup: ServiceOutcome, timeoutMs: number): string | undefined {
  if (lookup.timedOut) return `no answer within ${timeoutMs / 1000} s`;
  if (lookup.error) return lookup.error;
  if (!lookup.matchedKey && lookup.warnings.length > 0) return lookup.warnings.join('; ');
  return undefined;
}

/** "not saved: …" for a save that stored nothing (`stoppedAfter` names its time bound); undefined when it saved. */
export function notSaved(save: ServiceOutcome, stoppedAfter: string): string | undefined {
  if (save.timedOut) return `not saved: stopped after ${stoppedAfter}`;
  if (save.error) return `not saved: ${save.error}`;
  if (save.cacheId === undefined || save.cacheId < 0)
    return `not saved${save.warnings.length ? `: ${save.warnings.join('; ')}` : ' (see the log)'}`;
  return undefined;
}
