// The docker stage on a scripted docker (no daemon): the argv it builds with, a failed smoke test
// stopping the push, a push failing part-way, and the steps of a multi-platform image in order.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dockerStage } from '../../src/stages/docker.js';
import { hostPlatform } from '../../src/release/platforms.js';
import { scriptedExec, stageContext, type ExecAnswer, type ExecPattern } from '../support/fakes.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const LIST_DIGEST = `sha256:${'b'.repeat(64)}`;
const SHA = 'f'.repeat(40);
const IMAGE = 'registry.example/acme/svc';

/** The docker stage with a Dockerfile, on a version tag, docker answering from `script` first, then as a healthy daemon would. */
function docker(given: Record<string, string>, script: [ExecPattern, ExecAnswer][] = []) {
  const cwd = mkdtempSync(join(tmpdir(), 'rp-docker-'));
  writeFileSync(join(cwd, 'Dockerfile'), 'FROM scratch\n');
  const fake = scriptedExec([
    ...script,
    [['docker', 'buildx'], { code: 1 }],
    [['docker', 'image', 'inspect'], { stdout: '1234\n' }],
    [['docker', 'push'], (call) => ({ stdout: `${call.args[1]}: digest: ${DIGEST} size: 528\n` })],
    [['docker', 'manifest', 'push'], { stdout: `${LIST_DIGEST}\n` }],
  ]);
  const ctx = stageContext({
    cwd,
    given: { 'docker-image': IMAGE, 'smoke-test': 'none', 'push-retries': '0', ...given },
    exec: fake.exec,
    event: { name: 'push', ref: 'refs/tags/v1.2.3', sha: SHA, repositoryUrl: 'https://github.com/acme/svc' },
  });
  return { ctx, fake, cwd };
}

/** The docker verbs that build, run or push, in order, with the reference they name first ("push <ref>", "manifest create <list>"). */
function steps(lines: string[]): string[] {
  return lines.flatMap((l) => {
    const verb = /^docker (build|run|push|manifest create|manifest push)\b/.exec(l)?.[1];
    if (!verb) return [];
    const ref = l.split(' ').find((w) => w.startsWith(`${IMAGE}:`));
    return [verb === 'build' || verb === 'run' ? verb : `${verb} ${ref}`];
  });
}

describe('the docker stage', () => {
  it('builds with the classic builder: the Dockerfile, one --tag per reference, the OCI labels, the context last; nothing pushed', async () => {
    const { ctx, fake, cwd } = docker({ push: 'false' });
    const res = await dockerStage.run(ctx);
    expect(res.status, JSON.stringify(res.findings)).toBe('success');
    const [build, ...more] = fake.calls.filter((c) => c.cmd === 'docker' && c.args[0] === 'build');
    expect(more).toEqual([]);
    const args = build!.args;
    expect(args.slice(0, 3)).toEqual(['build', '--file', join(cwd, 'Dockerfile')]);
    const tags = args.flatMap((a, i) => (args[i - 1] === '--tag' ? [a] : []));
    expect(tags).toEqual(res.outputs['image-tags']!.split('\n'));
    expect(tags).toContain(`${IMAGE}:1.2.3`);
    expect(args).toContain(`org.opencontainers.image.revision=${SHA}`);
    expect(args).toContain('--iidfile');
    expect(args.at(-1)).toBe(cwd);
    expect(fake.matching(['docker', 'push'])).toEqual([]);
    expect(res.summary).toMatch(/^\d+ tags, not pushed, 1\.2 KiB$/);
  });

  it('a failed smoke test stops the stage before any login or push', async () => {
    const { ctx, fake } = docker({ push: 'true', 'smoke-test': 'command' }, [
      [['docker', 'run'], { code: 3, stderr: 'panicked at src/main.rs\n' }],
    ]);
    const res = await dockerStage.run(ctx);
    expect(res.status).toBe('failure');
    expect(res.summary).toBe(`smoke test failed (${hostPlatform()})`);
    expect(res.findings[0]!.message).toMatch(/failed its smoke test \(command\).*Nothing was pushed\.$/s);
    expect(steps(fake.lines())).toEqual(['build', 'run']);
    expect(res.outputs['image-digest']).toBe('');
  });

  it('several platforms: each image built, then each pushed by digest, then one manifest list per tag', async () => {
    const { ctx, fake } = docker({ push: 'true', 'docker-platforms': 'linux/amd64,linux/arm64' });
    const res = await dockerStage.run(ctx);
    expect(res.status, JSON.stringify(res.findings)).toBe('success');
    const tags = (res.data as { tags: string[] }).tags;
    const platformRefs = [`${IMAGE}:1.2.3-amd64`, `${IMAGE}:1.2.3-arm64`];
    expect(steps(fake.lines())).toEqual([
      'build',
      'build',
      ...platformRefs.map((r) => `push ${r}`),
      ...tags.flatMap((t) => [`manifest create ${IMAGE}:${t}`, `manifest push ${IMAGE}:${t}`]),
    ]);
    const create = fake.calls.find((c) => c.args[0] === 'manifest' && c.args[1] === 'create')!;
    expect(create.args.slice(-2)).toEqual(platformRefs.map((r) => `${r.slice(0, r.lastIndexOf(':'))}@${DIGEST}`));
    expect(res.outputs).toMatchObject({ 'image-digest': LIST_DIGEST, 'image-platforms': 'linux/amd64,linux/arm64' });
  });

  it('several platforms, a manifest list failing part-way: image-tags lists only the lists pushed', async () => {
    const { ctx, fake } = docker({ push: 'true', 'docker-platforms': 'linux/amd64,linux/arm64' }, [
      [
        ['docker', 'manifest', 'push'],
        (_call, nth) => (nth === 1 ? { code: 1, stderr: 'unauthorized: access denied\n' } : { stdout: LIST_DIGEST }),
      ],
    ]);
    const res = await dockerStage.run(ctx);
    const lists = fake.matching(['docker', 'manifest', 'push']).map((l) => l.split(' ').at(-1)!);
    expect(lists).toHaveLength(2);
    expect(res.status).toBe('failure');
    expect(res.summary).toBe('push denied');
    expect(res.outputs['image-tags']).toBe(lists[0]);
    expect(res.findings[0]!.message).toContain(`Pushed: ${lists[0]}. Not pushed: `);
  });
});
