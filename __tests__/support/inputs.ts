// Inputs as a test gives them: a table of input values, parsed as the action would.
import { InputError } from '../../src/inputs/errors.js';
import { parseInputs } from '../../src/inputs/parse.js';
import type { InputName } from '../../src/inputs/specs.js';
import type { Inputs } from '../../src/inputs/types.js';

/** Input values by name; a misspelt name does not compile. */
export type Given = Partial<Record<InputName, string>>;

export function parseGiven(given: Given = {}, base = '/repo'): Inputs {
  return parseInputs((n) => given[n] ?? '', base);
}

/** The InputError that the given values raise; fails the test when they raise none. */
export function inputErrorOf(given: Given, base = '/repo'): InputError {
  try {
    parseGiven(given, base);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}
