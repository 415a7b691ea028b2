// Inputs as a test gives them: a table of input values, parsed as the action would.
import { InputError, parseInputs, type Inputs } from '../../src/inputs.js';

export function parseGiven(given: Record<string, string> = {}, base = '/repo'): Inputs {
  return parseInputs((n) => given[n] ?? '', base);
}

/** The InputError that the given values raise; fails the test when they raise none. */
export function inputErrorOf(given: Record<string, string>, base = '/repo'): InputError {
  try {
    parseGiven(given, base);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}
