// The unit ledger: which compiled units this run's cargo commands used, fresh or rebuilt, so that
// the cache entry keeps exactly those (an entry otherwise keeps every feature combination and
// version it ever built, and grows with each Cargo.lock change).
//
// cargo's JSON messages (`--message-format=json…`) name every unit of a build: a
// `compiler-artifact` message lists its outputs (`<profile>/deps/<crate>-<hash>.*`,
// `<profile>/build/<package>-<hash>/build-script-build`), a `build-script-executed` message the
// out dir of a build-script run (`<profile>/build/<package>-<hash>/out`). Cargo names each unit's
// `.fingerprint/<package>-<hash>` folder with the same hash.
//
// The ledger is a file in the run's temp dir, merged after each command. It only ever narrows what
// pruning keeps inside profile directories that pruning found by itself: a profile directory is
// looked up by equality, hashes are checked to be hashes, nothing in the file becomes a path.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Units one command used, by profile directory (e.g. /work/target/debug). */
export interface CommandUnits {
  profiles: Map<string, Set<string>>;
  /** True when cargo said the build finished successfully: only then is the list whole. */
  complete: boolean;
}

/** What post reads back: the used unit hashes per profile directory; undefined when not every build could say. */
export type UsedUnits = ReadonlyMap<string, ReadonlySet<string>>;

interface LedgerFile {
  version: 1;
  /** Set once a command built units it could not list (or a build did not finish): no pruning by use. */
  incomplete: boolean;
  profiles: Record<string, string[]>;
}

const HASH = /^[0-9a-f]{16}$/;
// <profile>/deps/<name>-<hash>[.<ext>] and <profile>/build/<name>-<hash>/<file>
const DEPS_FILE = /^(.*)[\\/]deps[\\/][^\\/]*-([0-9a-f]{16})(?:\.[^\\/-]*)?$/;
const BUILD_FILE = /^(.*)[\\/]build[\\/][^\\/]+-([0-9a-f]{16})[\\/][^\\/]+$/;

/** True for a line of cargo's own JSON messages (as opposed to a test binary's or rustc's output). */
export function isCargoMessage(line: string): boolean {
  return line.startsWith('{"reason":');
}

/** The profile directory and unit hash an output path of a unit names, if it is one. */
export function unitOfPath(path: string): { profile: string; hash: string } | undefined {
  const m = DEPS_FILE.exec(path) ?? BUILD_FILE.exec(path);
  return m ? { profile: resolve(m[1]!), hash: m[2]! } : undefined;
}

/** Collects the units of one cargo command from its stdout lines. */
export class UnitCollector {
  private readonly profiles = new Map<string, Set<string>>();
  private finished = false;

  /** Reads one stdout line; true when it was one of cargo's JSON messages (the caller need not show it). */
  line(text: string): boolean {
    if (!isCargoMessage(text)) return false;
    let msg: { reason?: unknown; filenames?: unknown; out_dir?: unknown; success?: unknown };
    try {
      msg = JSON.parse(text) as typeof msg;
    } catch {
      return true;
    }
    if (msg.reason === 'compiler-artifact' && Array.isArray(msg.filenames)) {
      for (const f of msg.filenames) if (typeof f === 'string') this.add(f);
    } else if (msg.reason === 'build-script-executed' && typeof msg.out_dir === 'string') {
      this.add(join(msg.out_dir));
    } else if (msg.reason === 'build-finished') {
      this.finished = msg.success === true;
    }
    return true;
  }

  private add(path: string): void {
    const unit = unitOfPath(path);
    if (!unit) return;
    const set = this.profiles.get(unit.profile) ?? new Set<string>();
    set.add(unit.hash);
    this.profiles.set(unit.profile, set);
  }

  result(): CommandUnits {
    return { profiles: this.profiles, complete: this.finished };
  }
}

/** stdout without cargo's JSON messages: what a stage that did not ask for them parses and shows. */
export function withoutCargoMessages(stdout: string): string {
  return stdout
    .split('\n')
    .filter((l) => !isCargoMessage(l))
    .join('\n');
}

export function ledgerPath(tempDir: string): string {
  return join(tempDir, 'cargo-units.json');
}

function readFile(tempDir: string): LedgerFile | undefined {
  try {
    const data = JSON.parse(readFileSync(ledgerPath(tempDir), 'utf8')) as Partial<LedgerFile>;
    if (data.version !== 1 || typeof data.profiles !== 'object' || data.profiles === null) return undefined;
    return { version: 1, incomplete: data.incomplete !== false, profiles: data.profiles };
  } catch {
    return undefined;
  }
}

/**
 * Adds one command's units to the run's ledger. `unknown`: the command built units it cannot list
 * (no JSON messages), so nothing is pruned by use in this run.
 */
export function recordUnits(tempDir: string, units: CommandUnits | 'unknown'): void {
  const file: LedgerFile = readFile(tempDir) ?? { version: 1, incomplete: false, profiles: {} };
  if (units === 'unknown' || !units.complete) file.incomplete = true;
  if (units !== 'unknown') {
    for (const [profile, hashes] of units.profiles) {
      file.profiles[profile] = [...new Set([...(file.profiles[profile] ?? []), ...hashes])].sort();
    }
  }
  mkdirSync(tempDir, { recursive: true });
  writeFileSync(ledgerPath(tempDir), JSON.stringify(file));
}

/** Starts a run's ledger afresh (a temp dir that outlives runs, as the CLI's does). */
export function resetLedger(tempDir: string): void {
  rmSync(ledgerPath(tempDir), { force: true });
}

/**
 * The used units, checked: only absolute profile paths and 16-hex hashes survive. Undefined when
 * there is no ledger, or it is incomplete: then pruning keeps to its other rules.
 */
export function readUsedUnits(tempDir: string): UsedUnits | undefined {
  if (!existsSync(ledgerPath(tempDir))) return undefined;
  const file = readFile(tempDir);
  if (!file || file.incomplete) return undefined;
  const out = new Map<string, Set<string>>();
  for (const [profile, hashes] of Object.entries(file.profiles)) {
    if (resolve(profile) !== profile || !Array.isArray(hashes)) continue;
    out.set(profile, new Set(hashes.filter((h): h is string => typeof h === 'string' && HASH.test(h))));
  }
  return out;
}
