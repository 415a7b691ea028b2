// Pure decisions for publishing a GitHub Release: whether this run publishes (and to which tag or
// release), the release's name, notes and pre-release flag, which assets to upload, keep or replace,
// and the messages for GitHub's refusals. The calls themselves live in github-api.ts and publish.ts.
import { parseRef } from './tags.js';
import { ok, stop, type Outcome } from '../context.js';
import { inputRef } from '../inputs/errors.js';
import type { InputName } from '../inputs/specs.js';

export type GithubReleaseSetting = 'auto' | 'true' | 'false';

/** What the run's event says about releases (RunEvent plus the release event's payload). */
export interface ReleaseEvent {
  /** e.g. push, release, workflow_dispatch. */
  name: string;
  /** e.g. refs/tags/v1.2.3. */
  ref: string;
  /** The payload's action for a release event (published, created, …). */
  action?: string;
  /** The release of a release event. */
  release?: { id: number; tag: string };
}

export type ReleaseDecision =
  | { publish: false; why: string }
  | { publish: true; tag: string; version: string; prerelease: boolean; releaseId?: number; why: string };

/** The inputs or the event make publishing impossible: a failure naming the cause (and the input, when one is). */
export interface ReleaseRefusal {
  error: string;
  input?: InputName;
}

const tagVersion = (tag: string): string => tag.replace(/^[vV](?=\d)/, '');

/**
 * Whether this run publishes, from the github-release setting and the event:
 *   false  → never
 *   auto   → a push of a version tag (v1.2.3), or a release event with action "published";
 *            never on branches or pull requests
 *   true   → any run on a tag (a ref that is not a tag is an input error)
 * A release event uploads to that release (its id), and its tag must carry Cargo.toml's version;
 * a run that cannot publish as asked stops with a refusal.
 */
export function decideRelease(
  setting: GithubReleaseSetting,
  event: ReleaseEvent,
  cargoVersion: string,
): Outcome<ReleaseDecision, ReleaseRefusal> {
  if (setting === 'false') return ok({ publish: false, why: 'github-release: false' });
  const ref = parseRef(event.ref);
  const tag = event.name === 'release' && event.release ? event.release.tag : ref.kind === 'tag' ? ref.name : '';
  const where = `${event.name || 'unknown'} event${event.ref ? ` on ${event.ref}` : ''}`;
  if (setting === 'auto') {
    if (event.name === 'release' && event.action !== 'published')
      return ok({
        publish: false,
        why: `${where}, action "${event.action ?? ''}": github-release: auto publishes on "published" only`,
      });
    if (event.name !== 'release' && !(event.name === 'push' && ref.kind === 'tag' && ref.version))
      return ok({
        publish: false,
        why: `${where}: github-release: auto publishes on pushes of version tags (v1.2.3) and on published releases only`,
      });
  }
  if (tag === '') {
    return stop({
      input: 'github-release',
      error: `${inputRef('github-release')} is "true" but this run is not on a tag (${where}); allowed: a run on a tag (e.g. a push of v1.2.3 or a release event), or github-release: auto / false.`,
    });
  }
  const version = tagVersion(tag);
  if (event.name === 'release' && version !== cargoVersion) {
    return stop({
      error: `The release event is for tag ${tag} (version ${version}) but Cargo.toml's version is ${cargoVersion}: nothing was published. Bump the version in Cargo.toml to ${version} (or publish the release from a tag v${cargoVersion}).`,
    });
  }
  return ok({
    publish: true,
    tag,
    version,
    prerelease: isPrerelease(tag),
    ...(event.name === 'release' && event.release ? { releaseId: event.release.id } : {}),
    why: event.name === 'release' ? `release event for ${tag}` : `${where}`,
  });
}

/** A semver pre-release (v2.0.0-rc.1); build metadata alone (v1.2.3+build.7) is not one. */
export function isPrerelease(tag: string): boolean {
  const v = parseRef(`refs/tags/${tag}`).version;
  return v !== undefined && v.prerelease.length > 0;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The CHANGELOG.md section of a version: from its heading (`## [1.2.3]`, `## 1.2.3`, `## v1.2.3`,
 * with anything after, such as " - 2024-05-01") to the next heading of the same or a higher level.
 * Undefined when the version has no section or the section is empty.
 */
export function changelogSection(text: string, version: string): string | undefined {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const head = new RegExp(`^(#{1,3})\\s+\\[?v?${escapeRe(version)}\\]?(?=$|[\\s(:–—-])`);
  const start = lines.findIndex((l) => head.test(l));
  if (start < 0) return undefined;
  const level = head.exec(lines[start]!)![1]!.length;
  const next = lines.findIndex((l, i) => i > start && /^(#{1,6})\s/.test(l) && /^#+/.exec(l)![0].length <= level);
  const body = lines
    .slice(start + 1, next < 0 ? undefined : next)
    .join('\n')
    .trim();
  return body === '' ? undefined : body;
}

/** A file to publish, as the build made it. */
export interface LocalAsset {
  name: string;
  path: string;
  size: number;
  sha256: string;
}

/** An asset already on the release, as GitHub lists it. */
export interface RemoteAsset {
  id: number;
  name: string;
  size: number;
  /** "sha256:<hex>" on newer API versions; absent on older ones (GHES). */
  digest?: string | null;
}

export type AssetAction =
  | { kind: 'upload'; asset: LocalAsset }
  | { kind: 'unchanged'; asset: LocalAsset; remote: RemoteAsset }
  | { kind: 'replace'; asset: LocalAsset; remote: RemoteAsset }
  /** Same name and size but no digest from the API: the bytes must be downloaded and compared. */
  | { kind: 'compare'; asset: LocalAsset; remote: RemoteAsset };

/** What to do with each local asset, given the release's assets (others on the release are never touched). */
export function planAssets(local: readonly LocalAsset[], remote: readonly RemoteAsset[]): AssetAction[] {
  const byName = new Map(remote.map((r) => [r.name, r]));
  return local.map((asset) => {
    const r = byName.get(asset.name);
    if (!r) return { kind: 'upload', asset };
    if (r.size !== asset.size) return { kind: 'replace', asset, remote: r };
    if (typeof r.digest === 'string' && r.digest.startsWith('sha256:'))
      return { kind: r.digest.slice(7).toLowerCase() === asset.sha256 ? 'unchanged' : 'replace', asset, remote: r };
    return { kind: 'compare', asset, remote: r };
  });
}

/** Names GitHub would refuse or rename: every asset must keep its name on the release. */
export function duplicateNames(assets: readonly LocalAsset[]): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const a of assets) (seen.has(a.name) ? dupes : seen).add(a.name);
  return [...dupes];
}

const PERMISSION =
  'The token needs the "contents: write" permission: add `permissions: contents: write` to the job (or give github-token a token with it).';

/** A refusal from GitHub as a message the user can act on. */
export function apiErrorMessage(what: string, status: number | undefined, detail: string, repo: string): string {
  const said = detail ? ` (${detail})` : '';
  if (status === 401) return `${what}: GitHub refused the token (401)${said}. Check the github-token input.`;
  if (status === 403) return `${what}: GitHub answered 403 Forbidden${said}. ${PERMISSION}`;
  if (status === 404)
    return `${what}: GitHub answered 404 Not Found for ${repo}${said}. Either the repository is not visible to the token or the token lacks write access; ${PERMISSION}`;
  if (status === undefined) return `${what}: ${detail || 'no answer from GitHub'}.`;
  return `${what}: GitHub answered ${status}${said}.`;
}

/** Retried: server errors, rate limits and lost connections (no status); never 4xx refusals. */
export function isRetryable(status: number | undefined): boolean {
  return status === undefined || status === 408 || status === 429 || status >= 500;
}
