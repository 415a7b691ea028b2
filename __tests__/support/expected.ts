// What the action reports for the test-failures fixture, whichever runner ran it (cargo test or
// nextest): the tests of both runners check against the same expectation.
import { expect } from 'vitest';

export const TEST_FAILURES_ANNOTATIONS = [
  { level: 'error', file: 'src/lib.rs', line: 35, title: 'test failed: tests::rejects_over_one_hundred' },
  { level: 'error', file: 'tests/cli.rs', line: 11, title: 'test failed: shows_with_space' },
  { level: 'error', file: 'src/lib.rs', line: 5, title: 'doc test failed: src/lib.rs - percent (line 5)' },
];
export const TEST_FAILURES_COUNTS = {
  passed: 3,
  failed: 3,
  ignored: 1,
  cells: [
    {
      toolchain: 'stable',
      // The release of the rustc that ran the cell.
      rustc: expect.stringMatching(/^\d+\.\d+\.\d+/),
      features: 'default',
      status: 'failure',
      passed: 3,
      failed: 3,
      ignored: 1,
      ms: expect.any(Number),
      failedTests: ['tests::rejects_over_one_hundred', 'shows_with_space', 'src/lib.rs - percent (line 5)'],
    },
  ],
};
