// deny: cargo-deny's advisories, bans, licenses and sources checks. cargo metadata runs through our
// toolchain (online when it must be); cargo-deny then reads that metadata and the same advisory
// database the audit stage caches, offline unless the database needs a fetch.
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseToml, TomlError } from 'smol-toml';
import { denyArgs, parseDenyJson, type DenyReport } from '../cargo/deny.js';
import { cargoHomeOf, findUp, repoRelative } from '../paths.js';
import { now } from '../clock.js';
import { WHOLE_OUTPUT_BYTES, type ExecResult } from '../exec.js';
import type { DenyCheck } from '../inputs/specs.js';
import type { Block } from '../blocks.js';
import { lastLines, plural } from '../text.js';
import { markFetched, planAdvisoryDb, type DbPlan } from '../tools/advisory-db-checkout.js';
import { toolBlocks, toolData, type InstalledTool } from '../tools/index.js';
import { runCargo, stageTool } from './cargo-run.js';
import { denyBlocks, denyFindings, shown, withoutIndexFailures, type DenyFiles } from '../cargo/deny-report.js';
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

/** The RustSec database URL cargo-deny uses by default, and the directory name it gives it under `db-path`. */
export const DEFAULT_DB_URL = 'https://github.com/rustsec/advisory-db';
export const DEFAULT_DB_DIR = 'advisory-db-3157b0e258782691';

interface DenyConfig {
  path: string;
  /** The config names its own advisory database (db-path or db-urls): left alone. */
  ownDb: boolean;
}

const failed = (summary: string, f: Finding, blocks: Block[] = []): StageResult =>
  result('failure', summary, { findings: [f], blocks });

/** The config the deny-config input names, else deny.toml of the workspace; undefined: none. */
export function findDenyConfig(ctx: StageContext): Outcome<string | undefined, Finding> {
  const given = ctx.inputs.deny.config;
  if (given === undefined) return ok(findUp(ctx.cwd, ctx.repoRoot, ['deny.toml']));
  if (existsSync(given)) return ok(given);
  return stop({
    level: 'error',
    title: 'deny-config',
    message: `${inputRef('deny-config')} names ${JSON.stringify(given)}, which does not exist. Give the path of a cargo-deny config (deny.toml), or leave it empty to use the workspace's deny.toml or cargo-deny's defaults.`,
  });
}

/** Reads the config as TOML first, so that a syntax error names its file and line. */
export function readDenyConfig(path: string, rel: string | undefined): Outcome<DenyConfig, Finding> {
  try {
    const toml = parseToml(readFileSync(path, 'utf8')) as { advisories?: Record<string, unknown> };
    const adv = toml.advisories ?? {};
    return ok({ path, ownDb: 'db-path' in adv || 'db-urls' in adv });
  } catch (e) {
    const line = e instanceof TomlError ? e.line : undefined;
    const first = (e as Error).message.split('\n')[0];
    return stop({
      level: 'error',
      title: 'deny config does not parse',
      message: `${path}${line ? `:${line}` : ''}: ${first}`,
      ...(rel && line ? { file: rel, line } : {}),
    });
  }
}

/**
 * cargo-deny keeps the default database at `<CARGO_HOME>/advisory-dbs/<DEFAULT_DB_DIR>`: that name
 * becomes a link to the database the audit stage uses. A real directory there (a database of the
 * user's own) is left alone.
 */
export function linkAdvisoryDb(cargoHome: string, db: string): string | undefined {
  const link = join(cargoHome, 'advisory-dbs', DEFAULT_DB_DIR);
  let current: string | undefined;
  try {
    current = lstatSync(link).isSymbolicLink() ? readlinkSync(link) : 'directory';
  } catch {
    current = undefined;
  }
  if (current === 'directory') return `${link} is a directory of its own: cargo-deny uses it rather than ${db}.`;
  if (current === db) return undefined;
  if (current !== undefined) rmSync(link);
  mkdirSync(dirname(link), { recursive: true });
  mkdirSync(dirname(db), { recursive: true });
  symlinkSync(db, link, 'dir');
  return undefined;
}

async function writeMetadata(ctx: StageContext): Promise<Outcome<string, Finding>> {
  const res = await runCargo(ctx, { args: ['metadata', '--format-version', '1'], env: {} }, ctx.toolchains[0], {
    echo: 'stderr',
    keepBytes: WHOLE_OUTPUT_BYTES,
  });
  if (res.code !== 0 || res.stdoutDropped)
    return stop({ level: 'error', title: 'cargo metadata', message: lastLines(res.stderr || res.stdout) });
  const path = join(ctx.tempDir, 'deny-metadata.json');
  mkdirSync(ctx.tempDir, { recursive: true });
  writeFileSync(path, res.stdout);
  return ok(path);
}

interface DenyRun {
  res: ExecResult;
  report: DenyReport;
  fetched: boolean;
  notes: Finding[];
}

/** cargo-deny produced a verdict: a summary line, or diagnostics without errors of its own. */
const complete = (r: DenyReport): boolean => r.summary !== undefined;

async function runDeny(ctx: StageContext, tool: InstalledTool, args: string[], label: string): Promise<ExecResult> {
  logCommand(ctx.log, 'cargo-deny', args);
  return ctx.profiler.measure(label, () =>
    ctx.exec(tool.path, args, {
      cwd: ctx.cwd,
      env: ctx.env,
      echo: 'none',
      timeoutMs: 600_000,
      keepBytes: WHOLE_OUTPUT_BYTES,
    }),
  );
}

/** cargo deny, fetching the database when stale or missing; a stale one that cannot be fetched is used as it is, with a warning. */
async function denyWithDb(
  ctx: StageContext,
  tool: InstalledTool,
  plan: DbPlan | undefined,
  build: (offline: boolean) => string[],
): Promise<DenyRun> {
  const fetch = plan?.fetch === true;
  const res = await runDeny(ctx, tool, build(!fetch), fetch ? 'cargo deny (with database fetch)' : 'cargo deny');
  const report = parseDenyJson(res.stderr);
  if (!fetch || complete(report) || plan?.why !== 'stale')
    return { res, report, fetched: fetch && complete(report), notes: [] };
  const note: Finding = {
    level: 'warning',
    title: 'advisory database not updated',
    message: `The advisory database could not be fetched; checking against the cached copy${plan.fetchedAt ? ` from ${plan.fetchedAt.toISOString()}` : ''}.\n${report.errors.slice(-3).join('\n')}`,
  };
  const again = await runDeny(ctx, tool, build(true), 'cargo deny (cached database)');
  return { res: again, report: parseDenyJson(again.stderr), fetched: false, notes: [note] };
}

function incomplete(run: DenyRun, plan: DbPlan | undefined, files: DenyFiles, blocks: Block[]): StageResult {
  const dbHint =
    plan?.why === 'missing'
      ? `\nThe advisory database (${DEFAULT_DB_URL}) could not be fetched into ${plan.path}. Without network access, give a local checkout with the audit-db input.`
      : '';
  const text = [...run.report.errors, ...run.report.warnings].join('\n') || lastLines(run.res.stderr);
  return result('failure', `cargo deny failed (exit ${run.res.code})`, {
    findings: [
      ...run.notes,
      ...denyFindings(run.report, files),
      { level: 'error', title: 'cargo deny', message: `${text}${dbHint}` },
    ],
    blocks,
  });
}

/** The lockfile (its text, for the line of each crate) and the config, as paths relative to the repository. */
function denyFiles(ctx: StageContext, configRel: string | undefined): DenyFiles {
  const lockfile = findUp(ctx.cwd, ctx.repoRoot, ['Cargo.lock']);
  return {
    lockText: lockfile ? readFileSync(lockfile, 'utf8') : '',
    lock: lockfile ? repoRelative(lockfile, ctx.cwd, ctx.repoRoot) : undefined,
    config: configRel,
  };
}

/** The notes under the deny section; drops the index failures of an offline run from `run.report`. */
function denyNotes(
  run: DenyRun,
  o: { plan: DbPlan | undefined; linkNote: string | undefined; noPolicy: boolean },
): string[] {
  const notes: string[] = [];
  if (!run.fetched) {
    // Offline, cargo-deny cannot read the registry index: say so once rather than once per crate.
    const { report, dropped } = withoutIndexFailures(run.report);
    run.report = report;
    if (dropped)
      notes.push(
        `Yanked crates were not checked (${plural(dropped, 'crate')}): cargo-deny ran without network access.`,
      );
  }
  if (o.noPolicy)
    notes.push(
      'Licenses were not checked: there is no license policy (no deny.toml; set deny-config or add one to the workspace).',
    );
  if (o.linkNote) notes.push(o.linkNote);
  if (o.plan) {
    const how = run.fetched
      ? 'fetched now'
      : o.plan.why === 'audit-db input'
        ? 'local copy from audit-db'
        : 'cached copy, not fetched';
    notes.push(`Advisory database: \`${o.plan.path}\` (${how})`);
  }
  return notes;
}

export const denyStage: Stage = {
  name: 'deny',
  title: 'Supply chain policy (cargo deny)',
  async run(ctx) {
    const installed = await stageTool(ctx, 'cargo-deny');
    if (!installed.ok) return installed.result;
    const tool = installed.value;
    const toolInfo = toolBlocks([tool]);
    const found = findDenyConfig(ctx);
    if (!found.ok) return failed('deny-config not found', found.result, toolInfo);
    const configRel = found.value ? repoRelative(found.value, ctx.cwd, ctx.repoRoot) : undefined;
    const read = found.value ? readDenyConfig(found.value, configRel) : ok(undefined);
    if (!read.ok) return failed('config does not parse', read.result, toolInfo);
    const config = read.value;

    const checks = ctx.inputs.deny.checks.filter((c) => c !== 'licenses' || config);
    const today = now(ctx.env);
    const plan =
      checks.includes('advisories') && !config?.ownDb
        ? planAdvisoryDb(ctx.toolDir, ctx.inputs.audit.db, today)
        : undefined;
    const linkNote = plan ? linkAdvisoryDb(cargoHomeOf(ctx.env), plan.path) : undefined;

    const meta = await writeMetadata(ctx);
    if (!meta.ok) return failed('cargo metadata failed', meta.result, toolInfo);
    const build = (offline: boolean): string[] =>
      denyArgs({
        subcommand: tool.subcommand,
        metadata: meta.value,
        offline,
        checks,
        ...(config ? { config: config.path } : {}),
      });
    const run = await denyWithDb(ctx, tool, plan, build);
    if (run.res.killed === 'cancelled') return result('cancelled', 'cancelled', { blocks: toolInfo });
    const files = denyFiles(ctx, configRel);
    if (!complete(run.report)) return incomplete(run, plan, files, toolInfo);
    if (run.fetched) markFetched(ctx.toolDir, today);

    const notes = denyNotes(run, { plan, linkNote, noPolicy: !config && ctx.inputs.deny.checks.includes('licenses') });
    return denyResult(run, checks, files, { notes, toolInfo, tool, configName: configRel ?? config?.path });
  },
};

function denyResult(
  run: DenyRun,
  checks: readonly DenyCheck[],
  files: DenyFiles,
  extra: { notes: string[]; toolInfo: Block[]; tool: InstalledTool; configName?: string },
): StageResult {
  const diags = shown(run.report);
  const errors = diags.filter((d) => d.severity === 'error').length;
  const warnings = diags.length - errors;
  const summary = `${plural(errors, 'error')}, ${plural(warnings, 'warning')} (${checks.join(', ')})`;
  return result(errors > 0 ? 'failure' : 'success', summary, {
    findings: [...run.notes, ...denyFindings(run.report, files)],
    blocks: [
      ...denyBlocks(run.report, checks, extra.configName),
      ...extra.notes.map((text): Block => ({ kind: 'text', text })),
      ...extra.toolInfo,
    ],
    data: {
      checks,
      config: extra.configName,
      diagnostics: diags,
      summary: run.report.summary,
      tool: toolData(extra.tool),
    },
  });
}
