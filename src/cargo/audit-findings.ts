// cargo-audit's findings as annotations: each advisory on the `name = "<crate>"` line of that
// package in Cargo.lock (shared by the audit stage and the build stage's `cargo audit bin`).
import type { Finding, Level } from '../context.js';
import { lockfileLines, type AuditFinding, type AuditReport } from './audit.js';

export function advisoryUrl(id: string): string {
  return `https://rustsec.org/advisories/${id}`;
}

export function findingText(f: AuditFinding): string {
  const lines = [`${f.package} ${f.version}: ${f.title}`];
  lines.push(`Kind: ${f.kind}`);
  if (f.severity) lines.push(`Severity: ${f.severity}`);
  lines.push(`Patched versions: ${f.patched.length ? f.patched.join('; ') : 'none (no fixed release)'}`);
  if (f.aliases.length) lines.push(`Aliases: ${f.aliases.join(', ')}`);
  if (f.id?.startsWith('RUSTSEC-')) lines.push(advisoryUrl(f.id));
  if (f.url) lines.push(`Reference: ${f.url}`);
  return lines.join('\n');
}

export function auditFindings(
  report: AuditReport,
  lockText: string,
  lockPath: string | undefined,
  denyWarnings: boolean,
): Finding[] {
  const lines = lockfileLines(lockText);
  const one = (f: AuditFinding, level: Level): Finding => {
    const line = lines.get(`${f.package}@${f.version}`);
    return {
      level,
      title: `${f.id ?? f.kind}: ${f.package} ${f.version}${f.kind === 'vulnerability' ? '' : ` (${f.kind})`}`,
      message: findingText(f),
      ...(lockPath && line ? { file: lockPath, line } : {}),
    };
  };
  return [
    ...report.vulnerabilities.map((f) => one(f, 'error')),
    ...report.warnings.map((f) => one(f, denyWarnings ? 'error' : 'warning')),
  ];
}
