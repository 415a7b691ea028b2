// Auditable release binaries: `cargo auditable build` (the same arguments as `cargo build`) embeds
// the dependency list in the binary; `cargo audit bin` then checks the built binary against the
// advisory database before it ships, and years later anyone can run it again on the shipped file.
import { readFileSync } from 'node:fs';
import { auditBinArgs, parseAuditJson, type AuditReport } from '../cargo/audit.js';
import { auditFindings } from '../cargo/audit-findings.js';
import type { CargoCommand } from '../cargo/commands.js';
import { findUp, repoRelative } from '../paths.js';
import { now } from '../clock.js';
import {
  logCommand,
  ok,
  worstStatus,
  result,
  stop,
  type Finding,
  type Outcome,
  type StageContext,
  type StageResult,
} from '../context.js';
import { WHOLE_OUTPUT_BYTES, type ExecResult } from '../exec.js';
import { lastLines, plural } from '../text.js';
import { planAdvisoryDb } from '../tools/advisory-db-checkout.js';
import { requireTool, type InstalledTool } from '../tools/index.js';

/** The build command run through cargo-auditable: `<cargo-auditable> auditable build …`. */
export function auditableCommand(cmd: CargoCommand, tool: Pick<InstalledTool, 'path' | 'subcommand'>): CargoCommand {
  return { ...cmd, program: tool.path, args: [tool.subcommand, ...cmd.args] };
}

/** cargo-auditable when the auditable input asks for it; an install failure is the build's failure, never a plain build. */
export async function requireAuditable(ctx: StageContext): Promise<Outcome<InstalledTool>> {
  try {
    return ok(await requireTool(ctx, 'cargo-auditable'));
  } catch (e) {
    const finding: Finding = {
      level: 'error',
      title: 'cargo-auditable',
      message: `${(e as Error).message}\nThe binary was not built: auditable is true. Set auditable: false to build without the embedded dependency list.`,
    };
    return stop(result('failure', 'cargo-auditable could not be installed', { findings: [finding] }));
  }
}

export interface BinaryAudit {
  /** failure: advisories that fail the build (vulnerabilities not in audit-ignore), or no audit at all. */
  status: 'success' | 'failure';
  summary: string;
  findings: Finding[];
  report?: AuditReport;
}

const auditFailure = (summary: string, message: string): BinaryAudit => ({
  status: 'failure',
  summary,
  findings: [{ level: 'error', title: 'cargo audit bin', message }],
});

/** `cargo audit bin <binary>` against the audit stage's database, without fetching a fresh copy when it is current. */
export async function auditBinary(ctx: StageContext, binary: string): Promise<BinaryAudit> {
  let tool: InstalledTool;
  try {
    tool = await requireTool(ctx, 'cargo-audit');
  } catch (e) {
    return auditFailure('cargo-audit missing', `${(e as Error).message}\nThe built binary could not be audited.`);
  }
  const res = await runAuditBin(ctx, tool, binary);
  let report: AuditReport;
  try {
    report = parseAuditJson(res.stdout);
  } catch {
    const message = `cargo audit bin ${binary} failed (exit ${res.code}):\n${lastLines(res.stderr || res.stdout)}`;
    return auditFailure('cargo audit bin failed', message);
  }
  return binaryAuditOf(ctx, report);
}

async function runAuditBin(ctx: StageContext, tool: InstalledTool, binary: string): Promise<ExecResult> {
  const plan = planAdvisoryDb(ctx.toolDir, ctx.inputs.audit.db, now(ctx.env));
  const args = auditBinArgs({
    subcommand: tool.subcommand,
    db: plan.path,
    fetch: plan.fetch,
    ignore: ctx.inputs.audit.ignore,
    binary,
  });
  logCommand(ctx.log, 'cargo-audit', args);
  return ctx.profiler.measure('cargo audit bin', () =>
    ctx.exec(tool.path, args, {
      cwd: ctx.cwd,
      env: ctx.env,
      echo: 'stderr',
      timeoutMs: 600_000,
      keepBytes: WHOLE_OUTPUT_BYTES,
    }),
  );
}

/** The binary's advisories as findings on Cargo.lock (titled "binary: …"); a vulnerability fails it. */
function binaryAuditOf(ctx: StageContext, report: AuditReport): BinaryAudit {
  const lockfile = findUp(ctx.cwd, ctx.repoRoot, ['Cargo.lock']);
  const lockText = lockfile ? readFileSync(lockfile, 'utf8') : '';
  const lockRel = lockfile ? repoRelative(lockfile, ctx.cwd, ctx.repoRoot) : undefined;
  const findings = auditFindings(report, lockText, lockRel, false).map((f) => ({ ...f, title: `binary: ${f.title}` }));
  const vulns = report.vulnerabilities.length;
  return {
    status: vulns > 0 ? 'failure' : 'success',
    summary: `cargo audit bin: ${plural(vulns, 'vulnerability', 'vulnerabilities')}`,
    findings,
    report,
  };
}

/** The build's result with the binary's audit: its findings, a summary line, failed on a vulnerability. */
export function withBinaryAudit(built: StageResult, audit: BinaryAudit): StageResult {
  if (built.status !== 'success' && built.status !== 'failure') return built;
  return {
    ...built,
    status: worstStatus([built.status, audit.status]),
    summary: `${built.summary}; ${audit.summary}`,
    findings: [...built.findings, ...audit.findings],
    blocks: [...built.blocks, { kind: 'text', text: `Auditable binary (cargo auditable build); ${audit.summary}.` }],
  };
}
