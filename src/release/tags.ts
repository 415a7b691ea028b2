// Image tags from the git ref (semver for tags), OCI labels, and the registry host of an image name.
import semver from 'semver';

export interface RefInfo {
  kind: 'tag' | 'branch' | 'pull' | 'other';
  /** The tag or branch name without refs/…/, the PR number for pulls; '' for other refs. */
  name: string;
  /** The parsed version when the tag is a semver version (a leading "v" allowed). */
  version?: semver.SemVer;
}

export function parseRef(ref: string): RefInfo {
  if (ref.startsWith('refs/tags/')) {
    const name = ref.slice('refs/tags/'.length);
    const version = semver.parse(name.replace(/^[vV](?=\d)/, '')) ?? undefined;
    return { kind: 'tag', name, ...(version ? { version } : {}) };
  }
  if (ref.startsWith('refs/heads/')) return { kind: 'branch', name: ref.slice('refs/heads/'.length) };
  const pull = /^refs\/pull\/(\d+)\//.exec(ref);
  if (pull) return { kind: 'pull', name: pull[1]! };
  return { kind: 'other', name: '' };
}

/**
 * Makes any text a valid Docker tag: letters, digits, "_", "." and "-", not starting with "." or
 * "-", at most 128 characters. "feature/login" → "feature-login".
 */
export function sanitizeTag(text: string): string {
  const t = text
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 128)
    .replace(/[.-]+$/, '');
  return t;
}

/**
 * Tags only a version tag, a commit or a pull request may produce: "latest", versions ("1", "1.2",
 * "1.2.3-rc.1", "1.2.3_build.7"), "sha-…" and "pr-N". For branches the guard is wider: anything
 * that reads like a version ("v1", "v2.0") is kept away too, since people pull such tags as releases.
 */
export function isReservedTag(tag: string, kind: 'branch' | 'tag'): boolean {
  const version = kind === 'branch' ? /^v?\d+(?:[._-]|$)/i : /^\d+(?:[._-]|$)/;
  return /^latest$/i.test(tag) || version.test(tag) || /^sha-/i.test(tag) || /^pr-\d+$/i.test(tag);
}

/**
 * The tag for a branch or a non-version git tag: sanitized, lower case, at most 128 characters, and
 * prefixed ("branch-", "tag-") when it would look like a release tag: a branch named "latest" or
 * "1.2.3" must not move the release's tags.
 */
export function refTag(kind: 'branch' | 'tag', name: string): string {
  const t = sanitizeTag(name.toLowerCase());
  if (t !== '' && !isReservedTag(t, kind)) return t;
  return sanitizeTag(`${kind}-${t}`);
}

export interface TagOptions {
  ref: string;
  sha: string;
  /** Tags from the docker-tags input. */
  extra: readonly string[];
  /** docker-tags started with "!": use only the extra tags. */
  replace: boolean;
}

/**
 * Tags for a ref:
 *   v1.2.3          → 1.2.3, 1.2, 1, latest  (0.y.z versions get no bare "0" tag: it would float across breaking changes)
 *   v2.0.0-rc.1     → 2.0.0-rc.1 only
 *   v1.2.3+build.7  → 1.2.3_build.7, 1.2, 1, latest ("+" is not allowed in tags)
 *   other tag       → the tag name, sanitized (refTag: "tag-…" when it looks like a release tag)
 *   branch          → the branch name, sanitized ("branch-latest", "branch-1.2.3": never a release tag)
 *   pull request    → pr-<number>
 * plus sha-<7 chars> whenever the commit is known, plus the docker-tags input.
 */
export function imageTags(o: TagOptions): string[] {
  if (o.replace) return dedupe(o.extra);
  const tags: string[] = [];
  const ref = parseRef(o.ref);
  if (ref.kind === 'tag' && ref.version) {
    const v = ref.version;
    tags.push(sanitizeTag(v.build.length ? `${v.version}_${v.build.join('.')}` : v.version));
    if (v.prerelease.length === 0) {
      tags.push(`${v.major}.${v.minor}`);
      if (v.major > 0) tags.push(`${v.major}`);
      tags.push('latest');
    }
  } else if (ref.kind === 'tag' || ref.kind === 'branch') {
    tags.push(refTag(ref.kind, ref.name));
  } else if (ref.kind === 'pull') {
    tags.push(`pr-${ref.name}`);
  }
  if (/^[0-9a-f]{7,}$/i.test(o.sha)) tags.push(`sha-${o.sha.slice(0, 7).toLowerCase()}`);
  tags.push(...o.extra);
  return dedupe(tags);
}

function dedupe(tags: readonly string[]): string[] {
  return [...new Set(tags)];
}

/** The version an image carries in its labels: the semver version, else the branch or tag name, else sha-<short>. */
export function imageVersion(ref: string, sha: string): string {
  const r = parseRef(ref);
  if (r.version) return r.version.version;
  if (r.kind === 'tag' || r.kind === 'branch') return refTag(r.kind, r.name);
  if (r.kind === 'pull') return `pr-${r.name}`;
  return sha ? `sha-${sha.slice(0, 7)}` : '';
}

export interface LabelOptions {
  source: string;
  revision: string;
  version: string;
  created: Date;
  title: string;
  description?: string;
  licenses?: string;
  /** KEY=VALUE lines from the docker-labels input; they win over the automatic ones. */
  extra: readonly string[];
}

/** OCI annotation labels (org.opencontainers.image.*), then the user's labels; empty values are left out. */
export function ociLabels(o: LabelOptions): [string, string][] {
  const auto: [string, string | undefined][] = [
    ['org.opencontainers.image.source', o.source],
    ['org.opencontainers.image.revision', o.revision],
    ['org.opencontainers.image.version', o.version],
    ['org.opencontainers.image.created', o.created.toISOString().replace(/\.\d{3}Z$/, 'Z')],
    ['org.opencontainers.image.title', o.title],
    ['org.opencontainers.image.description', o.description],
    ['org.opencontainers.image.licenses', o.licenses],
  ];
  const labels = new Map<string, string>();
  for (const [k, v] of auto) if (v) labels.set(k, v);
  for (const line of o.extra) {
    const eq = line.indexOf('=');
    labels.set(line.slice(0, eq), line.slice(eq + 1));
  }
  return [...labels];
}

/**
 * The registry an image name lives on, as `docker login` wants it: the first path component when it
 * looks like a host (has a "." or ":", or is "localhost"), else Docker Hub ("docker.io").
 */
export function registryHost(image: string): string {
  const slash = image.indexOf('/');
  if (slash < 0) return 'docker.io';
  const first = image.slice(0, slash);
  if (first.includes('.') || first.includes(':') || first === 'localhost')
    return first === 'index.docker.io' ? 'docker.io' : first;
  return 'docker.io';
}

/** The time an image says it was created: SOURCE_DATE_EPOCH when set (reproducible builds), else now. */
export function createdAt(env: NodeJS.ProcessEnv, now: () => Date = () => new Date()): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return now();
}
