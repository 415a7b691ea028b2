// The publish stage in a run: it reads the build stage's archives (ctx.previous), publishes them
// with the real Octokit client against the REST stand-in, and publishes nothing after a failure.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { result, type StageContext, type StageResult } from '../../src/context.js';
import type { StageName } from '../../src/inputs/specs.js';
import { publishStage } from '../../src/stages/publish.js';
import { startGithubServer, type GithubServer } from '../support/github-server.js';
import { recordingLogger, scriptedExec, stageContext, type RecordingLogger } from '../support/fakes.js';

let gh: GithubServer;
let dir: string;
let log: RecordingLogger;
beforeEach(async () => {
  gh = await startGithubServer();
  dir = mkdtempSync(join(tmpdir(), 'rp-pstage-'));
});
afterEach(async () => {
  await gh.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What the build stage hands over: one archive with its .sha256, and SHA256SUMS. */
function built(): StageResult {
  const name = 'app-1.2.3-x86_64-unknown-linux-musl.tar.gz';
  const bytes = 'the archive';
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  writeFileSync(join(dir, name), bytes);
  writeFileSync(join(dir, `${name}.sha256`), `${sha256}  ${name}\n`);
  writeFileSync(join(dir, 'SHA256SUMS'), `${sha256}  ${name}\n`);
  const archive = {
    target: 'x86_64-unknown-linux-musl',
    path: join(dir, name),
    name,
    sha256,
    size: bytes.length,
    assets: [join(dir, `${name}.sha256`)],
  };
  return result('success', 'built', {
    data: {
      package: { name: 'app', version: '1.2.3' },
      version: '1.2.3',
      archives: [archive],
      checksums: join(dir, 'SHA256SUMS'),
    },
  });
}

function context(
  previous: [StageName, StageResult][],
  o: { ref?: string; given?: Record<string, string> } = {},
): StageContext {
  log = recordingLogger();
  return stageContext({
    given: { stages: 'build, publish', 'github-token': gh.token, ...o.given },
    cwd: dir,
    env: { GITHUB_API_URL: gh.url, RUST_PIPELINE_RETRY_BASE_MS: '1' },
    exec: scriptedExec([], { code: 1, stderr: 'the publish stage starts no process' }).exec,
    log,
    event: { name: 'push', ref: o.ref ?? 'refs/tags/v1.2.3', sha: '', repositoryUrl: '', repository: 'acme/svc' },
    tempDir: dir,
    toolDir: dir,
    previous: new Map(previous),
  });
}

describe('the publish stage', () => {
  it("publishes the build's archive, its .sha256 and SHA256SUMS; the token is masked", async () => {
    const res = await publishStage.run(context([['build', built()]]));
    expect(res.status, JSON.stringify(res.findings)).toBe('success');
    expect(res.summary).toBe('v1.2.3: 3 uploaded');
    expect(res.outputs['release-url']).toBe(`${gh.url}/acme/svc/releases/tag/v1.2.3`);
    expect(gh.release('v1.2.3')!.assets.map((a) => a.name)).toEqual([
      'app-1.2.3-x86_64-unknown-linux-musl.tar.gz',
      'app-1.2.3-x86_64-unknown-linux-musl.tar.gz.sha256',
      'SHA256SUMS',
    ]);
    expect(log.secrets).toEqual([gh.token]);
  });

  it('publishes nothing when an earlier stage failed', async () => {
    const res = await publishStage.run(
      context([
        ['test', result('failure', '1 failed')],
        ['build', built()],
      ]),
    );
    expect(res).toMatchObject({ status: 'skipped', summary: 'not published: earlier stages failed (test)' });
    expect(gh.requests).toEqual([]);
  });

  it('on a branch, says why it does not publish', async () => {
    const res = await publishStage.run(context([['build', built()]], { ref: 'refs/heads/main' }));
    expect(res.status).toBe('skipped');
    expect(res.summary).toMatch(
      /^not published: push event on refs\/heads\/main: github-release: auto publishes on pushes of version tags/,
    );
    expect(gh.requests).toEqual([]);
  });

  it('an archive changed since the build is refused before any call', async () => {
    const build = built();
    writeFileSync(join(dir, 'app-1.2.3-x86_64-unknown-linux-musl.tar.gz'), 'other bytes');
    const res = await publishStage.run(context([['build', build]]));
    expect(res.status).toBe('failure');
    expect(res.findings[0]!.message).toMatch(
      /changed after the build \(sha256 [0-9a-f]{64}, the build recorded [0-9a-f]{64}\): nothing was published\./,
    );
    expect(gh.requests).toEqual([]);
  });

  it('without a token, names the github-token input', async () => {
    const res = await publishStage.run(context([['build', built()]], { given: { 'github-token': '' } }));
    expect(res.status).toBe('failure');
    expect(res.findings[0]).toMatchObject({
      title: 'github-token',
      message: expect.stringMatching(/^Input "github-token" is empty/),
    });
  });
});
