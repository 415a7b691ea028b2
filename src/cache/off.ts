// The cache restore step of a run with the cache off: what the run reports, without loading the
// cache modules (their HTTP client and archive handling cost start-up time a cache-off run does not need).
import type { SetupResult, SetupStep } from '../context.js';
import { cacheOutputs } from '../action-outputs.js';

/** What a run with the cache off reports; `how` names the setting that turned it off, as the user wrote it. */
export function cacheOffResult(how: string): SetupResult {
  return {
    outputs: cacheOutputs('none', ''),
    blocks: [{ kind: 'text', text: `**Cache:** off (${how}).` }],
    data: { enabled: false },
  };
}

export function cacheOffStep(how: string): SetupStep {
  return { name: 'cache restore', run: async () => cacheOffResult(how) };
}
