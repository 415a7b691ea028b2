// parseInputs (src/inputs/parse.ts): defaults, order, and the one error shape for a bad value.
import { describe, expect, it, test } from 'vitest';
import { inputErrorOf, parseGiven, type Given } from '../support/inputs.js';
import { STAGES } from '../../src/inputs/specs.js';

const parse = parseGiven;
const errorOf = (given: Given) => inputErrorOf(given);

describe('parseInputs', () => {
  it('uses the declared defaults when nothing is given', () => {
    const i = parse();
    expect(i.stages).toEqual(['fmt', 'clippy', 'test']);
    expect(i.workingDirectory).toBe('/repo');
    expect(i.toolchains).toEqual([]);
    expect(i.featureSets).toEqual([{ label: 'default', args: [] }]);
    expect(i.clippyDenyWarnings).toBe(true);
    expect(i.failFast).toBe(false);
    expect(i.maxAnnotations).toBe(20);
    expect(i.cache).toMatchObject({ enabled: true, onFailure: false, restoreTimeoutSeconds: 120 });
    expect(i.docker.push).toBe('auto');
  });

  it('runs stages in pipeline order whatever order they are listed in', () => {
    expect(parse({ stages: 'test\nfmt, CLIPPY' }).stages).toEqual(['fmt', 'clippy', 'test']);
  });

  it('resolves working-directory against the base, keeps absolute paths', () => {
    expect(parse({ 'working-directory': 'crates/app' }).workingDirectory).toBe('/repo/crates/app');
    expect(parse({ 'working-directory': '/elsewhere' }).workingDirectory).toBe('/elsewhere');
  });

  test.each([
    [{ stages: 'fmt, lint' }, 'stages', '"fmt, lint"', `unknown stage "lint"; allowed: ${STAGES.join(', ')}.`],
    [{ stages: ' , ' }, 'stages', '","', `allowed: ${STAGES.join(', ')}.`],
    [{ 'fail-fast': 'maybe' }, 'fail-fast', '"maybe"', 'allowed: true or false.'],
    [{ 'max-annotations': '-1' }, 'max-annotations', '"-1"', 'a whole number from 0 to 1000'],
    [{ 'test-runner': 'jest' }, 'test-runner', '"jest"', 'allowed: cargo, nextest.'],
    [{ toolchains: 'stable, latest' }, 'toolchains', '"stable, latest"', '"latest" is not a toolchain name'],
    [{ 'feature-sets': 'default, all+x' }, 'feature-sets', '"default, all+x"', 'feature set "all+x" is not understood'],
    [{ 'coverage-fail-under': '120' }, 'coverage-fail-under', '"120"', 'a percentage from 0 to 100'],
    [{ 'clippy-args': '-W "unterminated' }, 'clippy-args', '"-W \\"unterminated"', 'unterminated " quote'],
    [{ profile: 'fast' }, 'profile', '"fast"', 'allowed: release, size.'],
    [{ static: 'sometimes' }, 'static', '"sometimes"', 'allowed: true, false or auto.'],
    [{ 'docker-image': 'ghcr.io/Acme/App' }, 'docker-image', '"ghcr.io/Acme/App"', 'lower-case names'],
    [{ 'docker-tags': 'ok, -bad' }, 'docker-tags', '"ok, -bad"', '"-bad" is not a valid tag'],
    [{ 'docker-build-args': 'A=1\nnot a pair' }, 'docker-build-args', '"not a pair"', 'one KEY=VALUE per line'],
    [
      { 'audit-ignore': 'RUSTSEC-2020-0071, oops' },
      'audit-ignore',
      '"RUSTSEC-2020-0071, oops"',
      '"oops" is not an advisory id',
    ],
    [{ 'tool-mirror': 'ftp://mirror' }, 'tool-mirror', '"ftp://mirror"', 'http(s)://'],
    [{ target: 'not a triple' }, 'target', '"not a triple"', 'target triple'],
    [{ 'cargo-audit-version': 'latest' }, 'cargo-audit-version', '"latest"', 'a version like 1.2.3'],
  ])('rejects %o naming the input, quoting the value and saying what is allowed', (given, input, quoted, allowed) => {
    const e = errorOf(given);
    expect(e.input).toBe(input);
    expect(e.message).toContain(`Input "${input}"`);
    expect(e.message).toContain(`has an invalid value ${quoted}: `);
    expect(e.message).toContain(allowed);
  });

  it('reads booleans the way YAML users write them', () => {
    expect(parse({ 'fail-fast': 'TRUE' }).failFast).toBe(true);
    expect(parse({ cache: 'off' }).cache.enabled).toBe(false);
  });

  it('docker-tags starting with "!" replace the derived tags', () => {
    expect(parse({ 'docker-tags': '!edge, nightly' }).docker).toMatchObject({
      tags: ['edge', 'nightly'],
      replaceTags: true,
    });
    expect(parse({ 'docker-tags': 'edge' }).docker).toMatchObject({ tags: ['edge'], replaceTags: false });
  });
});

describe('parallel', () => {
  it('defaults to true, takes true/false, and names the input on anything else', () => {
    expect(parse().parallel).toBe(true);
    expect(parse({ parallel: 'false' }).parallel).toBe(false);
    expect(() => parse({ parallel: 'sometimes' })).toThrow(
      'Input "parallel" has an invalid value "sometimes": allowed: true or false.',
    );
  });
});

describe('cache-save', () => {
  test.each([
    ['', 'auto'],
    ['auto', 'auto'],
    ['Always', 'always'],
    ['never', 'never'],
    ['true', 'true'],
    ['TRUE', 'true'],
    ['false', 'never'],
  ])('%j → %s', (given, expected) => {
    expect(parse({ 'cache-save': given }).cache.save).toBe(expected);
  });

  test.each(['yes', 'sometimes', 'main', '1'])('refuses %j, listing what is allowed', (given) => {
    const e = errorOf({ 'cache-save': given });
    expect(e.input).toBe('cache-save');
    expect(e.message).toBe(
      `Input "cache-save" has an invalid value ${JSON.stringify(given)}: allowed: auto, always, never, true or false.`,
    );
  });
});
