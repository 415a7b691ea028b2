// The docker stage: build an image (the repository's Dockerfile, else a generated FROM scratch one
// around the static binary), tag it from the git ref, and push it when the push policy says so.
// It reads as its steps; docker itself is driven through the small client of release/docker-client.
import type { BuildData } from '../release/build-plan.js';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { formatBytes, plural } from '../text.js';
import {
  dockerBuildArgs,
  dockerErrorLines,
  generatedDockerfile,
  shouldPush,
  type RetryOutcome,
} from '../release/docker-args.js';
import { DockerClient, LOGIN_TIMEOUT_MS, PUSH_TIMEOUT_MS } from '../release/docker-client.js';
import { dockerLogoutAll, makeDockerConfig } from '../release/docker-config.js';
import { smokeBlocks, type SmokeRow } from '../release/smoke.js';
import { smokeTest } from '../release/smoke-run.js';
import {
  BINARY_ARG,
  canRunPlatform,
  choosePlatforms,
  hostPlatform,
  platformBuildArgs,
  platformSlug,
} from '../release/platforms.js';
import { isLoopbackRegistry, parseManifestPushDigest, platformTag } from '../release/manifest.js';
import { createdAt, imageTags, imageVersion, ociLabels, registryHost } from '../release/tags.js';
import type { ExecResult } from '../exec.js';
import { dockerConfigState, dockerRegistriesState } from '../state.js';
import { code, type Block } from '../blocks.js';
import { result, type Finding, type Stage, type StageContext, type StageResult } from '../context.js';
import { inputProblem, inputRef } from '../inputs/errors.js';

const CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';

interface PushedRef {
  ref: string;
  digest?: string;
  attempts: number;
}

/** Where the image comes from: a Dockerfile (the repository's, or one generated around the binary). */
interface Source {
  dockerfile: string | undefined;
  context: string;
  generated: boolean;
  bd: BuildData | undefined;
  /** The generated Dockerfile's text (it is also shown in the summary). */
  generatedText?: string;
}

/** One docker stage run: what every step shares. */
class DockerRun {
  readonly d: StageContext['inputs']['docker'];
  readonly password: string;
  readonly client: DockerClient;
  buildx = false;
  refs: string[] = [];
  tags: string[] = [];
  labels: [string, string][] = [];
  registries: string[] = [];
  policy = { push: false, reason: '' };
  /** The platform images (one, or one per platform under a manifest list). */
  images: PlatformImage[] = [];
  /** The smoke test of each platform image (summary rows). */
  smoke: SmokeRow[] = [];
  readonly data: Record<string, unknown> = {};

  constructor(readonly ctx: StageContext) {
    this.d = ctx.inputs.docker;
    this.password = this.d.password ?? '';
    if (this.password) ctx.log.secret(this.password);
    this.client = new DockerClient({
      exec: ctx.exec,
      log: ctx.log,
      profiler: ctx.profiler,
      cwd: ctx.cwd,
      env: ctx.env,
      retries: this.d.pushRetries,
      scrub: (s) => this.scrub(s),
    });
  }

  /** Nothing the stage reports may carry the password, even if a tool echoed it. */
  scrub(s: string): string {
    return this.password ? s.split(this.password).join('***') : s;
  }

  fail(summary: string, message: string, title = 'docker', extra: Partial<StageResult> = {}): StageResult {
    return result('failure', summary, {
      ...extra,
      findings: [{ level: 'error', title, message: this.scrub(message) } satisfies Finding],
    });
  }

  /** Once the image is built, failures still report its references (they exist locally). */
  built(): Partial<StageResult> {
    return { outputs: { ...this.imageOutputs(), 'image-digest': '' }, data: this.data };
  }

  /** image-tags and image-platforms; several platforms also list their platform references. */
  imageOutputs(): Record<string, string> {
    const platforms = this.images.map((i) => i.label).join(',');
    if (this.images.length > 1) this.data.platformRefs = this.images.flatMap((i) => i.refs);
    return { 'image-tags': this.refs.join('\n'), 'image-platforms': platforms };
  }
}

export const dockerStage: Stage = {
  name: 'docker',
  title: 'Docker image',
  async run(ctx) {
    const run = new DockerRun(ctx);
    if (run.d.images.length === 0) {
      return run.fail(
        'no image name',
        `${inputRef('docker-image')} is empty: the docker stage needs at least one image name, e.g. ghcr.io/acme/svc.`,
        'docker-image',
      );
    }
    mkdirSync(ctx.tempDir, { recursive: true });
    const probe = await run.client.probe();
    if (!probe.ok) return run.fail(probe.summary, probe.message);
    run.buildx = probe.buildx;
    const source = await chooseSource(run);
    if ('status' in source) return source;
    await planTags(run, source);
    const refused = decidePush(run);
    if (refused) return refused;
    try {
      return await buildAndPush(run, source);
    } finally {
      await logout(run);
    }
  },
};

/** The Dockerfile and the build context: the repository's, or a generated one around the static binary. */
async function chooseSource(run: DockerRun): Promise<Source | StageResult> {
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
  if (dockerfile !== undefined) return { dockerfile, context: d.context ?? ctx.cwd, generated: false, bd };
  if (build && build.status !== 'success') {
    return result('skipped', `not built: the build stage ${build.status === 'cancelled' ? 'was cancelled' : 'failed'}`);
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
  return { dockerfile: undefined, context: mkdtempSync(join(ctx.tempDir, 'docker-context-')), generated: true, bd };
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

/** A generated image's context: rootfs/ with the platform's binary (and the CA bundle), and its Dockerfile. */
function writeGeneratedContext(run: DockerRun, source: Source, context: string, binaryPath: string): void {
  const bd = source.bd!;
  const rootfs = join(context, 'rootfs');
  mkdirSync(rootfs, { recursive: true });
  copyFileSync(binaryPath, join(rootfs, bd.binaryName));
  if (existsSync(CA_BUNDLE)) {
    mkdirSync(join(rootfs, 'etc', 'ssl', 'certs'), { recursive: true });
    copyFileSync(CA_BUNDLE, join(rootfs, 'etc', 'ssl', 'certs', 'ca-certificates.crt'));
  }
  const port = run.d.smoke.healthPort;
  source.generatedText = generatedDockerfile({
    binary: bd.binaryName,
    labels: run.labels,
    ...(port !== undefined && run.d.smoke.mode !== 'none' ? { expose: port } : {}),
  });
  writeFileSync(join(context, 'Dockerfile'), source.generatedText);
}

/** The push policy, an earlier failure stopping it, and the credentials it needs; a StageResult when refused. */
function decidePush(run: DockerRun): StageResult | undefined {
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
  return undefined;
}

/**
 * Every platform image is built and smoke-tested before anything is pushed (multi-platform
 * images are never pushed straight from a builder: a broken one would be out before it ran).
 */
async function buildAndPush(run: DockerRun, source: Source): Promise<StageResult> {
  run.data.generatedDockerfile = source.generated;
  const images = planImages(run, source);
  if ('status' in images) return images;
  run.images = images;
  run.data.platforms = images.map((i) => i.label);
  for (const image of images) {
    const failed = await buildImage(run, source, image);
    if (failed) return failed;
  }
  const imageSize = await run.client.imageSize(images[0]!.refs[0]!);
  run.data.imageSize = imageSize;
  for (const image of images) {
    const failed = await smokeImage(run, image);
    if (failed) return failed;
  }
  const pushed = images.length > 1 ? await pushPlatforms(run) : await pushAll(run);
  if ('status' in pushed) return pushed;
  return summarize(run, source, pushed, imageSize);
}

/** One image to build: its platform (undefined: the daemon's own), binary and local references. */
interface PlatformImage {
  platform: string | undefined;
  /** The platform as the summary shows it. */
  label: string;
  binaryPath: string | undefined;
  refs: string[];
}

type BuiltBinary = Pick<BuildData['binaries'][number], 'target' | 'path' | 'static'>;

/** The build stage's binaries: one per target (BuildData.binaries), else its single binary. */
function builtBinaries(bd: BuildData): BuiltBinary[] {
  return bd.binaries.length ? bd.binaries : [{ target: bd.target, path: bd.binaryPath, static: bd.static }];
}

/**
 * The images to build: one per platform that a binary was built for (or per docker-platforms
 * entry, each needing its binary), else one. Several platforms get platform references
 * (name:<tag>-<arch>) that are pushed by digest and joined under every tag by a manifest list.
 */
function planImages(run: DockerRun, source: Source): PlatformImage[] | StageResult {
  const { d } = run;
  const bd = source.bd;
  let platforms: { platform: string; path?: string }[] = d.platforms.map((platform) => ({ platform }));
  if (bd) {
    const chosen = choosePlatforms(d.platforms, builtBinaries(bd));
    if ('error' in chosen) return run.fail('platform without a binary', chosen.error, 'docker-platforms');
    platforms = chosen.platforms;
    const dynamic = builtBinaries(bd).find((b) => b.static === false);
    if (source.generated && dynamic)
      return run.fail(
        'binary not static',
        `The generated FROM scratch image needs static binaries, but the one for ${dynamic.target} is dynamic. Set static: true, or provide a Dockerfile with a base image.`,
      );
  }
  if (platforms.length <= 1) {
    const only = platforms[0];
    const asked = only !== undefined && (d.platforms.length > 0 || only.platform !== hostPlatform());
    return [
      {
        platform: asked ? only.platform : undefined,
        label: only?.platform ?? hostPlatform(),
        binaryPath: only?.path ?? bd?.binaryPath,
        refs: run.refs,
      },
    ];
  }
  return platforms.map((p) => ({
    platform: p.platform,
    label: p.platform,
    binaryPath: p.path,
    refs: d.images.map((i) => `${i}:${platformTag(run.tags[0]!, p.platform)}`),
  }));
}

async function buildImage(run: DockerRun, source: Source, image: PlatformImage): Promise<StageResult | undefined> {
  const { ctx, d } = run;
  const multi = run.images.length > 1;
  let context = source.context;
  if (source.generated) {
    if (multi) context = mkdtempSync(join(ctx.tempDir, `docker-context-${platformSlug(image.label)}-`));
    writeGeneratedContext(run, source, context, image.binaryPath!);
  }
  const dockerfile = source.generated ? join(context, 'Dockerfile') : source.dockerfile!;
  const outside = binaryOutsideContext(source, dockerfile, image.binaryPath);
  if (outside) return run.fail('binary outside the build context', outside, 'docker-context');
  const idFile = join(mkdtempSync(join(ctx.tempDir, 'docker-build-')), run.buildx ? 'metadata.json' : 'iid');
  const binaryArgs = source.generated
    ? []
    : platformBuildArgs({ context, binaryPath: image.binaryPath, platform: image.label, buildx: run.buildx });
  const args = dockerBuildArgs({
    buildx: run.buildx,
    dockerfile,
    context,
    refs: image.refs,
    labels: source.generated ? [] : run.labels,
    buildArgs: [...binaryArgs, ...d.buildArgs],
    platforms: image.platform ? [image.platform] : [],
    push: false,
    idFile,
    // The classic builder's cache ignores --platform: the same context for arm64 after amd64 would
    // return the amd64 image.
    noCache: multi && !run.buildx,
  });
  const res = await run.client.build(args, run.buildx, false);
  if (res.killed) return result('cancelled', 'cancelled');
  if (res.code === 0) return undefined;
  return run.fail(
    `docker build failed (exit ${res.code})${multi ? ` for ${image.label}` : ''}`,
    `docker ${run.buildx ? 'buildx build' : 'build'}${multi ? ` for ${image.label}` : ''} failed:\n${dockerErrorLines(res.stderr + '\n' + res.stdout, 15)}`,
    'docker build',
  );
}

/** The smoke test of one platform image; images this runner cannot run are listed as not smoke-tested. */
async function smokeImage(run: DockerRun, image: PlatformImage): Promise<StageResult | undefined> {
  if (canRunPlatform(image.label)) return smokeStep(run, image.refs[0]!, image.label);
  const mode = run.d.smoke.mode;
  if (mode === 'none') return undefined;
  run.smoke.push({
    platform: image.label,
    outcome: 'not run',
    mode,
    reason: `this runner cannot run ${image.label} images (no binfmt handler for it in /proc/sys/fs/binfmt_misc; docker/setup-qemu-action registers one)`,
  });
  run.data.smoke = run.smoke;
  run.ctx.log.info(`Smoke test of ${image.label}: not run, this runner cannot run ${image.label} images.`);
  return undefined;
}

/**
 * Several platforms: each platform image is pushed (name:<tag>-<arch>, by digest), then one
 * manifest list per tag names them all; image-digest is the list's digest.
 */
async function pushPlatforms(run: DockerRun): Promise<PushedRef[] | StageResult> {
  if (!run.policy.push) return [];
  const login = await loginAll(run);
  if (login) return login;
  const byName = new Map<string, string[]>();
  for (const ref of run.images.flatMap((i) => i.refs)) {
    const outcome = await run.client.push(ref);
    if (outcome.value.killed === 'cancelled') return result('cancelled', 'cancelled');
    // Platform images carry no tag of the release yet: no release tag exists before the lists are pushed.
    if (!outcome.ok) return pushFailure(run, ref, outcome, []);
    const digest = await run.client.pushedDigest(ref, outcome.value.stdout + outcome.value.stderr);
    if (!digest)
      return run.fail(
        'no digest',
        `docker push ${ref} reported no digest; the manifest list needs it.`,
        'docker push',
        run.built(),
      );
    const name = ref.slice(0, ref.lastIndexOf(':'));
    byName.set(name, [...(byName.get(name) ?? []), `${name}@${digest}`]);
  }
  const pushed: PushedRef[] = [];
  for (const [name, digests] of byName) {
    for (const tag of run.tags) {
      const listed = await pushList(run, `${name}:${tag}`, digests, pushed);
      if ('status' in listed) return listed;
      pushed.push(listed);
    }
  }
  return pushed;
}

async function pushList(
  run: DockerRun,
  list: string,
  images: string[],
  pushed: readonly PushedRef[],
): Promise<PushedRef | StageResult> {
  const insecure = isLoopbackRegistry(registryHost(list.slice(0, list.lastIndexOf(':'))));
  const created = await run.client.manifestCreate(list, images, insecure);
  if (created.code !== 0)
    return run.fail(
      'manifest list failed',
      `docker manifest create ${list} failed:\n${dockerErrorLines(created.stderr + '\n' + created.stdout)}`,
      'docker manifest',
      run.built(),
    );
  const outcome = await run.client.manifestPush(list, insecure);
  if (outcome.value.killed === 'cancelled') return result('cancelled', 'cancelled');
  if (!outcome.ok) return pushFailure(run, list, outcome, pushed);
  const digest = parseManifestPushDigest(outcome.value.stdout);
  return { ref: list, ...(digest ? { digest } : {}), attempts: outcome.attempts };
}

/**
 * A Dockerfile that COPYs ${BINARY_PATH} needs the binary inside the build context; when the
 * target directory lies elsewhere (CARGO_TARGET_DIR), say so instead of a failing COPY.
 */
function binaryOutsideContext(source: Source, dockerfile: string, binaryPath: string | undefined): string | undefined {
  if (source.generated || !binaryPath) return undefined;
  if (!readFileSync(dockerfile, 'utf8').includes(BINARY_ARG)) return undefined;
  const inside = platformBuildArgs({ context: source.context, binaryPath, platform: '', buildx: true });
  if (inside.length) return undefined;
  return `The Dockerfile ${dockerfile} copies \${${BINARY_ARG}}, but the binary ${binaryPath} lies outside the build context ${source.context}, where a Dockerfile cannot reach it: build into the context (unset CARGO_TARGET_DIR, or point it inside), or set docker-context to a directory that holds the target directory.`;
}

/** Runs the smoke test on a built image; a failed stage (with the container's logs) when it failed. */
async function smokeStep(run: DockerRun, ref: string, platform: string): Promise<StageResult | undefined> {
  const { ctx, d } = run;
  ctx.log.info(`Smoke test of ${ref} (${platform}): smoke-test: ${d.smoke.mode}.`);
  const r = await ctx.profiler.measure(`smoke test ${platform}`, () => smokeTest(run.client, ref, d.smoke));
  run.smoke.push({ platform, ...r });
  run.data.smoke = run.smoke;
  ctx.log.info(`Smoke test of ${platform}: ${r.outcome}: ${r.reason}.`);
  if (r.outcome !== 'failed') return undefined;
  return run.fail(
    `smoke test failed (${platform})`,
    `The image ${ref} (${platform}) failed its smoke test (${r.mode}): ${r.reason.replace(/\.$/, '')}. Nothing was pushed.`,
    r.input ?? 'smoke test',
    { ...run.built(), blocks: smokeBlocks(run.smoke) },
  );
}

/** Pushes every reference; a StageResult when a push failed. */
async function pushAll(run: DockerRun): Promise<PushedRef[] | StageResult> {
  const pushed: PushedRef[] = [];
  if (!run.policy.push) return pushed;
  const login = await loginAll(run);
  if (login) return login;
  for (const ref of run.refs) {
    const outcome = await run.client.push(ref);
    const r = outcome.value;
    if (r.killed === 'cancelled') return result('cancelled', 'cancelled');
    if (!outcome.ok) return pushFailure(run, ref, outcome, pushed);
    const digest = await run.client.pushedDigest(ref, r.stdout + r.stderr);
    pushed.push({ ref, ...(digest ? { digest } : {}), attempts: outcome.attempts });
  }
  return pushed;
}

function pushFailure(
  run: DockerRun,
  ref: string,
  outcome: RetryOutcome<ExecResult>,
  pushed: readonly PushedRef[],
): StageResult {
  const r = outcome.value;
  const host = registryHost(ref.slice(0, ref.lastIndexOf(':')));
  const detail = `${dockerErrorLines(`${r.stderr}\n${r.stdout}`)}\n${pushedSoFar(run, pushed)}`;
  if (r.killed === 'timeout') {
    return run.fail(
      'push timed out',
      `docker push ${ref} did not finish within ${PUSH_TIMEOUT_MS / 60_000} minutes (registry ${host}).\n${detail}`,
      'docker push',
      partialPush(run, pushed),
    );
  }
  if (outcome.kind === 'auth') {
    return run.fail(
      'push denied',
      `The registry ${host} refused the push of ${ref}:\n${detail}\n${run.client.configDir ? `Check that user "${run.d.username}" may push to this repository.` : 'No credentials were given: set docker-username and docker-password, or log in with an earlier step.'}`,
      'docker push',
      partialPush(run, pushed),
    );
  }
  if (outcome.kind === 'network') {
    return run.fail(
      'registry unreachable',
      `Could not push ${ref}: the registry ${host} was unreachable on all ${outcome.attempts} attempts (push-retries: ${run.d.pushRetries}).\n${detail}`,
      'docker push',
      partialPush(run, pushed),
    );
  }
  return run.fail('push failed', `docker push ${ref} failed:\n${detail}`, 'docker push', partialPush(run, pushed));
}

/** Which references were pushed before a push failed, and which were not. */
function pushedSoFar(run: DockerRun, pushed: readonly PushedRef[]): string {
  const done = new Set(pushed.map((p) => p.ref));
  const missing = run.refs.filter((ref) => !done.has(ref));
  return `Pushed: ${pushed.map((p) => p.ref).join(', ') || 'none'}. Not pushed: ${missing.join(', ')}.`;
}

/**
 * A push that failed part-way: image-tags lists only the references that reached the registry
 * (image-digest is theirs), the data and the summary say which were pushed and which not.
 */
function partialPush(run: DockerRun, pushed: readonly PushedRef[]): Partial<StageResult> {
  const done = new Set(pushed.map((p) => p.ref));
  run.data.pushed = pushed;
  run.data.notPushed = run.refs.filter((ref) => !done.has(ref));
  const rows = run.refs.map((ref) => [code(ref), done.has(ref) ? '✅ pushed' : '❌ not pushed']);
  return {
    outputs: {
      'image-tags': pushed.map((p) => p.ref).join('\n'),
      'image-digest': pushed.find((p) => p.digest)?.digest ?? '',
    },
    data: run.data,
    blocks: [{ kind: 'table', header: ['reference', 'push'], rows }],
  };
}

/** Logs in to every registry with a temporary DOCKER_CONFIG; a StageResult when that failed. */
async function loginAll(run: DockerRun): Promise<StageResult | undefined> {
  const { ctx, d, password } = run;
  if (!d.username || !password) {
    ctx.log.info('No docker-username/docker-password: pushing with the existing docker login of this machine, if any.');
    return undefined;
  }
  const configDir = makeDockerConfig(ctx.tempDir);
  run.client.configDir = configDir;
  // Saved before logging in, so that post removes the credentials even if this step dies mid-way.
  dockerConfigState.save(configDir, ctx.saveState);
  dockerRegistriesState.save(run.registries, ctx.saveState);
  for (const registry of run.registries) {
    const outcome = await run.client.login(registry, d.username, password, configDir);
    if (outcome.value.killed === 'cancelled') return result('cancelled', 'cancelled');
    if (!outcome.ok) return loginFailure(run, registry, outcome);
    ctx.log.info(`Logged in to ${registry} as ${d.username}.`);
  }
  return undefined;
}

function loginFailure(run: DockerRun, registry: string, outcome: RetryOutcome<ExecResult>): StageResult {
  const r = outcome.value;
  const detail = dockerErrorLines(`${r.stderr}\n${r.stdout}`);
  // Login happens after the build and the smoke test: the images exist locally.
  const extra = run.built();
  if (r.killed === 'timeout') {
    return run.fail(
      'login timed out',
      `docker login ${registry} did not finish within ${LOGIN_TIMEOUT_MS / 60_000} minutes.\n${detail}`,
      'docker login',
      extra,
    );
  }
  if (outcome.kind === 'auth') {
    return run.fail(
      'login rejected',
      `The registry ${registry} rejected the credentials of user "${run.d.username}" (wrong docker-username or docker-password, or a token without permission to push):\n${detail}`,
      'docker login',
      extra,
    );
  }
  if (outcome.kind === 'network') {
    return run.fail(
      'registry unreachable',
      `Could not log in to ${registry}: the registry was unreachable on all ${outcome.attempts} attempts (push-retries: ${run.d.pushRetries}).\n${detail}`,
      'docker login',
      extra,
    );
  }
  return run.fail('login failed', `docker login ${registry} failed:\n${detail}`, 'docker login', extra);
}

/** Logged out right after the push: nothing left for post to clean up. */
async function logout(run: DockerRun): Promise<void> {
  const configDir = run.client.configDir;
  if (!configDir) return;
  const { problems } = await dockerLogoutAll(run.ctx.exec, configDir, run.registries, run.ctx.env);
  for (const p of problems) run.ctx.log.warning(run.scrub(p));
  dockerConfigState.save('', run.ctx.saveState);
}

function summarize(run: DockerRun, source: Source, pushed: PushedRef[], imageSize: number | undefined): StageResult {
  const { d, policy, tags } = run;
  const digests = [...new Set(pushed.map((p) => p.digest).filter((x): x is string => Boolean(x)))];
  if (digests.length > 1)
    run.ctx.log.warning(
      `The pushed references have different digests: ${digests.join(', ')}; image-digest is the first one.`,
    );
  run.data.pushed = pushed;
  run.data.digest = digests[0];
  const pushCell = (t: string): string =>
    policy.push ? (pushed.find((p) => p.ref.endsWith(`:${t}`))?.digest ? '✅ pushed' : '⚠️ no digest') : '— not pushed';
  const rows = tags.map((t) => [t, d.images.map((i) => `\`${i}:${t}\``).join(', '), pushCell(t)]);
  const bd = source.bd;
  const blocks: Block[] = [
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
      text: `**Push:** ${policy.push ? 'yes' : 'no'} — ${policy.reason}${digests[0] ? `; digest \`${digests[0]}\`` : ''}`,
    },
    { kind: 'table', header: ['tag', 'reference', 'push'], rows },
    ...smokeBlocks(run.smoke),
    { kind: 'details', summary: 'Labels', body: run.labels.map(([k, v]) => `${k}=${v}`).join('\n') },
    ...(source.generatedText !== undefined
      ? [{ kind: 'details' as const, summary: 'Generated Dockerfile', body: source.generatedText, lang: 'dockerfile' }]
      : []),
  ];
  const pushedText = policy.push ? `pushed${digests[0] ? ` ${digests[0].slice(0, 19)}…` : ''}` : 'not pushed';
  return result(
    'success',
    `${plural(tags.length, 'tag')}, ${pushedText}${imageSize !== undefined ? `, ${formatBytes(imageSize)}` : ''}`,
    { outputs: { ...run.imageOutputs(), 'image-digest': digests[0] ?? '' }, blocks, data: run.data },
  );
}

async function gitHead(ctx: StageContext): Promise<string> {
  const r = await ctx.exec('git', ['rev-parse', 'HEAD'], { cwd: ctx.cwd, env: ctx.env, echo: 'none' });
  return r.code === 0 ? r.stdout.trim() : '';
}
