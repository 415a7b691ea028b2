// Chooses which findings become annotations. GitHub shows at most 10 error, 10 warning and 10
// notice annotations per step and drops the rest silently, so: errors first, then warnings, then
// notices, at most GITHUB_PER_LEVEL of each and `max` in all; the summary says what was left out.
import { plural } from '../text.js';
import type { Finding, Level } from '../context.js';

const RANK = { error: 0, warning: 1, notice: 2 } as const;
/** Annotations GitHub displays per level and step. */
export const GITHUB_PER_LEVEL = 10;

export interface Selection {
  shown: Finding[];
  /** How many findings were left out by the cap, per level. */
  omitted: Record<Level, number>;
  /** How many findings there were, per level. */
  total: Record<Level, number>;
}

export function selectAnnotations(findings: readonly Finding[], max: number, perLevel = GITHUB_PER_LEVEL): Selection {
  const ranked = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => RANK[a.f.level] - RANK[b.f.level] || a.i - b.i)
    .map((x) => x.f);
  const shown: Finding[] = [];
  const omitted = { error: 0, warning: 0, notice: 0 };
  const total = { error: 0, warning: 0, notice: 0 };
  const perLevelShown = { error: 0, warning: 0, notice: 0 };
  for (const f of ranked) {
    total[f.level]++;
    if (shown.length < max && perLevelShown[f.level] < perLevel) {
      shown.push(f);
      perLevelShown[f.level]++;
    } else {
      omitted[f.level]++;
    }
  }
  return { shown, omitted, total };
}

export function omittedText(o: Selection['omitted']): string | undefined {
  const parts = (['error', 'warning', 'notice'] as const).filter((l) => o[l] > 0).map((l) => plural(o[l], l));
  return parts.length
    ? `${parts.join(', ')} more not shown as annotations (GitHub shows ${GITHUB_PER_LEVEL} per level and step; max-annotations caps the total); every finding is in the log and the JSON report.`
    : undefined;
}
