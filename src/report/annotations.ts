// Chooses which findings become annotations: errors first, then warnings, then notices, capped.
import type { Finding } from '../stages/types.js';

const RANK = { error: 0, warning: 1, notice: 2 } as const;

export interface Selection {
  shown: Finding[];
  /** How many findings were left out by the cap, per level. */
  omitted: { error: number; warning: number; notice: number };
}

export function selectAnnotations(findings: readonly Finding[], max: number): Selection {
  const ranked = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => RANK[a.f.level] - RANK[b.f.level] || a.i - b.i)
    .map((x) => x.f);
  const shown = ranked.slice(0, max);
  const omitted = { error: 0, warning: 0, notice: 0 };
  for (const f of ranked.slice(max)) omitted[f.level]++;
  return { shown, omitted };
}

export function omittedText(o: Selection['omitted']): string | undefined {
  const parts = (['error', 'warning', 'notice'] as const).filter((l) => o[l] > 0).map((l) => `${o[l]} ${l}${o[l] === 1 ? '' : 's'}`);
  return parts.length ? `${parts.join(', ')} more not shown as annotations (max-annotations); see the log and the JSON report.` : undefined;
}
