// The cache key: what decides whether a saved cache fits this run. Pure functions, apart from
// findKeyFiles, which lists the files that go into the key.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { repoRelative, walkTree } from '../paths.js';

/** Bumped when the layout of a cache entry changes, so old entries are never restored. */
export const KEY_PREFIX = 'rust-pipeline-v1';

export interface KeyParts {
  /** `shared-key`, else the job id (GITHUB_JOB), else "local". */
  scope: string;
  /** `cache-key-suffix` (may be empty). */
  suffix: string;
  /** Runner OS and architecture, e.g. Linux / X64. */
  os: string;
  arch: string;
  /**
   * Where the entry's paths outside the checkout lie relative to it (plan.ts entryLayout): files are
   * stored relative to the checkout, so only checkouts that agree may share an entry. Never an
   * absolute path of the checkout.
   */
  layout?: readonly string[];
  /** `rustc -vV` output for each toolchain the run uses, in the run's toolchain order. */
  rustc: readonly { toolchain: string; version: string }[];
  /** Environment that changes what cargo builds (see relevantEnv). */
  env: Readonly<Record<string, string>>;
  /** The files that describe the build, with paths relative to the repository root. */
  files: readonly { path: string; content: string }[];
}

export interface CacheKeys {
  key: string;
  /** Prefixes tried in order when the exact key has no entry. */
  restoreKeys: string[];
  /** The hashes that make up the key, for the summary and the JSON report. */
  rustHash: string;
  depsHash: string;
}

function sha(text: string, length: number): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** Keeps a key part to the characters GitHub cache keys allow comfortably (no commas, no spaces). */
export function keyPart(text: string): string {
  return text
    .trim()
    .replace(/[^A-Za-z0-9._+-]+/g, '_')
    .slice(0, 80);
}

/**
 * The primary key and the restore keys. Layout, from most to least general:
 *   rust-pipeline-v1-<scope>[-<suffix>]-<os>-<arch>[-<layout hash>]-<rust hash>-<deps hash>
 * The rust hash covers every toolchain's `rustc -vV` and the build-relevant env; the deps hash
 * covers every Cargo.lock, Cargo.toml, rust-toolchain file and cargo config. Restore keys drop the
 * deps hash (same compilers, other dependencies: most of target/ still fits), then the rust hash
 * (a new compiler: the registry and the tools still fit; stale builds are pruned on save).
 * The suffix sits before the hashes so that changing it really starts a fresh cache.
 */
export function cacheKeys(p: KeyParts): CacheKeys {
  const rustHash = sha(
    JSON.stringify({
      rustc: p.rustc.map((r) => [r.toolchain, r.version.trim()]),
      env: Object.keys(p.env)
        .sort()
        .map((k) => [k, p.env[k]]),
    }),
    12,
  );
  const depsHash = sha(
    JSON.stringify(
      [...p.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((f) => [f.path, f.content]),
    ),
    12,
  );
  const scope = keyPart(p.scope) || 'local';
  const suffix = keyPart(p.suffix);
  const layout = p.layout ? `${sha(JSON.stringify(p.layout), 6)}-` : '';
  const base = `${KEY_PREFIX}-${scope}${suffix ? `-${suffix}` : ''}-${keyPart(p.os)}-${keyPart(p.arch)}-${layout}`;
  return { key: `${base}${rustHash}-${depsHash}`, restoreKeys: [`${base}${rustHash}-`, base], rustHash, depsHash };
}

const ENV_EXACT = new Set([
  'RUSTFLAGS',
  'RUSTDOCFLAGS',
  'CARGO_ENCODED_RUSTFLAGS',
  'CARGO_ENCODED_RUSTDOCFLAGS',
  'CARGO_INCREMENTAL',
  'RUSTC',
  'RUSTDOC',
  'RUSTC_BOOTSTRAP',
  'CC',
  'CXX',
  'AR',
  'CFLAGS',
  'CXXFLAGS',
  'LDFLAGS',
]);
const ENV_PREFIXES = [
  'CARGO_PROFILE_',
  'CARGO_BUILD_',
  'CARGO_TARGET_',
  'CARGO_UNSTABLE_',
  'CC_',
  'CFLAGS_',
  'CXX_',
  'CXXFLAGS_',
];
/** Never part of a key: they only say where things are, or they are secrets. */
const ENV_IGNORED = new Set(['CARGO_TARGET_DIR', 'CARGO_BUILD_TARGET_DIR', 'CARGO_BUILD_JOBS']);
const SECRET_NAME = /TOKEN|PASSWORD|SECRET|CREDENTIAL|_KEY$/i;

/** The environment variables that change what cargo and rustc produce (names and values). */
export function relevantEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || ENV_IGNORED.has(name) || SECRET_NAME.test(name)) continue;
    if (ENV_EXACT.has(name) || ENV_PREFIXES.some((p) => name.startsWith(p))) out[name] = value;
  }
  return out;
}

function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, stable((value as Record<string, unknown>)[k])]),
    );
  }
  return value instanceof Date ? value.toISOString() : value;
}

/**
 * Cargo.toml as it matters for the cache: the package's own version is dropped (a release bump
 * should not throw the cache away). Unparseable text is kept as it is.
 */
export function normalizeManifest(text: string): string {
  try {
    const doc = parseToml(text) as {
      package?: Record<string, unknown>;
      workspace?: { package?: Record<string, unknown> };
    };
    if (doc.package) delete doc.package.version;
    if (doc.workspace?.package) delete doc.workspace.package.version;
    return JSON.stringify(stable(doc));
  } catch {
    return text;
  }
}

/** Cargo.lock as it matters for the cache: the workspace's own packages (no `source`) lose their version. */
export function normalizeLockfile(text: string): string {
  try {
    const doc = parseToml(text) as { package?: Record<string, unknown>[] };
    for (const p of doc.package ?? []) if (p.source === undefined) delete p.version;
    return JSON.stringify(stable(doc));
  } catch {
    return text;
  }
}

const KEY_FILES = new Set(['Cargo.toml', 'Cargo.lock', 'rust-toolchain', 'rust-toolchain.toml']);
const CONFIG_FILES = new Set(['config', 'config.toml']);
const SKIP_DIRS = new Set(['target', '.git', 'node_modules']);

function isKeyFile(path: string): boolean {
  const name = basename(path);
  return KEY_FILES.has(name) || (CONFIG_FILES.has(name) && basename(dirname(path)) === '.cargo');
}

/**
 * Every file that goes into the key: Cargo.toml, Cargo.lock, rust-toolchain(.toml) and
 * .cargo/config(.toml) anywhere under `cwd` (target/, .git and node_modules skipped), the same
 * names in the directories from `cwd` up to `repoRoot` (a workspace root or config above the
 * crate), and the user's $CARGO_HOME/config(.toml). Sorted, absolute.
 */
export function findKeyFiles(cwd: string, repoRoot: string, cargoHome: string, skip: readonly string[] = []): string[] {
  const found = new Set<string>();
  const skipped = new Set(skip);
  walkTree(
    cwd,
    (p, st, depth) => {
      const name = basename(p);
      if (st.isDirectory())
        return !(SKIP_DIRS.has(name) || skipped.has(p) || depth > 12 || (name.startsWith('.') && name !== '.cargo'));
      if (isKeyFile(p)) found.add(p);
    },
    { follow: true },
  );
  let cur = dirname(cwd);
  const inside = (d: string): boolean =>
    d === repoRoot || d.startsWith(repoRoot.endsWith(sep) ? repoRoot : repoRoot + sep);
  while (inside(cur) && cur !== cwd) {
    for (const name of [...KEY_FILES, join('.cargo', 'config'), join('.cargo', 'config.toml')]) {
      const p = join(cur, name);
      if (existsSync(p)) found.add(p);
    }
    const up = dirname(cur);
    if (up === cur) break;
    cur = up;
  }
  for (const name of ['config', 'config.toml']) {
    const p = join(cargoHome, name);
    if (existsSync(p)) found.add(p);
  }
  return [...found].sort();
}

/**
 * Reads the key files into the key's `files`: paths relative to repoRoot, the cargo home's config
 * as `$CARGO_HOME/<name>` (no absolute path reaches the key), contents normalized.
 */
export function readKeyFiles(
  paths: readonly string[],
  repoRoot: string,
  cargoHome?: string,
): { path: string; content: string }[] {
  return paths.map((p) => {
    const text = readFileSync(p, 'utf8');
    const name = basename(p);
    const content =
      name === 'Cargo.toml' ? normalizeManifest(text) : name === 'Cargo.lock' ? normalizeLockfile(text) : text;
    const inHome = cargoHome !== undefined && dirname(p) === cargoHome ? `$CARGO_HOME/${name}` : undefined;
    return { path: repoRelative(p, repoRoot, repoRoot) ?? inHome ?? p, content };
  });
}

/** `name@version` of every registry or git package in a Cargo.lock (the workspace's own ones left out). */
export function lockedPackages(text: string): Set<string> {
  const out = new Set<string>();
  try {
    const doc = parseToml(text) as { package?: { name?: unknown; version?: unknown; source?: unknown }[] };
    for (const p of doc.package ?? []) {
      if (typeof p.name === 'string' && typeof p.version === 'string' && p.source !== undefined)
        out.add(`${p.name}@${p.version}`);
    }
  } catch {
    /* an unreadable lockfile prunes nothing by version */
  }
  return out;
}
