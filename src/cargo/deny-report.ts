// The deny stage's findings and summary tables from cargo-deny's parsed report: a finding about a
// crate is annotated on that crate's entry in Cargo.lock, a policy problem on its line of the
// config file; one table per check.
import { lockfileLines } from './audit.js';
import type { DenyDiagnostic, DenyGroup, DenyReport } from './deny.js';
import type { Finding } from '../context.js';
import type { DenyCheck } from '../inputs/specs.js';
import type { Block } from '../blocks.js';

/** Where findings point: Cargo.lock and the config, as paths relative to the repository (undefined: outside it). */
export interface DenyFiles {
  lockText: string;
  lock?: string;
  config?: string;
}

/** The diagnostics worth a finding: errors and warnings (cargo-deny's notes and helps are counted, not shown). */
export function shown(report: DenyReport): DenyDiagnostic[] {
  return report.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
}

function what(d: DenyDiagnostic): string {
  return d.advisoryId ? `${d.advisoryId}: ${d.message}` : `${d.code}: ${d.message}`;
}

/** Crate findings whose labels point into the config (the entry that bans, allows or skips the crate). */
const CONFIG_LABELS = new Set(['banned', 'allowed', 'not-allowed', 'skipped', 'build-script-not-allowed']);

function why(d: DenyDiagnostic, configName: string | undefined): string {
  const inConfig = d.crates.length > 0 && configName !== undefined && CONFIG_LABELS.has(d.code);
  const labels = d.labels
    .filter((l) => l.message)
    .map((l) => {
      if (l.message === 'reason') return `reason: ${l.span}`;
      return inConfig ? `${l.message} (${configName} line ${l.line})` : l.message;
    });
  return [...new Set(labels)].join('; ');
}

/** Without network cargo-deny cannot read the registry index: drops its per-crate "unable to check for yanked crates". */
export function withoutIndexFailures(report: DenyReport): { report: DenyReport; dropped: number } {
  const diagnostics = report.diagnostics.filter((d) => d.code !== 'index-failure');
  return { report: { ...report, diagnostics }, dropped: report.diagnostics.length - diagnostics.length };
}

export function denyFinding(d: DenyDiagnostic, files: DenyFiles, lines: Map<string, number>): Finding {
  const crate = d.crates[0];
  const title = `${d.check}: ${d.advisoryId ?? d.code}${crate ? ` ${crate.name} ${crate.version}` : ''}`;
  const message = [what(d), why(d, files.config), ...d.notes].filter(Boolean).join('\n');
  const level = d.severity === 'error' ? 'error' : 'warning';
  if (crate) {
    const line = lines.get(`${crate.name}@${crate.version}`);
    return { level, title, message, ...(files.lock && line ? { file: files.lock, line } : {}) };
  }
  const label = d.labels[0];
  return { level, title, message, ...(files.config && label ? { file: files.config, line: label.line } : {}) };
}

export function denyFindings(report: DenyReport, files: DenyFiles): Finding[] {
  const lines = lockfileLines(files.lockText);
  return shown(report).map((d) => denyFinding(d, files, lines));
}

/** One table per check that ran (crate, version, what, why), and the config's own problems. */
export function denyBlocks(report: DenyReport, checks: readonly DenyCheck[], configName: string | undefined): Block[] {
  const diags = shown(report);
  const groups: DenyGroup[] = [...(diags.some((d) => d.check === 'config') ? (['config'] as const) : []), ...checks];
  const blocks: Block[] = [];
  for (const group of groups) {
    const mine = diags.filter((d) => d.check === group);
    const name = group === 'config' ? `config (${configName ?? 'defaults'})` : group;
    if (mine.length === 0) {
      blocks.push({ kind: 'text', text: `**${name}**: no problems.` });
      continue;
    }
    blocks.push({ kind: 'text', text: `**${name}**` });
    blocks.push({
      kind: 'table',
      header: ['crate', 'version', 'what', 'why'],
      rows: mine.map((d) => [
        d.crates
          .map((c) => c.name)
          .filter((n, i, all) => all.indexOf(n) === i)
          .join(', ') || '—',
        d.crates.map((c) => c.version).join(', ') || '—',
        `${d.severity === 'error' ? '❌' : '⚠️'} ${what(d)}`,
        why(d, configName) || d.notes[0] || '—',
      ]),
    });
  }
  return blocks;
}
