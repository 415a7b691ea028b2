// The cache-service stand-in, driven by the real @actions/cache and the Azure storage SDK it uses:
// if these pass, the stand-in answers what the library really sends.
import { BlockBlobClient } from '@azure/storage-blob';
import * as cache from '@actions/cache';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startCacheServer, type CacheServer } from '../support/cache-server.js';

let server: CacheServer;
let root: string;
const saved: Record<string, string | undefined> = {};

function setEnv(values: Record<string, string>): void {
  for (const [k, v] of Object.entries(values)) {
    if (!(k in saved)) saved[k] = process.env[k];
    process.env[k] = v;
  }
}

beforeAll(async () => {
  server = await startCacheServer();
  root = mkdtempSync(join(tmpdir(), 'rp-cache-svc-'));
  mkdirSync(join(root, 'temp'));
  setEnv({
    ...server.env(),
    RUNNER_TEMP: join(root, 'temp'),
    GITHUB_WORKSPACE: root,
    GITHUB_SERVER_URL: 'https://github.com',
  });
});

afterAll(async () => {
  await server.stop();
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  rmSync(root, { recursive: true, force: true });
});

afterEach(() => {
  server.faults.delayMs = undefined;
  server.faults.rpcStatus = undefined;
  server.faults.corruptDownloads = undefined;
});

function dirWith(name: string, content: string): string {
  const d = join(root, name);
  rmSync(d, { recursive: true, force: true });
  mkdirSync(d, { recursive: true });
  writeFileSync(join(d, 'file.txt'), content);
  return d;
}

describe('cache service stand-in with the real @actions/cache', () => {
  it('selects the v2 service from the environment', () => {
    expect(cache.isFeatureAvailable()).toBe(true);
  });

  it('saves, then restores the exact key; a second create of the same key is refused', async () => {
    const d = dirWith('exact', 'one');
    const id = await cache.saveCache([d], 'k-exact-1');
    expect(id).toBeGreaterThan(0);
    const rpcs = server.requests.filter((r) => r.rpc).map((r) => r.rpc);
    expect(rpcs).toEqual(['CreateCacheEntry', 'FinalizeCacheEntryUpload']);
    const create = server.requests.find((r) => r.rpc === 'CreateCacheEntry')!;
    expect(create.body).toMatchObject({ key: 'k-exact-1', version: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const put = server.requests.find((r) => r.method === 'PUT')!;
    expect(put.path).toMatch(/^\/devstoreaccount1\/actions-cache\//);

    rmSync(d, { recursive: true });
    expect(await cache.restoreCache([d], 'k-exact-1', ['k-'])).toBe('k-exact-1');
    expect(readFileSync(join(d, 'file.txt'), 'utf8')).toBe('one');

    // Same key and version again: the service refuses; the library reports it and returns -1.
    expect(await cache.saveCache([d], 'k-exact-1')).toBe(-1);
    expect(server.entries().filter((e) => e.key === 'k-exact-1')).toHaveLength(1);
  });

  it('falls back through restore keys by prefix, newest first, within the same version only', async () => {
    const d = dirWith('prefix', 'old');
    await cache.saveCache([d], 'p-linux-aaa-1');
    await new Promise((r) => setTimeout(r, 5));
    writeFileSync(join(d, 'file.txt'), 'new');
    await cache.saveCache([d], 'p-linux-aaa-2');
    await cache.saveCache([d], 'p-linux-bbb-1');
    rmSync(d, { recursive: true });
    expect(await cache.restoreCache([d], 'p-linux-aaa-9', ['p-linux-aaa-', 'p-linux-'])).toBe('p-linux-aaa-2');
    expect(readFileSync(join(d, 'file.txt'), 'utf8')).toBe('new');
    expect(await cache.restoreCache([d], 'p-mac-1', ['p-mac-'])).toBeUndefined();
    // Another path list means another version: nothing matches.
    expect(await cache.restoreCache([d, join(root, 'other')], 'p-linux-aaa-2', ['p-'])).toBeUndefined();
    // lookupOnly answers without downloading.
    const gets = server.requests.filter((r) => r.method === 'GET').length;
    expect(await cache.restoreCache([d], 'p-linux-bbb-1', [], { lookupOnly: true })).toBe('p-linux-bbb-1');
    expect(server.requests.filter((r) => r.method === 'GET').length).toBe(gets);
  });

  it('rejects a wrong runtime token', async () => {
    const good = process.env.ACTIONS_RUNTIME_TOKEN!;
    process.env.ACTIONS_RUNTIME_TOKEN = `${good.slice(0, -4)}AAAA`;
    try {
      const d = dirWith('token', 'x');
      expect(await cache.restoreCache([d], 'k-exact-1')).toBeUndefined();
      expect(server.requests.at(-1)?.status).toBe(401);
    } finally {
      process.env.ACTIONS_RUNTIME_TOKEN = good;
    }
  });

  it('corrupt downloads make the restore fail without throwing', async () => {
    const d = dirWith('corrupt', 'payload '.repeat(5000));
    await cache.saveCache([d], 'c-1');
    rmSync(d, { recursive: true });
    server.faults.corruptDownloads = true;
    expect(await cache.restoreCache([d], 'c-1')).toBeUndefined();
  });

  it('stores blobs sent as staged blocks and a block list, and serves ranges', async () => {
    const entrySrv = server;
    // The library switches to blocks above 128 MiB; drive the same SDK call with a small threshold.
    const res = await fetch(
      new URL('twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry', entrySrv.url),
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${entrySrv.token}` },
        body: JSON.stringify({ key: 'blocks-1', version: 'v' }),
      },
    );
    const { signed_upload_url: uploadUrl } = (await res.json()) as { signed_upload_url: string };
    const file = join(root, 'blocks.bin');
    const data = Buffer.alloc(10_000, 0);
    for (let i = 0; i < data.length; i++) data[i] = i % 251;
    writeFileSync(file, data);
    await new BlockBlobClient(uploadUrl).uploadFile(file, { blockSize: 1024, maxSingleShotSize: 1024, concurrency: 3 });
    const blockPuts = server.requests.filter((r) => r.method === 'PUT').slice(-11);
    expect(blockPuts).toHaveLength(11);
    const fin = await fetch(
      new URL('twirp/github.actions.results.api.v1.CacheService/FinalizeCacheEntryUpload', entrySrv.url),
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${entrySrv.token}` },
        body: JSON.stringify({ key: 'blocks-1', version: 'v', size_bytes: String(data.length) }),
      },
    );
    expect(await fin.json()).toMatchObject({ ok: true });
    const entry = server.entries().find((e) => e.key === 'blocks-1')!;
    expect(readFileSync(server.blobPath(entry)).equals(data)).toBe(true);

    const dl = await fetch(
      new URL('twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL', entrySrv.url),
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${entrySrv.token}` },
        body: JSON.stringify({ key: 'blocks', restore_keys: [], version: 'v' }),
      },
    );
    const { signed_download_url: downloadUrl, matched_key } = (await dl.json()) as {
      signed_download_url: string;
      matched_key: string;
    };
    expect(matched_key).toBe('blocks-1');
    const part = await fetch(downloadUrl, { headers: { Range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(Buffer.from(await part.arrayBuffer()).equals(data.subarray(100, 200))).toBe(true);
    expect((await fetch(downloadUrl.replace(/sig=\w+/, 'sig=bad'))).status).toBe(403);
  });
});
