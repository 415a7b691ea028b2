// GitHub's release endpoints through Octokit (@actions/github), one method per verb. The toolkit is
// loaded only when a release is published: a run that publishes nothing never loads it.
import { readFile } from 'node:fs/promises';
import type { getOctokit } from '@actions/github';
import type { LocalAsset, RemoteAsset } from './github-release.js';

export interface ReleaseInfo {
  id: number;
  tag: string;
  htmlUrl: string;
  /** The upload URL template, e.g. https://uploads.github.com/repos/o/r/releases/1/assets{?name,label}. */
  uploadUrl: string;
  prerelease: boolean;
}

export interface NewRelease {
  tag: string;
  name: string;
  /** The notes; absent: GitHub generates them (generate_release_notes). */
  body?: string;
  prerelease: boolean;
}

/** A refusal or a lost connection: the HTTP status when there was one, and what GitHub said. */
export class ApiError extends Error {
  constructor(
    readonly status: number | undefined,
    readonly detail: string,
    /** GitHub's validation codes (e.g. already_exists on a 422). */
    readonly codes: readonly string[] = [],
  ) {
    super(status === undefined ? detail : `${status}${detail ? ` ${detail}` : ''}`);
  }
}

export interface ReleaseApi {
  /** The published release of a tag; undefined when there is none (404). */
  releaseByTag(tag: string): Promise<ReleaseInfo | undefined>;
  releaseById(id: number): Promise<ReleaseInfo>;
  /** Creates the release; 'exists' when GitHub answers 422 already_exists (another job was first). */
  createRelease(r: NewRelease): Promise<ReleaseInfo | 'exists'>;
  listAssets(releaseId: number): Promise<RemoteAsset[]>;
  uploadAsset(release: ReleaseInfo, asset: LocalAsset): Promise<RemoteAsset>;
  deleteAsset(assetId: number): Promise<void>;
  /** The asset's bytes (to compare with a local file when the API gives no digest). */
  downloadAsset(assetId: number): Promise<Buffer>;
}

const CONTENT_TYPES: [RegExp, string][] = [
  [/\.(tar\.gz|tgz)$/, 'application/gzip'],
  [/\.zip$/, 'application/zip'],
  [/\.json$/, 'application/json'],
  [/(\.sha256|SHA256SUMS|\.txt)$/, 'text/plain'],
];

export function contentType(name: string): string {
  return CONTENT_TYPES.find(([re]) => re.test(name))?.[1] ?? 'application/octet-stream';
}

interface OctokitError {
  status?: number;
  message?: string;
  response?: { data?: { message?: unknown; errors?: { code?: unknown }[] } };
}

/** Octokit's RequestError (or a network failure) as an ApiError. */
export function toApiError(e: unknown): ApiError {
  const err = e as OctokitError;
  const data = err.response?.data;
  const message = typeof data?.message === 'string' ? data.message : (err.message ?? String(e));
  const codes = Array.isArray(data?.errors)
    ? data.errors.map((x) => x?.code).filter((c): c is string => typeof c === 'string')
    : [];
  return new ApiError(typeof err.status === 'number' ? err.status : undefined, message, codes);
}

interface RawRelease {
  id: number;
  tag_name: string;
  html_url: string;
  upload_url: string;
  prerelease: boolean;
}

const toRelease = (r: RawRelease): ReleaseInfo => ({
  id: r.id,
  tag: r.tag_name,
  htmlUrl: r.html_url,
  uploadUrl: r.upload_url,
  prerelease: r.prerelease,
});

interface RawAsset {
  id: number;
  name: string;
  size: number;
  digest?: string | null;
}

const toAsset = (a: RawAsset): RemoteAsset => ({ id: a.id, name: a.name, size: a.size, digest: a.digest ?? null });

async function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw toApiError(e);
  }
}

/**
 * Uploads one file to a release. No content-length header of our own: fetch sends the body's
 * length. @actions/github's undici 6 fetch on Node 24 refuses a request that names one ("invalid
 * content-length header") once Node's own fetch has set the process-wide dispatcher.
 */
async function uploadAsset(
  octokit: ReturnType<typeof getOctokit>,
  release: ReleaseInfo,
  asset: LocalAsset,
): Promise<RemoteAsset> {
  const data = await readFile(asset.path);
  const res = await octokit.request({
    method: 'POST',
    url: release.uploadUrl,
    name: asset.name,
    data,
    headers: { 'content-type': contentType(asset.name) },
  });
  return toAsset(res.data as RawAsset);
}

/**
 * The release API of one repository ("owner/name") on `apiUrl` (GITHUB_API_URL: api.github.com, or
 * a GitHub Enterprise Server's /api/v3). The token goes to Octokit's auth only.
 */
export async function octokitReleaseApi(o: { token: string; apiUrl: string; repository: string }): Promise<ReleaseApi> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(o.token, { baseUrl: o.apiUrl.replace(/\/+$/, '') });
  const [owner, repo] = o.repository.split('/') as [string, string];
  const rest = octokit.rest.repos;
  return {
    async releaseByTag(tag) {
      try {
        return toRelease((await rest.getReleaseByTag({ owner, repo, tag })).data);
      } catch (e) {
        const err = toApiError(e);
        if (err.status === 404) return undefined;
        throw err;
      }
    },
    releaseById: (id) => call(async () => toRelease((await rest.getRelease({ owner, repo, release_id: id })).data)),
    async createRelease(r) {
      try {
        const res = await rest.createRelease({
          owner,
          repo,
          tag_name: r.tag,
          name: r.name,
          prerelease: r.prerelease,
          ...(r.body !== undefined ? { body: r.body } : { generate_release_notes: true }),
        });
        return toRelease(res.data);
      } catch (e) {
        const err = toApiError(e);
        if (err.status === 422 && err.codes.includes('already_exists')) return 'exists';
        throw err;
      }
    },
    listAssets: (id) =>
      call(async () =>
        (await octokit.paginate(rest.listReleaseAssets, { owner, repo, release_id: id, per_page: 100 })).map(toAsset),
      ),
    uploadAsset: (release, asset) => call(() => uploadAsset(octokit, release, asset)),
    deleteAsset: (id) =>
      call(async () => {
        await rest.deleteReleaseAsset({ owner, repo, asset_id: id });
      }),
    downloadAsset: (id) =>
      call(async () => {
        const res = await rest.getReleaseAsset({
          owner,
          repo,
          asset_id: id,
          headers: { accept: 'application/octet-stream' },
        });
        return Buffer.from(res.data as unknown as ArrayBuffer);
      }),
  };
}
