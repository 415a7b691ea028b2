// The GitHub Release through the built action, against the REST stand-in (the real Octokit inside
// dist/ talks to it through GITHUB_API_URL): mode: merge over the cells of a release matrix, laid
// out as actions/download-artifact lays them out (one folder per cell: its report.json with the
// archive and its .sha256 beside it). Checks what the stand-in received and stored, re-runs, the
// pre-release flag, a release event, and every fault: a failed or missing cell, a 403, uploads that
// fail and recover or keep failing, a release event whose tag is not Cargo.toml's version.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planReleaseCells } from '../../src/matrix/release.js';
import { startGithubServer, type GithubServer } from '../support/github-server.js';
import { runAction, workspaces, type StepResult } from '../support/rig.js';

const workspace = workspaces();
const TARGETS = ['x86_64-unknown-linux-musl', 'aarch64-unknown-linux-gnu'];
const sha = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');

let gh: GithubServer;
beforeEach(async () => {
  gh = await startGithubServer();
});
afterEach(async () => gh.close());

interface CellOptions {
  version?: string;
  /** This target's cell failed its build. */
  failed?: string;
  /** This target's cell left no report (cancelled, runner lost). */
  missing?: string;
  /** Bytes of every archive (default: per target). */
  content?: (target: string) => string;
}

/** The downloaded artifacts of a release matrix's cells, and the planned matrix. */
function cellArtifacts(o: CellOptions = {}): { reports: string; matrix: string } {
  const version = o.version ?? '1.2.3';
  const reports = workspace.temp('rp-release-reports-');
  const cells = planReleaseCells(TARGETS, 'stable');
  for (const cell of cells) {
    if (cell.target === o.missing) continue;
    const dir = join(reports, `release-${cell.target}`);
    mkdirSync(dir, { recursive: true });
    const failed = cell.target === o.failed;
    const name = `app-${version}-${cell.target}.tar.gz`;
    const bytes = Buffer.from(o.content?.(cell.target) ?? `archive of ${cell.target} ${version}`);
    const built = `/home/runner/work/app/target/rust-pipeline/dist/${name}`;
    if (!failed) {
      writeFileSync(join(dir, name), bytes);
      writeFileSync(join(dir, `${name}.sha256`), `${sha(bytes)}  ${name}\n`);
    }
    const archive = {
      target: cell.target,
      path: built,
      name,
      sha256: sha(bytes),
      size: bytes.length,
      assets: [`${built}.sha256`],
    };
    const build = failed
      ? {
          name: 'build',
          status: 'failure',
          summary: 'cargo build failed (exit 101)',
          findings: [{ level: 'error', title: 'cargo build', message: 'linker `cc` not found' }],
        }
      : {
          name: 'build',
          status: 'success',
          summary: 'built',
          findings: [],
          data: { package: { name: 'app', version }, version, archives: [archive] },
        };
    const report = {
      schema: 1,
      result: failed ? 'failure' : 'success',
      failedStages: failed ? ['build'] : [],
      stages: [build],
      outputs: {},
      phases: [],
      totalMs: 1000,
      cell,
    };
    writeFileSync(join(dir, 'report.json'), JSON.stringify(report));
  }
  return { reports, matrix: JSON.stringify({ include: cells }) };
}

function checkout(changelog?: string): string {
  const ws = workspace.temp('rp-release-ws-');
  writeFileSync(join(ws, 'Cargo.toml'), '[package]\nname = "app"\nversion = "1.2.3"\nedition = "2021"\n');
  if (changelog) writeFileSync(join(ws, 'CHANGELOG.md'), changelog);
  return ws;
}

interface MergeOptions {
  ref?: string;
  event?: string;
  payload?: unknown;
  inputs?: Record<string, string>;
  token?: string;
  ws?: string;
}

async function merge(art: { reports: string; matrix: string }, o: MergeOptions = {}): Promise<StepResult> {
  const ws = o.ws ?? checkout();
  const env: Record<string, string> = {
    GITHUB_API_URL: gh.url,
    GITHUB_REPOSITORY: 'acme/svc',
    GITHUB_EVENT_NAME: o.event ?? 'push',
    GITHUB_REF: o.ref ?? 'refs/tags/v1.2.3',
    RUST_PIPELINE_RETRY_BASE_MS: '1',
  };
  if (o.payload) {
    const path = join(workspace.temp('rp-event-'), 'event.json');
    writeFileSync(path, JSON.stringify(o.payload));
    env.GITHUB_EVENT_PATH = path;
  }
  const { main } = await runAction({
    workspace: ws,
    inputs: {
      mode: 'merge',
      reports: art.reports,
      matrix: art.matrix,
      'github-token': o.token ?? gh.token,
      ...o.inputs,
    },
    env,
    noPost: true,
  });
  return main;
}

/** The token appears only in the runner's add-mask command, never in a log line, the summary or an output. */
function expectTokenKeptSecret(main: StepResult): void {
  const lines = main.stdout.split('\n').filter((l) => l.includes(gh.token));
  expect(lines).toEqual([`::add-mask::${gh.token}`]);
  expect(main.summary).not.toContain(gh.token);
  expect(JSON.stringify(main.outputs)).not.toContain(gh.token);
}

const storedNames = (tag: string): string[] => (gh.release(tag)?.assets ?? []).map((a) => a.name).sort();

describe('mode: merge of a release matrix publishes one release', () => {
  it('a v1.2.3 tag: one release with every archive, its .sha256 and one SHA256SUMS; notes from CHANGELOG.md', async () => {
    const art = cellArtifacts();
    const ws = checkout(
      '# Changelog\n\n## [1.2.3] - 2026-12-01\n### Added\n- archives for every target\n\n## [1.2.2]\n- old\n',
    );
    const main = await merge(art, { ws });
    expect(main.code, main.stdout).toBe(0);
    expect(gh.releases.map((r) => [r.tag, r.name, r.prerelease, r.body])).toEqual([
      ['v1.2.3', 'v1.2.3', false, '### Added\n- archives for every target'],
    ]);
    expect(storedNames('v1.2.3')).toEqual([
      'SHA256SUMS',
      'app-1.2.3-aarch64-unknown-linux-gnu.tar.gz',
      'app-1.2.3-aarch64-unknown-linux-gnu.tar.gz.sha256',
      'app-1.2.3-x86_64-unknown-linux-musl.tar.gz',
      'app-1.2.3-x86_64-unknown-linux-musl.tar.gz.sha256',
    ]);
    const stored = (name: string): Buffer => gh.release('v1.2.3')!.assets.find((a) => a.name === name)!.bytes;
    for (const t of TARGETS) {
      const name = `app-1.2.3-${t}.tar.gz`;
      expect(stored(name).equals(readFileSync(join(art.reports, `release-${t}`, name)))).toBe(true);
    }
    expect(stored('SHA256SUMS').toString()).toBe(
      TARGETS.map((t) => `app-1.2.3-${t}.tar.gz`)
        .sort()
        .map((n) => `${sha(`archive of ${n.slice(10, -7)} 1.2.3`)}  ${n}`)
        .join('\n') + '\n',
    );
    expect(main.outputs['release-url']).toBe(`${gh.url}/acme/svc/releases/tag/v1.2.3`);
    expect(JSON.parse(main.outputs['release-assets']!).map((a: { state: string }) => a.state)).toEqual(
      Array(5).fill('uploaded'),
    );
    expect(main.summary).toContain(
      `[v1.2.3](${gh.url}/acme/svc/releases/tag/v1.2.3) — created, notes from CHANGELOG.md. Assets: 5 uploaded.`,
    );
    expect(gh.requests.every((r) => r.authorized)).toBe(true);
    expectTokenKeptSecret(main);

    // The same tag again: nothing uploaded, nothing deleted, the summary says so.
    const writes = gh.writes().length;
    const again = await merge(art, { ws });
    expect(again.code, again.stdout).toBe(0);
    expect(gh.writes().length).toBe(writes);
    expect(again.summary).toContain('existing release. Assets: 5 unchanged.');
  });

  it('v2.0.0-rc.1 makes a pre-release with notes GitHub generates (no changelog section)', async () => {
    const main = await merge(cellArtifacts({ version: '2.0.0-rc.1' }), { ref: 'refs/tags/v2.0.0-rc.1' });
    expect(main.code, main.stdout).toBe(0);
    expect(gh.release('v2.0.0-rc.1')).toMatchObject({ prerelease: true, generatedNotes: true });
    expect(gh.requests.find((r) => r.json)?.json).toMatchObject({ generate_release_notes: true, prerelease: true });
    expect(storedNames('v2.0.0-rc.1')).toHaveLength(5);
  });

  it('a release event uploads to that release and creates none', async () => {
    const rel = gh.addRelease({ tag: 'v1.2.3', assets: [{ name: 'notes.pdf', bytes: Buffer.from('by hand') }] });
    const main = await merge(cellArtifacts(), {
      event: 'release',
      payload: { action: 'published', release: { id: rel.id, tag_name: 'v1.2.3' } },
    });
    expect(main.code, main.stdout).toBe(0);
    expect(gh.requests.some((r) => r.method === 'POST' && r.path === '/repos/acme/svc/releases')).toBe(false);
    expect(gh.releases).toHaveLength(1);
    expect(storedNames('v1.2.3')).toContain('notes.pdf');
    expect(storedNames('v1.2.3')).toHaveLength(6);
  });

  it('a branch push publishes nothing and says why', async () => {
    const main = await merge(cellArtifacts(), { ref: 'refs/heads/main' });
    expect(main.code, main.stdout).toBe(0);
    expect(gh.requests).toEqual([]);
    expect(main.summary).toContain('github-release: auto publishes on pushes of version tags');
  });
});

describe('faults: nothing half-published without saying so', () => {
  it.each([
    [1, 'a failed cell', { failed: 'aarch64-unknown-linux-gnu' }, /aarch64-unknown-linux-gnu: the build stage failure/],
    [2, 'a missing cell', { missing: 'aarch64-unknown-linux-gnu' }, /aarch64-unknown-linux-gnu: no report/],
  ])('%i %s publishes nothing and the summary names the target', async (_n, _what, o, why) => {
    const main = await merge(cellArtifacts(o));
    expect(main.code).not.toBe(0);
    expect(gh.requests).toEqual([]);
    expect(main.summary).toMatch(why);
    expect(main.summary).toContain('Nothing was published');
    expect(main.outputs['release-url']).toBe('');
  });

  it('an archive altered after its cell recorded it publishes nothing', async () => {
    const art = cellArtifacts();
    writeFileSync(join(art.reports, `release-${TARGETS[0]}`, `app-1.2.3-${TARGETS[0]}.tar.gz`), 'tampered');
    const main = await merge(art);
    expect(main.code).not.toBe(0);
    expect(gh.requests).toEqual([]);
    expect(main.summary).toMatch(
      /x86_64-unknown-linux-musl: app-1\.2\.3-x86_64-unknown-linux-musl\.tar\.gz has sha256 [0-9a-f]{64}, its cell recorded/,
    );
  });

  it('a 403 says which permission is missing', async () => {
    gh.faults.forbidden = true;
    const main = await merge(cellArtifacts());
    expect(main.code).not.toBe(0);
    expect(gh.releases).toEqual([]);
    const error = main.annotations.find((a) => a.level === 'error' && a.title === 'GitHub Release');
    expect(error?.message).toMatch(
      /GitHub answered 403 Forbidden \(Resource not accessible by integration\)\. The token needs the "contents: write" permission/,
    );
    expectTokenKeptSecret(main);
  });

  it('an upload failing twice then succeeding is retried and the release is whole', async () => {
    gh.faults.failUploads = 2;
    const main = await merge(cellArtifacts());
    expect(main.code, main.stdout).toBe(0);
    expect(storedNames('v1.2.3')).toHaveLength(5);
    expect(main.stdout).toMatch(
      /Upload of app-1\.2\.3-aarch64-unknown-linux-gnu\.tar\.gz failed \(502 Server Error\); retry 2 of 3/,
    );
    const uploads = gh.requests.filter((r) => r.path.startsWith('/uploads/'));
    expect(uploads.map((r) => r.status)).toEqual([502, 502, 201, 201, 201, 201, 201]);
  });

  it('an upload that keeps failing names the asset and says what is on the release', async () => {
    const art = cellArtifacts();
    gh.faults.alwaysFailUploads = true;
    const main = await merge(art);
    expect(main.code).not.toBe(0);
    const error = main.annotations.find((a) => a.level === 'error' && a.title === 'GitHub Release');
    expect(error?.message).toMatch(
      /^Upload of app-1\.2\.3-aarch64-unknown-linux-gnu\.tar\.gz to the release v1\.2\.3 failed after 4 attempts: GitHub answered 502/,
    );
    expect(error?.message).toContain("On the release now: none of this run's assets.");
    expect(JSON.parse(main.outputs['release-assets']!).map((a: { state: string }) => a.state)).toEqual([
      'failed',
      'not attempted',
      'not attempted',
      'not attempted',
      'not attempted',
    ]);
    expect(main.summary).toContain('Assets: 1 failed, 4 not attempted.');
    // Once GitHub answers again, a re-run finishes the set.
    gh.faults.alwaysFailUploads = false;
    const again = await merge(art);
    expect(again.code, again.stdout).toBe(0);
    expect(storedNames('v1.2.3')).toHaveLength(5);
  });

  it("a release event for a tag that is not Cargo.toml's version publishes nothing", async () => {
    const rel = gh.addRelease({ tag: 'v1.2.4' });
    const main = await merge(cellArtifacts(), {
      event: 'release',
      ref: 'refs/tags/v1.2.4',
      payload: { action: 'published', release: { id: rel.id, tag_name: 'v1.2.4' } },
    });
    expect(main.code).not.toBe(0);
    expect(gh.requests).toEqual([]);
    expect(main.annotations.map((a) => a.message)).toContain(
      "The release event is for tag v1.2.4 (version 1.2.4) but Cargo.toml's version is 1.2.3: nothing was published. Bump the version in Cargo.toml to 1.2.4 (or publish the release from a tag v1.2.3).",
    );
  });

  it('github-release: true off a tag is an input error', async () => {
    const main = await merge(cellArtifacts(), { ref: 'refs/heads/main', inputs: { 'github-release': 'true' } });
    expect(main.code).not.toBe(0);
    expect(gh.requests).toEqual([]);
    const error = main.annotations.find((a) => a.title === 'github-release');
    expect(error?.message).toMatch(
      /^Input "github-release" is "true" but this run is not on a tag \(push event on refs\/heads\/main\)/,
    );
  });
});

describe('one step builds every target and publishes the release', () => {
  const GNU = 'x86_64-unknown-linux-gnu';
  const MUSL = 'x86_64-unknown-linux-musl';
  const names = (target: string): string[] => {
    const archive = `fixture-release-1.2.3-${target}.tar.gz`;
    return [archive, `${archive}.cdx.json`, `${archive}.sha256`];
  };

  it('a v1.2.3 tag: each archive with its .sha256 and SBOM, and SHA256SUMS, on one release; a re-run uploads nothing', async () => {
    const ws = workspace('release-bin');
    const step = () =>
      runAction({
        workspace: ws,
        inputs: {
          stages: 'build, publish',
          targets: `${MUSL}, ${GNU}`,
          static: 'true',
          // Plain cargo build: auditable builds need an advisory database (auditable.test.ts covers them).
          auditable: 'false',
          'github-token': gh.token,
        },
        env: {
          GITHUB_API_URL: gh.url,
          GITHUB_REPOSITORY: 'acme/svc',
          GITHUB_EVENT_NAME: 'push',
          GITHUB_REF: 'refs/tags/v1.2.3',
          SOURCE_DATE_EPOCH: '1767322800',
          RUST_PIPELINE_RETRY_BASE_MS: '1',
        },
        noPost: true,
      });
    const { main } = await step();
    expect(main.code, main.stdout).toBe(0);
    expect(gh.releases.map((r) => [r.tag, r.prerelease])).toEqual([['v1.2.3', false]]);
    expect(storedNames('v1.2.3')).toEqual(['SHA256SUMS', ...names(GNU), ...names(MUSL)].sort());

    // What the release holds is what the step built: archives byte for byte, SHA256SUMS over them.
    const archives = JSON.parse(main.outputs.archives!) as { target: string; path: string; sha256: string }[];
    const stored = (name: string): Buffer => gh.release('v1.2.3')!.assets.find((a) => a.name === name)!.bytes;
    for (const a of archives) {
      const name = `fixture-release-1.2.3-${a.target}.tar.gz`;
      expect(stored(name).equals(readFileSync(a.path))).toBe(true);
      expect(sha(stored(name))).toBe(a.sha256);
      expect(stored('SHA256SUMS').toString()).toContain(`${a.sha256}  ${name}\n`);
      const bom = JSON.parse(stored(`${name}.cdx.json`).toString()) as {
        bomFormat: string;
        specVersion: string;
        metadata: { component: { name: string } };
        components: { name: string; purl: string }[];
      };
      expect([bom.bomFormat, bom.specVersion]).toEqual(['CycloneDX', '1.5']);
      // The binary's own path dependency is the one crate it links.
      expect(bom.components.map((c) => c.purl)).toEqual(['pkg:cargo/fixture-macros@0.1.0']);
    }
    expect(main.outputs['release-url']).toBe(`${gh.url}/acme/svc/releases/tag/v1.2.3`);
    expect(main.outputs.sbom!.split('\n')).toHaveLength(2);

    const writes = gh.writes().length;
    const again = (await step()).main;
    expect(again.code, again.stdout).toBe(0);
    expect(gh.writes().length).toBe(writes);
    expect(again.summary).toContain('Assets: 7 unchanged.');
  }, 300_000);
});
