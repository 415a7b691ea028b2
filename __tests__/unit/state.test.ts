// State slots: what main saves, post loads back typed, and refuses when it is not what main wrote.
import { afterEach, describe, expect, it, test, vi } from 'vitest';
import { cacheState } from '../../src/cache/restore.js';
import { advisoryDbState } from '../../src/cache/advisory-db-entry.js';
import { dockerConfigState, dockerRegistriesState, mainRanState, resultState, StateError } from '../../src/state.js';

function state(name: string, raw: string): void {
  vi.stubEnv(`STATE_${name}`, raw);
}
afterEach(() => {
  vi.unstubAllEnvs();
});

/** What a slot writes, read back as post would (through STATE_<name>). */
function roundTrip<T>(
  slot: { name: string; save(v: T, w: (n: string, v: string) => void): void; load(): T | undefined },
  value: T,
): T | undefined {
  slot.save(value, (n, v) => state(n, v));
  return slot.load();
}

describe('state slots', () => {
  it('round-trip what main saves; nothing saved is undefined', () => {
    expect(mainRanState.load()).toBeUndefined();
    expect(roundTrip(mainRanState, true)).toBe(true);
    expect(roundTrip(resultState, 'failure')).toBe('failure');
    expect(roundTrip(dockerConfigState, '/tmp/rust-pipeline-docker-config-x')).toBe(
      '/tmp/rust-pipeline-docker-config-x',
    );
    expect(roundTrip(dockerRegistriesState, ['ghcr.io'])).toEqual(['ghcr.io']);
    const cache = {
      key: 'rust-pipeline-v1-k',
      paths: ['/t'],
      hit: 'partial' as const,
      matchedKey: 'rust-pipeline-v1-j',
      brokenKey: 'rust-pipeline-v1-k',
      runStartMs: 5,
      targetDirs: ['/t'],
      members: ['svc'],
      lockfiles: [],
    };
    expect(roundTrip(cacheState, cache)).toEqual(cache);
    const db = { key: 'rust-pipeline-advisory-db-v1-Linux-2031-05-04', day: '2031-05-04', hit: 'none' as const };
    expect(roundTrip(advisoryDbState, db)).toEqual(db);
  });

  it('keeps the text slots readable as they are (a path, a word)', () => {
    dockerConfigState.save('/tmp/x', (n, v) => state(n, v));
    resultState.save('success', (n, v) => state(n, v));
    expect(process.env['STATE_docker-config']).toBe('/tmp/x');
    expect(process.env.STATE_result).toBe('success');
  });

  test.each<[string, string, string, RegExp]>([
    ['cache', 'not json', 'a value that is not JSON', /the saved state "cache" is not valid \(not JSON\)/],
    [
      'cache',
      '{"key":"k","paths":"/","hit":"none","targetDirs":[],"members":[],"lockfiles":[]}',
      'paths not a list',
      /not a list of strings/,
    ],
    [
      'cache',
      '{"key":"k","paths":[],"hit":"total","targetDirs":[],"members":[],"lockfiles":[]}',
      'an unknown hit',
      /not one of exact, partial, none/,
    ],
    ['cache', '[1,2]', 'a list', /not an object/],
    ['advisory-db-cache', '{"key":"k","day":"../../x","hit":"none"}', 'a day that is no date', /is not a date/],
    ['result', 'green', 'an unknown result', /not one of success, failure, cancelled/],
    ['main-ran', '"yes"', 'main-ran not a boolean', /not true or false/],
    ['docker-registries', '{"a":1}', 'registries not a list', /not a list of strings/],
  ])('refuses %s: %s', (name, raw, _what, message) => {
    state(name, raw);
    const slot = {
      cache: cacheState,
      'advisory-db-cache': advisoryDbState,
      result: resultState,
      'main-ran': mainRanState,
      'docker-registries': dockerRegistriesState,
    }[name]!;
    expect(() => slot.load()).toThrow(StateError);
    expect(() => slot.load()).toThrow(message);
  });
});
