// The smoke test before a push, through the built action against the real dockerd and registry:
// a service with a known fault per image (never ready, HTTP 500, crash at start, SIGTERM ignored,
// exit 1 on SIGTERM, health port not exposed) fails the docker stage with the reason and the
// container's log, leaves no container behind and pushes nothing; the healthy one is pushed with its
// timings in the summary. The service is a std-only static binary (fixtures/smoke-service).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, removeDir, runAction, type StepResult } from '../support/rig.js';
import { listTags, removeImages, requireRegistry } from '../support/registry.js';

/** The musl targets the fixtures are built for; under CI=true a missing one fails, elsewhere skips. */
function requireTargets(targets: readonly string[]): boolean {
  const installed = spawnSync('rustup', ['target', 'list', '--installed'], { encoding: 'utf8' }).stdout ?? '';
  const missing = targets.filter((t) => !installed.split('\n').includes(t));
  if (missing.length === 0) return true;
  const why = `rustup target ${missing.join(', ')} is not installed: source scripts/setup/35-images.sh.`;
  if (process.env.CI === 'true') throw new Error(why);
  console.warn(`Skipping: ${why}`);
  return false;
}

const registry = requireRegistry();
const made: string[] = [];
const refs: string[] = [];
const targetDir = mkdtempSync(join(tmpdir(), 'rp-smoke-target-'));
const run = `${process.pid.toString(36)}${Date.now().toString(36)}`;
let binary = '';
const ready = Boolean(registry) && requireTargets(['x86_64-unknown-linux-musl']);

/** A port of its own per image, so that parallel runs on the host network do not meet. */
function freePort(): number {
  return 20000 + Math.floor(Math.random() * 20000);
}

/** A checkout holding the service binary and a Dockerfile running it with `behaviour`. */
function serviceWorkspace(behaviour: string, port: number, expose = port): string {
  const ws = makeWorkspace('smoke-service');
  made.push(ws);
  copyFileSync(binary, join(ws, 'smoke-service'));
  writeFileSync(
    join(ws, 'Dockerfile'),
    [
      'FROM scratch',
      'COPY smoke-service /smoke-service',
      `EXPOSE ${expose}`,
      `ENTRYPOINT ["/smoke-service", "${behaviour}", "${port}"]`,
      '',
    ].join('\n'),
  );
  return ws;
}

async function smoke(
  behaviour: string,
  extra: Record<string, string> = {},
  port = freePort(),
  expose = port,
): Promise<{ main: StepResult; repo: string }> {
  const repo = `rp-test/smoke-${behaviour}-${run}-${Math.random().toString(36).slice(2, 8)}`;
  const ws = serviceWorkspace(behaviour, port, expose);
  const { main } = await runAction({
    workspace: ws,
    inputs: {
      stages: 'docker',
      'docker-image': `${registry!.host}/${repo}`,
      'docker-username': registry!.user,
      'docker-password': registry!.password,
      push: 'true',
      'health-timeout': '5',
      'stop-timeout': '2',
      ...extra,
    },
    env: { GITHUB_REF: 'refs/tags/v1.0.0', GITHUB_EVENT_NAME: 'push' },
    noPost: true,
  });
  refs.push(...(main.outputs['image-tags'] ?? '').split('\n').filter(Boolean));
  return { main, repo };
}

function leftoverContainers(repo: string): string[] {
  const r = spawnSync('docker', ['ps', '--all', '--format', '{{.Names}} {{.Image}}'], { encoding: 'utf8' });
  return r.stdout.split('\n').filter((l) => l.includes(repo));
}

beforeAll(() => {
  if (!ready) return;
  const build = spawnSync(
    'cargo',
    ['build', '--release', '--offline', '--target', 'x86_64-unknown-linux-musl', '--target-dir', targetDir],
    { cwd: join(__dirname, '..', 'fixtures', 'smoke-service'), encoding: 'utf8' },
  );
  expect(build.status, build.stderr).toBe(0);
  binary = join(targetDir, 'x86_64-unknown-linux-musl', 'release', 'smoke-service');
}, 120_000);
afterAll(() => {
  made.forEach(removeDir);
  removeDir(targetDir);
  removeImages(refs);
});

describe.skipIf(!ready)('smoke test before the push', () => {
  it('a healthy service that stops on SIGTERM is pushed, with time to ready, shutdown time and exit code', async () => {
    const { main, repo } = await smoke('healthy');
    expect(main.code, main.stdout).toBe(0);
    expect(main.summary).toMatch(/\| linux\/amd64 \| ✅ passed \| \d+\.\d\d s \| \d+\.\d\d s \| 0 \|/);
    expect(await listTags(registry!, repo)).toContain('1.0.0');
    expect(leftoverContainers(repo)).toEqual([]);
  });

  it.each([
    [
      'never-ready',
      /never ready: GET \/health on port \d+ gave no 2xx within health-timeout \(5 s\); last error: ECONNREFUSED/,
      'warming up',
    ],
    ['http-500', /never ready: .* last answer HTTP 500/, 'GET /health -> 500'],
    ['crash', /crashed: the container exited with code 3 before GET \/health answered 2xx/, 'configuration missing'],
    [
      'ignore-term',
      /ignored SIGTERM: killed with SIGKILL after the grace period of 2 s \(exit code 137\)/,
      'GET /health -> 200',
    ],
    ['exit1-on-term', /exited with code 1 on SIGTERM/, 'SIGTERM, exiting with 1'],
  ])(
    '%s: the stage fails with the reason and the log; no container is left, nothing is pushed',
    async (behaviour, reason, logLine) => {
      const { main, repo } = await smoke(behaviour);
      expect(main.code).toBe(1);
      expect(main.outputs['failed-stages']).toBe('docker');
      const error = main.annotations.find((a) => a.level === 'error' && a.title === 'smoke test');
      expect(error?.message).toMatch(reason);
      expect(error?.message).toContain('Nothing was pushed.');
      expect(main.summary).toContain('Container log of the failed smoke test (linux/amd64, last 100 lines)');
      expect(main.summary).toContain(logLine);
      expect(leftoverContainers(repo)).toEqual([]);
      expect(await listTags(registry!, repo)).toEqual([]);
    },
  );

  it('a health-port the image does not expose: the stage fails naming health-port, nothing is pushed', async () => {
    const port = freePort();
    const { main, repo } = await smoke('healthy', { 'health-port': String(port + 1) }, port);
    expect(main.code).toBe(1);
    const error = main.annotations.find((a) => a.level === 'error' && a.title === 'health-port');
    expect(error?.message).toBe(
      `The image ${registry!.host}/${repo}:1.0.0 (linux/amd64) failed its smoke test (http): Input "health-port" is ${port + 1}, but the image does not expose that port (EXPOSE: ${port}/tcp): add "EXPOSE ${port + 1}" to the Dockerfile, or set health-port to an exposed port. Nothing was pushed.`,
    );
    expect(leftoverContainers(repo)).toEqual([]);
    expect(await listTags(registry!, repo)).toEqual([]);
  });

  it('command mode runs the image once with smoke-args and requires exit 0', async () => {
    const { main, repo } = await smoke('crash', { 'smoke-test': 'command', 'smoke-args': 'crash 1' });
    expect(main.code).toBe(1);
    const error = main.annotations.find((a) => a.level === 'error' && a.title === 'smoke test');
    expect(error?.message).toContain('the image run with smoke-args exited with code 3');
    expect(main.summary).toContain('configuration missing');
    expect(await listTags(registry!, repo)).toEqual([]);
  });
});
