// What to leave out of a cache entry: whatever is cheap to rebuild or will not be reused.
//
// planPrune only reads the disk and returns a plan (paths with a reason and a size); the action
// deletes those paths before saving (the job is over), the local CLI cache leaves them out of the
// archive instead (the developer's own target/ stays as it is).
//
// In each profile directory of target/ (debug, release, <triple>/debug, …), cargo keeps one
// "unit" per compiled thing: .fingerprint/<package>-<hash>/, its outputs deps/*-<hash>.* and,
// for build scripts, build/<package>-<hash>/. A unit goes when it belongs to a workspace
// package (rebuilt anyway), when its package version is no longer in any Cargo.lock, when its
// package left the lockfiles altogether, or when it was built by a compiler this run did not use;
// and, where the run's unit ledger (src/cargo/units.ts) lists what its cargo commands used in a
// profile directory, when this run did not use it (another feature set, a version that moved on).
// The incremental state this run used is kept: the benchmark shows it pays for its restore time.
// Installed tools keep only the versions this run pins: an upgrade of a pinned version would
// otherwise carry every older binary along in the entry for ever.
// Registry sources (registry/src) are not part of the entry at all: cargo unpacks them again from
// registry/cache, keeping the files' timestamps, so compiled dependencies stay fresh.
import { lstatSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { mayDelete } from './confine.js';

export type PruneReason =
  | 'workspace crates'
  | 'incremental'
  | 'workspace outputs'
  | 'stale versions'
  | 'unused units'
  | 'removed dependencies'
  | 'old toolchains'
  | 'unused crate files'
  | 'docs and packages'
  | 'old tool versions';

export interface PruneItem {
  path: string;
  reason: PruneReason;
  bytes: number;
}

export interface PrunePlan {
  items: PruneItem[];
  /** Bytes of everything planned for removal. */
  bytes: number;
}

export interface PruneOptions {
  targetDirs: readonly string[];
  cargoHome: string;
  /** Names of the workspace's own packages (cargo metadata). */
  members: readonly string[];
  /** `name@version` of every registry/git package in the workspace's lockfiles; empty: unknown. */
  locked: ReadonlySet<string>;
  /** When this run started (ms since the epoch): units written since then were built by this run's compilers. */
  runStartMs: number;
  /**
   * Unit hashes this run's cargo commands used, by profile directory (the unit ledger): in a
   * profile directory listed here, every other unit goes. Profile directories not listed, or no
   * ledger at all (a command could not list its units), keep to the other rules.
   */
  used?: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Installed tools (<dir>/<tool>/<version>/): for each tool named in `keep`, every other version
   * is removed. Tools not named are left alone.
   */
  tools?: { dir: string; keep: Readonly<Record<string, string>> };
}

/** Total size of a file or directory tree (symlinks not followed), without the paths in `skip`. */
export function diskUsage(path: string, skip?: ReadonlySet<string>): number {
  if (skip?.has(path)) return 0;
  let st;
  try {
    st = lstatSync(path);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.size;
  let total = 0;
  for (const name of safeList(path)) total += diskUsage(join(path, name), skip);
  return total;
}

/**
 * The size of `paths` before the plan's items are pruned. The plan measured its items when it was
 * made: only the rest is walked, so that no file is measured twice.
 */
export function sizeBeforePrune(paths: readonly string[], plan: PrunePlan): number {
  const pruned = new Set(plan.items.map((i) => i.path));
  return plan.bytes + paths.reduce((s, p) => s + diskUsage(p, pruned), 0);
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

// lstat everywhere: a symlink is never followed, so nothing outside the target dir and CARGO_HOME
// is ever read as part of them, planned for removal or measured.
function isDir(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

function mtimeMs(path: string): number {
  try {
    return lstatSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** Profile directories of a target dir: those holding a .fingerprint folder, one or two levels down. */
export function profileDirs(targetDir: string): string[] {
  const out: string[] = [];
  for (const a of safeList(targetDir)) {
    const p = join(targetDir, a);
    if (!isDir(p)) continue;
    if (isDir(join(p, '.fingerprint'))) out.push(p);
    else for (const b of safeList(p)) if (isDir(join(p, b, '.fingerprint'))) out.push(join(p, b));
  }
  return out.sort();
}

interface Unit {
  dir: string;
  name: string;
  hash: string;
  rustc?: string;
  version?: string;
  /** For a build-script run: the fingerprint (little-endian hex) of the build-script compile it depends on. */
  runsScript?: string;
  /** The fingerprint hash this unit publishes (for build-script compiles). */
  publishes?: string;
  fresh: boolean;
}

const UNIT_DIR = /^(.+)-([0-9a-f]{16})$/;

/** u64 as cargo prints it in JSON → the little-endian hex cargo writes into fingerprint files. */
export function u64ToFingerprintHex(decimal: string): string {
  const hex = BigInt(decimal).toString(16).padStart(16, '0');
  return (hex.match(/../g) ?? []).reverse().join('');
}

/** Package version from a dep-info file: the `<name>-<version>/` directory its sources live in. */
export function versionFromDepInfo(text: string, name: string): string | undefined {
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`[\\\\/]${esc}-(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?)[\\\\/]`).exec(
    text,
  );
  return m?.[1];
}

function readUnit(
  profile: string,
  dirName: string,
  runStartMs: number,
  depInfo: Map<string, string>,
): Unit | undefined {
  const m = UNIT_DIR.exec(dirName);
  if (!m) return undefined;
  const dir = join(profile, '.fingerprint', dirName);
  const unit: Unit = { dir, name: m[1]!, hash: m[2]!, fresh: false };
  for (const f of safeList(dir)) {
    const p = join(dir, f);
    if (f.endsWith('.json')) {
      const text = safeRead(p);
      unit.rustc ??= /"rustc":(\d+)/.exec(text)?.[1];
      if (f.startsWith('run-build-script')) {
        const dep = /"deps":\[\[\d+,"[^"]*",(?:true|false),(\d+)\]/.exec(text);
        if (dep) unit.runsScript = u64ToFingerprintHex(dep[1]!);
      }
      if (mtimeMs(p) >= runStartMs) unit.fresh = true;
    } else if (f.startsWith('build-script-') && !f.startsWith('build-script-build-script-build.')) {
      // build-script-<kind>: the 16-hex fingerprint of the script's compile.
      const text = safeRead(p).trim();
      if (/^[0-9a-f]{16}$/.test(text)) unit.publishes = text;
    }
  }
  const d = depInfo.get(unit.hash);
  if (d) unit.version = versionFromDepInfo(d, unit.name);
  if (!unit.version) {
    for (const f of safeList(join(profile, 'build', dirName))) {
      if (f.endsWith('.d')) {
        unit.version = versionFromDepInfo(safeRead(join(profile, 'build', dirName, f)), unit.name);
        if (unit.version) break;
      }
    }
  }
  return unit;
}

type Add = (path: string, reason: PruneReason) => void;

/** Loose files and folders of a profile directory: incremental state this run did not use, examples, outputs. */
function planProfileFiles(profile: string, runStartMs: number, add: Add): void {
  for (const name of safeList(profile)) {
    const p = join(profile, name);
    if (name === 'incremental') {
      // Incremental state of the workspace's crates that this run used (rustc added a session to
      // it) is kept: it measurably speeds up the next build of changed sources. The rest is stale.
      for (const dir of safeList(p)) {
        const d = join(p, dir);
        if (mtimeMs(d) < runStartMs) add(d, 'incremental');
      }
    } else if (name === 'examples') add(p, 'workspace outputs');
    else if (!isDir(p) && name !== '.cargo-lock') add(p, 'workspace outputs');
  }
}

interface ProfileUnits {
  units: Unit[];
  /** deps/ files by unit hash. */
  depsByHash: Map<string, string[]>;
}

/** The units of a profile directory (from .fingerprint/), with their versions, and deps/ files by hash. */
function readProfileUnits(profile: string, runStartMs: number): ProfileUnits {
  // deps files by unit hash, and the first dep-info text of each hash (for versions).
  const depsByHash = new Map<string, string[]>();
  const depInfo = new Map<string, string>();
  const depsDir = join(profile, 'deps');
  for (const f of safeList(depsDir)) {
    const m = /-([0-9a-f]{16})(?:\.[^-]*)?$/.exec(f);
    if (!m) continue;
    const list = depsByHash.get(m[1]!) ?? [];
    list.push(join(depsDir, f));
    depsByHash.set(m[1]!, list);
    if (f.endsWith('.d') && !depInfo.has(m[1]!)) depInfo.set(m[1]!, safeRead(join(depsDir, f)));
  }
  const units = safeList(join(profile, '.fingerprint'))
    .map((d) => readUnit(profile, d, runStartMs, depInfo))
    .filter((u): u is Unit => u !== undefined);
  // A build-script run has the version of the script compile it runs.
  const byPublished = new Map(units.filter((u) => u.publishes).map((u) => [u.publishes!, u]));
  for (const u of units) if (!u.version && u.runsScript) u.version = byPublished.get(u.runsScript)?.version;
  return { units, depsByHash };
}

interface UnitRules {
  members: ReadonlySet<string>;
  locked: ReadonlySet<string>;
  lockedNames: ReadonlySet<string>;
  /** rustc hashes this run used. */
  current: ReadonlySet<string>;
  /** Hashes of the units this run's cargo commands used in this profile; undefined: not known. */
  used?: ReadonlySet<string>;
}

/** Why a unit leaves the entry, if it does. */
function unitReason(u: Unit, r: UnitRules): PruneReason | undefined {
  if (r.members.has(u.name)) return 'workspace crates';
  if (r.locked.size > 0 && u.version && !r.locked.has(`${u.name}@${u.version}`))
    return r.lockedNames.has(u.name) ? 'stale versions' : 'removed dependencies';
  if (r.locked.size > 0 && !u.version && !r.lockedNames.has(u.name)) return 'removed dependencies';
  if (r.current.size > 0 && u.rustc && !r.current.has(u.rustc)) return 'old toolchains';
  if (r.used && !r.used.has(u.hash)) return 'unused units';
  return undefined;
}

/** deps/ files and build/ folders of units this run did not use that have no .fingerprint folder left. */
function planOrphans(profile: string, p: ProfileUnits, used: ReadonlySet<string>, add: Add): void {
  const known = new Set(p.units.map((u) => u.hash));
  for (const [hash, files] of p.depsByHash) {
    if (!known.has(hash) && !used.has(hash)) for (const f of files) add(f, 'unused units');
  }
  for (const name of safeList(join(profile, 'build'))) {
    const m = UNIT_DIR.exec(name);
    if (m && !known.has(m[2]!) && !used.has(m[2]!)) add(join(profile, 'build', name), 'unused units');
  }
}

function planProfile(profile: string, o: PruneOptions, members: ReadonlySet<string>, add: Add): void {
  planProfileFiles(profile, o.runStartMs, add);
  const p = readProfileUnits(profile, o.runStartMs);
  const used = o.used?.get(resolve(profile));
  const rules: UnitRules = {
    members,
    locked: o.locked,
    lockedNames: new Set([...o.locked].map((nv) => nv.slice(0, nv.lastIndexOf('@')))),
    current: new Set(p.units.filter((u) => u.rustc && (u.fresh || members.has(u.name))).map((u) => u.rustc!)),
    ...(used ? { used } : {}),
  };
  for (const u of p.units) {
    const reason = unitReason(u, rules);
    if (!reason) continue;
    add(u.dir, reason);
    const build = join(profile, 'build', `${u.name}-${u.hash}`);
    if (isDir(build)) add(build, reason);
    for (const f of p.depsByHash.get(u.hash) ?? []) add(f, reason);
  }
  if (used) planOrphans(profile, p, used, add);
}

export function planPrune(o: PruneOptions): PrunePlan {
  const items: PruneItem[] = [];
  const seen = new Set<string>();
  const add: Add = (path, reason) => {
    if (seen.has(path)) return;
    seen.add(path);
    items.push({ path, reason, bytes: diskUsage(path) });
  };
  const members = new Set(o.members);
  for (const target of o.targetDirs) {
    for (const name of ['doc', 'package', 'rust-pipeline', 'tmp']) {
      const p = join(target, name);
      if (isDir(p)) add(p, 'docs and packages');
    }
    for (const profile of profileDirs(target)) planProfile(profile, o, members, add);
  }
  const registry = join(o.cargoHome, 'registry');
  if (o.locked.size > 0) {
    for (const index of safeList(join(registry, 'cache'))) {
      const dir = join(registry, 'cache', index);
      for (const f of safeList(dir)) {
        const m = /^(.+)-(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)\.crate$/.exec(f);
        if (m && !o.locked.has(`${m[1]}@${m[2]}`)) add(join(dir, f), 'unused crate files');
      }
    }
  }
  if (o.tools) {
    for (const [tool, version] of Object.entries(o.tools.keep)) {
      const dir = join(o.tools.dir, tool);
      for (const v of safeList(dir)) if (v !== version) add(join(dir, v), 'old tool versions');
    }
  }
  return { items, bytes: items.reduce((s, i) => s + i.bytes, 0) };
}

function present(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

export interface PruneOutcome {
  /** Bytes freed (paths already gone count as nothing). */
  freedBytes: number;
  /** Items left alone because they are not strictly inside `roots`, or lie behind a symlink. */
  refused: string[];
}

/**
 * Deletes what the plan lists, but only inside `roots` (the target dirs and CARGO_HOME's cached
 * folders) and never through a symlink: a symlinked item is removed as a link, its target untouched.
 */
export function applyPrune(plan: PrunePlan, roots: readonly string[]): PruneOutcome {
  const out: PruneOutcome = { freedBytes: 0, refused: [] };
  for (const item of plan.items) {
    if (!present(item.path)) continue;
    if (!mayDelete(item.path, roots)) {
      out.refused.push(item.path);
      continue;
    }
    try {
      // rmSync does not follow symlinks: it unlinks them, inside a tree as at its top.
      rmSync(item.path, { recursive: true, force: true });
      out.freedBytes += item.bytes;
    } catch {
      /* best effort: a file we cannot delete just stays in the entry */
    }
  }
  return out;
}

/** Bytes per reason, largest first, for the summary. */
export function pruneTotals(plan: PrunePlan): { reason: PruneReason; count: number; bytes: number }[] {
  const by = new Map<PruneReason, { count: number; bytes: number }>();
  for (const i of plan.items) {
    const t = by.get(i.reason) ?? { count: 0, bytes: 0 };
    t.count++;
    t.bytes += i.bytes;
    by.set(i.reason, t);
  }
  return [...by.entries()].map(([reason, t]) => ({ reason, ...t })).sort((a, b) => b.bytes - a.bytes);
}
