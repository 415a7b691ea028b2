// A local stand-in of GitHub's REST API for releases, on 127.0.0.1 only, speaking the endpoints as
// GitHub documents them (docs.github.com/rest/releases) and as the real Octokit client calls them:
//
//   GET    /repos/{owner}/{repo}/releases/tags/{tag}        200 release | 404
//   GET    /repos/{owner}/{repo}/releases/{id}              200 release | 404
//   POST   /repos/{owner}/{repo}/releases                   201 release | 422 already_exists (tag_name)
//   GET    /repos/{owner}/{repo}/releases/{id}/assets       200 [asset] (per_page, page, Link header)
//   GET    /repos/{owner}/{repo}/releases/assets/{id}       200 asset | with Accept: application/octet-stream,
//                                                           302 to the asset's browser_download_url
//   DELETE /repos/{owner}/{repo}/releases/assets/{id}       204 | 404
//   POST   <upload_url>?name=&label=                        201 asset | 422 already_exists (name)
//
// The upload_url template points at /uploads/repos/… on the same server (uploads.github.com on
// github.com, /api/uploads on GHES). Assets carry `digest: "sha256:…"` like newer API versions
// (off with `noDigest`, as older servers answer). Every request needs `Authorization: token <token>`
// (401 otherwise). Faults: 403 on every write (a read-only token), the first N uploads answered 502,
// every upload answered 502.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface StoredAsset {
  id: number;
  name: string;
  label: string | null;
  contentType: string;
  bytes: Buffer;
}

export interface StoredRelease {
  id: number;
  tag: string;
  name: string;
  body: string | null;
  prerelease: boolean;
  draft: boolean;
  /** generate_release_notes was asked for. */
  generatedNotes: boolean;
  assets: StoredAsset[];
}

export interface RecordedRequest {
  method: string;
  /** Path without the query. */
  path: string;
  query: Record<string, string>;
  status: number;
  /** The JSON body of a create. */
  json?: Record<string, unknown>;
  /** Bytes received by an upload. */
  uploadBytes?: number;
  /** Whether the request carried the expected token. */
  authorized: boolean;
}

export interface GithubFaults {
  /** Answer every POST and DELETE with 403 "Resource not accessible by integration". */
  forbidden?: boolean;
  /** Answer the first N uploads with 502. */
  failUploads?: number;
  /** Answer every upload with 502. */
  alwaysFailUploads?: boolean;
  /** Assets without `digest` (older API versions and GHES). */
  noDigest?: boolean;
}

export interface GithubServer {
  /** GITHUB_API_URL. */
  url: string;
  token: string;
  owner: string;
  repo: string;
  releases: StoredRelease[];
  requests: RecordedRequest[];
  faults: GithubFaults;
  /** A release that exists already (e.g. the one a release event is for). */
  addRelease(r: { tag: string; prerelease?: boolean; assets?: { name: string; bytes: Buffer }[] }): StoredRelease;
  release(tag: string): StoredRelease | undefined;
  /** Requests that changed something (POST, DELETE). */
  writes(): RecordedRequest[];
  close(): Promise<void>;
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): number => {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
  return status;
};

const notFound = (res: ServerResponse): number =>
  json(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });

const validation = (res: ServerResponse, resource: string, field: string): number =>
  json(res, 422, {
    message: 'Validation Failed',
    errors: [{ resource, code: 'already_exists', field }],
    documentation_url: 'https://docs.github.com/rest',
    status: '422',
  });

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export async function startGithubServer(
  o: { owner?: string; repo?: string; token?: string; faults?: GithubFaults } = {},
): Promise<GithubServer> {
  const owner = o.owner ?? 'acme';
  const repo = o.repo ?? 'svc';
  const token = o.token ?? `ghs_${createHash('sha256').update(String(Math.random())).digest('hex').slice(0, 36)}`;
  const releases: StoredRelease[] = [];
  const requests: RecordedRequest[] = [];
  let nextId = 1000;
  let uploadsSeen = 0;
  const sockets = new Set<Socket>();
  let base = '';

  const assetJson = (r: StoredRelease, a: StoredAsset, s: GithubServer): Record<string, unknown> => ({
    url: `${base}/repos/${owner}/${repo}/releases/assets/${a.id}`,
    id: a.id,
    name: a.name,
    label: a.label,
    content_type: a.contentType,
    state: 'uploaded',
    size: a.bytes.length,
    ...(s.faults.noDigest ? {} : { digest: `sha256:${createHash('sha256').update(a.bytes).digest('hex')}` }),
    download_count: 0,
    browser_download_url: `${base}/download/${owner}/${repo}/${encodeURIComponent(r.tag)}/${encodeURIComponent(a.name)}`,
  });
  const releaseJson = (r: StoredRelease, s: GithubServer): Record<string, unknown> => ({
    url: `${base}/repos/${owner}/${repo}/releases/${r.id}`,
    id: r.id,
    tag_name: r.tag,
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: r.prerelease,
    html_url: `${base}/${owner}/${repo}/releases/tag/${encodeURIComponent(r.tag)}`,
    assets_url: `${base}/repos/${owner}/${repo}/releases/${r.id}/assets`,
    upload_url: `${base}/uploads/repos/${owner}/${repo}/releases/${r.id}/assets{?name,label}`,
    assets: r.assets.map((a) => assetJson(r, a, s)),
  });
  const findAsset = (id: number): { r: StoredRelease; a: StoredAsset } | undefined => {
    for (const r of releases) {
      const a = r.assets.find((x) => x.id === id);
      if (a) return { r, a };
    }
    return undefined;
  };

  async function route(
    req: IncomingMessage,
    res: ServerResponse,
    s: GithubServer,
    rec: RecordedRequest,
  ): Promise<number> {
    const method = req.method ?? 'GET';
    const repoPath = `/repos/${owner}/${repo}`;
    const p = rec.path;
    if (method === 'GET' && p.startsWith(`/download/${owner}/${repo}/`)) {
      const [tag, name] = p.slice(`/download/${owner}/${repo}/`.length).split('/').map(decodeURIComponent);
      const a = releases.find((r) => r.tag === tag)?.assets.find((x) => x.name === name);
      if (!a) return notFound(res);
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': a.bytes.length });
      res.end(a.bytes);
      return 200;
    }
    if (!rec.authorized) return json(res, 401, { message: 'Bad credentials', status: '401' });
    if ((method === 'POST' || method === 'DELETE') && s.faults.forbidden)
      return json(res, 403, { message: 'Resource not accessible by integration', status: '403' });
    let m: RegExpExecArray | null;
    if (method === 'GET' && (m = new RegExp(`^${repoPath}/releases/tags/(.+)$`).exec(p))) {
      const r = releases.find((x) => x.tag === decodeURIComponent(m![1]!) && !x.draft);
      return r ? json(res, 200, releaseJson(r, s)) : notFound(res);
    }
    if (method === 'GET' && (m = new RegExp(`^${repoPath}/releases/(\\d+)$`).exec(p))) {
      const r = releases.find((x) => x.id === Number(m![1]));
      return r ? json(res, 200, releaseJson(r, s)) : notFound(res);
    }
    if (method === 'POST' && p === `${repoPath}/releases`) {
      const body = JSON.parse((await readBody(req)).toString('utf8') || '{}') as Record<string, unknown>;
      rec.json = body;
      const tag = String(body.tag_name ?? '');
      if (!tag)
        return json(res, 422, { message: 'Validation Failed', errors: [{ code: 'missing_field', field: 'tag_name' }] });
      if (releases.some((r) => r.tag === tag)) return validation(res, 'Release', 'tag_name');
      const generated = body.generate_release_notes === true;
      const r: StoredRelease = {
        id: nextId++,
        tag,
        name: typeof body.name === 'string' ? body.name : tag,
        body: typeof body.body === 'string' ? body.body : generated ? `**Full Changelog**: ${tag}` : null,
        prerelease: body.prerelease === true,
        draft: body.draft === true,
        generatedNotes: generated,
        assets: [],
      };
      releases.push(r);
      return json(res, 201, releaseJson(r, s), { location: `${base}${repoPath}/releases/${r.id}` });
    }
    if (method === 'GET' && (m = new RegExp(`^${repoPath}/releases/(\\d+)/assets$`).exec(p))) {
      const r = releases.find((x) => x.id === Number(m![1]));
      if (!r) return notFound(res);
      const perPage = Math.min(100, Number(rec.query.per_page ?? 30));
      const page = Number(rec.query.page ?? 1);
      const all = r.assets.map((a) => assetJson(r, a, s));
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) headers.link = `<${base}${p}?per_page=${perPage}&page=${page + 1}>; rel="next"`;
      return json(res, 200, all.slice((page - 1) * perPage, page * perPage), headers);
    }
    if ((m = new RegExp(`^${repoPath}/releases/assets/(\\d+)$`).exec(p))) {
      const hit = findAsset(Number(m[1]));
      if (!hit) return notFound(res);
      if (method === 'DELETE') {
        hit.r.assets = hit.r.assets.filter((a) => a !== hit.a);
        res.writeHead(204).end();
        return 204;
      }
      if (method === 'GET' && /application\/octet-stream/.test(req.headers.accept ?? '')) {
        res.writeHead(302, { location: String(assetJson(hit.r, hit.a, s).browser_download_url) }).end();
        return 302;
      }
      if (method === 'GET') return json(res, 200, assetJson(hit.r, hit.a, s));
    }
    if (method === 'POST' && (m = new RegExp(`^/uploads${repoPath}/releases/(\\d+)/assets$`).exec(p))) {
      const r = releases.find((x) => x.id === Number(m![1]));
      const bytes = await readBody(req);
      rec.uploadBytes = bytes.length;
      // As GitHub's upload endpoint: the body's length is said up front, not streamed in chunks.
      if (req.headers['content-length'] !== String(bytes.length))
        return json(res, 411, { message: `Content-Length ${req.headers['content-length'] ?? 'missing'}` });
      uploadsSeen++;
      if (s.faults.alwaysFailUploads || uploadsSeen <= (s.faults.failUploads ?? 0))
        return json(res, 502, { message: 'Server Error' });
      if (!r) return notFound(res);
      const name = rec.query.name ?? '';
      if (!name)
        return json(res, 422, { message: 'Validation Failed', errors: [{ code: 'missing_field', field: 'name' }] });
      if (r.assets.some((a) => a.name === name)) return validation(res, 'ReleaseAsset', 'name');
      const a: StoredAsset = {
        id: nextId++,
        name,
        label: rec.query.label ?? null,
        contentType: req.headers['content-type'] ?? 'application/octet-stream',
        bytes,
      };
      r.assets.push(a);
      return json(res, 201, assetJson(r, a, s));
    }
    return notFound(res);
  }

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rec: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      status: 0,
      authorized: req.headers.authorization === `token ${token}`,
    };
    requests.push(rec);
    route(req, res, state, rec).then(
      (status) => (rec.status = status),
      (e: unknown) => {
        rec.status = 500;
        if (!res.headersSent) json(res, 500, { message: String(e) });
      },
    );
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const state: GithubServer = {
    url: base,
    token,
    owner,
    repo,
    releases,
    requests,
    faults: o.faults ?? {},
    addRelease(r) {
      const rel: StoredRelease = {
        id: nextId++,
        tag: r.tag,
        name: r.tag,
        body: null,
        prerelease: r.prerelease ?? false,
        draft: false,
        generatedNotes: false,
        assets: (r.assets ?? []).map((a) => ({
          id: nextId++,
          name: a.name,
          label: null,
          contentType: 'application/octet-stream',
          bytes: a.bytes,
        })),
      };
      releases.push(rel);
      return rel;
    },
    release: (tag) => releases.find((r) => r.tag === tag),
    writes: () => requests.filter((r) => r.method === 'POST' || r.method === 'DELETE'),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  return state;
}
