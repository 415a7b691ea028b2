// The marker a restore or a save leaves in each target dir (<target>/rust-pipeline/cache-entry.json,
// never archived: target/rust-pipeline is pruned), naming the cache entry the target dir holds.
// When the entry a run would restore is that one and every path of the entry is still there,
// extracting it could add nothing the workspace lacks: the restore skips it (the CLI's local
// cache, and the action on a runner that keeps its workspace between jobs).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** One entry of one cache: where it lives (`source`), its key, and what tells two entries of one key apart. */
export interface HeldEntry {
  /** The cache: the local cache's directory, or the Actions cache service. */
  source: string;
  key: string;
  /** Version and creation time where the cache says them (the local cache); empty where it does not. */
  stamp: string;
}

/** What a target dir's marker says: the entry it holds, and its top-level items when that entry was put there. */
export interface EntryMarker extends HeldEntry {
  /** The entry's paths that existed when the marker was written (a crate without git dependencies has no git/db). */
  paths: string[];
  /** The target dir's top-level names (profiles, CACHEDIR.TAG) when the marker was written. */
  items: string[];
}

/** Where a target dir's marker lives: beside the CLI's report, in a folder the archive leaves out. */
export function markerPath(targetDir: string): string {
  return join(targetDir, 'rust-pipeline', 'cache-entry.json');
}

function topLevelItems(targetDir: string): string[] {
  try {
    return readdirSync(targetDir)
      .filter((n) => n !== 'rust-pipeline')
      .sort();
  } catch {
    return [];
  }
}

/** Marks each target dir as holding `held`. Best effort: a marker not written only costs an extraction. */
export function writeMarkers(targetDirs: readonly string[], paths: readonly string[], held: HeldEntry): void {
  const existing = paths.filter((p) => existsSync(p));
  for (const t of targetDirs) {
    try {
      const marker: EntryMarker = { ...held, paths: existing, items: topLevelItems(t) };
      mkdirSync(dirname(markerPath(t)), { recursive: true });
      writeFileSync(markerPath(t), JSON.stringify(marker, null, 2));
    } catch {
      /* a read-only or vanished target dir: the next restore extracts */
    }
  }
}

/**
 * Whether the workspace already holds everything `held` would restore: each target dir's marker
 * names this very entry (same cache, key and stamp), and the paths and top-level items it saw are
 * still in place.
 */
export function holdsEntry(targetDirs: readonly string[], held: HeldEntry): boolean {
  return (
    targetDirs.length > 0 &&
    targetDirs.every((t) => {
      let m: Partial<EntryMarker>;
      try {
        m = JSON.parse(readFileSync(markerPath(t), 'utf8')) as Partial<EntryMarker>;
      } catch {
        return false;
      }
      return (
        m.source === held.source &&
        m.key === held.key &&
        m.stamp === held.stamp &&
        Array.isArray(m.paths) &&
        m.paths.every((p) => typeof p === 'string' && existsSync(p)) &&
        Array.isArray(m.items) &&
        m.items.every((n) => typeof n === 'string' && existsSync(join(t, n)))
      );
    })
  );
}
