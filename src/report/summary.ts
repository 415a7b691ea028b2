// Builds the job summary (as blocks) and the JSON report from a RunReport.
import { STATUS_ICON, type RunReport } from '../context.js';
import { formatMs, overlap, profileRows, type PhaseTiming } from '../profiler.js';
import type { Block } from './blocks.js';
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
    if (s.blocks.length === 0) continue;
    blocks.push({ kind: 'heading', text: `${STATUS_ICON[s.status]} ${s.title}`, level: 3 }, ...s.blocks);
  }
  const more = selection ? omittedText(selection.omitted) : undefined;
  if (more) blocks.push({ kind: 'text', text: `**Annotations:** ${more}` });
  blocks.push({ kind: 'heading', text: 'Phase profile', level: 3 });
  const rows = profileRows(report.phases, report.totalMs);
  blocks.push({
    kind: 'table',
    header: ['phase', 'time', 'share'],
    align: ['left', 'right', 'right'],
    rows: [
      ...rows.map((r) => [
        `${'  '.repeat(r.depth)}${r.depth ? '↳ ' : ''}${r.name}`,
        formatMs(r.ms),
        `${r.share.toFixed(1)}%`,
      ]),
      ['total', formatMs(report.totalMs), '100.0%'],
    ],
  });
  blocks.push(...overlapBlocks(report.phases));
  return blocks;
}

const isStage = (p: PhaseTiming): boolean => p.depth === 0 && p.name.startsWith('stage: ');

/** When stages ran side by side: how much stage time fitted in how much wall time, and the chart of it. */
function overlapBlocks(phases: readonly PhaseTiming[]): Block[] {
  const { wallMs, summedMs } = overlap(phases.filter(isStage));
  if (summedMs - wallMs < 1) return [];
  return [
    {
      kind: 'text',
      text: `Stages overlapped: ${formatMs(summedMs)} of stage time in ${formatMs(wallMs)} of wall time (${formatMs(summedMs - wallMs)} saved).`,
    },
    { kind: 'mermaid', body: ganttChart(phases) },
  ];
}

/** The run's top-level phases (setup and stages) as a Mermaid gantt chart, at their real offsets. */
export function ganttChart(phases: readonly PhaseTiming[]): string {
  const label = (name: string): string => name.replace(/^stage: /, '').replace(/[:;#]/g, ' ');
  const task = (p: PhaseTiming, i: number): string =>
    `  ${label(p.name)} (${formatMs(p.ms)}) :p${i}, ${Math.round(p.at)}, ${Math.round(p.at + Math.max(p.ms, 1))}`;
  const top = phases.filter((p) => p.depth === 0);
  const setup = top.filter((p) => !isStage(p));
  const stages = top.filter(isStage);
  return [
    'gantt',
    '  title Where the time went',
    '  dateFormat x',
    '  axisFormat %M:%S',
    ...(setup.length ? ['  section setup', ...setup.map((p) => task(p, top.indexOf(p)))] : []),
    '  section stages',
    ...stages.map((p) => task(p, top.indexOf(p))),
    '',
  ].join('\n');
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
      share: Number(p.share.toFixed(2)),
    })),
  };
}
