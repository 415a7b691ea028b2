// audit: cargo-audit against the RustSec advisory database. Each advisory becomes an annotation
// on the `name = "<crate>"` line of that package in Cargo.lock.
import { existsSync, readFileSync } from 'node:fs';
import { auditArgs, parseAuditJson, type AuditReport } from '../cargo/audit.js';
import { advisoryUrl, auditFindings, findingText } from '../cargo/audit-findings.js';
import { findUp, repoRelative } from '../paths.js';
import { now } from '../clock.js';
import { WHOLE_OUTPUT_BYTES, type ExecResult } from '../exec.js';
import { formatMs } from '../profiler.js';
import { code, escapeText, type Block } from '../blocks.js';
import { ADVISORY_DB_URL, markFetched, planAdvisoryDb, type DbPlan } from '../tools/advisory-db-checkout.js';
import { toolBlocks, toolData, type InstalledTool } from '../tools/index.js';
import { runCargo, stageTool } from './cargo-run.js';
import { lastLines, plural } from '../text.js';
import {
  logCommand,
  ok,
  result,
  stop,
  type Finding,
  type Outcome,
  type Stage,
  type StageContext,
  type StageResult,
} from '../context.js';
import { inputRef } from '../inputs/errors.js';

/** Cargo.lock for the working directory: its own, else the nearest one up to the repository root. */
export function findLockfile(cwd: string, repoRoot: string): string | undefined {
  return findUp(cwd, repoRoot, ['Cargo.lock']);
}

export { advisoryUrl, auditFindings, findingText };

export function auditBlocks(report: AuditReport, ignored: readonly string[]): Block[] {
  const all = [...report.vulnerabilities, ...report.warnings];
  const blocks: Block[] = [];
  if (all.length === 0) {
    const n = report.dependencyCount;
    blocks.push({
      kind: 'text',
      text:
        n === undefined
          ? 'No advisories for the locked crates.'
          : `No advisories for the ${plural(n, 'crate')} in Cargo.lock.`,
    });
  } else {
    blocks.push({
      kind: 'table',
      header: ['advisory', 'crate', 'version', 'kind', 'severity', 'title', 'patched'],
      rows: all.map((f) => [
        f.id ? (f.id.startsWith('RUSTSEC-') ? `[${f.id}](${advisoryUrl(f.id)})` : f.id) : '—',
        f.package,
        f.version,
        f.kind,
        f.severity ?? '—',
        f.title,
        f.patched.length ? f.patched.join('; ') : 'none',
      ]),
    });
  }
  if (ignored.length) blocks.push({ kind: 'text', text: `Ignored (audit-ignore): ${ignored.join(', ')}` });
  return blocks;
}

function describeDb(plan: DbPlan, fetched: boolean, report: AuditReport): string {
  const count = report.advisoryCount !== undefined ? `${report.advisoryCount} advisories, ` : '';
  const state =
    plan.why === 'audit-db input'
      ? 'local copy from audit-db, not fetched'
      : fetched
        ? plan.why === 'stale'
          ? `fetched now; the cached copy was ${plan.fetchedAt ? `from ${plan.fetchedAt.toISOString().slice(0, 10)}` : 'of unknown age'}`
          : 'fetched now'
        : plan.why === 'fetched today'
          ? `fetched today at ${plan.fetchedAt!.toISOString().slice(11, 16)} UTC, not fetched again`
          : `could not be updated; last fetched ${plan.fetchedAt?.toISOString() ?? 'at an unknown time'}`;
  return `Advisory database: \`${plan.path}\` (${count}${state})`;
}

async function runAudit(
  ctx: StageContext,
  tool: InstalledTool,
  args: string[],
  timeoutMs: number,
): Promise<ExecResult> {
  logCommand(ctx.log, 'cargo-audit', args);
  // The JSON report is read whole: a generous bound (a dropped start makes it unreadable, and says so).
  return ctx.exec(tool.path, args, {
    cwd: ctx.cwd,
    env: ctx.env,
    echo: 'stderr',
    timeoutMs,
    keepBytes: WHOLE_OUTPUT_BYTES,
  });
}

function tryParse(res: ExecResult): AuditReport | undefined {
  try {
    return parseAuditJson(res.stdout);
  } catch {
    return undefined;
  }
}

export const auditStage: Stage = {
  name: 'audit',
  title: 'Security audit (cargo audit)',
  async run(ctx) {
    const installed = await stageTool(ctx, 'cargo-audit', (message) =>
      installProblem(ctx.inputs.tools.versions['cargo-audit'], message),
    );
    if (!installed.ok) return installed.result;
    const tool = installed.value;
    const toolInfo = toolBlocks([tool]);
    const missing = missingDb(ctx.inputs.audit.db);
    if (missing)
      return result('failure', 'advisory database not found', {
        findings: [missing],
        blocks: [
          ...cannotRun('The advisory database named by audit-db does not exist', escapeText(missing.message)),
          ...toolInfo,
        ],
      });
    const lock = await ensureLockfile(ctx);
    if (!lock.ok)
      return result('failure', 'no Cargo.lock', {
        findings: [lock.result],
        blocks: [...lockfileProblem(lock.result.message), ...toolInfo],
      });

    const today = now(ctx.env);
    const plan = planAdvisoryDb(ctx.toolDir, ctx.inputs.audit.db, today);
    const run = await auditWithDb(ctx, tool, plan, lock.value);
    if (run.res.killed === 'cancelled') return result('cancelled', 'cancelled', { blocks: toolInfo });
    if (!run.report) {
      const output = lastLines(run.res.stderr || run.res.stdout);
      const hint = plan.why === 'missing' ? `\n${fetchFix()}` : '';
      return result('failure', `cargo audit failed (exit ${run.res.code})`, {
        findings: [...run.notes, { level: 'error', title: 'cargo audit', message: `${output}${hint}` }],
        blocks: [...auditProblem(plan, run.res.code, output), ...toolInfo],
      });
    }
    if (run.fetched) markFetched(ctx.toolDir, today);
    return auditResult(ctx, { ...run, report: run.report }, plan, lock.value, tool);
  },
};

/** The section of an audit that did not run: what stopped it and what to do (in bold), then the tool's own words. */
function cannotRun(what: string, why: string, output?: string): Block[] {
  return [
    { kind: 'text', text: `❌ **${what}**, so no advisory was checked. ${why}` },
    ...(output ? [{ kind: 'details' as const, summary: 'its output', body: output }] : []),
  ];
}

/** The line of a tool's output that says what went wrong: its first error line, else its last line. */
function errorLine(output: string): string {
  const lines = output.split('\n').filter((l) => l.trim());
  return lines.find((l) => /\berror\b/i.test(l)) ?? lines.at(-1) ?? '';
}

function fetchFix(): string {
  const host = new URL(ADVISORY_DB_URL).host;
  return (
    `The advisory database could not be fetched from ${host} (${ADVISORY_DB_URL}). Without access to ${host}, ` +
    'check out a copy of the RustSec advisory-db in an earlier step (or keep one in the repository) and give its path with the audit-db input.'
  );
}

export function installProblem(version: string, message: string): Block[] {
  const [first = message] = message.split('\n');
  return cannotRun(
    `cargo-audit ${version} could not be installed`,
    `${code(first)}. To fix it: give the installer a verified archive (the tool-mirror input and/or a ${code('RUST_PIPELINE_TOOL_CHECKSUMS')} file with its sha256), ` +
      `let ${code(`cargo install --locked --version ${version} cargo-audit`)} succeed on the runner, ` +
      `or install cargo-audit ${version} in an earlier step so that it is on PATH.`,
    message,
  );
}

export function lockfileProblem(output: string): Block[] {
  return cannotRun(
    'There is no Cargo.lock and cargo generate-lockfile failed',
    `${code(errorLine(output))}. Commit the Cargo.lock, or make the manifest resolve (cargo generate-lockfile).`,
    output,
  );
}

export function auditProblem(plan: DbPlan, exit: number | null, output: string): Block[] {
  if (plan.why === 'missing')
    return cannotRun('The advisory database could not be fetched', `${code(errorLine(output))}. ${fetchFix()}`, output);
  return cannotRun(`cargo audit failed (exit ${exit}) and gave no report`, `${code(errorLine(output))}.`, output);
}

/** The audit-db input names a folder that does not exist. */
function missingDb(db: string | undefined): Finding | undefined {
  if (!db || existsSync(db)) return undefined;
  return {
    level: 'error',
    title: 'audit-db',
    message: `${inputRef('audit-db')} names ${JSON.stringify(db)}, which does not exist. Give the path of a RustSec advisory-db checkout, or leave it empty to use the cached copy.`,
  };
}

/** The workspace's Cargo.lock; without one, the versions cargo would pick today (generate-lockfile). */
async function ensureLockfile(ctx: StageContext): Promise<Outcome<string, Finding>> {
  const found = findLockfile(ctx.cwd, ctx.repoRoot);
  if (found) return ok(found);
  ctx.log.info('No Cargo.lock: generating one to audit the versions cargo would pick today.');
  const gen = await runCargo(ctx, { args: ['generate-lockfile'], env: {} }, ctx.toolchain);
  const lockfile = findLockfile(ctx.cwd, ctx.repoRoot);
  if (gen.code === 0 && lockfile) return ok(lockfile);
  return stop({ level: 'error', title: 'cargo generate-lockfile', message: lastLines(gen.stderr) });
}

interface AuditRun {
  res: ExecResult;
  report?: AuditReport;
  /** The database was fetched by this run. */
  fetched: boolean;
  notes: Finding[];
}

/**
 * cargo audit, fetching the database when it is missing or stale; when a stale one cannot be
 * fetched (network or GitHub down), again against the copy we have, with a note saying how old it is.
 */
async function auditWithDb(ctx: StageContext, tool: InstalledTool, plan: DbPlan, lockfile: string): Promise<AuditRun> {
  const { ignore } = ctx.inputs.audit;
  const build = (fetch: boolean): string[] =>
    auditArgs({ subcommand: tool.subcommand, db: plan.path, fetch, ignore, lockfile });
  const res = await ctx.profiler.measure(plan.fetch ? 'cargo audit (with database fetch)' : 'cargo audit', () =>
    runAudit(ctx, tool, build(plan.fetch), plan.fetch ? 600_000 : 120_000),
  );
  const report = tryParse(res);
  if (res.killed === 'cancelled' || !plan.fetch || report || plan.why !== 'stale')
    return { res, report, fetched: plan.fetch && report !== undefined, notes: [] };
  const note: Finding = {
    level: 'warning',
    title: 'advisory database not updated',
    message: `The advisory database could not be fetched; auditing against the cached copy${plan.fetchedAt ? ` from ${plan.fetchedAt.toISOString()}` : ''}.\n${lastLines(res.stderr, 5)}`,
  };
  const again = await ctx.profiler.measure('cargo audit (cached database)', () =>
    runAudit(ctx, tool, build(false), 120_000),
  );
  return { res: again, report: tryParse(again), fetched: false, notes: [note] };
}

/** The stage's result from cargo audit's report: annotations on Cargo.lock, the tables, the outputs. */
function auditResult(
  ctx: StageContext,
  run: AuditRun & { report: AuditReport },
  plan: DbPlan,
  lockfile: string,
  tool: InstalledTool,
): StageResult {
  const { ignore, denyWarnings } = ctx.inputs.audit;
  const report = run.report;
  const lockRel = repoRelative(lockfile, ctx.cwd, ctx.repoRoot);
  const findings = [...run.notes, ...auditFindings(report, readFileSync(lockfile, 'utf8'), lockRel, denyWarnings)];
  const vulns = report.vulnerabilities.length;
  const warns = report.warnings.length;
  const failed = vulns > 0 || (denyWarnings && warns > 0);
  const summary = `${plural(vulns, 'vulnerability', 'vulnerabilities')}, ${plural(warns, 'warning')}${ignore.length ? `, ${ignore.length} ignored` : ''}`;
  const blocks: Block[] = [
    ...auditBlocks(report, ignore),
    { kind: 'text', text: describeDb(plan, run.fetched, report) },
    ...toolBlocks([tool]),
  ];
  ctx.log.info(`${summary} (cargo audit ${formatMs(run.res.ms)})`);
  return result(failed ? 'failure' : 'success', summary, {
    findings,
    outputs: { vulnerabilities: String(vulns) },
    blocks,
    data: {
      vulnerabilities: report.vulnerabilities,
      warnings: report.warnings,
      ignored: ignore,
      database: { path: plan.path, fetched: run.fetched, reason: plan.why },
      lockfile: lockRel ?? lockfile,
      tool: toolData(tool),
    },
  });
}
