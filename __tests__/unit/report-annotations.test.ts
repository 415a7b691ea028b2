// The annotation cap: errors first, at most 10 per level (GitHub's limit), at most max in all.
import { describe, expect, it } from 'vitest';
import { omittedText, selectAnnotations } from '../../src/report/annotations.js';
import type { Finding, Level } from '../../src/context.js';

const make = (level: Level, n: number): Finding[] =>
  Array.from({ length: n }, (_, i) => ({ level, message: `${level} ${i}` }));
const count = (fs: Finding[], level: Level): number => fs.filter((f) => f.level === level).length;

describe('selectAnnotations', () => {
  it.each([
    // [errors, warnings, notices, max] → [shown errors, warnings, notices], omitted
    [3, 4, 0, 20, [3, 4, 0], { error: 0, warning: 0, notice: 0 }],
    [15, 12, 0, 20, [10, 10, 0], { error: 5, warning: 2, notice: 0 }],
    [15, 12, 3, 50, [10, 10, 3], { error: 5, warning: 2, notice: 0 }],
    [4, 12, 2, 8, [4, 4, 0], { error: 0, warning: 8, notice: 2 }],
    [2, 2, 2, 0, [0, 0, 0], { error: 2, warning: 2, notice: 2 }],
  ])('%i errors, %i warnings, %i notices, max %i', (e, w, n, max, shown, omitted) => {
    // Warnings first in the input: ranking must still put errors first.
    const sel = selectAnnotations([...make('warning', w), ...make('notice', n), ...make('error', e)], max);
    expect([count(sel.shown, 'error'), count(sel.shown, 'warning'), count(sel.shown, 'notice')]).toEqual(shown);
    expect(sel.omitted).toEqual(omitted);
    expect(sel.total).toEqual({ error: e, warning: w, notice: n });
    expect(sel.shown.slice(0, shown[0]).every((f) => f.level === 'error')).toBe(true);
  });

  it('keeps the order of findings within a level', () => {
    const sel = selectAnnotations(make('error', 12), 20);
    expect(sel.shown.map((f) => f.message)).toEqual(make('error', 10).map((f) => f.message));
  });

  it('says how many more there were, per level', () => {
    expect(omittedText({ error: 5, warning: 1, notice: 0 })).toMatch(
      /^5 errors, 1 warning more not shown as annotations/,
    );
    expect(omittedText({ error: 0, warning: 0, notice: 0 })).toBeUndefined();
  });
});
