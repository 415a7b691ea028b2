// Whether a run writes the cache: the cache-save input, the event, what was restored, the run's
// result and the matrix cell. One decision for the main entry and the advisory database entry, in
// the action (post) and the CLI (at its end). A cache entry is read by later runs of the scope it
// is saved in, so the events whose scope is the base branch while the code under test is someone
// else's never write it unless the workflow says "always" in so many words.
import type { CacheSave } from '../inputs/types.js';
import type { CacheHit } from './report.js';

/** Events that run in the base (default) branch's cache scope while testing code from elsewhere. */
export const BASE_SCOPE_EVENTS: readonly string[] = ['pull_request_target', 'workflow_run', 'issue_comment'];
/** Events `auto` saves on: the code under test is the ref's own. "local" is the CLI. */
export const TRUSTED_EVENTS: readonly string[] = ['push', 'schedule', 'workflow_dispatch', 'merge_group', 'local'];

export interface SaveFacts {
  policy: CacheSave;
  /** GITHUB_EVENT_NAME, or "local" in the CLI. */
  event: string;
  /** What main restored for this entry. */
  hit: CacheHit;
  /** The run's result (success, failure, cancelled). */
  result: string;
  /** cache-on-failure. */
  onFailure: boolean;
  /** False for a matrix cell that is not the writer of the shared dependency entry (the main entry only). */
  writer?: boolean;
}

export type SaveDecision = { save: true; why: string } | { save: false; why: string };

const no = (why: string): SaveDecision => ({ save: false, why: `not saved: ${why}` });

/** The part of the decision that is known before the stages run (everything but the result). */
export function eventDecision(f: Omit<SaveFacts, 'result' | 'onFailure'>): SaveDecision {
  if (f.policy === 'never') return no('cache-save is never');
  if (f.writer === false)
    return no('this matrix cell is not the writer of the shared entry (another cell of its OS and toolchain saves it)');
  if (f.hit === 'exact') return no('the cache has the exact key already');
  const event = f.event || 'unknown';
  if (BASE_SCOPE_EVENTS.includes(event) && f.policy !== 'always')
    return no(
      `${event} runs share the base branch's cache scope (only cache-save: always saves there${f.policy === 'true' ? '; true is not enough' : ''})`,
    );
  if (f.policy === 'always' || f.policy === 'true') return { save: true, why: `cache-save is ${f.policy}` };
  if (event === 'pull_request') {
    return f.hit === 'none'
      ? { save: true, why: 'pull_request with nothing restored' }
      : no('pull_request runs save only when nothing was restored (a partial hit from the base branch is enough)');
  }
  if (TRUSTED_EVENTS.includes(event)) return { save: true, why: `${event === 'local' ? 'a local run' : event} event` };
  return no(
    `cache-save auto saves on ${TRUSTED_EVENTS.filter((e) => e !== 'local').join(', ')} and pull_request, not on ${event} (set cache-save: true to save there)`,
  );
}

/** The whole decision, once the run's result is known. */
export function saveDecision(f: SaveFacts): SaveDecision {
  const byEvent = eventDecision(f);
  if (!byEvent.save) return byEvent;
  if (f.result !== 'success' && !f.onFailure)
    return no(`the run's result is ${f.result || 'unknown'} and cache-on-failure is false`);
  return byEvent;
}
