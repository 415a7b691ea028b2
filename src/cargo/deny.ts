// cargo-deny: the command line (a pure builder) and the parser of `--format json` output, which
// is one JSON object a line on stderr: `diagnostic` (a finding), `log` (cargo-deny's own
// messages, e.g. a config it could not read) and `summary` (counts per check).
import type { DenyCheck } from '../inputs/specs.js';

export interface DenyArgsOptions {
  /** First argument when running cargo-deny directly ("deny"). */
  subcommand: string;
  /** `cargo metadata` output cargo-deny reads instead of running cargo itself. */
  metadata: string;
  /** Config file; undefined: cargo-deny's defaults. */
  config?: string;
  /** No network: the advisory database is used as it is. */
  offline: boolean;
  checks: readonly DenyCheck[];
}

export function denyArgs(o: DenyArgsOptions): string[] {
  const args = [o.subcommand, '--format', 'json', '--color', 'never', '--metadata-path', o.metadata];
  if (o.offline) args.push('--offline');
  if (o.config) args.push('--config', o.config);
  return [...args, 'check', ...o.checks];
}

export interface DenyCrate {
  name: string;
  version: string;
}

export interface DenyLabel {
  line: number;
  column: number;
  message: string;
  span: string;
}

export type DenyGroup = DenyCheck | 'config';

export interface DenyDiagnostic {
  /** The check it belongs to, from its code; `config` for problems in the config file itself. */
  check: DenyGroup;
  severity: 'error' | 'warning' | 'note' | 'help';
  code: string;
  message: string;
  /** The crates it is about (none for a policy problem). */
  crates: DenyCrate[];
  labels: DenyLabel[];
  notes: string[];
  advisoryId?: string;
}

export interface DenyReport {
  diagnostics: DenyDiagnostic[];
  /** cargo-deny's own ERROR / WARN log messages (an unreadable config, a database it could not open). */
  errors: string[];
  warnings: string[];
  /** Counts per check from the final summary line; undefined when cargo-deny stopped before it. */
  summary?: Partial<Record<DenyCheck, { errors: number; warnings: number }>>;
}

const CODES: Record<DenyCheck, readonly string[]> = {
  advisories: [
    'vulnerability',
    'notice',
    'unmaintained',
    'unsound',
    'yanked',
    'index-failure',
    'index-cache-load-failure',
    'advisory-not-detected',
    'unknown-advisory',
  ],
  bans: [
    'banned',
    'allowed',
    'not-allowed',
    'duplicate',
    'skipped',
    'wildcard',
    'unmatched-skip',
    'unnecessary-skip',
    'build-script-not-allowed',
    'exact-features-mismatch',
    'feature-banned',
    'unknown-feature',
    'default-feature-enabled',
    'path-bypassed',
    'path-bypassed-by-glob',
    'checksum-match',
    'checksum-mismatch',
    'denied-by-extension',
    'detected-executable',
    'detected-executable-script',
    'unable-to-check-path',
    'unmatched-bypass',
    'unmatched-path-bypass',
    'unmatched-glob',
    'unused-wrapper',
    'workspace-duplicate',
    'unresolved-workspace-dependency',
    'unused-workspace-dependency',
    'non-utf8-path',
    'non-root-path',
  ],
  licenses: [
    'rejected',
    'accepted',
    'unlicensed',
    'skipped-private-workspace-crate',
    'license-not-encountered',
    'license-exception-not-encountered',
    'missing-clarification-file',
    'parse-error',
    'empty-license-field',
    'no-license-field',
    'gather-failure',
  ],
  sources: [
    'git-source-underspecified',
    'allowed-source',
    'allowed-by-organization',
    'source-not-allowed',
    'unmatched-source',
    'unmatched-organization',
  ],
};

export function checkOfCode(code: string): DenyGroup {
  for (const [check, codes] of Object.entries(CODES)) if (codes.includes(code)) return check as DenyCheck;
  return 'config';
}

interface RawLine {
  type?: string;
  fields?: Record<string, unknown>;
}

function crateOf(node: unknown): DenyCrate | undefined {
  const k = (node as { Krate?: { name?: unknown; version?: unknown } } | null)?.Krate;
  return typeof k?.name === 'string' && typeof k.version === 'string'
    ? { name: k.name, version: k.version }
    : undefined;
}

function diagnosticOf(f: Record<string, unknown>): DenyDiagnostic {
  const code = typeof f.code === 'string' ? f.code : '';
  const sev = f.severity;
  const advisory = f.advisory as { id?: unknown } | undefined;
  const labels = (Array.isArray(f.labels) ? f.labels : []).map((l: Record<string, unknown>) => ({
    line: Number(l.line) || 0,
    column: Number(l.column) || 0,
    message: String(l.message ?? ''),
    span: String(l.span ?? ''),
  }));
  return {
    check: checkOfCode(code),
    severity: sev === 'error' || sev === 'warning' || sev === 'note' || sev === 'help' ? sev : 'error',
    code,
    message: String(f.message ?? ''),
    crates: (Array.isArray(f.graphs) ? f.graphs : []).map(crateOf).filter((c): c is DenyCrate => c !== undefined),
    labels,
    notes: (Array.isArray(f.notes) ? f.notes : []).map(String),
    ...(typeof advisory?.id === 'string' ? { advisoryId: advisory.id } : {}),
  };
}

function summaryOf(f: Record<string, unknown>): DenyReport['summary'] {
  const out: NonNullable<DenyReport['summary']> = {};
  for (const check of Object.keys(CODES) as DenyCheck[]) {
    const c = f[check] as { errors?: unknown; warnings?: unknown } | undefined;
    if (c) out[check] = { errors: Number(c.errors) || 0, warnings: Number(c.warnings) || 0 };
  }
  return out;
}

/** Reads cargo-deny's JSON lines; lines that are not JSON (a panic, clap's usage text) are kept as errors. */
export function parseDenyJson(text: string): DenyReport {
  const report: DenyReport = { diagnostics: [], errors: [], warnings: [] };
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    let raw: RawLine;
    try {
      raw = JSON.parse(line) as RawLine;
    } catch {
      report.errors.push(line);
      continue;
    }
    const f = raw.fields ?? {};
    if (raw.type === 'diagnostic') report.diagnostics.push(diagnosticOf(f));
    else if (raw.type === 'summary') report.summary = summaryOf(f);
    else if (raw.type === 'log' && f.level === 'ERROR') report.errors.push(String(f.message ?? ''));
    else if (raw.type === 'log' && f.level === 'WARN') report.warnings.push(String(f.message ?? ''));
  }
  return report;
}
