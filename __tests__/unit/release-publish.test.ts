// Publishing through the real Octokit client (@actions/github) against the REST stand-in: what the
// stand-in received and stored, re-runs, replacements, GitHub's refusals and failing uploads.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { octokitReleaseApi } from '../../src/release/github-api.js';
import type { LocalAsset } from '../../src/release/github-release.js';
import { countStates, publishRelease, type PublishRequest } from '../../src/release/publish.js';
import { startGithubServer, type GithubServer } from '../support/github-server.js';

let gh: GithubServer;
let dir: string;
const logs: string[] = [];
const opts = { retries: 3, baseDelayMs: 1, log: (m: string) => logs.push(m) };

beforeEach(async () => {
  gh = await startGithubServer();
  dir = mkdtempSync(join(tmpdir(), 'rp-publish-'));
  logs.length = 0;
});
afterEach(async () => {
  await gh.close();
  rmSync(dir, { recursive: true, force: true });
});

function asset(name: string, content: string): LocalAsset {
  const path = join(dir, name);
  writeFileSync(path, content);
  return { name, path, size: Buffer.byteLength(content), sha256: createHash('sha256').update(content).digest('hex') };
}

function request(assets: LocalAsset[], extra: Partial<PublishRequest> = {}): PublishRequest {
  return { repository: 'acme/svc', tag: 'v1.2.3', prerelease: false, body: '- fixed', assets, ...extra };
}

const api = (token = gh.token) => octokitReleaseApi({ token, apiUrl: gh.url, repository: 'acme/svc' });
const stored = (tag: string) =>
  Object.fromEntries((gh.release(tag)?.assets ?? []).map((a) => [a.name, a.bytes.toString('utf8')]));

describe('publishRelease against the stand-in', () => {
  it('creates the release of the tag and uploads every asset, bytes intact', async () => {
    const assets = [
      asset('app-1.2.3-x.tar.gz', 'archive'),
      asset('app-1.2.3-x.tar.gz.sha256', 'sum'),
      asset('SHA256SUMS', 'all'),
    ];
    const out = await publishRelease(await api(), request(assets), opts);
    expect(out.error).toBeUndefined();
    expect(out.release).toMatchObject({ created: true, url: `${gh.url}/acme/svc/releases/tag/v1.2.3` });
    expect(out.assets.map((a) => a.state)).toEqual(['uploaded', 'uploaded', 'uploaded']);
    expect(stored('v1.2.3')).toEqual({
      'app-1.2.3-x.tar.gz': 'archive',
      'app-1.2.3-x.tar.gz.sha256': 'sum',
      SHA256SUMS: 'all',
    });
    const create = gh.requests.find((r) => r.method === 'POST' && r.path === '/repos/acme/svc/releases');
    expect(create?.json).toEqual({ tag_name: 'v1.2.3', name: 'v1.2.3', prerelease: false, body: '- fixed' });
    expect(gh.requests.every((r) => r.authorized || r.path.startsWith('/download/'))).toBe(true);
    const uploads = gh.requests.filter((r) => r.path === `/uploads/repos/acme/svc/releases/${out.release!.id}/assets`);
    expect(uploads.map((u) => [u.query.name, u.status])).toEqual([
      ['app-1.2.3-x.tar.gz', 201],
      ['app-1.2.3-x.tar.gz.sha256', 201],
      ['SHA256SUMS', 201],
    ]);
    expect(gh.release('v1.2.3')!.assets[0]!.contentType).toBe('application/gzip');
  });

  it('without a changelog section asks GitHub to generate the notes; a pre-release is marked', async () => {
    await publishRelease(
      await api(),
      request([asset('a.zip', 'z')], { tag: 'v2.0.0-rc.1', body: undefined, prerelease: true }),
      opts,
    );
    const rel = gh.release('v2.0.0-rc.1')!;
    expect(rel).toMatchObject({ prerelease: true, generatedNotes: true });
    expect(gh.requests.find((r) => r.json)?.json).toEqual({
      tag_name: 'v2.0.0-rc.1',
      name: 'v2.0.0-rc.1',
      prerelease: true,
      generate_release_notes: true,
    });
  });

  it('a re-run of the same files uploads nothing and deletes nothing', async () => {
    const assets = [asset('a.tar.gz', 'one'), asset('SHA256SUMS', 'sums')];
    await publishRelease(await api(), request(assets), opts);
    const before = gh.writes().length;
    const again = await publishRelease(await api(), request(assets), opts);
    expect(again.release?.created).toBe(false);
    expect(again.assets.map((a) => a.state)).toEqual(['unchanged', 'unchanged']);
    expect(gh.writes().length).toBe(before);
  });

  it('changed bytes replace the asset; assets and releases of others stay', async () => {
    gh.addRelease({ tag: 'v1.0.0', assets: [{ name: 'a.tar.gz', bytes: Buffer.from('old release') }] });
    const rel = gh.addRelease({
      tag: 'v1.2.3',
      assets: [
        { name: 'a.tar.gz', bytes: Buffer.from('two') },
        { name: 'notes.pdf', bytes: Buffer.from('pdf') },
      ],
    });
    const replacedId = rel.assets[0]!.id;
    const out = await publishRelease(await api(), request([asset('a.tar.gz', 'one')]), opts);
    expect(out.assets[0]).toMatchObject({ state: 'replaced', attempts: 1 });
    expect(stored('v1.2.3')).toEqual({ 'a.tar.gz': 'one', 'notes.pdf': 'pdf' });
    expect(stored('v1.0.0')).toEqual({ 'a.tar.gz': 'old release' });
    expect(gh.requests.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual([
      `/repos/acme/svc/releases/assets/${replacedId}`,
    ]);
    expect(gh.requests.some((r) => r.method === 'POST' && r.path === '/repos/acme/svc/releases')).toBe(false);
  });

  it('without a digest in the API (older servers) downloads the asset to compare', async () => {
    gh.faults.noDigest = true;
    gh.addRelease({
      tag: 'v1.2.3',
      assets: [
        { name: 'same', bytes: Buffer.from('abc') },
        { name: 'diff', bytes: Buffer.from('xyz') },
      ],
    });
    const out = await publishRelease(await api(), request([asset('same', 'abc'), asset('diff', 'xyw')]), opts);
    expect(out.assets.map((a) => a.state)).toEqual(['unchanged', 'replaced']);
    expect(gh.requests.filter((r) => r.path.startsWith('/download/')).length).toBe(2);
    expect(stored('v1.2.3')).toEqual({ same: 'abc', diff: 'xyw' });
  });

  it('a release event uploads to its release and never creates one', async () => {
    const rel = gh.addRelease({ tag: 'v1.2.3' });
    const out = await publishRelease(await api(), request([asset('a.zip', 'z')], { releaseId: rel.id }), opts);
    expect(out.release).toMatchObject({ id: rel.id, created: false });
    expect(gh.releases.length).toBe(1);
    expect(stored('v1.2.3')).toEqual({ 'a.zip': 'z' });
  });

  it('a 403 names the missing permission and publishes nothing', async () => {
    gh.faults.forbidden = true;
    const out = await publishRelease(await api(), request([asset('a.zip', 'z')]), opts);
    expect(out.error).toMatch(
      /^Finding the release of v1.2.3: GitHub answered 403 Forbidden \(Resource not accessible by integration\)\. The token needs the "contents: write" permission/,
    );
    expect(out.assets.map((a) => a.state)).toEqual(['not attempted']);
    expect(gh.releases).toEqual([]);
  });

  it('a wrong token is a 401 naming the github-token input', async () => {
    const out = await publishRelease(await api('ghs_wrong'), request([asset('a.zip', 'z')]), opts);
    expect(out.error).toMatch(/refused the token \(401\).*github-token/);
  });

  it('an upload failing twice then succeeding is retried with backoff', async () => {
    gh.faults.failUploads = 2;
    const out = await publishRelease(await api(), request([asset('a.zip', 'zip'), asset('SHA256SUMS', 's')]), opts);
    expect(out.error).toBeUndefined();
    expect(out.assets.map((a) => [a.state, a.attempts])).toEqual([
      ['uploaded', 3],
      ['uploaded', 1],
    ]);
    expect(logs.filter((l) => l.startsWith('Upload of a.zip failed'))).toHaveLength(2);
    expect(stored('v1.2.3')).toEqual({ 'a.zip': 'zip', SHA256SUMS: 's' });
  });

  it('an upload that keeps failing names the asset and says what made it', async () => {
    const first = asset('a.zip', 'zip');
    await publishRelease(await api(), request([first]), opts);
    gh.faults.alwaysFailUploads = true;
    const out = await publishRelease(await api(), request([first, asset('b.zip', 'b'), asset('SHA256SUMS', 's')]), {
      ...opts,
      retries: 2,
    });
    expect(out.error).toMatch(
      /^Upload of b\.zip to the release v1\.2\.3 failed after 3 attempts: GitHub answered 502 \(Server Error\)\./,
    );
    expect(out.assets.map((a) => a.state)).toEqual(['unchanged', 'failed', 'not attempted']);
    expect(countStates(out.assets)).toBe('1 unchanged, 1 failed, 1 not attempted');
    expect(stored('v1.2.3')).toEqual({ 'a.zip': 'zip' });
  });

  it('refuses two assets of one name before any call', async () => {
    const out = await publishRelease(await api(), request([asset('a', '1'), { ...asset('b', '2'), name: 'a' }]), opts);
    expect(out.error).toMatch(/share a name \(a\)/);
    expect(gh.requests).toEqual([]);
  });

  it('uploads the file as it is on disk', async () => {
    const big = asset('big.bin', 'x'.repeat(300_000));
    await publishRelease(await api(), request([big]), opts);
    expect(gh.release('v1.2.3')!.assets[0]!.bytes.equals(readFileSync(big.path))).toBe(true);
  });
});
