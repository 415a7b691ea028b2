// A registry that dies mid-push: the stage says which references were pushed and which not, and
// image-tags lists only those that reached the registry. The docker stage runs on a scripted exec.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StageContext } from '../../src/context.js';
import { toMarkdown } from '../../src/blocks.js';
import { dockerStage } from '../../src/stages/docker.js';
import { scriptedExec, stageContext } from '../support/fakes.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;

/** A context for the docker stage whose docker answers from a script: the `failAt`-th push fails. */
function dockerContext(failAt: number): { ctx: StageContext; pushedRefs: () => string[] } {
  const cwd = mkdtempSync(join(tmpdir(), 'rp-docker-partial-'));
  writeFileSync(join(cwd, 'Dockerfile'), 'FROM scratch\n');
  const docker = scriptedExec([
    [['docker', 'buildx'], { code: 1 }],
    [['docker', 'image', 'inspect'], { stdout: '1234\n' }],
    [
      ['docker', 'push'],
      (call, nth) =>
        nth + 1 === failAt
          ? { code: 1, stderr: 'received unexpected HTTP status: 500 Internal Server Error\n' }
          : { stdout: `${call.args[1]}: digest: ${DIGEST} size: 528\n` },
    ],
    [['docker'], {}],
    [['git', 'rev-parse', 'HEAD'], { stdout: 'f'.repeat(40) }],
  ]);
  const ctx = stageContext({
    cwd,
    given: { 'docker-image': 'registry.example/acme/svc', 'docker-tags': 'extra', push: 'true', 'push-retries': '0' },
    exec: docker.exec,
    event: { name: 'push', ref: 'refs/tags/v1.2.3', sha: 'f'.repeat(40), repositoryUrl: 'https://github.com/acme/svc' },
  });
  return { ctx, pushedRefs: () => docker.matching(['docker', 'push']).map((l) => l.split(' ')[2]!) };
}

describe('docker push failing part-way', () => {
  it('the 5th push fails: image-tags lists the four pushed, the data and the summary say which were not', async () => {
    const { ctx, pushedRefs } = dockerContext(5);
    const res = await dockerStage.run(ctx);
    const pushes = pushedRefs();
    expect(pushes.length).toBeGreaterThanOrEqual(5);
    const pushed = pushes.slice(0, 4);
    const notPushed = (res.data as { refs: string[] }).refs.filter((r) => !pushed.includes(r));
    expect(res.status).toBe('failure');
    expect(res.outputs['image-tags']).toBe(pushed.join('\n'));
    expect(res.outputs['image-digest']).toBe(DIGEST);
    expect(res.data).toMatchObject({ notPushed, pushed: pushed.map((ref) => expect.objectContaining({ ref })) });
    expect(notPushed[0]).toBe(pushes[4]);
    const message = res.findings[0]!.message;
    expect(message).toContain(`Pushed: ${pushed.join(', ')}. Not pushed: ${notPushed.join(', ')}.`);
    const md = toMarkdown(res.blocks);
    for (const ref of pushed)
      expect(md).toMatch(new RegExp(`<code>${ref.replace(/[.]/g, '\\.').replace(/_/g, '&#95;')}</code> \\| ✅ pushed`));
    expect(md).toContain('❌ not pushed');
  });
});
