// The shared cache in the action: restored in main before anything builds, pruned and saved in
// post. Every problem is a warning: the run's result is what it would be without a cache.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readUsedUnits, type UsedUnits } from '../cargo/units.js';
import { actionsLogger } from '../actions.js';
import type { SetupStep } from '../context.js';
import { getState, STATE } from '../state.js';
import type { Logger, StageContext } from '../context.js';
import type { Block } from '../report/blocks.js';
import {
  advisoryDbRestoreBlocks,
  advisoryDbRestoreData,
  restoreAdvisoryDb,
  saveAdvisoryDbInPost,
  usesAdvisoryDbEntry,
} from './advisory-db.js';
import { lockedSet, planCache, runnerArch, runnerOs, type CachePlan } from './plan.js';
import { applyPrune, planPrune, sizeBeforePrune } from './prune.js';
import { formatMs } from '../profiler.js';
import { formatBytes } from '../text.js';
import { appendToJobSummary, hitOf, restoreBlocks, saveBlocks, type CacheHit, type SaveFigures } from './report.js';
import { lookupProblem, notSaved, postWorkerOptions, restoreEntry, runWorker } from './service.js';

/** The longest a save may take before it is abandoned (the job is over; only the cache is lost). */
export const SAVE_TIMEOUT_MS = 20 * 60_000;
/** The longest the post step's "is this key saved already?" question may take. */
export const LOOKUP_TIMEOUT_MS = 60_000;

/** What main leaves for post (STATE.cache). */
export interface CacheRunState {
  key: string;
  paths: string[];
  hit: CacheHit;
  matchedKey?: string;
  onFailure: boolean;
  runStartMs: number;
  cargoHome: string;
  targetDirs: string[];
  members: string[];
  lockfiles: string[];
  /** Where the installed tools live, and the versions this run pins (other versions are pruned). */
  toolDir?: string;
  toolVersions?: Record<string, string>;
}

type SetupResult = {
  outputs?: Record<string, string>;
  blocks?: Block[];
  warnings?: string[];
  data?: Record<string, unknown>;
};

export const cacheRestoreStep: SetupStep = {
  name: 'cache restore',
  async run(ctx) {
    const c = ctx.inputs.cache;
    if (!c.enabled) {
      return {
        outputs: { 'cache-hit': 'none', 'cache-key': '' },
        blocks: [{ kind: 'text', text: '**Cache:** off (`cache: false`).' }],
        data: { enabled: false },
      };
    }
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
    if (db instanceof Error)
      return { ...main, warnings: [...(main.warnings ?? []), `Advisory database cache not restored: ${db.message}`] };
    if (!db || db.skipped === 'no cache service') return main;
    ctx.saveState(STATE.advisoryDbCache, JSON.stringify(db.state));
    return {
      ...main,
      blocks: [...(main.blocks ?? []), ...advisoryDbRestoreBlocks(db)],
      warnings: [...(main.warnings ?? []), ...db.warnings],
      data: { ...main.data, advisoryDb: advisoryDbRestoreData(db) },
    };
  },
};

async function restoreMainEntry(ctx: StageContext, os: string): Promise<SetupResult> {
  const c = ctx.inputs.cache;
  const runStartMs = Date.now();
  let plan: CachePlan;
  try {
    plan = await ctx.profiler.measure('cache key', () =>
      planCache(ctx, {
        scope: c.sharedKey || ctx.env.GITHUB_JOB || 'job',
        os,
        arch: runnerArch(ctx.env),
        toolDir: ctx.toolDir,
        withCargoHome: true,
      }),
    );
  } catch (e) {
    return {
      outputs: { 'cache-hit': 'none', 'cache-key': '' },
      warnings: [
        `Cache: could not work out the cache key (${(e as Error).message}); the run continues without the cache.`,
      ],
      data: { enabled: true, error: (e as Error).message },
    };
  }
  ctx.log.info(`Cache key: ${plan.key}`);
  const outcome = await restoreEntry(
    { paths: plan.paths, key: plan.key, restoreKeys: plan.restoreKeys, workspaceRelative: true },
    {
      exec: ctx.exec,
      log: ctx.log,
      env: ctx.env,
      tempDir: join(ctx.tempDir, 'cache'),
      timeoutMs: c.restoreTimeoutSeconds * 1000,
    },
  );
  if (!outcome.available) {
    ctx.log.info(
      'The GitHub Actions cache service is not available here (no ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL): running without the cache.',
    );
    return {
      outputs: { 'cache-hit': 'none', 'cache-key': plan.key },
      blocks: [
        {
          kind: 'text',
          text: '**Cache:** the Actions cache service is not available in this environment; the run went without it.',
        },
      ],
      data: { enabled: true, available: false, key: plan.key },
    };
  }
  const { matchedKey: matched, problem } = outcome;
  const warnings: string[] = [];
  if (outcome.timedOut)
    warnings.push(
      `Cache restore took longer than ${c.restoreTimeoutSeconds} s (input cache-restore-timeout) and was stopped; the run continues without the cache.`,
    );
  else if (outcome.error) warnings.push(`Cache restore failed: ${outcome.error}. The run continues without the cache.`);
  const hit = hitOf(plan.key, matched);
  const state: CacheRunState = {
    key: plan.key,
    paths: plan.paths,
    hit,
    ...(matched ? { matchedKey: matched } : {}),
    onFailure: c.onFailure,
    runStartMs,
    cargoHome: plan.cargoHome,
    targetDirs: plan.targetDirs,
    members: plan.members,
    lockfiles: plan.lockfiles,
    toolDir: ctx.toolDir,
    toolVersions: { ...ctx.inputs.tools.versions },
  };
  ctx.saveState(STATE.cache, JSON.stringify(state));
  return {
    outputs: { 'cache-hit': hit, 'cache-key': plan.key },
    blocks: restoreBlocks(plan, {
      backend: 'GitHub Actions cache',
      hit,
      matchedKey: matched,
      sizeBytes: outcome.sizeBytes,
      ms: outcome.ms,
      problem,
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
    },
  };
}

/** Decides whether post (or the CLI at its end) saves: never after an exact hit, after a failure only with cache-on-failure. */
export function saveDecision(state: Pick<CacheRunState, 'hit' | 'onFailure'>, result: string): string | undefined {
  if (state.hit === 'exact') return 'not saved: the exact key was restored';
  if (result !== 'success' && !state.onFailure)
    return `not saved: the run's result is ${result || 'unknown'} and cache-on-failure is false`;
  return undefined;
}

function appendSummary(figures: SaveFigures, log: Logger): Promise<void> {
  return appendToJobSummary(saveBlocks(figures), 'the cache save', log);
}

export async function saveCacheInPost(log: Logger = actionsLogger): Promise<void> {
  const raw = getState(STATE.cache);
  if (!raw) return;
  const state = JSON.parse(raw) as CacheRunState;
  const skip = saveDecision(state, getState(STATE.result));
  if (skip) {
    log.info(`Cache ${skip}.`);
    await appendSummary({ key: state.key, outcome: skip }, log);
    return;
  }
  // Another job with the same key may have saved it meanwhile: then there is nothing to do.
  const lookup = await runWorker(
    { op: 'lookup', paths: state.paths, key: state.key, restoreKeys: [], workspaceRelative: true },
    postWorkerOptions(log, LOOKUP_TIMEOUT_MS),
  );
  const why = lookupProblem(lookup, LOOKUP_TIMEOUT_MS);
  if (why !== undefined) {
    log.warning(`Cache not saved: the cache service did not answer (${why}).`);
    await appendSummary({ key: state.key, outcome: `not saved: the cache service did not answer (${why})` }, log);
    return;
  }
  if (lookup.matchedKey === state.key) {
    log.info('Cache not saved: an entry with this key was saved meanwhile (another job).');
    await appendSummary({ key: state.key, outcome: 'not saved: another job saved this key first' }, log);
    return;
  }
  log.info(`Cache lookup before saving: ${formatMs(lookup.ms)}`);
  if (!state.paths.some((p) => existsSync(p))) {
    log.info('Cache not saved: none of its paths exist.');
    await appendSummary({ key: state.key, outcome: 'not saved: none of its paths exist' }, log);
    return;
  }
  const pruneStarted = Date.now();
  const prune = planPrune({
    targetDirs: state.targetDirs,
    cargoHome: state.cargoHome,
    members: state.members,
    locked: lockedSet(state.lockfiles),
    runStartMs: state.runStartMs,
    ...usedUnits(),
    ...(state.toolDir && state.toolVersions ? { tools: { dir: state.toolDir, keep: state.toolVersions } } : {}),
  });
  const beforeBytes = sizeBeforePrune(state.paths, prune);
  applyPrune(prune);
  const pruneMs = Date.now() - pruneStarted;
  log.info(`Cache pruned ${prune.items.length} paths (${formatBytes(prune.bytes)}) in ${formatMs(pruneMs)}`);
  const save = await runWorker(
    { op: 'save', paths: state.paths, key: state.key, restoreKeys: [], workspaceRelative: true },
    postWorkerOptions(log, SAVE_TIMEOUT_MS),
  );
  const outcome = notSaved(save, `${SAVE_TIMEOUT_MS / 60_000} min`) ?? 'saved';
  if (save.timedOut || save.error) log.warning(`Cache ${outcome}.`);
  else log.info(`Cache ${outcome}: ${state.key}`);
  await appendSummary(
    {
      key: state.key,
      outcome,
      sizeBytes: outcome === 'saved' ? save.sizeBytes : undefined,
      ms: save.ms,
      pruneMs,
      beforeBytes,
      prune,
    },
    log,
  );
}

/**
 * The units this run's cargo commands used, from the ledger main left in its temp dir (the same
 * folder main uses, recomputed here); nothing when the run could not list them all.
 */
function usedUnits(env: NodeJS.ProcessEnv = process.env): { used?: UsedUnits } {
  const used = readUsedUnits(join(env.RUNNER_TEMP ?? tmpdir(), 'rust-pipeline'));
  return used ? { used } : {};
}

export const cacheSaveTask = {
  name: 'cache save',
  run: async (): Promise<void> => {
    // The small daily database entry first: it does not depend on the run's result.
    await saveAdvisoryDbInPost();
    await saveCacheInPost();
  },
};
