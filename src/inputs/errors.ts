// How a message names an input: the action says `Input "name"`, the CLI `Option --name`. The entry
// point sets the surface once (setInputSurface); the parser's InputError and the stages' messages
// all go through inputRef, so no message rewrites another.
import type { InputName } from './specs.js';

/** Where the inputs come from: the action's `with:` block, or the CLI's options. */
export type InputSurface = 'action' | 'cli';

let surface: InputSurface = 'action';

/** Sets how messages name inputs, for the whole process; the entry point calls it before anything else. */
export function setInputSurface(to: InputSurface): void {
  surface = to;
}

/** An input as the user wrote it: `Input "stages"` in the action, `Option --stages` in the CLI. */
export function inputRef(name: InputName): string {
  return surface === 'cli' ? `Option --${name}` : `Input "${name}"`;
}

/** The one sentence for a bad value: names the input, quotes the value, says what is allowed. */
export function inputProblem(name: InputName, value: string, allowed: string): string {
  return `${inputRef(name)} has an invalid value ${JSON.stringify(value)}: ${allowed}`;
}

/** An input the user got wrong: names the input, quotes the value, says what is allowed. */
export class InputError extends Error {
  constructor(
    readonly input: InputName,
    readonly value: string,
    readonly allowed: string,
  ) {
    super(inputProblem(input, value, allowed));
    this.name = 'InputError';
  }
}
