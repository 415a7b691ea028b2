// The CLI's cache: the same keys and the same lookup rules as the Actions cache service, over a
// local directory (default $XDG_CACHE_HOME/rust-pipeline or ~/.cache/rust-pipeline).
//
// Layout: <dir>/entries/<key>.tar.zst (or .tar.gz without zstd) and <key>.json (key, version,
// creation time, size). Restoring never overwrites a file that exists (tar --skip-old-files):
// a developer's own target/ stays as it is, a fresh clone gets warm. Saving leaves pruned paths
// out of the archive instead of deleting them, and keeps the newest KEEP_ENTRIES entries of a
// job scope.
//
// Each restore and save leaves a marker in the target dir (marker.ts) naming the entry the target
// dir holds. When the entry found is that one and every path of the entry is still there,
// extracting could add nothing (tar skips every existing file): the restore skips it, and a warm
// run costs no tar.
import { cacheOffResult } from './off.js';
import { findOnPath } from '../paths.js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Exec, ExecResult } from '../exec.js';
import type { RunReport, SetupResult, SetupStep, StageContext } from '../context.js';
import { toText } from '../blocks.js';
import { cacheOutputs } from '../action-outputs.js';
import type { Logger } from '../context.js';
import { now } from '../clock.js';
import { plannedSave } from './restore.js';
import { saveDecision, type SaveFacts } from './save-policy.js';
import { localAdvisoryDbStatus, usesAdvisoryDbEntry } from './advisory-db-entry.js';
import { lockedSet, planCache, runnerArch, runnerOs, type CachePlan } from './plan.js';
import { planPrune, sizeBeforePrune } from './prune.js';
import { readUsedUnits, resetLedger } from '../cargo/units.js';
import { hitOf, restoreBlocks, saveBlocks, type CacheHit } from './report.js';
import { undoPartialRestore } from './service.js';
import { keyStartsWith, sameKey } from './key-match.js';
import { holdsEntry, writeMarkers, type HeldEntry } from './marker.js';

export type Compression = 'zstd' | 'gzip';
/** Entries kept per scope (job or shared-key, OS, arch) after a save. */
export const KEEP_ENTRIES = 3;

export interface LocalEntry {
  key: string;
  version: string;
  createdAt: number;
  sizeBytes: number;
  compression: Compression;
}

/** The entry's version, like the service's: the paths and the compression must match to restore. */
export function entryVersion(paths: readonly string[], compression: Compression): string {
  return createHash('sha256')
    .update([...paths, compression, 'local-1'].join('|'))
    .digest('hex');
}

/** A failed tar in one line: its last two lines of errors. */
function tarFailure(res: ExecResult): string {
  return `tar failed: ${res.stderr.trim().split('\n').slice(-2).join(' ')}`;
}

function compressArgs(c: Compression): string[] {
  // GNU tar adds -d itself when extracting through the program.
  return c === 'zstd' ? ['--use-compress-program', 'zstdmt'] : ['-z'];
}

/** tar argv that archives `paths` (absolute, kept absolute) without what `excludeFile` lists. */
export function tarCreateArgs(
  archive: string,
  paths: readonly string[],
  excludeFile: string,
  c: Compression,
): string[] {
  return [
    '--posix',
    '-c',
    '-f',
    archive,
    '-P',
    ...compressArgs(c),
    '--anchored',
    '--no-wildcards',
    '--exclude-from',
    excludeFile,
    '--',
    ...paths,
  ];
}

/** tar argv that restores an archive, leaving every existing file alone. */
export function tarExtractArgs(archive: string, c: Compression): string[] {
  return ['-x', '-f', archive, '-P', ...compressArgs(c), '--skip-old-files'];
}

/** GitHub's lookup rules: exact key, the key as a prefix, then each restore key as a prefix; newest first; same version only. */
export function findEntry(
  entries: readonly LocalEntry[],
  key: string,
  restoreKeys: readonly string[],
  version: string,
): LocalEntry | undefined {
  const usable = entries.filter((e) => e.version === version);
  const newest = (pred: (e: LocalEntry) => boolean): LocalEntry | undefined =>
    usable.filter(pred).sort((a, b) => b.createdAt - a.createdAt)[0];
  return (
    newest((e) => sameKey(e.key, key)) ??
    newest((e) => keyStartsWith(e.key, key)) ??
    restoreKeys.reduce<LocalEntry | undefined>((hit, rk) => hit ?? newest((e) => keyStartsWith(e.key, rk)), undefined)
  );
}

/** The marker's name for a local entry: this cache directory, the key, its version and creation time. */
export function localHeld(cacheDir: string, entry: Pick<LocalEntry, 'key' | 'version' | 'createdAt'>): HeldEntry {
  return { source: cacheDir, key: entry.key, stamp: `${entry.version}@${entry.createdAt}` };
}

export class LocalCache {
  private plan?: CachePlan;
  private hit: CacheHit = 'none';
  private compression: Compression = 'gzip';
  private runStartMs = 0;
  private facts?: Omit<SaveFacts, 'hit' | 'result'>;
  private tempDir?: string;
  private exec?: Exec;

  constructor(readonly dir: string) {}

  get entriesDir(): string {
    return join(this.dir, 'entries');
  }

  entries(): LocalEntry[] {
    if (!existsSync(this.entriesDir)) return [];
    const out: LocalEntry[] = [];
    for (const f of readdirSync(this.entriesDir)) {
      if (!f.endsWith('.json')) continue;
      try {
        const e = JSON.parse(readFileSync(join(this.entriesDir, f), 'utf8')) as LocalEntry;
        if (existsSync(this.archiveOf(e))) out.push(e);
      } catch {
        /* a half-written entry is ignored */
      }
    }
    return out;
  }

  archiveOf(e: Pick<LocalEntry, 'key' | 'compression'>): string {
    return join(this.entriesDir, `${e.key}.tar.${e.compression === 'zstd' ? 'zst' : 'gz'}`);
  }

  /** The setup step that restores before the stages run. */
  readonly restoreStep: SetupStep = {
    name: 'cache restore',
    run: async (ctx) => {
      const c = ctx.inputs.cache;
      if (!c.enabled) return cacheOffResult('--cache false');
      this.exec = ctx.exec;
      this.runStartMs = Date.now();
      // The CLI's temp dir outlives runs: the unit ledger starts afresh with each.
      this.tempDir = ctx.tempDir;
      resetLedger(ctx.tempDir);
      this.facts = {
        policy: c.save,
        event: ctx.event.name,
        onFailure: c.onFailure,
        writer: ctx.inputs.cell?.cacheWriter,
      };
      const os = runnerOs({});
      // zstd when tar can find it (tar runs it from PATH as well).
      this.compression = findOnPath('zstdmt', ctx.env.PATH) ? 'zstd' : 'gzip';
      const plan = await ctx.profiler.measure('cache key', () =>
        planCache(ctx, { scope: c.sharedKey || 'local', os, arch: runnerArch({}), withCargoHome: true }),
      );
      this.plan = plan;
      const started = Date.now();
      const entry = findEntry(this.entries(), plan.key, plan.restoreKeys, entryVersion(plan.paths, this.compression));
      const held = entry !== undefined && holdsEntry(plan.targetDirs, localHeld(this.dir, entry));
      const { problem, warnings } =
        entry && !held ? await this.extract(ctx, plan, entry) : { problem: undefined, warnings: [] };
      if (entry && !held && !problem) writeMarkers(plan.targetDirs, plan.paths, localHeld(this.dir, entry));
      const ms = Date.now() - started;
      if (held) ctx.log.info(`Cache: ${plan.targetDirs.join(', ')} already holds ${entry.key}; nothing to extract.`);
      this.hit = problem ? 'none' : hitOf(plan.key, entry?.key);
      ctx.log.info(`Cache key: ${plan.key} (${this.hit === 'none' ? 'miss' : `${this.hit} hit: ${entry?.key}`})`);
      return this.restored(ctx, { plan, entry, problem, warnings, ms, os });
    },
  };

  /** What the restore step reports: outputs, its section of the summary, warnings, its data. */
  private restored(
    ctx: StageContext,
    r: {
      plan: CachePlan;
      entry: LocalEntry | undefined;
      problem: string | undefined;
      warnings: string[];
      ms: number;
      os: string;
    },
  ): SetupResult {
    const { plan, entry, problem, warnings, ms, os } = r;
    const save = plannedSave(ctx, this.hit);
    const db = usesAdvisoryDbEntry(ctx.inputs) ? localAdvisoryDbStatus(ctx.toolDir, os, now(ctx.env)) : undefined;
    return {
      outputs: cacheOutputs(this.hit, plan.key),
      blocks: [
        ...restoreBlocks(plan, {
          backend: `local directory ${this.dir}`,
          hit: this.hit,
          matchedKey: entry?.key,
          sizeBytes: entry?.sizeBytes,
          ms,
          problem,
          save: save.text,
        }),
        ...(db?.blocks ?? []),
      ],
      warnings,
      data: {
        enabled: true,
        backend: 'local',
        key: plan.key,
        hit: this.hit,
        matchedKey: entry?.key ?? null,
        sizeBytes: entry?.sizeBytes ?? null,
        restoreMs: ms,
        save: save.data,
        ...(db ? { advisoryDb: db.data } : {}),
      },
    };
  }

  /** Extracts an entry; a failed or stopped extraction removes the paths it created. */
  private async extract(
    ctx: StageContext,
    plan: CachePlan,
    entry: LocalEntry,
  ): Promise<{ problem?: string; warnings: string[] }> {
    const seconds = ctx.inputs.cache.restoreTimeoutSeconds;
    const existedBefore = new Set(plan.paths.filter((p) => existsSync(p)));
    const res = await ctx.exec('tar', tarExtractArgs(this.archiveOf(entry), entry.compression), {
      echo: 'none',
      timeoutMs: seconds * 1000,
    });
    if (res.code === 0) return { warnings: [] };
    const problem = res.killed === 'timeout' ? `stopped after ${seconds} s (cache-restore-timeout)` : tarFailure(res);
    // Half-written files must not look fresh to cargo: drop what this restore created.
    undoPartialRestore(plan.paths, existedBefore);
    return {
      problem,
      warnings: [`Local cache restore from ${this.dir} failed (${problem}); the run continues without it.`],
    };
  }

  /** Saves at the end of a CLI run (the CLI has no post step). Never throws: problems are warnings. */
  async save(report: Pick<RunReport, 'result'>, log: Logger): Promise<void> {
    const plan = this.plan;
    const exec = this.exec;
    if (!plan || !exec) return;
    try {
      if (!this.facts) return;
      const decision = saveDecision({ ...this.facts, hit: this.hit, result: report.result });
      if (!decision.save) return log.info(`Cache ${decision.why}.`);
      const started = Date.now();
      const existing = plan.paths.filter((p) => existsSync(p));
      if (existing.length === 0) return log.info('Cache not saved: none of its paths exist.');
      const used = this.tempDir ? readUsedUnits(this.tempDir) : undefined;
      const prune = planPrune({
        targetDirs: plan.targetDirs,
        cargoHome: plan.cargoHome,
        members: plan.members,
        locked: lockedSet(plan.lockfiles),
        runStartMs: this.runStartMs,
        ...(used ? { used } : {}),
      });
      const beforeBytes = sizeBeforePrune(existing, prune);
      mkdirSync(this.entriesDir, { recursive: true });
      const entry: LocalEntry = {
        key: plan.key,
        version: entryVersion(plan.paths, this.compression),
        createdAt: Date.now(),
        sizeBytes: 0,
        compression: this.compression,
      };
      entry.sizeBytes = await this.writeArchive(entry, existing, prune.items, exec);
      writeFileSync(join(this.entriesDir, `${entry.key}.json`), JSON.stringify(entry, null, 2));
      writeMarkers(plan.targetDirs, plan.paths, localHeld(this.dir, entry));
      this.evict(plan.restoreKeys.at(-1) ?? plan.key, log);
      log.info(
        toText(
          saveBlocks({
            outcome: `saved to ${this.dir}`,
            sizeBytes: entry.sizeBytes,
            ms: Date.now() - started,
            beforeBytes,
            prune,
          }),
        ),
      );
    } catch (e) {
      log.warning(`Cache not saved to ${this.dir}: ${(e as Error).message}`);
    }
  }

  /** Writes the entry's archive (without the pruned items) atomically; returns its size in bytes. */
  private async writeArchive(
    entry: LocalEntry,
    paths: readonly string[],
    pruned: readonly { path: string }[],
    exec: Exec,
  ): Promise<number> {
    const archive = this.archiveOf(entry);
    const tmp = `${archive}.tmp-${process.pid}`;
    const excludeFile = `${archive}.exclude-${process.pid}`;
    writeFileSync(excludeFile, pruned.map((i) => i.path).join('\n') + '\n');
    try {
      const res = await exec('tar', tarCreateArgs(tmp, [...paths], excludeFile, this.compression), { echo: 'none' });
      // 1: some files changed while being read; the archive is still usable.
      if (res.code !== 0 && res.code !== 1) throw new Error(tarFailure(res));
      renameSync(tmp, archive);
    } finally {
      rmSync(tmp, { force: true });
      rmSync(excludeFile, { force: true });
    }
    return statSync(archive).size;
  }

  private evict(scopePrefix: string, log: Logger): void {
    const same = this.entries()
      .filter((e) => e.key.startsWith(scopePrefix))
      .sort((a, b) => b.createdAt - a.createdAt);
    for (const old of same.slice(KEEP_ENTRIES)) {
      rmSync(this.archiveOf(old), { force: true });
      rmSync(join(this.entriesDir, `${old.key}.json`), { force: true });
      log.info(`Cache: removed the old entry ${old.key}`);
    }
  }
}
