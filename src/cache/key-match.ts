// Cache keys compared as the cache service compares them: case-insensitively (a service may hand a
// key back lower-cased, as act's does: https://github.com/nektos/act/issues/2497), as actions/cache
// does with localeCompare and sensitivity 'accent' (actions/cache src/restoreImpl.ts, isExactKeyMatch).

const printableAscii = /^[\x20-\x7e]*$/;

/**
 * Whether two cache keys name the same entry. Between printable ASCII keys (every key this action
 * makes) that is equality ignoring case, answered without the collator, whose first use loads
 * ICU's tables (several milliseconds at the start of a run).
 */
export function sameKey(a: string, b: string): boolean {
  if (a === b) return true;
  if (printableAscii.test(a) && printableAscii.test(b)) return a.toLowerCase() === b.toLowerCase();
  return a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
}

/** Whether `key` starts with `prefix`, compared as the service compares keys. */
export function keyStartsWith(key: string, prefix: string): boolean {
  return key.length >= prefix.length && sameKey(key.slice(0, prefix.length), prefix);
}
