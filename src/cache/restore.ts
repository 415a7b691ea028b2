// The shared cache in the action: restored in main before anything builds (here), pruned and saved
// in post (save.ts). Every problem is a warning: the run's result is what it would be without a cache.
import { cacheOffResult } from './off.js';
import { join } from 'node:path';
import { ok, stop, type Outcome, type SetupResult, type SetupStep, type StageContext } from '../context.js';
import { cacheOutputs } from '../action-outputs.js';
import { isRecord, isString, isStringList, oneOfValues, stateSlot } from '../state.js';
import {
  advisoryDbRestoreBlocks,
  advisoryDbRestoreData,
  advisoryDbState,
  restoreAdvisoryDb,
  usesAdvisoryDbEntry,
} from './advisory-db-entry.js';
import { planCache, runnerArch, runnerOs, type CachePlan } from './plan.js';
import { hitOf, restoreBlocks, type CacheHit } from './report.js';
import { eventDecision } from './save-policy.js';
import { holdsEntry, writeMarkers, type HeldEntry } from './marker.js';
import {
  lookupProblem,
  restoreEntry,
  startWorker,
  type RestoreOutcome,
  type RunWorkerOptions,
  type StartedWorker,
} from './service.js';

/** The marker's name for the service's entry of `key` (marker.ts): the service says no version or date. */
export function serviceHeld(key: string): HeldEntry {
  return { source: 'GitHub Actions cache', key, stamp: '' };
}

/** What main leaves for post: post checks every path against what it works out itself (save.ts). */
export interface CacheState {
  key: string;
  paths: string[];
  hit: CacheHit;
  matchedKey?: string;
  /** The entry of the key itself (or a replacement) that was found but did not extract: post replaces it. */
  brokenKey?: string;
  runStartMs: number;
  targetDirs: string[];
  members: string[];
  lockfiles: string[];
}

function checkCacheState(value: unknown): CacheState {
  const v = isRecord(value);
  const state: CacheState = {
    key: isString(v.key),
    paths: isStringList(v.paths),
    hit: oneOfValues(['exact', 'partial', 'none'] as const)(v.hit),
    runStartMs: typeof v.runStartMs === 'number' && Number.isFinite(v.runStartMs) ? v.runStartMs : 0,
    targetDirs: isStringList(v.targetDirs),
    members: isStringList(v.members),
    lockfiles: isStringList(v.lockfiles),
  };
  if (v.matchedKey !== undefined) state.matchedKey = isString(v.matchedKey);
  if (v.brokenKey !== undefined) state.brokenKey = isString(v.brokenKey);
  return state;
}

export const cacheState = stateSlot('cache', checkCacheState);

export const cacheRestoreStep: SetupStep = {
  name: 'cache restore',
  async run(ctx) {
    const c = ctx.inputs.cache;
    if (!c.enabled) return cacheOffResult('`cache: false`');
    // The advisory database's daily entry is restored beside the main one, in its own worker,
    // under the same time bound.
    const os = runnerOs(ctx.env);
    const daily = usesAdvisoryDbEntry(ctx.inputs)
      ? restoreAdvisoryDb(ctx, {
          os,
          timeoutMs: c.restoreTimeoutSeconds * 1000,
          tempDir: join(ctx.tempDir, 'cache'),
        }).catch((e: unknown) => e as Error)
      : undefined;
    const main = await restoreMainEntry(ctx, os);
    const db = await daily;
    if (db instanceof Error) {
      const warning = `Advisory database cache not restored: ${db.message}`;
      return withDb(main, { warnings: [warning] });
    }
    if (!db || db.skipped === 'no cache service') return main;
    advisoryDbState.save(db.state, ctx.saveState);
    return withDb(main, {
      blocks: advisoryDbRestoreBlocks(db),
      warnings: db.warnings,
      data: { advisoryDb: advisoryDbRestoreData(db) },
    });
  },
};

/** The main entry's result with the database entry's after it (after its later answer, when it has one). */
function withDb(main: SetupResult, db: SetupResult): SetupResult {
  const add = (m: SetupResult): SetupResult => ({
    ...m,
    blocks: [...(m.blocks ?? []), ...(db.blocks ?? [])],
    warnings: [...(m.warnings ?? []), ...(db.warnings ?? [])],
    data: { ...m.data, ...db.data },
  });
  if (!main.later) return add(main);
  return { ...main, later: main.later.then((m) => add(m ?? {})) };
}

async function restoreMainEntry(ctx: StageContext, os: string): Promise<SetupResult> {
  const c = ctx.inputs.cache;
  const runStartMs = Date.now();
  const options: RunWorkerOptions = {
    exec: ctx.exec,
    log: ctx.log,
    env: ctx.env,
    tempDir: join(ctx.tempDir, 'cache'),
    timeoutMs: c.restoreTimeoutSeconds * 1000,
  };
  // The worker starts now and loads the cache library while cargo and rustc answer the key's
  // questions; its time bound starts once it has the request.
  const worker = startWorker(options);
  const planned = await planOrProblem(ctx, os);
  if (!planned.ok) {
    await worker.cancel();
    return planned.result;
  }
  const plan = planned.value;
  ctx.log.info(`Cache key: ${plan.key}`);
  if (holdsEntry(plan.targetDirs, serviceHeld(plan.key))) return heldHere(ctx, plan, worker, runStartMs);
  const outcome = await restoreEntry(
    { paths: plan.paths, key: plan.key, restoreKeys: plan.restoreKeys, workspaceRelative: true },
    options,
    worker,
  );
  if (!outcome.available) return serviceUnavailable(ctx, plan);
  const hit = hitOf(plan.key, outcome.matchedKey);
  saveCacheState(ctx, plan, hit, outcome, runStartMs);
  if (hit === 'exact' && !outcome.problem) writeMarkers(plan.targetDirs, plan.paths, serviceHeld(plan.key));
  return restoredResult(ctx, plan, outcome, hit);
}

/** What post reads: the key, the paths, what was restored, and what it needs to prune. */
function saveCacheState(
  ctx: StageContext,
  plan: CachePlan,
  hit: CacheHit,
  outcome: Pick<RestoreOutcome, 'matchedKey' | 'brokenKey'>,
  runStartMs: number,
): void {
  cacheState.save(
    {
      key: plan.key,
      paths: plan.paths,
      hit,
      ...(outcome.matchedKey ? { matchedKey: outcome.matchedKey } : {}),
      ...(outcome.brokenKey ? { brokenKey: outcome.brokenKey } : {}),
      runStartMs,
      targetDirs: plan.targetDirs,
      members: plan.members,
      lockfiles: plan.lockfiles,
    },
    ctx.saveState,
  );
}

/**
 * The target dir already holds the key's entry: this workspace restored or saved it in an earlier
 * run, on a runner that keeps its workspace between jobs (marker.ts). Nothing is downloaded and the
 * stages start at once; the key is still looked up, beside them, so that the outputs say whether
 * the service has the entry and post saves it when the service no longer does.
 */
function heldHere(ctx: StageContext, plan: CachePlan, worker: StartedWorker, runStartMs: number): SetupResult {
  ctx.log.info(
    `Cache: ${plan.targetDirs.join(', ')} already holds this entry (restored or saved here before): nothing to download; the key is looked up beside the stages.`,
  );
  const timeoutMs = ctx.inputs.cache.restoreTimeoutSeconds * 1000;
  // No stage waits for the answer: the stages get the CPU first.
  worker.inBackground();
  const lookup = worker.run({
    op: 'lookup',
    paths: plan.paths,
    key: plan.key,
    restoreKeys: [],
    workspaceRelative: true,
  });
  const later = lookup.then((found): SetupResult => {
    if (!found.available) return serviceUnavailable(ctx, plan);
    const problem = lookupProblem(found, timeoutMs);
    const hit = problem === undefined ? hitOf(plan.key, found.matchedKey) : 'none';
    saveCacheState(ctx, plan, hit, found, runStartMs);
    return restoredResult(ctx, plan, { ...found, ...(problem ? { problem } : {}) }, hit, true);
  });
  return { data: { enabled: true, heldHere: true }, later };
}

/** The cache plan, or the setup result that says why there is none. */
async function planOrProblem(ctx: StageContext, os: string): Promise<Outcome<CachePlan, SetupResult>> {
  try {
    return ok(
      await ctx.profiler.measure('cache key', () =>
        planCache(ctx, {
          scope: ctx.inputs.cache.sharedKey || ctx.env.GITHUB_JOB || 'job',
          os,
          arch: runnerArch(ctx.env),
          toolDir: ctx.toolDir,
          withCargoHome: true,
        }),
      ),
    );
  } catch (e) {
    return stop({
      outputs: cacheOutputs('none', ''),
      warnings: [
        `Cache: could not work out the cache key (${(e as Error).message}); the run continues without the cache.`,
      ],
      data: { enabled: true, error: (e as Error).message },
    });
  }
}

function serviceUnavailable(ctx: StageContext, plan: CachePlan): SetupResult {
  ctx.log.info(
    'The GitHub Actions cache service is not available here (no ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL): running without the cache.',
  );
  return {
    outputs: cacheOutputs('none', plan.key),
    blocks: [
      {
        kind: 'text',
        text: '**Cache:** the Actions cache service is not available in this environment; the run went without it.',
      },
    ],
    data: { enabled: true, available: false, key: plan.key },
  };
}

/** Outputs, summary blocks, warnings and report data of a restore that reached the service. */
function restoredResult(
  ctx: StageContext,
  plan: CachePlan,
  outcome: RestoreOutcome,
  hit: CacheHit,
  heldHere = false,
): SetupResult {
  const seconds = ctx.inputs.cache.restoreTimeoutSeconds;
  const { matchedKey: matched, problem } = outcome;
  const warnings: string[] = [];
  if (heldHere) {
    if (problem) warnings.push(`Cache lookup failed: ${problem}. The run used the target dir as it was.`);
  } else if (outcome.timedOut)
    warnings.push(
      `Cache restore took longer than ${seconds} s (input cache-restore-timeout) and was stopped; the run continues without the cache.`,
    );
  else if (outcome.error) warnings.push(`Cache restore failed: ${outcome.error}. The run continues without the cache.`);
  const save = plannedSave(ctx, hit);
  return {
    outputs: cacheOutputs(hit, plan.key),
    blocks: restoreBlocks(plan, {
      backend: 'GitHub Actions cache',
      hit,
      matchedKey: matched,
      sizeBytes: outcome.sizeBytes,
      ms: outcome.ms,
      problem,
      save: save.text,
      heldHere,
    }),
    warnings,
    data: {
      enabled: true,
      available: true,
      key: plan.key,
      restoreKeys: plan.restoreKeys,
      hit,
      matchedKey: matched ?? null,
      sizeBytes: outcome.sizeBytes ?? null,
      restoreMs: Math.round(outcome.ms),
      paths: plan.paths,
      problem: problem ?? null,
      brokenKey: outcome.brokenKey ?? null,
      heldHere,
      save: save.data,
    },
  };
}

/**
 * The save decision as far as it is known before the stages run (cache-save, the event, the
 * cell, what was restored), for the summary and the JSON report; post decides again at its end.
 */
export function plannedSave(
  ctx: Pick<StageContext, 'inputs' | 'event'>,
  hit: CacheHit,
): { text: string; data: Record<string, unknown> } {
  const c = ctx.inputs.cache;
  const d = eventDecision({ policy: c.save, event: ctx.event.name, hit, writer: ctx.inputs.cell?.cacheWriter });
  const when = c.onFailure ? 'in post' : 'in post if the run passes (cache-on-failure is false)';
  return {
    text: d.save ? `saved ${when}: ${d.why}` : d.why,
    data: { policy: c.save, event: ctx.event.name, planned: d.save, why: d.why },
  };
}
