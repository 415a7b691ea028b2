// The spec table (src/inputs/specs.ts): one entry per name, looked up by name.
import { describe, expect, it } from 'vitest';
import { INPUT_SPECS, inputSpec } from '../../src/inputs/specs.js';

describe('INPUT_SPECS', () => {
  it('every spec has a unique name', () => {
    const names = INPUT_SPECS.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('inputSpec finds an input by its name', () => {
    expect(inputSpec('stages')).toEqual(INPUT_SPECS[0]);
    expect(inputSpec('cargo-audit-version').default).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
