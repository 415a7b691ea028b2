// The cache's sections of the summary (restore in main or the CLI, save in post or at the CLI's end).
import { appendSummary } from '../actions.js';
import type { CacheMatch } from '../action-outputs.js';
import { formatMs } from '../profiler.js';
import { toMarkdown, type Block } from '../blocks.js';
import type { Logger } from '../context.js';
import { formatBytes } from '../text.js';
import type { CachePlan } from './plan.js';
import { pruneTotals, type PrunePlan } from './prune.js';
import { isEntryOf } from './service.js';

export type CacheHit = CacheMatch;

/** How a restore matched: the key itself or a replacement of it is exact (see service.ts). */
export function hitOf(key: string, matched: string | undefined): CacheHit {
  return matched === undefined || matched === '' ? 'none' : isEntryOf(key, matched) ? 'exact' : 'partial';
}

const HIT_TEXT: Record<CacheHit, string> = {
  exact: '✅ exact hit',
  partial: '🟡 partial hit (restore key)',
  none: '⚪ miss',
};

export interface RestoreFigures {
  backend: string;
  hit: CacheHit;
  matchedKey?: string;
  sizeBytes?: number;
  ms: number;
  /** Why the restore gave nothing (timeout, service error…), when it did not simply miss. */
  problem?: string;
  /** Whether post will save, and why (the event and cache-save part of the decision). */
  save?: string;
  /** The target dir already held the entry: nothing was downloaded, the key was only looked up. */
  heldHere?: boolean;
}

/** What the restore matched: the key itself is said once, in the key line; only another entry is named. */
function restoredText(plan: CachePlan, f: RestoreFigures): string {
  if (f.heldHere) {
    const service = f.hit === 'exact' ? 'the service has it' : 'the service does not have it';
    return `already in the target dir from an earlier run here, nothing downloaded (${service})`;
  }
  if (f.hit === 'none' || f.matchedKey === undefined || f.matchedKey === plan.key) return HIT_TEXT[f.hit];
  return `${HIT_TEXT[f.hit]}: \`${f.matchedKey}\``;
}

export function restoreBlocks(plan: CachePlan, f: RestoreFigures): Block[] {
  const rows: [string, string][] = [
    ['key', `\`${plan.key}\``],
    ['restored', restoredText(plan, f)],
    ['entry size', f.sizeBytes !== undefined ? formatBytes(f.sizeBytes) : '–'],
    [f.heldHere ? 'lookup time' : 'restore time', formatMs(f.ms)],
    ['backend', f.backend],
  ];
  if (f.problem) rows.push(['problem', f.problem]);
  if (f.save) rows.push(['save', f.save]);
  const details = [
    `restore keys:\n${plan.restoreKeys.map((k) => `  ${k}`).join('\n')}`,
    `compilers:\n${plan.rustc.map((r) => `  ${r}`).join('\n')}`,
    `files in the key:\n${plan.keyFiles.map((k) => `  ${k}`).join('\n') || '  (none)'}`,
    `environment in the key: ${plan.envNames.join(', ') || '(none)'}`,
    `paths:\n${plan.paths.map((p) => `  ${p}`).join('\n')}`,
  ].join('\n');
  return [
    { kind: 'heading', text: 'Cache', level: 3 },
    { kind: 'facts', rows },
    { kind: 'details', summary: 'How the key was built', body: details },
  ];
}

/** The save's figures; the key is not among them: the restore section says it (a replacement key is in the outcome). */
export interface SaveFigures {
  /** What happened: "saved", or why nothing was saved. */
  outcome: string;
  /** Why post decided to save (cache-save, the event). */
  decision?: string;
  sizeBytes?: number;
  ms?: number;
  pruneMs?: number;
  beforeBytes?: number;
  prune?: PrunePlan;
}

export function saveBlocks(f: SaveFigures): Block[] {
  const rows: [string, string][] = [['result', f.outcome]];
  if (f.decision) rows.push(['decision', f.decision]);
  if (f.sizeBytes !== undefined) rows.push(['entry size', formatBytes(f.sizeBytes)]);
  if (f.ms !== undefined) rows.push(['save time', formatMs(f.ms)]);
  if (f.pruneMs !== undefined) rows.push(['prune time', formatMs(f.pruneMs)]);
  if (f.beforeBytes !== undefined && f.prune) {
    rows.push(['files before pruning', formatBytes(f.beforeBytes)]);
    rows.push(['files after pruning', formatBytes(Math.max(0, f.beforeBytes - f.prune.bytes))]);
  }
  const blocks: Block[] = [
    { kind: 'heading', text: 'Cache save', level: 3 },
    { kind: 'facts', rows },
  ];
  if (f.prune && f.prune.items.length > 0) {
    blocks.push({
      kind: 'table',
      header: ['pruned', 'paths', 'size'],
      align: ['left', 'right', 'right'],
      rows: pruneTotals(f.prune).map((t) => [t.reason, String(t.count), formatBytes(t.bytes)]),
    });
  }
  return blocks;
}

/** Adds blocks to the job summary (post); a summary that cannot be written is a warning naming `what`. */
export async function appendToJobSummary(blocks: readonly Block[], what: string, log: Logger): Promise<void> {
  try {
    await appendSummary(toMarkdown(blocks));
  } catch (e) {
    log.warning(`Could not add ${what} to the job summary: ${(e as Error).message}`);
  }
}
