// A local stand-in of the GitHub Actions cache service (v2), on 127.0.0.1 only, speaking what the
// real @actions/cache (6.x) sends:
//
// - Twirp JSON RPCs at POST /twirp/github.actions.results.api.v1.CacheService/<Method>, with
//   `Authorization: Bearer <ACTIONS_RUNTIME_TOKEN>`:
//     CreateCacheEntry          {key, version}                   → {ok, signed_upload_url, message}
//     FinalizeCacheEntryUpload  {key, version, size_bytes}       → {ok, entry_id, message}
//     GetCacheEntryDownloadURL  {key, restore_keys[], version}   → {ok, signed_download_url, matched_key}
//   Errors are Twirp error bodies {code, msg} with the matching HTTP status.
// - Blob storage the way the Azure storage SDK (BlockBlobClient.uploadFile) and the plain HTTP
//   download use it, at /<account>/<container>/<blob>?…&sig=…:
//     PUT (x-ms-blob-type: BlockBlob)  Put Blob, the whole archive in one request (≤ 128 MiB)
//     PUT ?comp=block&blockid=…        Put Block
//     PUT ?comp=blocklist              Put Block List (XML body) commits the blocks in order
//     GET / HEAD, with Range or x-ms-range
//
// GitHub's lookup semantics: entries are scoped by version (the hash of the paths, compression
// and cross-OS flag); an entry is visible only once finalized; the primary key matches exactly
// first, then as a prefix; then each restore key as a prefix, in the order given; among several
// matches the newest wins. A (key, version) pair can be created only once.
//
// Faults can be injected for tests: a delay before every answer (a slow service), an HTTP status
// for every RPC (a failing service), corrupted downloads.
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import {
  createReadStream,
  createWriteStream,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  appendFileSync,
  existsSync,
} from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

const SERVICE = 'github.actions.results.api.v1.CacheService';
const ACCOUNT = 'devstoreaccount1';
const CONTAINER = 'actions-cache';

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  /** Set by FinalizeCacheEntryUpload; until then the entry is invisible to lookups. */
  finalized: boolean;
  sizeBytes: number;
  createdAt: number;
  blob: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  /** The Twirp method name, for RPCs. */
  rpc?: string;
  /** The JSON body of an RPC. */
  body?: Record<string, unknown>;
  status?: number;
}

export interface Faults {
  /** Hold every request this long before answering (a slow or hanging service). */
  delayMs?: number;
  /** Answer every RPC with this HTTP status (e.g. 500, 503) and a Twirp error body. */
  rpcStatus?: number;
  /** With delayMs: hold only this RPC (e.g. "CreateCacheEntry": a save that hangs after its lookup). */
  delayOnlyRpc?: string;
  /** Serve downloads with their bytes scrambled. */
  corruptDownloads?: boolean;
  /** Store keys lower-cased and match them case-insensitively, as act's cache server does. */
  lowerCaseKeys?: boolean;
}

export interface CacheServer {
  /** ACTIONS_RESULTS_URL: the service's base URL, with a trailing slash. */
  url: string;
  /** ACTIONS_RUNTIME_TOKEN: a JWT-shaped token the service accepts. */
  token: string;
  /** The environment that makes @actions/cache use this service. */
  env(): Record<string, string>;
  requests: RecordedRequest[];
  /** Every entry, finalized or not, oldest first. */
  entries(): CacheEntry[];
  /** The stored archive of an entry. */
  blobPath(entry: CacheEntry): string;
  faults: Faults;
  stop(): Promise<void>;
}

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}

/** A JWT in the shape the runner hands out (HS256; the claims name the Actions scopes). */
export function makeRuntimeToken(secret: string): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const now = Math.floor(Date.now() / 1000);
  const payload = base64url(
    JSON.stringify({
      iss: 'https://token.actions.githubusercontent.com',
      aud: 'vso:rust-pipeline-tests',
      nbf: now - 60,
      exp: now + 6 * 3600,
      scp: 'Actions.ExampleScope Actions.Results:run-1:job-1',
      ac: '[{"Scope":"refs/heads/main","Permission":3}]',
    }),
  );
  const sig = base64url(createHmac('sha256', secret).update(`${header}.${payload}`).digest());
  return `${header}.${payload}.${sig}`;
}

function verifyToken(token: string, secret: string): boolean {
  const parts = token.split('.');
  if (parts.length !== 3) return false;
  const sig = base64url(createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest());
  if (sig !== parts[2]) return false;
  try {
    const claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as { exp?: number; scp?: string };
    return (claims.exp ?? 0) * 1000 > Date.now() && /Actions\.Results:/.test(claims.scp ?? '');
  } catch {
    return false;
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export async function startCacheServer(opts: { dir?: string } = {}): Promise<CacheServer> {
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'rp-cache-service-'));
  const secret = randomBytes(32).toString('hex');
  const token = makeRuntimeToken(secret);
  const entries: CacheEntry[] = [];
  const requests: RecordedRequest[] = [];
  const faults: Faults = {};
  const sockets = new Set<Socket>();
  let nextId = 1;
  let base = '';

  const sign = (perm: 'r' | 'w', blob: string): string =>
    createHmac('sha256', secret).update(`${perm}:${blob}`).digest('hex');
  const blobFile = (blob: string): string => join(dir, `${blob}.blob`);
  const blockFile = (blob: string, id: string): string =>
    join(dir, `${blob}.block.${Buffer.from(id, 'base64').toString('hex')}`);
  const blobUrl = (perm: 'r' | 'w', blob: string): string =>
    `${base}${ACCOUNT}/${CONTAINER}/${blob}?sv=2024-11-04&sr=b&sp=${perm === 'r' ? 'r' : 'cw'}&se=${encodeURIComponent(new Date(Date.now() + 3600_000).toISOString())}&sig=${sign(perm, blob)}`;

  function twirpError(res: ServerResponse, status: number, code: string, msg: string): void {
    const body = JSON.stringify({ code, msg });
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  }

  function json(res: ServerResponse, value: unknown): void {
    const body = JSON.stringify(value);
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  }

  function lookup(key: string, restoreKeys: string[], version: string): CacheEntry | undefined {
    const visible = entries.filter((e) => e.finalized && e.version === version);
    const newest = (pred: (e: CacheEntry) => boolean): CacheEntry | undefined =>
      visible.filter(pred).sort((a, b) => b.createdAt - a.createdAt || b.id - a.id)[0];
    return (
      newest((e) => e.key === key) ??
      newest((e) => e.key.startsWith(key)) ??
      restoreKeys.reduce<CacheEntry | undefined>((hit, rk) => hit ?? newest((e) => e.key.startsWith(rk)), undefined)
    );
  }

  async function rpc(method: string, body: Record<string, unknown>, res: ServerResponse): Promise<void> {
    const asGiven = typeof body.key === 'string' ? body.key : '';
    const key = faults.lowerCaseKeys ? asGiven.toLowerCase() : asGiven;
    const version = typeof body.version === 'string' ? body.version : '';
    if (method === 'CreateCacheEntry') {
      if (!key || !version) return twirpError(res, 400, 'invalid_argument', 'key and version are required');
      if (entries.some((e) => e.key === key && e.version === version)) {
        return twirpError(res, 409, 'already_exists', `cache entry ${key} already exists for this version`);
      }
      const entry: CacheEntry = {
        id: nextId++,
        key,
        version,
        finalized: false,
        sizeBytes: 0,
        createdAt: Date.now(),
        blob: randomUUID(),
      };
      entries.push(entry);
      return json(res, { ok: true, signed_upload_url: blobUrl('w', entry.blob) });
    }
    if (method === 'FinalizeCacheEntryUpload') {
      const entry = entries.find((e) => e.key === key && e.version === version && !e.finalized);
      if (!entry) return twirpError(res, 404, 'not_found', `no pending cache entry ${key} for this version`);
      const size = Number(body.size_bytes ?? 0);
      const stored = existsSync(blobFile(entry.blob)) ? statSync(blobFile(entry.blob)).size : -1;
      if (stored !== size)
        return json(res, { ok: false, message: `uploaded ${stored} bytes, but size_bytes says ${size}` });
      entry.finalized = true;
      entry.sizeBytes = size;
      entry.createdAt = Date.now();
      return json(res, { ok: true, entry_id: String(entry.id) });
    }
    if (method === 'GetCacheEntryDownloadURL') {
      if (!key || !version) return twirpError(res, 400, 'invalid_argument', 'key and version are required');
      const restoreKeys = (
        Array.isArray(body.restore_keys) ? body.restore_keys.filter((k): k is string => typeof k === 'string') : []
      ).map((k) => (faults.lowerCaseKeys ? k.toLowerCase() : k));
      const hit = lookup(key, restoreKeys, version);
      if (!hit) return json(res, { ok: false });
      return json(res, { ok: true, signed_download_url: blobUrl('r', hit.blob), matched_key: hit.key });
    }
    return twirpError(res, 404, 'bad_route', `no such method ${method}`);
  }

  function azureHeaders(extra: Record<string, string | number> = {}): Record<string, string | number> {
    return {
      'x-ms-request-id': randomUUID(),
      'x-ms-version': '2024-11-04',
      Date: new Date().toUTCString(),
      ...extra,
    };
  }

  async function blob(req: IncomingMessage, res: ServerResponse, url: URL, name: string): Promise<void> {
    const method = req.method ?? 'GET';
    const perm = method === 'PUT' ? 'w' : 'r';
    if (url.searchParams.get('sig') !== sign(perm, name)) {
      await readBody(req);
      res.writeHead(403, azureHeaders({ 'x-ms-error-code': 'AuthenticationFailed', 'Content-Length': 0 }));
      res.end();
      return;
    }
    const file = blobFile(name);
    if (method === 'PUT') {
      const comp = url.searchParams.get('comp');
      const created = azureHeaders({
        ETag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`,
        'Last-Modified': new Date().toUTCString(),
        'x-ms-request-server-encrypted': 'true',
        'Content-Length': 0,
      });
      if (comp === 'block') {
        const id = url.searchParams.get('blockid') ?? '';
        await pipeline(req, createWriteStream(blockFile(name, id)));
        res.writeHead(201, created);
        res.end();
        return;
      }
      if (comp === 'blocklist') {
        const xml = (await readBody(req)).toString('utf8');
        const ids = [...xml.matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1]!);
        const tmp = `${file}.commit`;
        writeFileSync(tmp, '');
        for (const id of ids) {
          const bf = blockFile(name, id);
          if (!existsSync(bf)) {
            res.writeHead(400, azureHeaders({ 'x-ms-error-code': 'InvalidBlockList', 'Content-Length': 0 }));
            res.end();
            return;
          }
          appendFileSync(tmp, readFileSync(bf));
        }
        renameSync(tmp, file);
        for (const id of ids) rmSync(blockFile(name, id), { force: true });
        res.writeHead(201, created);
        res.end();
        return;
      }
      if (req.headers['x-ms-blob-type'] !== 'BlockBlob') {
        await readBody(req);
        res.writeHead(400, azureHeaders({ 'x-ms-error-code': 'MissingRequiredHeader', 'Content-Length': 0 }));
        res.end();
        return;
      }
      await pipeline(req, createWriteStream(file));
      res.writeHead(201, created);
      res.end();
      return;
    }
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, azureHeaders({ 'Content-Length': 0 }));
      res.end();
      return;
    }
    if (!existsSync(file)) {
      res.writeHead(404, azureHeaders({ 'x-ms-error-code': 'BlobNotFound', 'Content-Length': 0 }));
      res.end();
      return;
    }
    const size = statSync(file).size;
    const range = /^bytes=(\d+)-(\d*)$/.exec(String(req.headers['x-ms-range'] ?? req.headers.range ?? ''));
    let start = 0;
    let end = size - 1;
    if (range) {
      start = Number(range[1]);
      end = range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
      if (start >= size) {
        res.writeHead(416, azureHeaders({ 'Content-Range': `bytes */${size}`, 'Content-Length': 0 }));
        res.end();
        return;
      }
    }
    const headers = azureHeaders({
      'Content-Type': 'application/octet-stream',
      'Content-Length': end - start + 1,
      'Accept-Ranges': 'bytes',
      'x-ms-blob-type': 'BlockBlob',
      ...(range ? { 'Content-Range': `bytes ${start}-${end}/${size}` } : {}),
    });
    res.writeHead(range ? 206 : 200, headers);
    if (method === 'HEAD' || size === 0) {
      res.end();
      return;
    }
    const stream = createReadStream(file, { start, end });
    if (faults.corruptDownloads) {
      stream.on('data', (chunk) => {
        const buf = chunk as Buffer;
        for (let i = 0; i < buf.length; i += 7) buf[i] = buf[i]! ^ 0x5a;
      });
    }
    await pipeline(stream, res);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', base);
    const record: RecordedRequest = { method: req.method ?? '', path: url.pathname };
    requests.push(record);
    res.on('finish', () => (record.status = res.statusCode));
    const twirp = new RegExp(`^/twirp/${SERVICE.replace(/\./g, '\\.')}/(\\w+)$`).exec(url.pathname);
    if (twirp) record.rpc = twirp[1];
    const delayed = faults.delayMs && (!faults.delayOnlyRpc || faults.delayOnlyRpc === record.rpc);
    if (delayed) await new Promise((r) => setTimeout(r, faults.delayMs));
    if (twirp) {
      const raw = await readBody(req);
      if (req.method !== 'POST') return twirpError(res, 405, 'bad_route', 'RPCs are POST');
      if (req.headers.authorization !== `Bearer ${token}` || !verifyToken(token, secret)) {
        return twirpError(res, 401, 'unauthenticated', 'missing or invalid runtime token');
      }
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return twirpError(res, 415, 'bad_route', 'this service speaks Twirp JSON only');
      }
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(raw.toString('utf8') || '{}') as Record<string, unknown>;
      } catch {
        return twirpError(res, 400, 'malformed', 'the body is not JSON');
      }
      record.body = body;
      if (faults.rpcStatus) return twirpError(res, faults.rpcStatus, 'internal', 'injected failure');
      return rpc(twirp[1]!, body, res);
    }
    const blobPath = new RegExp(`^/${ACCOUNT}/${CONTAINER}/([\\w-]+)$`).exec(url.pathname);
    if (blobPath) return blob(req, res, url, blobPath[1]!);
    await readBody(req);
    res.writeHead(404, { 'Content-Length': 0 });
    res.end();
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) twirpError(res, 500, 'internal', (e as Error).message);
      else res.destroy();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  return {
    url: base,
    token,
    env: () => ({ ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: base, ACTIONS_RUNTIME_TOKEN: token }),
    requests,
    entries: () => entries.map((e) => ({ ...e })),
    blobPath: (e) => blobFile(e.blob),
    faults,
    stop: () =>
      new Promise<void>((resolveStop) => {
        for (const s of sockets) s.destroy();
        server.close(() => {
          if (!opts.dir) rmSync(dir, { recursive: true, force: true });
          resolveStop();
        });
      }),
  };
}
