// The spec table (src/inputs/specs.ts): one entry per name, looked up by name.
import { describe, expect, it } from 'vitest';
import { INPUT_SPECS, inputSpec, isInputName } from '../../src/inputs/specs.js';

describe('INPUT_SPECS', () => {
  it('every spec has a unique name', () => {
    const names = INPUT_SPECS.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('inputSpec finds an input by its name; isInputName tells a name from any other text', () => {
    expect(inputSpec('stages')).toEqual(INPUT_SPECS[0]);
    expect(inputSpec('cargo-audit-version').default).toMatch(/^\d+\.\d+\.\d+$/);
    expect(isInputName('working-directory')).toBe(true);
    expect(isInputName('working_directory')).toBe(false);
    expect(isInputName('')).toBe(false);
  });
});
