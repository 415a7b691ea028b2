// The cache key's two questions to the toolchain (`rustc -vV`, and the target dir and members from
// `cargo metadata`), remembered between runs where the tool dir lasts: the CLI's cache directory,
// $CARGO_HOME/rust-pipeline on a self-hosted runner. A remembered answer is used only while what it was given
// for is unchanged, checked without starting a process:
//   - rustc -vV: the toolchain's rustc binary, by real path, size, modification time and inode
//     (rustup replaces the files when it updates a toolchain);
//   - the metadata: the working directory, the toolchain's cargo binary (as above), the key's
//     environment variables and CARGO_TARGET_DIR, CARGO_BUILD_TARGET_DIR and CARGO_HOME, and the
//     exact bytes of every manifest, lockfile and cargo config the key reads (which are what cargo
//     reads to answer).
// Anything else asks the toolchain as before. Each question is two process starts through the
// rustup proxies, which is most of a warm run's key.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installedOnDisk, rustupHome } from '../cargo/rustup-home.js';
import { findInstalled } from '../cargo/rustup.js';
import type { CargoMetadata } from '../cargo/metadata.js';

/** What `cargo metadata` said (the whole answer: the stages ask the same question). */
export type MetadataAnswer = CargoMetadata;

interface Stored {
  version: typeof VERSION;
  /** rustc binary identity → `rustc -vV` text. */
  rustc: Record<string, string>;
  /** working directory → the fingerprint the answer was given for, and the answer. */
  metadata: Record<string, { fingerprint: string; answer: MetadataAnswer }>;
}

/** Answers kept per question: the newest, so the file stays small on a machine with many checkouts. */
const KEEP = 32;
const FILE = 'key-answers.json';
/** The file's layout; a file of another layout is read as empty. */
const VERSION = 2;

function empty(): Stored {
  return { version: VERSION, rustc: {}, metadata: {} };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a stored metadata entry has the shape the key and the stages read (the file is only ours by convention). */
function wellFormed(e: unknown): e is Stored['metadata'][string] {
  if (!isObject(e) || typeof e.fingerprint !== 'string' || !isObject(e.answer)) return false;
  const a = e.answer;
  return (
    typeof a.targetDirectory === 'string' &&
    Array.isArray(a.packages) &&
    a.packages.every((p) => isObject(p) && typeof p.name === 'string' && Array.isArray(p.targets))
  );
}

function load(dir: string): Stored {
  try {
    const s = JSON.parse(readFileSync(join(dir, FILE), 'utf8')) as unknown;
    if (!isObject(s) || s.version !== VERSION || !isObject(s.rustc) || !isObject(s.metadata)) return empty();
    const rustc = Object.entries(s.rustc).filter((e): e is [string, string] => typeof e[1] === 'string');
    const metadata = Object.entries(s.metadata).filter((e): e is [string, Stored['metadata'][string]] =>
      wellFormed(e[1]),
    );
    return { version: VERSION, rustc: Object.fromEntries(rustc), metadata: Object.fromEntries(metadata) };
  } catch {
    return empty();
  }
}

/** The identity of one of a rustup toolchain's binaries; undefined when it cannot be told from disk. */
export function toolchainBinaryIdentity(env: NodeJS.ProcessEnv, toolchain: string, binary: string): string | undefined {
  const installed = installedOnDisk(env);
  const dir = installed && findInstalled(installed, toolchain);
  if (!dir) return undefined;
  try {
    const path = realpathSync(join(rustupHome(env), 'toolchains', dir, 'bin', binary));
    const st = statSync(path);
    return `${toolchain}|${path}|${st.size}|${st.mtimeMs}|${st.ino}`;
  } catch {
    return undefined;
  }
}

/** The fingerprint a metadata answer is kept under; undefined when the toolchain's cargo cannot be told from disk. */
export function metadataFingerprint(f: {
  env: NodeJS.ProcessEnv;
  toolchain: string;
  cwd: string;
  keyEnv: Record<string, string>;
  files: readonly string[];
}): string | undefined {
  const cargo = toolchainBinaryIdentity(f.env, f.toolchain, 'cargo');
  if (!cargo) return undefined;
  // Where the target dir is comes from these too; the key leaves them out (they do not change what is built).
  const places = ['CARGO_TARGET_DIR', 'CARGO_BUILD_TARGET_DIR', 'CARGO_HOME'].map((n) => f.env[n] ?? null);
  const h = createHash('sha256').update(JSON.stringify([f.cwd, cargo, places, Object.entries(f.keyEnv).sort()]));
  for (const file of f.files) {
    h.update(`\0${file}\0`);
    try {
      h.update(readFileSync(file));
    } catch {
      h.update('(unreadable)');
    }
  }
  return h.digest('hex');
}

/** Keeps the newest KEEP entries of a record (insertion order: a re-set key moves to the end). */
function newest<T>(r: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(r).slice(-KEEP));
}

/** The remembered answers of one tool dir: read once, written back once if anything was learnt. */
export class KeyAnswers {
  private readonly stored: Stored;
  private changed = false;

  constructor(private readonly dir: string) {
    this.stored = load(dir);
  }

  rustc(identity: string | undefined): string | undefined {
    return identity === undefined ? undefined : this.stored.rustc[identity];
  }

  learnRustc(identity: string | undefined, version: string): void {
    if (identity === undefined || this.stored.rustc[identity] === version) return;
    delete this.stored.rustc[identity];
    this.stored.rustc[identity] = version;
    this.changed = true;
  }

  /** The answer last given for `cwd`, to be checked against a fingerprint (metadata). */
  metadataFor(cwd: string): { fingerprint: string; answer: MetadataAnswer } | undefined {
    return this.stored.metadata[cwd];
  }

  learnMetadata(cwd: string, fingerprint: string | undefined, answer: MetadataAnswer): void {
    if (fingerprint === undefined) return;
    const had = this.stored.metadata[cwd];
    if (had?.fingerprint === fingerprint && JSON.stringify(had.answer) === JSON.stringify(answer)) return;
    delete this.stored.metadata[cwd];
    this.stored.metadata[cwd] = { fingerprint, answer };
    this.changed = true;
  }

  /** Writes what was learnt (atomically: another run may read it meanwhile). Best effort. */
  save(): void {
    if (!this.changed) return;
    const stored: Stored = {
      version: VERSION,
      rustc: newest(this.stored.rustc),
      metadata: newest(this.stored.metadata),
    };
    const tmp = join(this.dir, `${FILE}.${process.pid}`);
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(tmp, JSON.stringify(stored));
      renameSync(tmp, join(this.dir, FILE));
      this.changed = false;
    } catch {
      /* a read-only tool dir: the next run asks again */
    }
  }
}
