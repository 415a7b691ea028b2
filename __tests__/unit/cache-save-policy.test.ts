// When a run writes the cache: cache-save × event × what was restored × result × matrix cell.
import { describe, expect, test } from 'vitest';
import { saveDecision, type SaveFacts } from '../../src/cache/save-policy.js';

const base: SaveFacts = { policy: 'auto', event: 'push', hit: 'none', result: 'success', onFailure: false };
const BASE_SCOPE =
  /^not saved: (pull_request_target|workflow_run|issue_comment) runs share the base branch's cache scope/;

describe('save decision', () => {
  test.each<[string, Partial<SaveFacts>, boolean, RegExp]>([
    // auto, by event
    ['auto, push, miss', {}, true, /^push event$/],
    ['auto, push, partial', { hit: 'partial' }, true, /push event/],
    ['auto, schedule', { event: 'schedule', hit: 'partial' }, true, /schedule event/],
    ['auto, workflow_dispatch', { event: 'workflow_dispatch' }, true, /workflow_dispatch event/],
    ['auto, merge_group', { event: 'merge_group', hit: 'partial' }, true, /merge_group event/],
    ['auto, the CLI (local) is a push', { event: 'local', hit: 'partial' }, true, /a local run/],
    ['auto, pull_request, nothing restored', { event: 'pull_request' }, true, /pull_request with nothing restored/],
    [
      'auto, pull_request, partial hit from the base branch',
      { event: 'pull_request', hit: 'partial' },
      false,
      /pull_request runs save only when nothing was restored/,
    ],
    ['auto, pull_request_target', { event: 'pull_request_target' }, false, BASE_SCOPE],
    ['auto, workflow_run', { event: 'workflow_run' }, false, BASE_SCOPE],
    ['auto, issue_comment', { event: 'issue_comment' }, false, BASE_SCOPE],
    ['auto, release (not listed)', { event: 'release' }, false, /not on release \(set cache-save: true/],
    ['auto, no event at all', { event: '' }, false, /not on unknown/],
    // explicit
    ['always, pull_request partial', { policy: 'always', event: 'pull_request', hit: 'partial' }, true, /always/],
    ['always, pull_request_target', { policy: 'always', event: 'pull_request_target' }, true, /cache-save is always/],
    ['always, workflow_run', { policy: 'always', event: 'workflow_run' }, true, /cache-save is always/],
    ['true, release', { policy: 'true', event: 'release' }, true, /cache-save is true/],
    ['true, pull_request partial', { policy: 'true', event: 'pull_request', hit: 'partial' }, true, /true/],
    [
      'true is not enough on pull_request_target',
      { policy: 'true', event: 'pull_request_target' },
      false,
      /true is not enough/,
    ],
    ['true is not enough on workflow_run', { policy: 'true', event: 'workflow_run' }, false, BASE_SCOPE],
    ['never, push', { policy: 'never' }, false, /cache-save is never/],
    // the rules that always held
    ['exact hit', { hit: 'exact' }, false, /the cache has the exact key already/],
    ['exact hit, always', { policy: 'always', hit: 'exact' }, false, /the cache has the exact key already/],
    ['failed run', { result: 'failure' }, false, /result is failure and cache-on-failure is false/],
    ['failed run, always', { policy: 'always', result: 'failure' }, false, /cache-on-failure is false/],
    ['failed run, cache-on-failure', { result: 'failure', onFailure: true }, true, /push event/],
    ['cancelled run', { result: 'cancelled' }, false, /result is cancelled/],
    [
      'failed pull_request_target with cache-on-failure: the event still wins',
      { event: 'pull_request_target', result: 'failure', onFailure: true },
      false,
      BASE_SCOPE,
    ],
    // matrix cells
    ['the writer cell', { writer: true }, true, /push event/],
    [
      'another cell of the same OS and toolchain',
      { writer: false, policy: 'always' },
      false,
      /not the writer of the shared entry/,
    ],
  ])('%s', (_name, change, save, why) => {
    const d = saveDecision({ ...base, ...change });
    expect(d.save).toBe(save);
    expect(d.why).toMatch(why);
    expect(d.why.startsWith('not saved: ')).toBe(!save);
  });
});
