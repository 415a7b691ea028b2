// The docker stage: build an image (the repository's Dockerfile, else a generated FROM scratch one
// around the static binary), tag it from the git ref, and push it when the push policy says so.
// It reads as its steps: the images (docker-image.ts), the push (docker-push.ts), what they share
// (docker-run.ts); docker itself is driven through the small client of release/docker-client.
import type { BuildData } from '../release/build-plan.js';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { basename, join } from 'node:path';
import { formatBytes, plural } from '../text.js';
import { shouldPush } from '../release/docker-args.js';
import { smokeBlocks } from '../release/smoke.js';
import { createdAt, imageTags, imageVersion, ociLabels, registryHost } from '../release/tags.js';
import type { Block } from '../blocks.js';
import { inputProblem, inputRef } from '../inputs/errors.js';
import { DONE, ok, result, stop, type Outcome, type Stage, type StageContext, type StageResult } from '../context.js';
import { DockerRun, type PushedRef, type Source } from './docker-run.js';
import { buildImage, planImages, smokeImage } from './docker-image.js';
import { logout, pushAll, pushPlatforms } from './docker-push.js';

export const dockerStage: Stage = {
  name: 'docker',
  title: 'Docker image',
  async run(ctx) {
    const run = new DockerRun(ctx);
    if (run.d.images.length === 0) {
      const why = `${inputRef('docker-image')} is empty: the docker stage needs at least one image name, e.g. ghcr.io/acme/svc.`;
      return run.fail('no image name', why, 'docker-image').result;
    }
    mkdirSync(ctx.tempDir, { recursive: true });
    const probe = await run.client.probe();
    if (!probe.ok) return run.fail(probe.summary, probe.message).result;
    run.buildx = probe.buildx;
    const source = await chooseSource(run);
    if (!source.ok) return source.result;
    await planTags(run, source.value);
    const decided = decidePush(run);
    if (!decided.ok) return decided.result;
    try {
      return await buildAndPush(run, source.value);
    } finally {
      await logout(run);
    }
  },
};

/** The Dockerfile and the build context: the repository's, or a generated one around the static binary. */
async function chooseSource(run: DockerRun): Promise<Outcome<Source>> {
  const { ctx, d } = run;
  const build = ctx.previous.get('build');
  const bd = build?.status === 'success' ? (build.data as BuildData | undefined) : undefined;
  const repoDockerfile = join(ctx.cwd, 'Dockerfile');
  const dockerfile = d.dockerfile ?? (existsSync(repoDockerfile) ? repoDockerfile : undefined);
  if (dockerfile !== undefined && !existsSync(dockerfile)) {
    return run.fail(
      'Dockerfile missing',
      inputProblem(
        'dockerfile',
        dockerfile,
        'no such file; allowed: a Dockerfile path relative to working-directory, or empty to use ./Dockerfile or a generated one.',
      ),
      'dockerfile',
    );
  }
  if (dockerfile !== undefined) return ok({ dockerfile, context: d.context ?? ctx.cwd, generated: false, bd });
  if (build && build.status !== 'success') {
    const why = build.status === 'cancelled' ? 'was cancelled' : 'failed';
    return stop(result('skipped', `not built: the build stage ${why}`));
  }
  if (!bd) {
    return run.fail(
      'no binary',
      'There is no Dockerfile in working-directory, and no binary from the build stage to put in a generated one: add "build" to the stages, or provide a Dockerfile.',
    );
  }
  if (bd.static !== true) {
    return run.fail(
      'binary not static',
      `The generated FROM scratch image needs a static binary, but ${bd.binaryName} is ${bd.elf}. Set static: true (or a musl target), or provide a Dockerfile with a base image.`,
    );
  }
  return ok({ dockerfile: undefined, context: mkdtempSync(join(ctx.tempDir, 'docker-context-')), generated: true, bd });
}

/** Tags from the ref, labels, and (for a generated image) the context with the binary and its Dockerfile. */
async function planTags(run: DockerRun, source: Source): Promise<void> {
  const { ctx, d } = run;
  const bd = source.bd;
  const sha = ctx.event.sha || (await gitHead(ctx));
  run.tags = imageTags({ ref: ctx.event.ref, sha, extra: d.tags, replace: d.replaceTags });
  if (run.tags.length === 0) run.tags = ['latest'];
  run.refs = d.images.flatMap((image) => run.tags.map((t) => `${image}:${t}`));
  run.labels = ociLabels({
    source: ctx.event.repositoryUrl,
    revision: sha,
    version: imageVersion(ctx.event.ref, sha) || bd?.package.version || '',
    created: createdAt(ctx.env),
    title: bd?.package.name ?? basename(d.images[0]!),
    ...(bd?.package.description ? { description: bd.package.description } : {}),
    ...(bd?.package.license ? { licenses: bd.package.license } : {}),
    extra: d.labels,
  });
}

/** The push policy, an earlier failure stopping it, and the credentials it needs; the stage stops when they are incomplete. */
function decidePush(run: DockerRun): Outcome<void> {
  const { ctx, d, password } = run;
  let policy = shouldPush(d.push, ctx.event);
  // Never publish what failed its checks: an earlier failed stage (test, audit, …) stops the push.
  const failedEarlier = [...ctx.previous]
    .filter(([, r]) => r.status === 'failure' || r.status === 'cancelled')
    .map(([n]) => n);
  if (policy.push && failedEarlier.length)
    policy = { push: false, reason: `earlier stages failed (${failedEarlier.join(', ')}): nothing is pushed` };
  run.policy = policy;
  ctx.log.info(`Tags: ${run.tags.join(', ')}. ${policy.push ? 'Pushing' : 'Not pushing'}: ${policy.reason}.`);
  if (policy.push && ctx.event.name === 'pull_request_target') {
    ctx.log.warning(
      'Pushing from a pull_request_target event: the image is built from code the pull request may control.',
    );
  }
  if (policy.push && Boolean(d.username) !== Boolean(password)) {
    return run.fail(
      'credentials incomplete',
      d.username
        ? `${inputRef('docker-password')} is empty while docker-username is "${d.username}": give both to log in (on pull requests from forks, secrets are empty), or neither to push with the runner's existing docker login.`
        : `${inputRef('docker-username')} is empty while docker-password is set: give both to log in, or neither.`,
      d.username ? 'docker-password' : 'docker-username',
    );
  }
  run.registries = [...new Set(d.registry ? [d.registry] : d.images.map(registryHost))];
  Object.assign(run.data, {
    tags: run.tags,
    refs: run.refs,
    labels: Object.fromEntries(run.labels),
    push: policy.push,
    pushReason: policy.reason,
    generatedDockerfile: false,
    builder: run.buildx ? 'buildx' : 'classic',
  });
  return DONE;
}

/**
 * Every platform image is built and smoke-tested before anything is pushed (multi-platform
 * images are never pushed straight from a builder: a broken one would be out before it ran).
 */
async function buildAndPush(run: DockerRun, source: Source): Promise<StageResult> {
  run.data.generatedDockerfile = source.generated;
  const planned = planImages(run, source);
  if (!planned.ok) return planned.result;
  const images = planned.value;
  run.images = images;
  run.data.platforms = images.map((i) => i.label);
  for (const image of images) {
    const built = await buildImage(run, source, image);
    if (!built.ok) return built.result;
  }
  const imageSize = await run.client.imageSize(images[0]!.refs[0]!);
  run.data.imageSize = imageSize;
  for (const image of images) {
    const smoked = await smokeImage(run, image);
    if (!smoked.ok) return smoked.result;
  }
  const pushed = images.length > 1 ? await pushPlatforms(run) : await pushAll(run);
  if (!pushed.ok) return pushed.result;
  return summarize(run, source, pushed.value, imageSize);
}

function summarize(run: DockerRun, source: Source, pushed: PushedRef[], imageSize: number | undefined): StageResult {
  const { policy, tags } = run;
  const digests = [...new Set(pushed.map((p) => p.digest).filter((x): x is string => Boolean(x)))];
  if (digests.length > 1)
    run.ctx.log.warning(
      `The pushed references have different digests: ${digests.join(', ')}; image-digest is the first one.`,
    );
  run.data.pushed = pushed;
  run.data.digest = digests[0];
  const blocks = summaryBlocks(run, source, pushed, { imageSize, digest: digests[0] });
  const pushedText = policy.push ? `pushed${digests[0] ? ` ${digests[0].slice(0, 19)}…` : ''}` : 'not pushed';
  return result(
    'success',
    `${plural(tags.length, 'tag')}, ${pushedText}${imageSize !== undefined ? `, ${formatBytes(imageSize)}` : ''}`,
    { outputs: { ...run.imageOutputs(), 'image-digest': digests[0] ?? '' }, blocks, data: run.data },
  );
}

/** The job summary of a built (and maybe pushed) image: what it is, how it was built, where it went. */
function summaryBlocks(
  run: DockerRun,
  source: Source,
  pushed: readonly PushedRef[],
  { imageSize, digest }: { imageSize: number | undefined; digest: string | undefined },
): Block[] {
  const { d, policy, tags } = run;
  const pushCell = (t: string): string =>
    policy.push ? (pushed.find((p) => p.tag === t)?.digest ? '✅ pushed' : '⚠️ no digest') : '— not pushed';
  const rows = tags.map((t) => [t, d.images.map((i) => `\`${i}:${t}\``).join(', '), pushCell(t)]);
  const bd = source.bd;
  return [
    {
      kind: 'text',
      text: `**Image:** ${d.images.map((i) => `\`${i}\``).join(', ')}${imageSize !== undefined ? ` — ${formatBytes(imageSize)}` : ''}${bd && imageSize !== undefined ? ` (binary ${formatBytes(bd.size)})` : ''}`,
    },
    {
      kind: 'text',
      text: `**Dockerfile:** ${source.generated ? 'generated (FROM scratch around the static binary)' : `\`${source.dockerfile}\``}; builder: ${run.buildx ? 'buildx' : 'classic'}`,
    },
    {
      kind: 'text',
      text: `**Platforms:** ${run.images.map((i) => i.label).join(', ')}${run.images.length > 1 ? ` — one image each (${run.images.map((i) => `\`${i.refs[0]}\``).join(', ')}), one manifest list per tag` : ''}`,
    },
    {
      kind: 'text',
      text: `**Push:** ${policy.push ? 'yes' : 'no'} — ${policy.reason}${digest ? `; digest \`${digest}\`` : ''}`,
    },
    { kind: 'table', header: ['tag', 'reference', 'push'], rows },
    ...smokeBlocks(run.smoke),
    { kind: 'details', summary: 'Labels', body: run.labels.map(([k, v]) => `${k}=${v}`).join('\n') },
    ...(source.generatedText !== undefined
      ? [{ kind: 'details' as const, summary: 'Generated Dockerfile', body: source.generatedText, lang: 'dockerfile' }]
      : []),
  ];
}

async function gitHead(ctx: StageContext): Promise<string> {
  const r = await ctx.exec('git', ['rev-parse', 'HEAD'], { cwd: ctx.cwd, env: ctx.env, echo: 'none' });
  return r.code === 0 ? r.stdout.trim() : '';
}
