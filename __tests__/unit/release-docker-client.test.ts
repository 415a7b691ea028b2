// The docker client with a scripted docker: which argv each verb runs, what it logs, how probe reads the answers.
import { describe, expect, test } from 'vitest';
import type { ExecResult } from '../../src/exec.js';
import { Profiler } from '../../src/profiler.js';
import { DockerClient } from '../../src/release/docker-client.js';
import { recordingLogger, scriptedExec } from '../support/fakes.js';

function client(answer: (args: readonly string[]) => Partial<ExecResult>) {
  const docker = scriptedExec([[['docker'], (call) => answer(call.args)]]);
  const log = recordingLogger();
  const c = new DockerClient({
    exec: docker.exec,
    log,
    profiler: new Profiler(),
    cwd: '/w',
    env: { PATH: '/bin' },
    retries: 0,
    scrub: (s) => s.split('pw').join('***'),
  });
  return { c, calls: docker.calls, logged: log.lines };
}

describe('DockerClient.probe', () => {
  test.each([
    ['docker missing', { spawnError: 'ENOENT', code: 127 }, { code: 0 }, { ok: false, summary: 'docker missing' }],
    [
      'daemon down',
      { code: 1, stderr: 'Cannot connect to the Docker daemon' },
      { code: 0 },
      { ok: false, summary: 'docker daemon unreachable' },
    ],
    ['buildx there', { code: 0, stdout: '27.0' }, { code: 0 }, { ok: true, buildx: true }],
    ['no buildx', { code: 0, stdout: '27.0' }, { code: 1 }, { ok: true, buildx: false }],
  ] as const)('%s', async (_name, version, buildx, want) => {
    const { c, logged } = client((args) => (args[0] === 'version' ? version : buildx));
    expect(await c.probe()).toMatchObject(want);
    expect(logged).toEqual([]);
  });
});

describe('DockerClient verbs', () => {
  test('login: password on stdin only, the temporary config, the command logged', async () => {
    const { c, calls, logged } = client(() => ({}));
    const r = await c.login('127.0.0.1:5000', 'bot', 'pw', '/tmp/cfg');
    expect(r.ok).toBe(true);
    expect(calls[0]!.args).toEqual(['login', '--username', 'bot', '--password-stdin', '127.0.0.1:5000']);
    expect(calls[0]!.opts).toMatchObject({ input: 'pw', env: { PATH: '/bin', DOCKER_CONFIG: '/tmp/cfg' } });
    expect(logged.join('\n')).not.toContain('pw');
  });

  test('build: build args masked in the log, the login config and classic builder env passed', async () => {
    const { c, calls, logged } = client(() => ({}));
    c.configDir = '/tmp/cfg';
    await c.build(['build', '--build-arg', 'TOKEN=s3cret', '.'], false, false);
    expect(logged).toEqual(["info [command]docker build --build-arg 'TOKEN=***' ."]);
    expect(calls[0]!.opts.env).toMatchObject({ DOCKER_CONFIG: '/tmp/cfg', DOCKER_BUILDKIT: '0' });
  });

  test('push: digest from the output, else from RepoDigests of the right repository', async () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    const { c, calls } = client((args) =>
      args[0] === 'image' ? { stdout: `other/repo@sha256:${'b'.repeat(64)}\nreg/app@${digest}\n` } : {},
    );
    const r = await c.push('reg/app:1.2.3');
    expect(calls[0]!.args).toEqual(['push', 'reg/app:1.2.3']);
    expect(await c.pushedDigest('reg/app:1.2.3', `1.2.3: digest: ${digest} size: 527`)).toBe(digest);
    expect(await c.pushedDigest('reg/app:1.2.3', r.value.stdout)).toBe(digest);
  });

  test('image size: a number, or undefined when docker says something else', async () => {
    expect(await client(() => ({ stdout: '1234\n' })).c.imageSize('x:1')).toBe(1234);
    expect(await client(() => ({ code: 1 })).c.imageSize('x:1')).toBeUndefined();
  });
});
