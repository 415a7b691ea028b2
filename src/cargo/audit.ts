// cargo-audit: the command line (a pure builder), the parser of `--json` output, CVSS v3
// severities, and where each package sits in Cargo.lock.

export interface AuditArgsOptions {
  /** First argument when running cargo-audit directly ("audit"). */
  subcommand: string;
  db: string;
  fetch: boolean;
  ignore: readonly string[];
  /** Cargo.lock to read. */
  lockfile: string;
}

export function auditArgs(o: AuditArgsOptions): string[] {
  const args = [o.subcommand, '--json', '--db', o.db, '--file', o.lockfile];
  if (!o.fetch) args.push('--no-fetch');
  for (const id of o.ignore) args.push('--ignore', id);
  return args;
}

/** `cargo audit bin`: the dependency list cargo-auditable embedded in a built binary. */
export function auditBinArgs(o: Omit<AuditArgsOptions, 'lockfile'> & { binary: string }): string[] {
  const args = [o.subcommand, '--json', '--db', o.db];
  if (!o.fetch) args.push('--no-fetch');
  for (const id of o.ignore) args.push('--ignore', id);
  return [...args, 'bin', o.binary];
}

export type FindingKind = 'vulnerability' | 'unmaintained' | 'unsound' | 'yanked' | 'notice' | string;

export interface AuditFinding {
  kind: FindingKind;
  /** Advisory id; undefined for a yanked crate without advisory. */
  id?: string;
  package: string;
  version: string;
  title: string;
  /** e.g. "critical (9.8)"; undefined without a CVSS vector. */
  severity?: string;
  score?: number;
  patched: string[];
  aliases: string[];
  url?: string;
  date?: string;
}

export interface AuditReport {
  advisoryCount?: number;
  dependencyCount?: number;
  vulnerabilities: AuditFinding[];
  warnings: AuditFinding[];
}

interface RawAdvisory {
  id?: string;
  title?: string;
  cvss?: string | null;
  aliases?: string[];
  url?: string | null;
  date?: string;
  informational?: string | null;
}
interface RawEntry {
  kind?: string;
  advisory?: RawAdvisory | null;
  package?: { name?: string; version?: string };
  versions?: { patched?: string[] } | null;
}

function toFinding(kind: FindingKind, e: RawEntry): AuditFinding {
  const a = e.advisory ?? undefined;
  const sev = a?.cvss ? cvssSeverity(a.cvss) : undefined;
  const id = a?.id;
  return {
    kind,
    ...(id ? { id } : {}),
    package: e.package?.name ?? '?',
    version: e.package?.version ?? '?',
    title: a?.title ?? (kind === 'yanked' ? 'this version was yanked from crates.io' : kind),
    ...(sev ? { severity: `${sev.rating} (${sev.score.toFixed(1)})`, score: sev.score } : {}),
    patched: e.versions?.patched ?? [],
    aliases: a?.aliases ?? [],
    ...(a?.url ? { url: a.url } : {}),
    ...(a?.date ? { date: a.date } : {}),
  };
}

/** Parses `cargo audit --json` output. Throws when it is not that JSON. */
export function parseAuditJson(text: string): AuditReport {
  const start = text.indexOf('{');
  if (start < 0) throw new Error('cargo audit printed no JSON report');
  const doc = JSON.parse(text.slice(start)) as {
    database?: { 'advisory-count'?: number };
    lockfile?: { 'dependency-count'?: number };
    vulnerabilities?: { list?: RawEntry[] };
    warnings?: Record<string, RawEntry[]>;
  };
  if (!doc.vulnerabilities) throw new Error('not a cargo audit JSON report: no "vulnerabilities"');
  const vulnerabilities = (doc.vulnerabilities.list ?? []).map((e) => toFinding('vulnerability', e));
  const warnings: AuditFinding[] = [];
  for (const [kind, entries] of Object.entries(doc.warnings ?? {})) {
    for (const e of entries ?? []) warnings.push(toFinding(e.kind ?? kind, e));
  }
  return {
    advisoryCount: doc.database?.['advisory-count'],
    dependencyCount: doc.lockfile?.['dependency-count'],
    vulnerabilities,
    warnings,
  };
}

// CVSS v3.x base score (FIRST specification, section 7.1).
const W = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  CIA: { H: 0.56, L: 0.22, N: 0 },
} as const;

function roundUp(x: number): number {
  const i = Math.round(x * 100000);
  return i % 10000 === 0 ? i / 100000 : (Math.floor(i / 10000) + 1) / 10;
}

/** Base score and rating of a CVSS:3.x vector; undefined for anything else (e.g. CVSS 4.0). */
export function cvssSeverity(
  vector: string,
): { score: number; rating: 'none' | 'low' | 'medium' | 'high' | 'critical' } | undefined {
  const m = /^CVSS:3\.[01]\/(.*)$/.exec(vector.trim());
  if (!m) return undefined;
  const v: Record<string, string> = {};
  for (const part of m[1]!.split('/')) {
    const [k, val] = part.split(':');
    if (k && val) v[k] = val;
  }
  const av = W.AV[v.AV as keyof typeof W.AV];
  const ac = W.AC[v.AC as keyof typeof W.AC];
  const ui = W.UI[v.UI as keyof typeof W.UI];
  const scope = v.S;
  const c = W.CIA[v.C as keyof typeof W.CIA];
  const i = W.CIA[v.I as keyof typeof W.CIA];
  const a = W.CIA[v.A as keyof typeof W.CIA];
  const prRaw = v.PR;
  if (
    [av, ac, ui, c, i, a].some((x) => x === undefined) ||
    (scope !== 'U' && scope !== 'C') ||
    !['N', 'L', 'H'].includes(prRaw ?? '')
  )
    return undefined;
  const changed = scope === 'C';
  const pr = prRaw === 'N' ? 0.85 : prRaw === 'L' ? (changed ? 0.68 : 0.62) : changed ? 0.5 : 0.27;
  const iss = 1 - (1 - c!) * (1 - i!) * (1 - a!);
  const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
  const exploitability = 8.22 * av! * ac! * pr * ui!;
  const score =
    impact <= 0
      ? 0
      : changed
        ? roundUp(Math.min(1.08 * (impact + exploitability), 10))
        : roundUp(Math.min(impact + exploitability, 10));
  const rating = score === 0 ? 'none' : score < 4 ? 'low' : score < 7 ? 'medium' : score < 9 ? 'high' : 'critical';
  return { score, rating };
}

/**
 * Line numbers (1-based) of each package's `name = "…"` line in a Cargo.lock, keyed by
 * `name@version`, so that the right entry is found when a crate is locked at several versions.
 */
export function lockfileLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const lines = text.split(/\r?\n/);
  let name: string | undefined;
  let nameLine = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '[[package]]') {
      name = undefined;
      continue;
    }
    const n = /^name\s*=\s*"([^"]+)"/.exec(line);
    if (n) {
      name = n[1];
      nameLine = i + 1;
      continue;
    }
    const v = /^version\s*=\s*"([^"]+)"/.exec(line);
    if (v && name !== undefined) {
      const key = `${name}@${v[1]}`;
      if (!out.has(key)) out.set(key, nameLine);
      name = undefined;
    }
  }
  return out;
}
