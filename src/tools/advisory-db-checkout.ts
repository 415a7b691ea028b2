// The RustSec advisory database: a git checkout kept under ctx.toolDir (in the action a cache
// entry of its own, keyed by the UTC day, carries it: src/cache/advisory-db-entry.ts), fetched at most
// once per UTC day; or a local copy the `audit-db` input names, which is never fetched.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { utcDay } from '../clock.js';

/** Where cargo-audit fetches the database from (its default; the pipeline passes no other). */
export const ADVISORY_DB_URL = 'https://github.com/RustSec/advisory-db.git';

export interface DbPlan {
  path: string;
  /** Whether cargo-audit should fetch (clone or update) the database first. */
  fetch: boolean;
  why: 'audit-db input' | 'fetched today' | 'stale' | 'missing';
  /** When the cached copy was last fetched. */
  fetchedAt?: Date;
}

export function advisoryDbPath(toolDir: string): string {
  return join(toolDir, 'advisory-db');
}

/** The file recording when the database was last fetched (its own daily cache entry carries it too). */
export function markerPath(toolDir: string): string {
  return join(toolDir, 'advisory-db.fetched');
}

export function lastFetched(toolDir: string): Date | undefined {
  try {
    const d = new Date(readFileSync(markerPath(toolDir), 'utf8').trim());
    return Number.isNaN(d.getTime()) ? undefined : d;
  } catch {
    return undefined;
  }
}

/** Decides which database to use and whether it needs a fetch. */
export function planAdvisoryDb(toolDir: string, inputDb: string | undefined, now: Date): DbPlan {
  if (inputDb) return { path: inputDb, fetch: false, why: 'audit-db input' };
  const path = advisoryDbPath(toolDir);
  if (!existsSync(join(path, 'crates'))) return { path, fetch: true, why: 'missing' };
  const fetchedAt = lastFetched(toolDir);
  if (fetchedAt && utcDay(fetchedAt) === utcDay(now)) return { path, fetch: false, why: 'fetched today', fetchedAt };
  return { path, fetch: true, why: 'stale', ...(fetchedAt ? { fetchedAt } : {}) };
}

/** Records a successful fetch (the daily freshness check reads it). */
export function markFetched(toolDir: string, now: Date): void {
  mkdirSync(toolDir, { recursive: true });
  writeFileSync(markerPath(toolDir), `${now.toISOString()}\n`);
}
