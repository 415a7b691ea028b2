import { describe, expect, test } from 'vitest';
import {
  createdAt,
  imageTags,
  imageVersion,
  ociLabels,
  parseRef,
  registryHost,
  sanitizeTag,
} from '../../src/release/tags.js';

const SHA = '4f2c9a1e0b7d3c5a6e8f9a0b1c2d3e4f5a6b7c8d';

describe('imageTags', () => {
  test.each([
    { ref: 'refs/tags/v1.2.3', want: ['1.2.3', '1.2', '1', 'latest', 'sha-4f2c9a1'] },
    { ref: 'refs/tags/1.2.3', want: ['1.2.3', '1.2', '1', 'latest', 'sha-4f2c9a1'] },
    { ref: 'refs/tags/v10.20.30', want: ['10.20.30', '10.20', '10', 'latest', 'sha-4f2c9a1'] },
    { ref: 'refs/tags/v2.0.0-rc.1', want: ['2.0.0-rc.1', 'sha-4f2c9a1'] },
    { ref: 'refs/tags/v1.0.0-alpha', want: ['1.0.0-alpha', 'sha-4f2c9a1'] },
    { ref: 'refs/tags/v0.4.2', want: ['0.4.2', '0.4', 'latest', 'sha-4f2c9a1'] },
    { ref: 'refs/tags/v1.2.3+build.7', want: ['1.2.3_build.7', '1.2', '1', 'latest', 'sha-4f2c9a1'] },
    { ref: 'refs/tags/release-2024', want: ['release-2024', 'sha-4f2c9a1'] },
    { ref: 'refs/tags/v1.2', want: ['v1.2', 'sha-4f2c9a1'] },
    { ref: 'refs/heads/main', want: ['main', 'sha-4f2c9a1'] },
    { ref: 'refs/heads/feature/Login_Page', want: ['feature-login_page', 'sha-4f2c9a1'] },
    // A branch never produces a release tag, whatever it is called.
    { ref: 'refs/heads/latest', want: ['branch-latest', 'sha-4f2c9a1'] },
    { ref: 'refs/heads/LATEST', want: ['branch-latest', 'sha-4f2c9a1'] },
    { ref: 'refs/heads/1.2.3', want: ['branch-1.2.3', 'sha-4f2c9a1'] },
    { ref: 'refs/heads/v1.2.3', want: ['branch-v1.2.3', 'sha-4f2c9a1'] },
    { ref: 'refs/heads/v1', want: ['branch-v1', 'sha-4f2c9a1'] },
    { ref: 'refs/heads/1', want: ['branch-1', 'sha-4f2c9a1'] },
    { ref: 'refs/heads/2.0.0-rc.1', want: ['branch-2.0.0-rc.1', 'sha-4f2c9a1'] },
    { ref: 'refs/heads/sha-abc1234', want: ['branch-sha-abc1234', 'sha-4f2c9a1'] },
    { ref: 'refs/heads/pr-42', want: ['branch-pr-42', 'sha-4f2c9a1'] },
    { ref: 'refs/heads/.latest', want: ['branch-latest', 'sha-4f2c9a1'] },
    { ref: 'refs/heads/-/-', want: ['branch', 'sha-4f2c9a1'] },
    { ref: 'refs/heads/release/1.x', want: ['release-1.x', 'sha-4f2c9a1'] },
    { ref: 'refs/heads/versions', want: ['versions', 'sha-4f2c9a1'] },
    { ref: `refs/heads/${'Ab/'.repeat(100)}`, want: [`${'ab-'.repeat(42)}ab`, 'sha-4f2c9a1'] },
    // Another git tag keeps its name unless it is one the release tags use.
    { ref: 'refs/tags/latest', want: ['tag-latest', 'sha-4f2c9a1'] },
    { ref: 'refs/tags/1.2', want: ['tag-1.2', 'sha-4f2c9a1'] },
    { ref: 'refs/tags/sha-0000000', want: ['tag-sha-0000000', 'sha-4f2c9a1'] },
    { ref: 'refs/heads/-odd..name.', want: ['odd..name', 'sha-4f2c9a1'] },
    { ref: 'refs/pull/42/merge', want: ['pr-42', 'sha-4f2c9a1'] },
    { ref: '', want: ['sha-4f2c9a1'] },
  ])('$ref → $want', ({ ref, want }) => {
    expect(imageTags({ ref, sha: SHA, extra: [], replace: false })).toEqual(want);
  });

  test.each([
    {
      name: 'extra tags are added',
      extra: ['edge', 'stable'],
      replace: false,
      want: ['1.2.3', '1.2', '1', 'latest', 'sha-4f2c9a1', 'edge', 'stable'],
    },
    { name: '"!" replaces the derived tags', extra: ['only-this'], replace: true, want: ['only-this'] },
    {
      name: 'duplicates are dropped',
      extra: ['latest', '1.2.3'],
      replace: false,
      want: ['1.2.3', '1.2', '1', 'latest', 'sha-4f2c9a1'],
    },
  ])('docker-tags: $name', ({ extra, replace, want }) => {
    expect(imageTags({ ref: 'refs/tags/v1.2.3', sha: SHA, extra, replace })).toEqual(want);
  });

  test('no sha tag when the commit is unknown', () => {
    expect(imageTags({ ref: 'refs/heads/main', sha: '', extra: [], replace: false })).toEqual(['main']);
  });
});

describe('refs, versions and names', () => {
  test.each([
    { ref: 'refs/tags/v1.2.3', kind: 'tag', name: 'v1.2.3', version: '1.2.3' },
    { ref: 'refs/tags/V3.0.0', kind: 'tag', name: 'V3.0.0', version: '3.0.0' },
    { ref: 'refs/tags/vnext', kind: 'tag', name: 'vnext', version: undefined },
    { ref: 'refs/heads/a/b', kind: 'branch', name: 'a/b', version: undefined },
    { ref: 'refs/pull/7/head', kind: 'pull', name: '7', version: undefined },
    { ref: 'refs/notes/x', kind: 'other', name: '', version: undefined },
  ])('parseRef($ref)', ({ ref, kind, name, version }) => {
    const r = parseRef(ref);
    expect({ kind: r.kind, name: r.name, version: r.version?.version }).toEqual({ kind, name, version });
  });

  test.each([
    { text: 'feature/x', want: 'feature-x' },
    { text: 'UPPER_case.ok-1', want: 'UPPER_case.ok-1' },
    { text: '..hidden', want: 'hidden' },
    { text: 'a'.repeat(200), want: 'a'.repeat(128) },
    { text: 'ünïcødé', want: 'n-c-d' },
  ])('sanitizeTag($text)', ({ text, want }) => {
    expect(sanitizeTag(text)).toBe(want);
  });

  test.each([
    { ref: 'refs/tags/v1.2.3', want: '1.2.3' },
    { ref: 'refs/tags/v2.0.0-rc.1', want: '2.0.0-rc.1' },
    { ref: 'refs/heads/main', want: 'main' },
    { ref: 'refs/pull/9/merge', want: 'pr-9' },
    { ref: '', want: 'sha-4f2c9a1' },
  ])('imageVersion($ref) = $want', ({ ref, want }) => {
    expect(imageVersion(ref, SHA)).toBe(want);
  });

  test.each([
    { image: 'ghcr.io/acme/svc', host: 'ghcr.io' },
    { image: '127.0.0.1:5000/app', host: '127.0.0.1:5000' },
    { image: 'localhost/app', host: 'localhost' },
    { image: 'localhost:5000/team/app', host: 'localhost:5000' },
    { image: 'registry.example.com:8443/a/b/c', host: 'registry.example.com:8443' },
    { image: 'acme/svc', host: 'docker.io' },
    { image: 'nginx', host: 'docker.io' },
    { image: 'index.docker.io/acme/svc', host: 'docker.io' },
    { image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/svc', host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com' },
  ])('registryHost($image) = $host', ({ image, host }) => {
    expect(registryHost(image)).toBe(host);
  });
});

describe('ociLabels', () => {
  const base = {
    source: 'https://github.com/acme/svc',
    revision: SHA,
    version: '1.2.3',
    created: new Date('2026-01-02T03:04:05.678Z'),
    title: 'svc',
  };
  test('the OCI set, in order, seconds precision', () => {
    expect(ociLabels({ ...base, description: 'A service', licenses: 'MIT', extra: [] })).toEqual([
      ['org.opencontainers.image.source', 'https://github.com/acme/svc'],
      ['org.opencontainers.image.revision', SHA],
      ['org.opencontainers.image.version', '1.2.3'],
      ['org.opencontainers.image.created', '2026-01-02T03:04:05Z'],
      ['org.opencontainers.image.title', 'svc'],
      ['org.opencontainers.image.description', 'A service'],
      ['org.opencontainers.image.licenses', 'MIT'],
    ]);
  });
  test('empty values are left out; user labels are added and win, values may hold "="', () => {
    const labels = ociLabels({
      ...base,
      source: '',
      extra: ['org.opencontainers.image.title=Custom', 'com.acme.team=a=b'],
    });
    expect(labels.map(([k]) => k)).not.toContain('org.opencontainers.image.source');
    expect(Object.fromEntries(labels)).toMatchObject({
      'org.opencontainers.image.title': 'Custom',
      'com.acme.team': 'a=b',
    });
  });
  test.each([
    { env: { SOURCE_DATE_EPOCH: '1700000000' }, want: '2023-11-14T22:13:20.000Z' },
    { env: { SOURCE_DATE_EPOCH: 'garbage' }, want: '2030-01-01T00:00:00.000Z' },
    { env: {}, want: '2030-01-01T00:00:00.000Z' },
  ])('createdAt with $env', ({ env, want }) => {
    expect(createdAt(env, () => new Date('2030-01-01T00:00:00Z')).toISOString()).toBe(want);
  });
});

describe('tags derived from branches and other git tags', () => {
  test.each([
    ['branch', 'x'.repeat(300)],
    ['branch', `9${'y'.repeat(300)}`],
    ['tag', 'latest'],
    ['branch', 'ÄÖÜ/ünïcode'],
    ['branch', 'a b\tc\n--d'],
  ] as const)('%s %j gives a valid, lower-case, non-release tag', async (kind, name) => {
    const { isReservedTag, refTag } = await import('../../src/release/tags.js');
    const t = refTag(kind, name);
    expect(t).toMatch(/^[a-z0-9_][a-z0-9_.-]{0,127}$/);
    expect(isReservedTag(t, 'branch')).toBe(false);
  });
});
