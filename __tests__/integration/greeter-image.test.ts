// The README's release example on examples/greeter, through the built action: the static binary in
// the greeter's own FROM scratch Dockerfile (BINARY_PATH), smoke-tested (ready on /health, exit 0
// after SIGTERM) before it is pushed to the local registry, with the timings in the summary.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeWorkspace, removeDir, runAction, type StepResult } from '../support/rig.js';
import { listTags, removeImages, requireRegistry, withLoggedInDocker } from '../support/registry.js';

const registry = requireRegistry();
const made: string[] = [];
const refs: string[] = [];
const run = `${process.pid.toString(36)}${Date.now().toString(36)}`;
const GREETER = join(__dirname, '..', '..', 'examples', 'greeter');

afterAll(() => {
  made.forEach(removeDir);
  removeImages(refs);
});

async function release(name: string, env: Record<string, string>): Promise<{ main: StepResult; repo: string }> {
  const ws = makeWorkspace(GREETER);
  made.push(ws);
  const repo = `rp-test/greeter-${name}-${run}`;
  const { main } = await runAction({
    workspace: ws,
    inputs: {
      stages: 'build, docker',
      auditable: 'false',
      target: 'x86_64-unknown-linux-musl',
      profile: 'size',
      'docker-image': `${registry!.host}/${repo}`,
      'docker-username': registry!.user,
      'docker-password': registry!.password,
    },
    env,
    noPost: true,
  });
  refs.push(...(main.outputs['image-tags'] ?? '').split('\n').filter(Boolean));
  return { main, repo };
}

describe.skipIf(!registry)('examples/greeter: the README release example', () => {
  it('passes its own smoke test (ready on /health, exit 0 on SIGTERM) and is pushed on v0.3.1', async () => {
    const { main, repo } = await release('tag', { GITHUB_REF: 'refs/tags/v0.3.1', GITHUB_EVENT_NAME: 'push' });
    expect(main.code, main.stdout).toBe(0);
    expect(main.stdout).toContain("--build-arg 'BINARY_PATH=***'");
    expect(main.summary).toMatch(
      /\| linux\/amd64 \| ✅ passed \| \d+\.\d\d s \| \d+\.\d\d s \| 0 \| GET \/health answered 2xx \|/,
    );
    expect(await listTags(registry!, repo)).toEqual(expect.arrayContaining(['0.3.1', '0.3', 'latest']));
    // The pushed image answers /health with its JSON document.
    withLoggedInDocker(registry!, (docker) => {
      const ran = docker(
        'run',
        '--rm',
        '--network',
        'none',
        '--entrypoint',
        '/greeter',
        `${registry!.host}/${repo}:0.3.1`,
        '--version',
      );
      expect(ran.stdout.trim()).toBe('greeter 0.3.1');
    });
    expect(spawnSync('docker', ['ps', '--all', '--format', '{{.Image}}'], { encoding: 'utf8' }).stdout).not.toContain(
      repo,
    );
  });

  it('a published release event pushes the version tags computed from its tag', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rp-event-'));
    made.push(dir);
    const event = join(dir, 'event.json');
    writeFileSync(event, JSON.stringify({ action: 'published', release: { tag_name: 'v0.3.1', prerelease: false } }));
    const { main, repo } = await release('release', {
      GITHUB_EVENT_NAME: 'release',
      GITHUB_REF: 'refs/tags/v0.3.1',
      GITHUB_EVENT_PATH: event,
    });
    expect(main.code, main.stdout).toBe(0);
    expect(main.summary).toContain('release published on refs/tags/v0.3.1, a version tag');
    const tags = await listTags(registry!, repo);
    expect(tags.filter((t) => !t.startsWith('sha-'))).toEqual(['0.3', '0.3.1', 'latest']);
  });
});
