import { describe, expect, it, test } from 'vitest';
import { saveDecision, type CacheRunState } from '../../src/cache/action.js';
import { formatBytes, hitOf } from '../../src/cache/report.js';
import { handleWorkerLine, type ServiceOutcome } from '../../src/cache/service.js';
import type { Logger } from '../../src/stages/types.js';

function recorder(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    log: {
      info: (m) => lines.push(`info ${m}`),
      warning: (m) => lines.push(`warning ${m}`),
      group: (_n, fn) => fn(),
      secret: (v) => lines.push(`secret ${v}`),
    },
  };
}

describe('reading the worker output', () => {
  test.each<[string, string[], Partial<ServiceOutcome>]>([
    ['Cache hit for: k1', ['info Cache hit for: k1'], {}],
    ['Cache Size: ~12 MB (12582912 B)', ['info Cache Size: ~12 MB (12582912 B)'], { sizeBytes: 12582912, extracting: true }],
    ['::add-mask::abc123', ['secret abc123'], {}],
    ['::warning::Failed to restore: connect ECONNREFUSED 127.0.0.1:1', ['warning cache: Failed to restore: connect ECONNREFUSED 127.0.0.1:1'], { warnings: ['Failed to restore: connect ECONNREFUSED 127.0.0.1:1'] }],
    // The library logs server errors as errors: a cache problem is never more than a warning here.
    ['::error::Failed to save: 500 boom%0Anext', ['warning cache: Failed to save: 500 boom\nnext'], { warnings: ['Failed to save: 500 boom\nnext'] }],
    ['::debug::File Size: 4096', [], { sizeBytes: 4096 }],
    ['::debug::Resolved Keys:', [], {}],
    ['', [], {}],
  ])('%j', (line, logged, outcome) => {
    const { log, lines } = recorder();
    const out: ServiceOutcome = { available: true, warnings: [], ms: 0 };
    handleWorkerLine(line, log, out);
    expect(lines).toEqual(logged);
    expect(out).toMatchObject({ warnings: [], ...outcome });
  });
});

describe('save decision', () => {
  const state: CacheRunState = { key: 'k', paths: ['/t'], hit: 'none', onFailure: false, runStartMs: 0, cargoHome: '/c', targetDirs: ['/t'], members: [], lockfiles: [] };
  test.each<[Partial<CacheRunState>, string, RegExp | undefined]>([
    [{}, 'success', undefined],
    [{ hit: 'partial' }, 'success', undefined],
    [{ hit: 'exact' }, 'success', /exact key was restored/],
    [{}, 'failure', /result is failure and cache-on-failure is false/],
    [{ onFailure: true }, 'failure', undefined],
    [{}, 'cancelled', /result is cancelled/],
    [{ hit: 'exact', onFailure: true }, 'failure', /exact key/],
  ])('%j with result %s', (change, result, expected) => {
    const d = saveDecision({ ...state, ...change }, result);
    if (expected) expect(d).toMatch(expected);
    else expect(d).toBeUndefined();
  });
});

describe('figures', () => {
  it('names the kind of hit', () => {
    expect(hitOf('a-1', 'a-1')).toBe('exact');
    expect(hitOf('a-1', 'a-0')).toBe('partial');
    expect(hitOf('a-1', undefined)).toBe('none');
  });
  test.each([
    [512, '512 B'],
    [2048, '2.0 KiB'],
    [5 * 1024 * 1024, '5.0 MiB'],
    [3 * 1024 ** 3, '3.00 GiB'],
  ])('formatBytes(%d) = %s', (n, s) => {
    expect(formatBytes(n)).toBe(s);
  });
});
