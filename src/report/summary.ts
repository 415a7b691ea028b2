// Builds the job summary (as blocks) and the JSON report from a RunReport.
import { STATUS_ICON, type Finding, type RunReport } from '../context.js';
import { formatMs, overlap, profileRows, type PhaseTiming } from '../profiler.js';
import { ganttChart, isStagePhase, wantsChart } from './gantt.js';
import { codeLines, escapeText, type Block } from '../blocks.js';
import { omittedText, type Selection } from './annotations.js';

export function summaryBlocks(report: RunReport, selection?: Selection): Block[] {
  const blocks: Block[] = [];
  const verdict =
    report.result === 'success'
      ? '✅ passed'
      : report.result === 'cancelled'
        ? '🛑 cancelled'
        : `❌ failed (${report.failedStages.join(', ')})`;
  blocks.push({ kind: 'heading', text: `rust-pipeline: ${verdict}`, level: 2 });
  if (report.toolchains.length)
    blocks.push({
      kind: 'text',
      text: `Toolchains: ${report.toolchains.map((t) => `\`${report.toolchainLabels?.[t] ?? t}\``).join(', ')}`,
    });
  if (report.cell) blocks.push({ kind: 'text', text: `Matrix cell: \`${report.cell.name}\`` });
  blocks.push({
    kind: 'table',
    header: ['stage', 'result', 'details', 'time'],
    align: ['left', 'left', 'left', 'right'],
    rows: report.stages.map((s) => [s.name, `${STATUS_ICON[s.status]} ${s.status}`, s.summary, formatMs(s.ms)]),
  });
  blocks.push(...report.setupBlocks);
  for (const s of report.stages) {
    const section = s.blocks.length || s.status !== 'failure' ? s.blocks : causeBlocks(s.findings);
    if (section.length === 0) continue;
    blocks.push({ kind: 'heading', text: `${STATUS_ICON[s.status]} ${s.title}`, level: 3 }, ...section);
  }
  const more = selection ? omittedText(selection.omitted) : undefined;
  if (more) blocks.push({ kind: 'text', text: `**Annotations:** ${more}` });
  blocks.push(...profileBlocks(report));
  return blocks;
}

/** Errors the summary quotes for a failed stage that wrote no section of its own. */
const MAX_CAUSES = 3;

/**
 * A failed stage without a section of its own (its toolchain could not be installed, a tool did not start): its
 * errors, so that the cause is in the summary and not only in the annotations.
 */
export function causeBlocks(findings: readonly Finding[]): Block[] {
  const errors = findings.filter((f) => f.level === 'error');
  if (errors.length === 0) return [];
  const rows = errors.slice(0, MAX_CAUSES).map((f) => [escapeText(f.title ?? 'error'), codeLines(f.message, 6)]);
  if (errors.length > MAX_CAUSES) rows.push([`… ${errors.length - MAX_CAUSES} more in the annotations`, '']);
  return [{ kind: 'table', header: ['error', 'cause'], rows }];
}

/**
 * Where the time went: the chart when more than one stage ran (the table folded under it as the detail), else the
 * table alone; and, when stages ran side by side, how much stage time fitted into how much wall time.
 */
function profileBlocks(report: RunReport): Block[] {
  const table = phaseTable(report);
  const blocks: Block[] = [{ kind: 'heading', text: 'Phase profile', level: 3 }];
  if (!wantsChart(report.phases)) return [...blocks, table, ...overlapText(report.phases)];
  const status = new Map(report.stages.map((s) => [s.name as string, s.status]));
  return [
    ...blocks,
    { kind: 'mermaid', body: ganttChart({ ...report, status }) },
    ...overlapText(report.phases),
    { kind: 'fold', summary: "Phase table: each phase's time and its share of the wall time", blocks: [table] },
  ];
}

function phaseTable(report: RunReport): Block {
  const rows = profileRows(report.phases, report.totalMs);
  return {
    kind: 'table',
    header: ['phase', 'time', 'share'],
    align: ['left', 'right', 'right'],
    rows: [
      ...rows.map((r) => [
        `${'\u00a0\u00a0'.repeat(r.depth)}${r.depth ? '↳ ' : ''}${r.name}`,
        formatMs(r.ms),
        r.share === undefined ? '' : `${r.share.toFixed(1)}%`,
      ]),
      ['total (wall time)', formatMs(report.totalMs), '100.0%'],
    ],
  };
}

/** Stages that ran side by side: said only when it saved time a reader can see in the figures. */
function overlapText(phases: readonly PhaseTiming[]): Block[] {
  const { wallMs, summedMs } = overlap(phases.filter(isStagePhase));
  const stage = formatMs(summedMs);
  const wall = formatMs(wallMs);
  if (summedMs - wallMs < 100 || stage === wall) return [];
  return [
    {
      kind: 'text',
      text: `Stages ran side by side: ${stage} of stage time took ${wall} of wall time (${formatMs(summedMs - wallMs)} saved).`,
    },
  ];
}

/** The JSON report: everything a later step or tool may want, without secrets. */
export function jsonReport(report: RunReport): unknown {
  return {
    schema: 1,
    result: report.result,
    failedStages: report.failedStages,
    startedAt: report.startedAt,
    totalMs: Math.round(report.totalMs),
    toolchains: report.toolchains,
    ...(report.toolchainLabels ? { toolchainLabels: report.toolchainLabels } : {}),
    cell: report.cell ?? null,
    outputs: report.outputs,
    setup: report.setupData,
    stages: report.stages.map((s) => ({
      name: s.name,
      status: s.status,
      summary: s.summary,
      ms: Math.round(s.ms),
      findings: s.findings,
      outputs: s.outputs,
      data: s.data ?? null,
    })),
    phases: profileRows(report.phases, report.totalMs).map((p) => ({
      name: p.name,
      depth: p.depth,
      at: Math.round(p.at),
      ms: Math.round(p.ms),
      ...(p.share === undefined ? {} : { share: p.share }),
    })),
  };
}
