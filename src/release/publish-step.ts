// The whole publishing step, shared by the publish stage (one runner built every archive) and
// mode: merge (the cells of a release matrix did): decide from github-release and the event, read
// the notes, check the files, publish, and describe the outcome for the summary and the outputs.
import type { Outputs } from '../action-outputs.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Block } from '../blocks.js';
import { formatBytes } from '../text.js';
import { octokitReleaseApi, type ReleaseApi } from './github-api.js';
import {
  changelogSection,
  decideRelease,
  type GithubReleaseSetting,
  type LocalAsset,
  type ReleaseEvent,
} from './github-release.js';
import { collectAssets, countStates, publishRelease, type BuiltArchive, type PublishOutcome } from './publish.js';
import { ok, stop, type Outcome } from '../context.js';
import { inputRef } from '../inputs/errors.js';
import type { InputName } from '../inputs/specs.js';

/** Retries of one upload; with the default base delay (1 s) they wait 1, 2 and 4 s. */
export const UPLOAD_RETRIES = 3;
/** Sets the first backoff in milliseconds (tests shorten it); a workflow has no reason to set it. */
export const BACKOFF_ENV = 'RUST_PIPELINE_RETRY_BASE_MS';

export interface PublishStepInput {
  setting: GithubReleaseSetting;
  token?: string;
  event: ReleaseEvent & { repository?: string };
  /** Cargo.toml's version (a release event's tag must match it). */
  cargoVersion: string;
  archives: readonly BuiltArchive[];
  checksums?: string;
  /** Folders searched for CHANGELOG.md, first hit wins (the package's, then the repository's). */
  changelogDirs: readonly string[];
  /** GITHUB_API_URL and the backoff setting. */
  env: NodeJS.ProcessEnv;
  log: (message: string) => void;
  /** The API to use instead of Octokit (benchmarks). */
  api?: ReleaseApi;
}

export interface PublishStepResult {
  status: 'success' | 'failure' | 'skipped';
  summary: string;
  /** The failure, naming the input, the call or the asset. */
  error?: string;
  /** The input a failure is about (github-release, github-token). */
  input?: InputName;
  outcome?: PublishOutcome;
  outputs: Outputs;
  blocks: Block[];
}

/** The version's CHANGELOG.md section, from the first folder that has one. */
export function releaseNotes(dirs: readonly string[], version: string): string | undefined {
  for (const dir of dirs) {
    let text: string;
    try {
      text = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8');
    } catch {
      continue;
    }
    return changelogSection(text, version);
  }
  return undefined;
}

function backoffBase(env: NodeJS.ProcessEnv): number {
  const n = Number(env[BACKOFF_ENV]);
  return Number.isFinite(n) && n >= 0 && env[BACKOFF_ENV] !== '' && env[BACKOFF_ENV] !== undefined ? n : 1000;
}

const done = (
  status: PublishStepResult['status'],
  summary: string,
  extra: Partial<PublishStepResult> = {},
): PublishStepResult => ({ status, summary, outputs: {}, blocks: [], ...extra });

export async function publishStep(i: PublishStepInput): Promise<PublishStepResult> {
  const decided = decideRelease(i.setting, i.event, i.cargoVersion);
  if (!decided.ok)
    return done('failure', 'not published', {
      error: decided.result.error,
      ...(decided.result.input ? { input: decided.result.input } : {}),
    });
  const decision = decided.value;
  if (!decision.publish) return notPublished(decision.why);
  const ready = await readyToPublish(i);
  if (!ready.ok) return ready.result;
  const { token, repository, assets } = ready.value;
  const body = releaseNotes(i.changelogDirs, decision.version);
  const api =
    i.api ?? (await octokitReleaseApi({ token, apiUrl: i.env.GITHUB_API_URL || 'https://api.github.com', repository }));
  const outcome = await publishRelease(
    api,
    {
      repository,
      tag: decision.tag,
      ...(decision.releaseId !== undefined ? { releaseId: decision.releaseId } : {}),
      ...(body !== undefined ? { body } : {}),
      prerelease: decision.prerelease,
      assets,
    },
    { retries: UPLOAD_RETRIES, baseDelayMs: backoffBase(i.env), log: i.log },
  );
  return described(decision.tag, outcome, body !== undefined);
}

/** A run that does not publish, and why, as the summary shows it. */
function notPublished(why: string): PublishStepResult {
  return done('skipped', `not published: ${why}`, {
    blocks: [
      { kind: 'heading', text: 'GitHub Release', level: 3 },
      { kind: 'text', text: `Not published: ${why}.` },
    ],
  });
}

/** What publishing needs besides the decision: a token, the repository, and the assets (read and checked). */
async function readyToPublish(
  i: PublishStepInput,
): Promise<Outcome<{ token: string; repository: string; assets: LocalAsset[] }, PublishStepResult>> {
  const refused = (error: string, extra: Partial<PublishStepResult> = {}) =>
    stop(done('failure', 'not published', { ...extra, error }));
  if (!i.token)
    return refused(
      `${inputRef('github-token')} is empty: publishing a release needs a token with contents: write (the default, the job's GITHUB_TOKEN, has it with \`permissions: contents: write\`).`,
      { input: 'github-token' },
    );
  if (!i.event.repository) return refused('GITHUB_REPOSITORY is not set: the repository to publish to is unknown.');
  if (i.archives.length === 0) return refused('The build made no archive: there is nothing to publish.');
  try {
    return ok({ token: i.token, repository: i.event.repository, assets: await collectAssets(i.archives, i.checksums) });
  } catch (e) {
    return refused((e as Error).message);
  }
}

/** Outputs and summary blocks of an outcome; a failure says which assets made it. */
function described(tag: string, outcome: PublishOutcome, changelog: boolean): PublishStepResult {
  const counts = countStates(outcome.assets);
  const outputs: Outputs = {
    'release-url': outcome.release?.url ?? '',
    'release-assets': JSON.stringify(outcome.assets.map((a) => ({ name: a.name, size: a.size, state: a.state }))),
  };
  const rel = outcome.release;
  const head = rel
    ? `[${tag}](${rel.url}) — ${rel.created ? 'created' : 'existing release'}${rel.prerelease ? ', pre-release' : ''}${rel.created ? `, notes ${changelog ? 'from CHANGELOG.md' : 'generated by GitHub'}` : ''}`
    : `${tag}: no release was created`;
  const blocks: Block[] = [
    { kind: 'heading', text: 'GitHub Release', level: 3 },
    { kind: 'text', text: `${head}. Assets: ${counts}.` },
    {
      kind: 'table',
      header: ['asset', 'size', 'state'],
      rows: outcome.assets.map((a) => [a.name, formatBytes(a.size), a.state]),
      align: ['left', 'right', 'left'],
    },
  ];
  if (outcome.error) {
    const made = outcome.assets
      .filter((a) => ['uploaded', 'replaced', 'unchanged'].includes(a.state))
      .map((a) => a.name);
    const error = `${outcome.error}\nOn the release now: ${made.length ? made.join(', ') : "none of this run's assets"}. Re-run the job to finish: assets already there are left alone.`;
    blocks.push({ kind: 'text', text: `❌ ${error.replace(/\n/g, '<br>')}` });
    return done('failure', `${tag}: ${counts}`, { error, outcome, outputs, blocks });
  }
  return done('success', `${tag}: ${counts}`, { outcome, outputs, blocks });
}
