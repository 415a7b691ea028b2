// The RustSec advisory database's own cache entry, keyed by the UTC day:
//
//   rust-pipeline-advisory-db-v1-<os>-<YYYY-MM-DD>     restore key: rust-pipeline-advisory-db-v1-<os>-
//
// It holds only <toolDir>/advisory-db and its fetch record <toolDir>/advisory-db.fetched, and
// lives beside the main entry (which leaves both out), because the two change at different
// rates: the main entry changes with the lockfile and the compilers, the database every day.
// Within the main entry, a database fetched today would never be saved after an exact hit of
// the main key, and every later run that day would fetch again.
//
// main restores it (when the audit stage runs on the cached database) beside the main entry, in
// a worker process of its own, bounded by cache-restore-timeout; post saves it under the key of
// the day it was fetched, unless that entry is the one restored. Every problem is a warning.
import { now, utcDay } from '../clock.js';
import type { Inputs } from '../inputs/types.js';
import { formatMs } from '../profiler.js';
import type { Block } from '../blocks.js';
import { isRecord, isString, oneOfValues, stateSlot } from '../state.js';
import type { Logger, StageContext } from '../context.js';
import { advisoryDbPath, markerPath, planAdvisoryDb } from '../tools/advisory-db-checkout.js';
import { keyPart } from './key.js';
import { formatBytes } from '../text.js';
import { hitOf, type CacheHit } from './report.js';
import { isEntryOf, restoreEntry } from './service.js';

/** Bumped when the layout of the database entry changes. */
export const ADVISORY_DB_KEY_PREFIX = 'rust-pipeline-advisory-db-v1';

export interface DailyKeys {
  key: string;
  restoreKeys: string[];
}

/** The daily key of the database fetched (or wanted) on `day`, and the restore key for older days. */
export function advisoryDbKeys(os: string, day: Date): DailyKeys {
  const base = `${ADVISORY_DB_KEY_PREFIX}-${keyPart(os)}-`;
  return { key: `${base}${utcDay(day)}`, restoreKeys: [base] };
}

/** The paths of the entry, in a fixed order (the service scopes entries by this list). */
export function advisoryDbEntryPaths(toolDir: string): string[] {
  return [advisoryDbPath(toolDir), markerPath(toolDir)];
}

/** Whether this run has a database entry: the audit stage runs, on the cached database (no audit-db). */
export function usesAdvisoryDbEntry(inputs: Pick<Inputs, 'stages' | 'audit'>): boolean {
  return inputs.stages.includes('audit') && !inputs.audit.db;
}

/** What main leaves for post; post works the paths and the tool dir out itself. */
export interface AdvisoryDbCacheState {
  /** Today's key when main restored. */
  key: string;
  /** The UTC day of `key`. */
  day: string;
  hit: CacheHit;
  matchedKey?: string;
  /** The entry of today's key (or a replacement) that was found but did not extract: post replaces it. */
  brokenKey?: string;
}

function checkAdvisoryDbState(value: unknown): AdvisoryDbCacheState {
  const v = isRecord(value);
  const day = isString(v.day);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`day ${JSON.stringify(day)} is not a date`);
  const state: AdvisoryDbCacheState = {
    key: isString(v.key),
    day,
    hit: oneOfValues(['exact', 'partial', 'none'] as const)(v.hit),
  };
  if (v.matchedKey !== undefined) state.matchedKey = isString(v.matchedKey);
  if (v.brokenKey !== undefined) state.brokenKey = isString(v.brokenKey);
  return state;
}

export const advisoryDbState = stateSlot('advisory-db-cache', checkAdvisoryDbState);

export interface AdvisoryDbRestore {
  state: AdvisoryDbCacheState;
  paths: string[];
  restoreKeys: string[];
  sizeBytes?: number;
  ms: number;
  /** Why nothing was restored, when it was not simply a miss. */
  problem?: string;
  /** Why no restore was attempted. */
  skipped?: string;
  warnings: string[];
}

/**
 * The CLI keeps its tools and the database in the cache directory itself, so there is nothing to
 * archive: the same daily key names the day the copy there was fetched, and only a copy of
 * today's key is used without a fetch.
 */
export function localAdvisoryDbStatus(
  toolDir: string,
  os: string,
  today: Date,
): { blocks: Block[]; data: Record<string, unknown> } {
  const key = advisoryDbKeys(os, today).key;
  const plan = planAdvisoryDb(toolDir, undefined, today);
  const copyKey = plan.fetchedAt ? advisoryDbKeys(os, plan.fetchedAt).key : undefined;
  const what =
    plan.why === 'fetched today'
      ? `the copy in the cache directory is today's (\`${copyKey}\`): no fetch`
      : plan.why === 'stale'
        ? `the copy in the cache directory is ${copyKey ? `\`${copyKey}\`` : 'of unknown age'}: the audit fetches it`
        : 'no copy in the cache directory yet: the audit fetches it';
  return {
    blocks: [{ kind: 'text', text: `**Advisory database** (daily key \`${key}\`): ${what}` }],
    data: { key, path: plan.path, copyKey: copyKey ?? null, fresh: plan.why === 'fetched today' },
  };
}

export function prefixed(log: Logger): Logger {
  return { ...log, info: (m) => log.info(`advisory database cache: ${m}`) };
}

/**
 * Restores the database entry for today (or the newest older one). Skipped when a copy fetched
 * today is already in place (a runner that keeps CARGO_HOME).
 */
export async function restoreAdvisoryDb(
  ctx: StageContext,
  o: { os: string; timeoutMs: number; tempDir: string },
): Promise<AdvisoryDbRestore> {
  const today = now(ctx.env);
  const keys = advisoryDbKeys(o.os, today);
  const paths = advisoryDbEntryPaths(ctx.toolDir);
  const base: AdvisoryDbCacheState = { key: keys.key, day: utcDay(today), hit: 'none' };
  if (planAdvisoryDb(ctx.toolDir, undefined, today).why === 'fetched today') {
    return {
      state: base,
      paths,
      restoreKeys: keys.restoreKeys,
      ms: 0,
      skipped: 'a copy fetched today is already in place',
      warnings: [],
    };
  }
  const out = await restoreEntry(
    { paths, key: keys.key, restoreKeys: keys.restoreKeys },
    { exec: ctx.exec, log: prefixed(ctx.log), env: ctx.env, tempDir: o.tempDir, timeoutMs: o.timeoutMs },
  );
  if (!out.available)
    return { state: base, paths, restoreKeys: keys.restoreKeys, ms: out.ms, skipped: 'no cache service', warnings: [] };
  const { matchedKey: matched, problem } = out;
  const warnings: string[] = [];
  if (out.timedOut)
    warnings.push(
      `Advisory database cache restore took longer than ${o.timeoutMs / 1000} s (input cache-restore-timeout) and was stopped; the audit fetches the database instead.`,
    );
  else if (out.error)
    warnings.push(`Advisory database cache restore failed: ${out.error}. The audit fetches the database instead.`);
  const state: AdvisoryDbCacheState = {
    ...base,
    hit: hitOf(keys.key, matched),
    ...(matched ? { matchedKey: matched } : {}),
    ...(out.brokenKey ? { brokenKey: out.brokenKey } : {}),
  };
  return {
    state,
    paths,
    restoreKeys: keys.restoreKeys,
    ...(out.sizeBytes !== undefined ? { sizeBytes: out.sizeBytes } : {}),
    ms: out.ms,
    ...(problem ? { problem } : {}),
    warnings,
  };
}

const HIT_TEXT: Record<CacheHit, string> = {
  exact: '✅ exact hit',
  partial: '🟡 older day (restore key)',
  none: '⚪ miss',
};

/** One line for the Cache section of the summary. */
export function advisoryDbRestoreBlocks(r: AdvisoryDbRestore): Block[] {
  const s = r.state;
  const what = r.skipped
    ? `not restored (${r.skipped})`
    : s.hit === 'none'
      ? `${HIT_TEXT.none} for \`${s.key}\`${r.problem ? ` (${r.problem})` : ''}`
      : `${HIT_TEXT[s.hit]}: \`${s.matchedKey}\`${r.sizeBytes !== undefined ? `, ${formatBytes(r.sizeBytes)}` : ''}, ${formatMs(r.ms)}`;
  return [{ kind: 'text', text: `**Advisory database cache** (daily key \`${s.key}\`): ${what}` }];
}

/** The JSON-report form of the restore. */
export function advisoryDbRestoreData(r: AdvisoryDbRestore): Record<string, unknown> {
  return {
    key: r.state.key,
    restoreKeys: r.restoreKeys,
    hit: r.state.hit,
    matchedKey: r.state.matchedKey ?? null,
    sizeBytes: r.sizeBytes ?? null,
    restoreMs: Math.round(r.ms),
    paths: r.paths,
    skipped: r.skipped ?? null,
    problem: r.problem ?? null,
  };
}

export type DailySaveDecision = { save: true; key: string } | { save: false; why: string };

/**
 * Whether post saves the database, and under which key: the key of the day it was fetched, when
 * it was fetched on the day main restored (or later), and that entry was not the one restored.
 */
export function advisoryDbSaveDecision(
  state: AdvisoryDbCacheState,
  os: string,
  fetchedAt: Date | undefined,
): DailySaveDecision {
  if (!fetchedAt) return { save: false, why: 'not saved: the database was not fetched (no fetch record)' };
  const day = utcDay(fetchedAt);
  if (day < state.day) return { save: false, why: `not saved: the database was last fetched on ${day}, not today` };
  const key = advisoryDbKeys(os, fetchedAt).key;
  if (isEntryOf(key, state.matchedKey))
    return { save: false, why: `not saved: the entry \`${state.matchedKey}\` was restored, the database is unchanged` };
  return { save: true, key };
}
