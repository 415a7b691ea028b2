// The minimum supported Rust version a crate or workspace declares (`rust-version`), read from its
// Cargo.toml files without starting cargo (plan mode starts no process).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { isInside } from '../paths.js';
import {
  compareRustVersions,
  formatRustVersion,
  parseRustVersion,
  quoteValue,
  ToolchainSpecError,
  type RustVersion,
} from './toolchain-names.js';
import { inputRef } from '../inputs/errors.js';

export interface Msrv {
  version: RustVersion;
  /** Said beside the result: workspace members that declare different versions. */
  note?: string;
}

type Doc = Record<string, unknown>;
const obj = (v: unknown): Doc | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Doc) : undefined;

function readManifest(path: string, repoRoot: string): Doc {
  try {
    return parseToml(readFileSync(path, 'utf8')) as Doc;
  } catch (e) {
    throw new ToolchainSpecError(
      'toolchains',
      `${inputRef('toolchains')}: msrv needs ${relative(repoRoot, path) || path}, which cannot be read: ${quoteValue((e as Error).message.split('\n')[0] ?? '')}.`,
    );
  }
}

/** The package's rust-version: its own, or the workspace's when it says `rust-version.workspace = true`. */
function packageVersion(doc: Doc, workspace: Doc | undefined, where: string): RustVersion | undefined {
  const raw = obj(doc.package)?.['rust-version'];
  if (raw === undefined) return undefined;
  if (obj(raw)?.workspace === true) return workspaceVersion(workspace, where);
  const v = typeof raw === 'string' ? parseRustVersion(raw) : undefined;
  if (!v)
    throw new ToolchainSpecError(
      'toolchains',
      `${inputRef('toolchains')}: msrv: rust-version = ${quoteValue(String(raw))} in ${where} is not a Rust version; expected "1.70" or "1.70.1".`,
    );
  return v;
}

function workspaceVersion(workspace: Doc | undefined, where: string): RustVersion | undefined {
  const raw = obj(obj(workspace?.workspace)?.package)?.['rust-version'];
  if (raw === undefined) return undefined;
  const v = typeof raw === 'string' ? parseRustVersion(raw) : undefined;
  if (!v)
    throw new ToolchainSpecError(
      'toolchains',
      `${inputRef('toolchains')}: msrv: workspace.package.rust-version = ${quoteValue(String(raw))} in ${where} is not a Rust version; expected "1.70" or "1.70.1".`,
    );
  return v;
}

/** Member folders of a workspace: its `members` entries, a trailing `*` matching the folders in that place. */
function memberDirs(root: string, ws: Doc): string[] {
  const list = (k: string): string[] =>
    Array.isArray(ws[k]) ? (ws[k] as unknown[]).filter((m): m is string => typeof m === 'string') : [];
  const excluded = new Set(list('exclude').map((e) => resolve(root, e)));
  return list('members')
    .flatMap((m) => {
      if (!m.includes('*')) return [resolve(root, m)];
      const parent = resolve(root, dirname(m));
      const pattern = new RegExp(
        `^${basename(m)
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')}$`,
      );
      try {
        return readdirSync(parent, { withFileTypes: true })
          .filter((d) => d.isDirectory() && pattern.test(d.name))
          .map((d) => join(parent, d.name));
      } catch {
        return [];
      }
    })
    .filter((d) => !excluded.has(d) && existsSync(join(d, 'Cargo.toml')));
}

/** The nearest Cargo.toml holding [workspace] from `from` upwards, inside the repository. */
function workspaceManifest(from: string, repoRoot: string): string | undefined {
  for (let cur = from; isInside(cur, repoRoot); cur = dirname(cur)) {
    const p = join(cur, 'Cargo.toml');
    if (existsSync(p) && obj(readManifest(p, repoRoot).workspace)) return p;
    if (cur === repoRoot || dirname(cur) === cur) return undefined;
  }
  return undefined;
}

/**
 * The rust-version of the crate in `dir`; for a workspace root, the lowest its members (and
 * workspace.package) declare, with a note when they differ. A ToolchainSpecError says where it
 * looked when there is none, and names the file and value of one that is not a version.
 */
export function findMsrv(dir: string, repoRoot: string): Msrv {
  const own = join(dir, 'Cargo.toml');
  const rel = (p: string): string => relative(repoRoot, p) || basename(p);
  const doc = readManifest(own, repoRoot);
  const wsPath = obj(doc.workspace) ? own : dir === repoRoot ? undefined : workspaceManifest(dirname(dir), repoRoot);
  const wsDoc = wsPath === undefined ? undefined : wsPath === own ? doc : readManifest(wsPath, repoRoot);
  const found: { where: string; v: RustVersion }[] = [];
  const add = (where: string, v: RustVersion | undefined): void => void (v && found.push({ where, v }));
  add(rel(own), packageVersion(doc, wsDoc, rel(own)));
  if (wsPath === own) {
    const ws = obj(doc.workspace)!;
    for (const m of memberDirs(dir, ws)) {
      const p = join(m, 'Cargo.toml');
      add(rel(p), packageVersion(readManifest(p, repoRoot), doc, rel(p)));
    }
    if (found.length === 0) add(`${rel(own)} [workspace.package]`, workspaceVersion(doc, rel(own)));
  }
  if (found.length === 0)
    throw new ToolchainSpecError(
      'toolchains',
      `${inputRef('toolchains')}: msrv needs a rust-version, and none was found: looked for [package] rust-version${wsPath === own ? ", [workspace.package] rust-version and the members' [package] rust-version" : ''} in ${rel(own)}${wsPath && wsPath !== own ? ` (and [workspace.package] in ${rel(wsPath)})` : ''}. Add rust-version = "1.70" (your minimum) to [package], or remove msrv from the toolchains input.`,
    );
  found.sort((a, b) => compareRustVersions(a.v, b.v));
  const lowest = found[0]!;
  const differ = found.some((f) => compareRustVersions(f.v, lowest.v) !== 0);
  return {
    version: lowest.v,
    ...(differ
      ? {
          note: `msrv is ${formatRustVersion(lowest.v)}, the lowest rust-version among the workspace members (${found.map((f) => `${f.where}: ${formatRustVersion(f.v)}`).join(', ')}).`,
        }
      : {}),
  };
}
