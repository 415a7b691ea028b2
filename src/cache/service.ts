// Talks to the GitHub Actions cache service through @actions/cache, run in a worker process
// (dist/cache-worker) that is stopped, with the tar it started, when its time is up.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { exec, type Exec } from '../exec.js';
import { cacheWorkerEnv, childEnv } from '../child-env.js';
import type { Logger } from '../context.js';

export interface WorkerRequest {
  op: 'restore' | 'lookup' | 'save';
  paths: readonly string[];
  key: string;
  restoreKeys: readonly string[];
  resultFile: string;
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

export async function runWorker(req: Omit<WorkerRequest, 'resultFile'>, o: RunWorkerOptions): Promise<ServiceOutcome> {
  mkdirSync(o.tempDir, { recursive: true });
  const dir = mkdtempSync(join(o.tempDir, 'cache-'));
  const resultFile = join(dir, 'result.json');
  const requestFile = join(dir, 'request.json');
  writeFileSync(requestFile, JSON.stringify({ ...req, resultFile } satisfies WorkerRequest));
  const out: ServiceOutcome = { available: true, warnings: [], ms: 0 };
  // The worker is the one child that gets the cache service's credentials (o.env is a child's environment).
  // The library's own download segment timeout, in whole minutes, no longer than ours.
  const env = {
    ...cacheWorkerEnv(o.env, { credentials: process.env }),
    SEGMENT_DOWNLOAD_TIMEOUT_MINS: String(Math.max(1, Math.floor(o.timeoutMs / 60_000))),
  };
  try {
    const res = await o.exec(process.execPath, [o.script ?? workerScript(), requestFile], {
      env,
      echo: 'none',
      timeoutMs: o.timeoutMs,
      onStdoutLine: (line) => handleWorkerLine(line, o.log, out),
    });
    out.ms = res.ms;
    if (res.killed === 'timeout') return { ...out, timedOut: true };
    let result: WorkerResult;
    try {
      result = JSON.parse(readFileSync(resultFile, 'utf8')) as WorkerResult;
    } catch {
      const why = res.spawnError ?? (res.stderr.trim().split('\n').slice(-3).join(' ') || `exit code ${res.code}`);
      return { ...out, error: `the cache worker stopped without a result: ${why}` };
    }
    return { ...out, ...result };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
}

/**
 * Restores an entry in the worker. A restore stopped for time restores nothing: the paths it had
 * begun to extract (and that did not exist before) are removed, so that half-written files do not
 * look fresh to cargo.
 */
export async function restoreEntry(
  req: Omit<WorkerRequest, 'op' | 'resultFile'>,
  o: RunWorkerOptions,
): Promise<RestoreOutcome> {
  const existedBefore = new Set(req.paths.filter((p) => existsSync(p)));
  const out = await runWorker({ op: 'restore', ...req }, o);
  if (out.timedOut) {
    const removed = out.extracting ? undoPartialRestore(req.paths, existedBefore) : [];
    return {
      ...out,
      problem: `restore stopped after ${o.timeoutMs / 1000} s (cache-restore-timeout)${removed.length ? `; the partly restored ${removed.join(', ')} removed` : ''}`,
    };
  }
  if (out.error) return { ...out, problem: out.error };
  if (out.warnings.length > 0 && !out.matchedKey) return { ...out, problem: out.warnings.join('; ') };
  return out;
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
    tempDir: join(env.RUNNER_TEMP ?? tmpdir(), 'rust-pipeline', 'cache'),
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
