import { describe, expect, test } from 'vitest';
import { worstStatus, type StageStatus } from '../../src/context.js';

describe('worstStatus: failure, then cancelled, then success', () => {
  test.each<[StageStatus[], string]>([
    [[], 'success'],
    [['success', 'skipped'], 'success'],
    [['skipped'], 'success'],
    [['success', 'cancelled'], 'cancelled'],
    [['failure', 'success'], 'failure'],
    [['cancelled', 'failure'], 'failure'],
    [['failure', 'cancelled', 'skipped'], 'failure'],
  ])('%j → %s', (statuses, expected) => {
    expect(worstStatus(statuses)).toBe(expected);
  });
});
