// checkInsideWorkspace (src/inputs/workspace.ts): the action keeps working-directory and coverage-dir in the checkout.
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { InputError } from '../../src/inputs/errors.js';
import { checkInsideWorkspace } from '../../src/inputs/workspace.js';
import { parseGiven, type Given } from '../support/inputs.js';

describe('checkInsideWorkspace (the action: working-directory and coverage-dir stay in the checkout)', () => {
  const ws = mkdtempSync(join(tmpdir(), 'rp-inside-'));
  mkdirSync(join(ws, 'crates', 'a'), { recursive: true });
  symlinkSync('/etc', join(ws, 'etc-link'));
  const check = (given: Given): InputError | undefined => {
    try {
      checkInsideWorkspace(parseGiven(given, ws), ws);
      return undefined;
    } catch (e) {
      if (e instanceof InputError) return e;
      throw e;
    }
  };

  test.each([
    [1, {}, undefined],
    [2, { 'working-directory': 'crates/a', 'coverage-dir': 'out/coverage' }, undefined],
    [3, { 'working-directory': '..' }, 'working-directory'],
    [4, { 'working-directory': '/etc' }, 'working-directory'],
    [5, { 'working-directory': 'etc-link' }, 'working-directory'],
    [6, { 'coverage-dir': '../../outside' }, 'coverage-dir'],
    [7, { 'working-directory': 'crates/a', 'coverage-dir': '/tmp/coverage' }, 'coverage-dir'],
  ])('%i: %j', (_n, given, refused) => {
    const e = check(given);
    expect(e?.input).toBe(refused);
    const outside = /^Input "[a-z-]+" has an invalid value ".+": it (is outside|resolves to .+, outside) the workspace/;
    expect(e?.message ?? 'no error').toMatch(refused === undefined ? /^no error$/ : outside);
  });
});
