// Feature sets (src/inputs/feature-sets.ts): labels and the cargo arguments they stand for.
import { describe, expect, it, test } from 'vitest';
import { InputError } from '../../src/inputs/errors.js';
import { parseFeatureSets } from '../../src/inputs/feature-sets.js';

describe('parseFeatureSets', () => {
  test.each([
    ['default', [{ label: 'default', args: [] }]],
    ['all', [{ label: 'all', args: ['--all-features'] }]],
    ['none', [{ label: 'none', args: ['--no-default-features'] }]],
    ['serde + tokio', [{ label: 'serde+tokio', args: ['--features', 'serde,tokio'] }]],
    ['none+std', [{ label: 'none+std', args: ['--no-default-features', '--features', 'std'] }]],
    [
      'default; all\nnone',
      [
        { label: 'default', args: [] },
        { label: 'all', args: ['--all-features'] },
        { label: 'none', args: ['--no-default-features'] },
      ],
    ],
    ['serde+member/feature', [{ label: 'serde+member/feature', args: ['--features', 'serde,member/feature'] }]],
  ])('%j', (value, expected) => {
    expect(parseFeatureSets('feature-sets', value)).toEqual(expected);
  });

  test.each(['dep:serde', 'all+serde', 'a+', 'x y', '+'])('rejects %j', (value) => {
    expect(() => parseFeatureSets('feature-sets', value)).toThrow(InputError);
  });

  it('rejects duplicates', () => {
    expect(() => parseFeatureSets('feature-sets', 'all, all')).toThrow(/listed twice/);
  });
});
