// The GitHub Release inputs: github-release, github-token, the publish stage, a release cell's target.
import { describe, expect, it } from 'vitest';
import { eventPayloadFacts } from '../../src/actions.js';
import { inputErrorOf, parseGiven } from '../support/inputs.js';

describe('github-release and github-token', () => {
  it.each([
    [1, {}, { setting: 'auto' }],
    [2, { 'github-release': 'true', 'github-token': 'ghs_abc' }, { setting: 'true', token: 'ghs_abc' }],
    [3, { 'github-release': 'no' }, { setting: 'false' }],
    // The action's default expression, unexpanded (the command line, a rig without a runner): no token.
    [4, { 'github-token': '${{ github.token }}' }, { setting: 'auto' }],
  ])('%i %j', (_n, given, expected) => {
    expect(parseGiven(given).githubRelease).toEqual(expected);
  });

  it('an unknown github-release value names the input and the choices', () => {
    expect(inputErrorOf({ 'github-release': 'sometimes' }).message).toBe(
      'Input "github-release" has an invalid value "sometimes": allowed: true, false or auto.',
    );
  });
});

describe('the publish stage', () => {
  it('runs last', () => {
    expect(parseGiven({ stages: 'publish, build, test' }).stages).toEqual(['test', 'build', 'publish']);
  });

  it('needs the build stage', () => {
    expect(inputErrorOf({ stages: 'test, publish' }).message).toBe(
      'Input "stages" has an invalid value "test, publish": the publish stage publishes what the build stage makes: list build too.',
    );
  });
});

describe('a release cell', () => {
  const cell = (extra: Record<string, unknown>) =>
    JSON.stringify({
      name: 'release / aarch64-apple-darwin',
      os: 'macos-latest',
      toolchain: 'stable',
      features: 'default',
      cacheWriter: true,
      ...extra,
    });

  it('builds its target', () => {
    const inputs = parseGiven({ cell: cell({ target: 'aarch64-apple-darwin' }), target: 'x86_64-unknown-linux-musl' });
    expect(inputs.cell).toMatchObject({ target: 'aarch64-apple-darwin', name: 'release / aarch64-apple-darwin' });
    expect(inputs.build.target).toBe('aarch64-apple-darwin');
  });

  it('refuses a target that is not a triple', () => {
    expect(inputErrorOf({ cell: cell({ target: 'mac os' }) }).message).toMatch(
      /^Input "cell" has an invalid value .*: the field "target" must be a target triple such as x86_64-unknown-linux-musl\.$/,
    );
  });
});

describe("the event payload's release facts", () => {
  it.each([
    [
      1,
      { action: 'published', release: { id: 42, tag_name: 'v1.2.3' } },
      { action: 'published', release: { id: 42, tag: 'v1.2.3' } },
    ],
    [2, { ref: 'refs/heads/main', commits: [] }, {}],
    [3, { action: 'created', release: { id: '42' } }, { action: 'created' }],
    [4, undefined, {}],
  ])('%i', (_n, payload, expected) => expect(eventPayloadFacts(payload)).toEqual(expected));
});
