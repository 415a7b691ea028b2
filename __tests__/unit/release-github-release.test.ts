// Pure decisions of the GitHub Release: when a run publishes, the notes, the pre-release flag, what
// happens to each asset, and the messages for GitHub's refusals.
import { describe, expect, it } from 'vitest';
import {
  apiErrorMessage,
  changelogSection,
  decideRelease,
  duplicateNames,
  isPrerelease,
  isRetryable,
  planAssets,
  type GithubReleaseSetting,
  type LocalAsset,
  type ReleaseEvent,
} from '../../src/release/github-release.js';

const push = (ref: string): ReleaseEvent => ({ name: 'push', ref });
const published = (tag: string, action = 'published'): ReleaseEvent => ({
  name: 'release',
  ref: `refs/tags/${tag}`,
  action,
  release: { id: 7, tag },
});

describe('decideRelease', () => {
  it.each<[number, GithubReleaseSetting, ReleaseEvent, Record<string, unknown>]>([
    [1, 'auto', push('refs/tags/v1.2.3'), { publish: true, tag: 'v1.2.3', version: '1.2.3', prerelease: false }],
    [2, 'auto', push('refs/tags/1.2.3'), { publish: true, tag: '1.2.3', version: '1.2.3' }],
    [3, 'auto', push('refs/tags/v2.0.0-rc.1'), { publish: true, version: '2.0.0-rc.1', prerelease: true }],
    [4, 'auto', push('refs/tags/v1.2.3+build.7'), { publish: true, prerelease: false }],
    [5, 'auto', published('v1.2.3'), { publish: true, tag: 'v1.2.3', releaseId: 7 }],
    [6, 'true', push('refs/tags/nightly'), { publish: true, tag: 'nightly', version: 'nightly' }],
    [7, 'true', { name: 'workflow_dispatch', ref: 'refs/tags/v1.2.3' }, { publish: true, tag: 'v1.2.3' }],
  ])('%i publishes (%s on %j)', (_n, setting, event, expected) => {
    expect(decideRelease(setting, event, event.ref.endsWith('nightly') ? 'nightly' : '1.2.3')).toMatchObject({
      ok: true,
      value: expected,
    });
  });

  it.each<[number, GithubReleaseSetting, ReleaseEvent, RegExp]>([
    [1, 'false', push('refs/tags/v1.2.3'), /github-release: false/],
    [2, 'auto', push('refs/heads/main'), /refs\/heads\/main: github-release: auto publishes on pushes of version tags/],
    [3, 'auto', { name: 'pull_request', ref: 'refs/pull/4/merge' }, /pull_request event/],
    [4, 'auto', push('refs/tags/nightly'), /version tags/],
    [5, 'auto', { name: 'workflow_dispatch', ref: 'refs/tags/v1.2.3' }, /workflow_dispatch event/],
    [6, 'auto', published('v1.2.3', 'created'), /action "created": github-release: auto publishes on "published" only/],
  ])('%i does not publish (%s on %j)', (_n, setting, event, why) => {
    const d = decideRelease(setting, event, '1.2.3');
    expect(d).toMatchObject({ ok: true, value: { publish: false } });
    expect(d.ok && d.value.why).toMatch(why);
  });

  it.each<[number, ReleaseEvent]>([
    [1, push('refs/heads/main')],
    [2, { name: 'pull_request', ref: 'refs/pull/4/merge' }],
    [3, { name: 'local', ref: '' }],
  ])('%i github-release: true off a tag is an input error naming the input and the ref', (_n, event) => {
    const d = decideRelease('true', event, '1.2.3');
    expect(d).toMatchObject({ ok: false, result: { input: 'github-release' } });
    expect(!d.ok && d.result.error).toMatch(/^Input "github-release" is "true" but this run is not on a tag/);
  });

  it('a release event whose tag is not Cargo.toml version is an error saying both', () => {
    const d = decideRelease('auto', published('v1.2.4'), '1.2.3');
    expect(d).toMatchObject({ ok: false, result: {} });
    expect(d).not.toHaveProperty('result.input');
    expect(!d.ok && d.result.error).toBe(
      "The release event is for tag v1.2.4 (version 1.2.4) but Cargo.toml's version is 1.2.3: nothing was published. Bump the version in Cargo.toml to 1.2.4 (or publish the release from a tag v1.2.3).",
    );
  });
});

describe('isPrerelease', () => {
  it.each([
    ['v1.2.3', false],
    ['v2.0.0-rc.1', true],
    ['2.0.0-alpha', true],
    ['v1.2.3+build.7', false],
    ['nightly', false],
  ])('%s → %s', (tag, expected) => expect(isPrerelease(tag)).toBe(expected));
});

const CHANGELOG = `# Changelog

## [Unreleased]
- next

## [1.2.3] - 2026-11-30
### Fixed
- the thing

## 1.2.2
- older

## v2.0.0-rc.1 (2026-12-01)
- candidate
# Appendix
`;

describe('changelogSection', () => {
  it.each([
    [1, '1.2.3', '### Fixed\n- the thing'],
    [2, '1.2.2', '- older'],
    [3, '2.0.0-rc.1', '- candidate'],
    [4, '1.2', undefined],
    [5, '9.9.9', undefined],
  ])('%i version %s', (_n, version, expected) => expect(changelogSection(CHANGELOG, version)).toBe(expected));

  it('an empty section gives no notes (GitHub generates them)', () => {
    expect(changelogSection('## [1.0.0]\n\n## [0.9.0]\n- x\n', '1.0.0')).toBeUndefined();
  });

  it('reads CRLF files', () => {
    expect(changelogSection('## 1.0.0\r\n- a\r\n- b\r\n', '1.0.0')).toBe('- a\n- b');
  });
});

const local = (name: string, size: number, sha256: string): LocalAsset => ({ name, path: `/d/${name}`, size, sha256 });
const HEX_A = 'a'.repeat(64);
const HEX_B = 'b'.repeat(64);

describe('planAssets', () => {
  it('new names upload, same digest is unchanged, other bytes replace, no digest compares', () => {
    const actions = planAssets(
      [
        local('new.tar.gz', 10, HEX_A),
        local('same.tar.gz', 10, HEX_A),
        local('diff.tar.gz', 10, HEX_A),
        local('size.zip', 10, HEX_A),
        local('old-api.zip', 10, HEX_A),
      ],
      [
        { id: 1, name: 'same.tar.gz', size: 10, digest: `sha256:${HEX_A}` },
        { id: 2, name: 'diff.tar.gz', size: 10, digest: `sha256:${HEX_B}` },
        { id: 3, name: 'size.zip', size: 11, digest: `sha256:${HEX_A}` },
        { id: 4, name: 'old-api.zip', size: 10, digest: null },
        { id: 5, name: 'someone-elses.txt', size: 3 },
      ],
    );
    expect(actions.map((a) => [a.asset.name, a.kind, 'remote' in a ? a.remote.id : undefined])).toEqual([
      ['new.tar.gz', 'upload', undefined],
      ['same.tar.gz', 'unchanged', 1],
      ['diff.tar.gz', 'replace', 2],
      ['size.zip', 'replace', 3],
      ['old-api.zip', 'compare', 4],
    ]);
  });

  it('finds names used twice', () => {
    expect(duplicateNames([local('a', 1, HEX_A), local('b', 1, HEX_A), local('a', 2, HEX_B)])).toEqual(['a']);
  });
});

describe('apiErrorMessage', () => {
  it.each([
    [
      403,
      /403 Forbidden \(Resource not accessible by integration\)\. The token needs the "contents: write" permission/,
    ],
    [404, /404 Not Found for acme\/svc .*contents: write/],
    [401, /refused the token \(401\).*github-token/],
    [500, /answered 500/],
  ])('%i', (status, expected) => {
    expect(
      apiErrorMessage('Creating the release v1.2.3', status, 'Resource not accessible by integration', 'acme/svc'),
    ).toMatch(expected);
  });

  it.each([
    [undefined, true],
    [502, true],
    [429, true],
    [403, false],
    [422, false],
  ])('retry on %s: %s', (status, expected) => expect(isRetryable(status)).toBe(expected));
});
