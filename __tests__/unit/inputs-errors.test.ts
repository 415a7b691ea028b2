// How messages name an input (src/inputs/errors.ts): `Input "name"` in the action, `Option --name` in the CLI.
import { afterEach, describe, expect, it, test } from 'vitest';
import { InputError, inputProblem, inputRef, setInputSurface, type InputSurface } from '../../src/inputs/errors.js';
import { parseFeatureSets } from '../../src/inputs/feature-sets.js';
import { choosePlatforms } from '../../src/release/platforms.js';
import { extraFiles } from '../../src/release/pack.js';
import { inputErrorOf } from '../support/inputs.js';

afterEach(() => setInputSurface('action'));

describe('inputRef and inputProblem', () => {
  it('name inputs as the action does until an entry point says otherwise', () => {
    expect(inputRef('docker-image')).toBe('Input "docker-image"');
  });

  test.each<[InputSurface, string, string]>([
    ['action', 'Input "profile"', 'Input "profile" has an invalid value "fast": allowed: release, size.'],
    ['cli', 'Option --profile', 'Option --profile has an invalid value "fast": allowed: release, size.'],
  ])('%s: %s', (surface, ref, problem) => {
    setInputSurface(surface);
    expect(inputRef('profile')).toBe(ref);
    expect(inputProblem('profile', 'fast', 'allowed: release, size.')).toBe(problem);
  });

  it('quote the value as JSON, so that quotes and newlines in it stay visible', () => {
    expect(inputProblem('docker-build-args', 'A="1"\nB', 'allowed: one KEY=VALUE per line.')).toBe(
      'Input "docker-build-args" has an invalid value "A=\\"1\\"\\nB": allowed: one KEY=VALUE per line.',
    );
  });
});

describe('InputError', () => {
  it('keeps the input, the value and what is allowed, and says them in the surface of the run', () => {
    const action = new InputError('stages', 'lint', 'allowed: fmt.');
    setInputSurface('cli');
    const cli = new InputError('stages', 'lint', 'allowed: fmt.');
    expect(action).toMatchObject({ name: 'InputError', input: 'stages', value: 'lint', allowed: 'allowed: fmt.' });
    expect(action.message).toBe('Input "stages" has an invalid value "lint": allowed: fmt.');
    expect(cli.message).toBe('Option --stages has an invalid value "lint": allowed: fmt.');
  });

  test.each<[InputSurface, string, string]>([
    ['action', 'Input "max-annotations"', 'Input "cell"'],
    ['cli', 'Option --max-annotations', 'Option --cell'],
  ])('the parser says it in the %s surface', (surface, annotations, cell) => {
    setInputSurface(surface);
    expect(inputErrorOf({ 'max-annotations': '-1' }).message).toBe(
      `${annotations} has an invalid value "-1": allowed: a whole number from 0 to 1000.`,
    );
    expect(() => parseFeatureSets('cell', 'a, a')).toThrow(
      `${cell} has an invalid value "a, a": feature set "a" is listed twice.`,
    );
  });
});

describe('stages and adapters name inputs through inputRef', () => {
  const amd = { target: 'x86_64-unknown-linux-musl', path: '/out/app' };

  test.each<[InputSurface, string]>([
    ['action', 'Input "docker-platforms" names linux/arm64, but no binary was built for it'],
    ['cli', 'Option --docker-platforms names linux/arm64, but no binary was built for it'],
  ])('%s: the docker-platforms refusal', (surface, start) => {
    setInputSurface(surface);
    expect(choosePlatforms(['linux/arm64'], [amd])).toEqual({
      ok: false,
      result: expect.stringMatching(new RegExp(`^${start}`)),
    });
  });

  test.each<[InputSurface, string]>([
    ['action', 'Input "archive-files" names "NOTICE", which is not a file in /nonexistent.'],
    ['cli', 'Option --archive-files names "NOTICE", which is not a file in /nonexistent.'],
  ])('%s: an archive file that is not there', (surface, message) => {
    setInputSurface(surface);
    expect(() => extraFiles('/nonexistent', ['NOTICE'], '/nonexistent')).toThrow(message);
  });
});
