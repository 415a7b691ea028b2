// The post step's saves: the main entry (pruned first) and the advisory database's daily entry,
// through one routine. Post trusts nothing it can work out itself: the inputs, the event and the
// places come from its own environment; from the state main left it takes only keys that look
// like ours and paths that are among the places (confine.ts). Every problem is a warning.
import { readUsedUnits, type UsedUnits } from '../cargo/units.js';
import { existsSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { actionsLogger } from '../actions.js';
import { isInside, toolDirOf, actionTempDir } from '../paths.js';
import type { Logger } from '../context.js';
import type { Inputs } from '../inputs/types.js';
import { formatMs } from '../profiler.js';
import { resultState } from '../state.js';
import { formatBytes } from '../text.js';
import { lastFetched } from '../tools/advisory-db-checkout.js';
import { cacheState, serviceHeld, type CacheState } from './restore.js';
import { writeMarkers } from './marker.js';
import {
  ADVISORY_DB_KEY_PREFIX,
  advisoryDbEntryPaths,
  advisoryDbSaveDecision,
  advisoryDbState,
  prefixed,
} from './advisory-db-entry.js';
import {
  allowedEntryPaths,
  confineTargetDir,
  deletableRoots,
  looksLikeOurKey,
  mayDelete,
  outwardLinks,
  trustedPlaces,
  type TrustedPlaces,
} from './confine.js';
import { KEY_PREFIX } from './key.js';
import { keyStartsWith, sameKey } from './key-match.js';
import { lockedSet, runnerOs } from './plan.js';
import { applyPrune, planPrune, sizeBeforePrune, type PrunePlan } from './prune.js';
import { appendToJobSummary, saveBlocks } from './report.js';
import { saveDecision } from './save-policy.js';
import {
  isEntryOf,
  lookupProblem,
  notSaved,
  postWorkerOptions,
  replacementKey,
  replacementPrefix,
  runWorker,
  startWorker,
  type RunWorkerOptions,
  type ServiceOutcome,
  type StartedWorker,
} from './service.js';

/** The longest the main entry's save may take before it is abandoned (the job is over; only the cache is lost). */
export const SAVE_TIMEOUT_MS = 20 * 60_000;
/** The longest the "is this key saved already?" question may take. */
export const LOOKUP_TIMEOUT_MS = 60_000;
/** The longest the (small) database entry's lookup or save may take. */
export const ADVISORY_DB_SAVE_TIMEOUT_MS = 5 * 60_000;

/** One entry for saveEntry. */
export interface EntryToSave {
  /** How the log names the entry, e.g. "Cache". */
  label: string;
  key: string;
  paths: readonly string[];
  /** The entry of `key` (or a replacement) that exists but did not extract: save a replacement under a new key. */
  broken?: string;
  /** The library gets the paths relative to the workspace (the main entry: see libraryPaths in plan.ts). */
  workspaceRelative?: boolean;
  /** Runs once the service said the key is not saved yet, before the archive is made (pruning). */
  prepare?: () => void;
}

export interface EntrySaveResult {
  /** Whether the entry was stored: what decisions read (the outcome's text is for people). */
  saved: boolean;
  /** "saved", or why not ("not saved: …"). */
  outcome: string;
  /** The key saved under (a replacement key when `replace`). */
  key: string;
  save?: ServiceOutcome;
}

/**
 * Looks the key up (another job may have saved it meanwhile), then saves. With a broken entry, the
 * lookup asks for replacements only (the broken entry itself is known to be there).
 */
export async function saveEntry(
  e: EntryToSave,
  o: RunWorkerOptions,
  lookupTimeoutMs: number,
  env: NodeJS.ProcessEnv,
): Promise<EntrySaveResult> {
  // The save's worker starts beside the lookup's, loading the library while the lookup runs; it
  // ends unused when nothing is to be saved.
  const saver = startWorker(o);
  let used = false;
  try {
    return await lookupThenSave(e, o, lookupTimeoutMs, env, (req) => {
      used = true;
      return saver.run(req);
    });
  } finally {
    if (!used) await saver.cancel();
  }
}

async function lookupThenSave(
  e: EntryToSave,
  o: RunWorkerOptions,
  lookupTimeoutMs: number,
  env: NodeJS.ProcessEnv,
  runSave: StartedWorker['run'],
): Promise<EntrySaveResult> {
  const probe = e.broken ? replacementPrefix(e.key) : e.key;
  const lookup = await runWorker(
    {
      op: 'lookup',
      paths: e.paths,
      key: probe,
      restoreKeys: e.broken ? [probe] : [],
      workspaceRelative: e.workspaceRelative,
    },
    { ...o, timeoutMs: lookupTimeoutMs },
  );
  const why = lookupProblem(lookup, lookupTimeoutMs);
  if (why !== undefined) {
    o.log.warning(`${e.label} not saved: the cache service did not answer (${why}).`);
    return { key: e.key, saved: false, outcome: `not saved: the cache service did not answer (${why})` };
  }
  // With a broken entry, only a replacement newer than it counts as saved meanwhile.
  if (
    lookup.matchedKey !== undefined &&
    keyStartsWith(lookup.matchedKey, probe) &&
    !(e.broken !== undefined && sameKey(lookup.matchedKey, e.broken))
  ) {
    o.log.info(`${e.label} not saved: \`${lookup.matchedKey}\` was saved meanwhile (another job).`);
    return { key: e.key, saved: false, outcome: `not saved: another job saved \`${lookup.matchedKey}\` first` };
  }
  o.log.info(`${e.label} lookup before saving: ${formatMs(lookup.ms)}`);
  if (!e.paths.some((p) => existsSync(p))) {
    o.log.info(`${e.label} not saved: none of its paths exist.`);
    return { key: e.key, saved: false, outcome: 'not saved: none of its paths exist' };
  }
  e.prepare?.();
  const key = e.broken ? replacementKey(e.key, env) : e.key;
  const save = await runSave({
    op: 'save',
    paths: e.paths,
    key,
    restoreKeys: [],
    workspaceRelative: e.workspaceRelative,
  });
  const refused = notSaved(save, `${formatMs(o.timeoutMs)}`);
  const outcome = refused ?? (e.broken ? `saved as \`${key}\`, replacing the entry that did not extract` : 'saved');
  if (save.timedOut || save.error) o.log.warning(`${e.label} ${outcome}.`);
  else o.log.info(`${e.label} ${outcome}: ${key}`);
  return { key, saved: refused === undefined, outcome, save };
}

/** What post works out from its own environment: the inputs main ran with, the places, the event. */
export interface PostContext {
  env: NodeJS.ProcessEnv;
  inputs: Inputs;
  places: TrustedPlaces;
  log: Logger;
}

/** `inputs`: what the post entry point read from its own environment (post.ts). */
export function postContext(
  inputs: Inputs,
  env: NodeJS.ProcessEnv = process.env,
  log: Logger = actionsLogger,
): PostContext {
  return { env, inputs, places: trustedPlaces(env, inputs), log };
}

/** Loads a state slot; a value that fails its check is a warning and counts as absent. */
function loadOrWarn<T>(slot: { load(): T | undefined }, log: Logger): T | undefined {
  try {
    return slot.load();
  } catch (e) {
    log.warning(`Cache not saved: ${(e as Error).message}.`);
    return undefined;
  }
}

/** Either the state's paths, each one a place post trusts, or what it refused. */
export function confineCacheState(
  state: CacheState,
  places: TrustedPlaces,
): { ok: true; targetDirs: string[]; lockfiles: string[] } | { ok: false; refused: string[] } {
  const refused: string[] = [];
  if (!looksLikeOurKey(state.key, KEY_PREFIX)) refused.push(`the key ${state.key}`);
  const targetDirs = state.targetDirs.map((d) => confineTargetDir(d, places));
  state.targetDirs.forEach((d, i) => targetDirs[i] === undefined && refused.push(d));
  const allowed = allowedEntryPaths(places, state.targetDirs);
  for (const p of state.paths) if (!allowed.has(p) || refused.includes(p)) refused.push(p);
  // Lockfiles are only read (which versions are current); still, only the workspace's.
  const lockfiles = state.lockfiles.filter((f) => basename(f) === 'Cargo.lock' && isInside(f, places.workspace));
  if (refused.length > 0) return { ok: false, refused: [...new Set(refused)] };
  return { ok: true, targetDirs: targetDirs as string[], lockfiles };
}

/** Whether post saves the main entry: cache-save, the event, what main restored, the run's result. */
function mainEntryDecision(pc: PostContext, state: CacheState): ReturnType<typeof saveDecision> {
  return saveDecision({
    policy: pc.inputs.cache.save,
    event: pc.env.GITHUB_EVENT_NAME ?? '',
    hit: state.brokenKey ? 'none' : state.hit,
    result: loadOrWarn(resultState, pc.log) ?? 'unknown',
    onFailure: pc.inputs.cache.onFailure,
    writer: pc.inputs.cell?.cacheWriter,
  });
}

/** The main entry's save in post. */
export async function saveCacheInPost(pc: PostContext): Promise<void> {
  const { log } = pc;
  const state = loadOrWarn(cacheState, log);
  if (!state) return;
  const summary = (figures: Parameters<typeof saveBlocks>[0]): Promise<void> =>
    appendToJobSummary(saveBlocks(figures), 'the cache save', log);
  const decision = mainEntryDecision(pc, state);
  // The key is not repeated here: main's Cache section has it (and the state is not trusted text).
  if (!decision.save) {
    log.info(`Cache ${decision.why}.`);
    return summary({ outcome: decision.why });
  }
  const confined = confineCacheState(state, pc.places);
  if (!confined.ok) {
    const why =
      'not saved: the state main left names what the cache may not hold or delete; nothing was pruned or uploaded';
    const named = confined.refused.slice(0, 5).map((r) => JSON.stringify(r.slice(0, 300)));
    log.warning(`Cache ${why}: ${named.join(', ')}${confined.refused.length > 5 ? ', …' : ''}.`);
    return summary({ outcome: why });
  }
  let prune: PrunePlan | undefined;
  let pruneMs = 0;
  let beforeBytes = 0;
  const result = await saveEntry(
    {
      label: 'Cache',
      key: state.key,
      paths: state.paths,
      workspaceRelative: true,
      ...(state.brokenKey ? { broken: state.brokenKey } : {}),
      prepare: () => {
        const started = Date.now();
        prune = pruneForSave(pc, state, confined);
        beforeBytes = sizeBeforePrune(state.paths, prune);
        pruneMs = Date.now() - started;
      },
    },
    postWorkerOptions(log, SAVE_TIMEOUT_MS, pc.env),
    LOOKUP_TIMEOUT_MS,
    pc.env,
  );
  const saved = result.saved;
  // The next run here finds the entry in place and downloads nothing (restore.ts heldHere).
  if (saved) writeMarkers(confined.targetDirs, state.paths, serviceHeld(state.key));
  await summary({
    outcome: result.outcome,
    decision: decision.why,
    ...(result.save ? { ms: result.save.ms, sizeBytes: saved ? result.save.sizeBytes : undefined } : {}),
    ...(prune ? { pruneMs, beforeBytes, prune } : {}),
  });
}

/** Plans and applies the prune inside the confined places; refused items are a warning. */
function pruneForSave(
  pc: PostContext,
  state: CacheState,
  confined: { targetDirs: string[]; lockfiles: string[] },
): PrunePlan {
  removeOutwardLinks(pc, state.paths);
  const plan = planPrune({
    targetDirs: confined.targetDirs,
    cargoHome: pc.places.cargoHome,
    members: state.members,
    locked: lockedSet(confined.lockfiles),
    runStartMs: state.runStartMs,
    ...usedUnits(pc.env),
    tools: { dir: pc.places.toolDir, keep: pc.inputs.tools.versions },
  });
  const applied = applyPrune(plan, deletableRoots(pc.places, confined.targetDirs));
  if (applied.refused.length > 0)
    pc.log.warning(
      `Cache: left ${applied.refused.length} path(s) alone that lie outside the target dir and CARGO_HOME's cached folders or behind a symlink: ${applied.refused.slice(0, 5).join(', ')}`,
    );
  pc.log.info(`Cache pruned ${plan.items.length} paths (${formatBytes(plan.bytes)})`);
  return plan;
}

/**
 * The units this run's cargo commands used, from the ledger main left in its temp dir (the same
 * folder main uses, recomputed here); nothing when the run could not list them all. The ledger
 * only narrows which units inside the confined target dirs are kept: it names no path.
 */
function usedUnits(env: NodeJS.ProcessEnv): { used?: UsedUnits } {
  const used = readUsedUnits(actionTempDir(env));
  return used ? { used } : {};
}

/**
 * Removes (as links) the symlinks in every cached place (target dirs, CARGO_HOME's cached folders,
 * the tool dir, cache-directories) that lead outside the cached places; a warning names them.
 * `places` are the entry's paths, already confined (confineCacheState).
 */
function removeOutwardLinks(pc: PostContext, places: readonly string[]): void {
  const links = places.flatMap((p) => outwardLinks(p, places)).filter((l) => mayDelete(l, places));
  for (const l of links) rmSync(l, { force: true });
  if (links.length > 0)
    pc.log.warning(
      `Cache: removed ${links.length} symlink(s) in the cached places that lead outside them, not what they point at: ${links.slice(0, 5).join(', ')}`,
    );
}

/** The advisory database entry's save in post. */
export async function saveAdvisoryDbInPost(pc: PostContext, options?: Partial<RunWorkerOptions>): Promise<void> {
  const log = pc.log;
  const text = (t: string): Promise<void> =>
    appendToJobSummary(
      [{ kind: 'text', text: `**Advisory database cache:** ${t}` }],
      'the advisory database cache',
      log,
    );
  const state = loadOrWarn(advisoryDbState, log);
  if (!state) return;
  if (!looksLikeOurKey(state.key, ADVISORY_DB_KEY_PREFIX)) {
    log.warning(`Advisory database cache not saved: the saved key ${JSON.stringify(state.key)} is not one of ours.`);
    return;
  }
  const toolDir = toolDirOf(pc.env);
  const policy = saveDecision({
    policy: pc.inputs.cache.save,
    event: pc.env.GITHUB_EVENT_NAME ?? '',
    // Something restored counts for the event rules (pull_request); whether an exact hit is still
    // current is the daily decision's question (a fetch after midnight makes a new day's entry).
    hit: state.brokenKey || state.hit === 'none' ? 'none' : 'partial',
    // The database does not depend on the run's result.
    result: 'success',
    onFailure: true,
  });
  const decision = policy.save ? advisoryDbSaveDecision(state, runnerOs(pc.env), lastFetched(toolDir)) : policy;
  if (!decision.save) {
    log.info(`Advisory database cache ${decision.why}.`);
    return text(decision.why);
  }
  const o: RunWorkerOptions = { ...postWorkerOptions(prefixed(log), ADVISORY_DB_SAVE_TIMEOUT_MS, pc.env), ...options };
  const r = await saveEntry(
    {
      label: 'Advisory database cache',
      key: decision.key,
      paths: advisoryDbEntryPaths(toolDir),
      ...(state.brokenKey && isEntryOf(decision.key, state.brokenKey) ? { broken: state.brokenKey } : {}),
    },
    o,
    o.timeoutMs,
    pc.env,
  );
  if (!r.saved) return text(r.outcome);
  const figures = `(${r.save?.sizeBytes !== undefined ? `${formatBytes(r.save.sizeBytes)}, ` : ''}${formatMs(r.save?.ms ?? 0)})`;
  return text(`${r.outcome === 'saved' ? `saved \`${r.key}\`` : r.outcome} ${figures}; ${policy.why}`);
}

export const cacheSaveTask = {
  name: 'cache save',
  run: async (inputs: Inputs): Promise<void> => {
    const pc = postContext(inputs);
    // Post re-reads the inputs: with the cache off nothing is saved, whatever the state holds.
    if (!pc.inputs.cache.enabled) {
      pc.log.info('Cache not saved: the cache is off (cache: false).');
      return;
    }
    // The small daily database entry first: it does not depend on the run's result.
    await saveAdvisoryDbInPost(pc);
    await saveCacheInPost(pc);
  },
};
