// Publishing one GitHub Release: find (or create) the release of the tag, then bring its assets in
// line with the local files — new names uploaded, same bytes left alone, different bytes replaced —
// touching no other asset and no other release. Uploads are retried with backoff; the outcome says,
// asset by asset, what made it, so a failure never leaves a release half-published unsaid.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { ApiError, type ReleaseApi, type ReleaseInfo } from './github-api.js';
import {
  apiErrorMessage,
  duplicateNames,
  isRetryable,
  planAssets,
  type AssetAction,
  type LocalAsset,
} from './github-release.js';
import { backoffMs } from './docker-args.js';
import type { ReleaseArchive } from './build-plan.js';

export interface PublishRequest {
  /** "owner/name", for messages. */
  repository: string;
  tag: string;
  /** A release event's release: upload to it, never create another. */
  releaseId?: number;
  /** Notes for a new release; undefined: GitHub's generated notes. */
  body?: string;
  prerelease: boolean;
  /** In upload order (SHA256SUMS last: its presence says the set is complete). */
  assets: LocalAsset[];
}

export type AssetState = 'uploaded' | 'unchanged' | 'replaced' | 'failed' | 'not attempted';

export interface AssetOutcome {
  name: string;
  size: number;
  state: AssetState;
  /** Upload attempts made (0 when nothing was sent). */
  attempts: number;
  error?: string;
}

export interface PublishOutcome {
  release?: { id: number; url: string; created: boolean; prerelease: boolean };
  assets: AssetOutcome[];
  /** Set when publishing stopped: what failed, naming the asset or the call. */
  error?: string;
}

export interface PublishOptions {
  /** Retries of one upload after a retryable failure (5xx, 429, lost connection). */
  retries: number;
  /** First backoff; doubled per retry, capped at 30 s. */
  baseDelayMs: number;
  sleep?: (ms: number) => Promise<void>;
  log: (message: string) => void;
}

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');
const defaultSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

class Stop extends Error {}

/** The release to upload to: the event's, the tag's, or a new one. */
async function findOrCreate(api: ReleaseApi, req: PublishRequest): Promise<{ release: ReleaseInfo; created: boolean }> {
  if (req.releaseId !== undefined) return { release: await api.releaseById(req.releaseId), created: false };
  const existing = await api.releaseByTag(req.tag);
  if (existing) return { release: existing, created: false };
  const made = await api.createRelease({
    tag: req.tag,
    name: req.tag,
    prerelease: req.prerelease,
    ...(req.body !== undefined ? { body: req.body } : {}),
  });
  if (made !== 'exists') return { release: made, created: true };
  // Another job created it between our look and our create: use theirs.
  const theirs = await api.releaseByTag(req.tag);
  if (!theirs) throw new ApiError(422, `the release of ${req.tag} exists but cannot be read`);
  return { release: theirs, created: false };
}

/** 'compare' actions settled by downloading the asset and hashing it (APIs without a digest). */
async function settle(api: ReleaseApi, action: AssetAction): Promise<AssetAction> {
  if (action.kind !== 'compare') return action;
  const same = sha256(await api.downloadAsset(action.remote.id)) === action.asset.sha256;
  return { kind: same ? 'unchanged' : 'replace', asset: action.asset, remote: action.remote };
}

/** One upload with retries; a leftover asset of the same name (a broken earlier try) is removed first. */
async function uploadWithRetries(
  api: ReleaseApi,
  release: ReleaseInfo,
  asset: LocalAsset,
  o: PublishOptions,
): Promise<{ attempts: number; error?: ApiError }> {
  const sleep = o.sleep ?? defaultSleep;
  for (let n = 1; ; n++) {
    try {
      await api.uploadAsset(release, asset);
      return { attempts: n };
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(undefined, (e as Error).message);
      const leftover = err.status === 422 && err.codes.includes('already_exists');
      if ((!isRetryable(err.status) && !leftover) || n > o.retries) return { attempts: n, error: err };
      if (leftover) {
        const stale = (await api.listAssets(release.id)).find((a) => a.name === asset.name);
        if (stale) await api.deleteAsset(stale.id);
      }
      const wait = backoffMs(n, o.baseDelayMs);
      o.log(`Upload of ${asset.name} failed (${err.message}); retry ${n} of ${o.retries} in ${wait} ms.`);
      await sleep(wait);
    }
  }
}

/** Carries out one asset's action; throws Stop after recording a final failure. */
async function apply(
  api: ReleaseApi,
  release: ReleaseInfo,
  action: AssetAction,
  req: PublishRequest,
  o: PublishOptions,
  out: AssetOutcome,
): Promise<void> {
  if (action.kind === 'unchanged') {
    out.state = 'unchanged';
    return;
  }
  if (action.kind === 'replace' || action.kind === 'compare') {
    o.log(`${action.asset.name}: the release holds different bytes; replacing it.`);
    await api.deleteAsset(action.remote.id);
  }
  const up = await uploadWithRetries(api, release, action.asset, o);
  out.attempts = up.attempts;
  if (up.error) {
    out.state = 'failed';
    out.error = apiErrorMessage(
      `Upload of ${action.asset.name} to the release ${req.tag} failed after ${up.attempts} ${up.attempts === 1 ? 'attempt' : 'attempts'}`,
      up.error.status,
      up.error.detail,
      req.repository,
    );
    throw new Stop(out.error);
  }
  out.state = action.kind === 'upload' ? 'uploaded' : 'replaced';
  o.log(`${action.asset.name}: ${out.state}.`);
}

export async function publishRelease(api: ReleaseApi, req: PublishRequest, o: PublishOptions): Promise<PublishOutcome> {
  const assets: AssetOutcome[] = req.assets.map((a) => ({
    name: a.name,
    size: a.size,
    state: 'not attempted',
    attempts: 0,
  }));
  const dupes = duplicateNames(req.assets);
  if (dupes.length)
    return {
      assets,
      error: `Two assets share a name (${dupes.join(', ')}); GitHub keeps one per name. Nothing was published.`,
    };
  let outcome: PublishOutcome = { assets };
  let step = `Finding the release of ${req.tag}`;
  try {
    const { release, created } = await findOrCreate(api, req);
    outcome = {
      assets,
      release: { id: release.id, url: release.htmlUrl, created, prerelease: release.prerelease },
    };
    o.log(`${created ? 'Created' : 'Using'} the release ${req.tag}: ${release.htmlUrl}`);
    step = `Listing the assets of the release ${req.tag}`;
    const remote = await api.listAssets(release.id);
    const actions = planAssets(req.assets, remote);
    for (const [i, planned] of actions.entries()) {
      step = `Publishing ${planned.asset.name} on the release ${req.tag}`;
      await apply(api, release, await settle(api, planned), req, o, assets[i]!);
    }
    return outcome;
  } catch (e) {
    if (e instanceof Stop) return { ...outcome, error: e.message };
    const err = e instanceof ApiError ? e : new ApiError(undefined, (e as Error).message);
    return { ...outcome, error: apiErrorMessage(step, err.status, err.detail, req.repository) };
  }
}

/** "3 uploaded, 1 unchanged, 1 failed" */
export function countStates(assets: readonly AssetOutcome[]): string {
  const order: AssetState[] = ['uploaded', 'replaced', 'unchanged', 'failed', 'not attempted'];
  return order
    .map((s) => [s, assets.filter((a) => a.state === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
}

/** An archive as the build stage describes it (BuildData.archives). */
export type BuiltArchive = ReleaseArchive;

async function fileDigest(path: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { size, sha256: hash.digest('hex') };
}

/**
 * The files to publish, in upload order: each archive and the files beside it, SHA256SUMS last.
 * An archive whose bytes are no longer the ones the build recorded is refused (nothing is published).
 */
export async function collectAssets(archives: readonly BuiltArchive[], checksums?: string): Promise<LocalAsset[]> {
  const out: LocalAsset[] = [];
  const add = async (path: string, expected?: string): Promise<void> => {
    let d;
    try {
      d = await fileDigest(path);
    } catch (e) {
      throw new Error(
        `Cannot read ${path} to publish it: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`,
        { cause: e },
      );
    }
    if (expected !== undefined && d.sha256 !== expected.toLowerCase())
      throw new Error(
        `${path} changed after the build (sha256 ${d.sha256}, the build recorded ${expected}): nothing was published.`,
      );
    out.push({ name: basename(path), path, ...d });
  };
  for (const a of archives) {
    await add(a.path, a.sha256);
    for (const extra of a.assets) await add(extra);
  }
  if (checksums) await add(checksums);
  return out;
}
