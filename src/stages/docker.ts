// The docker stage: build an image (the repository's Dockerfile, else a generated FROM scratch one
// around the static binary), tag it from the git ref, and push it when the push policy says so.
// It reads as its steps; docker itself is driven through the small client of release/docker-client.
import type { BuildData } from '../release/build.js';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { formatBytes, plural } from '../text.js';
import {
  dockerBuildArgs,
  dockerErrorLines,
  generatedDockerfile,
  parseBuildxMetadata,
  shouldPush,
  type RetryOutcome,
} from '../release/docker.js';
import { DockerClient, LOGIN_TIMEOUT_MS, PUSH_TIMEOUT_MS } from '../release/docker-client.js';
import { dockerLogoutAll, makeDockerConfig } from '../release/logout.js';
import { smokeBlocks, type SmokeRow } from '../release/smoke.js';
import { smokeTest } from '../release/smoke-run.js';
import { BINARY_ARG, hostPlatform, platformBuildArgs, platformOfTarget } from '../release/platforms.js';
import { createdAt, imageTags, imageVersion, ociLabels, registryHost } from '../release/tags.js';
import type { ExecResult } from '../exec.js';
import { dockerConfigState, dockerRegistriesState } from '../state.js';
import type { Block } from '../report/blocks.js';
import { result, type Finding, type Stage, type StageContext, type StageResult } from '../context.js';

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
  pushFromBuild = false;
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
    return { outputs: { 'image-tags': this.refs.join('\n'), 'image-digest': '' }, data: this.data };
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
        'Input "docker-image" is empty: the docker stage needs at least one image name, e.g. ghcr.io/acme/svc.',
        'docker-image',
      );
    }
    mkdirSync(ctx.tempDir, { recursive: true });
    const probe = await run.client.probe();
    if (!probe.ok) return run.fail(probe.summary, probe.message);
    run.buildx = probe.buildx;
    const noBuildx = checkBuildx(run);
    if (noBuildx) return noBuildx;
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

function checkBuildx(run: DockerRun): StageResult | undefined {
  if (run.d.platforms.length === 0 || run.buildx) return undefined;
  return run.fail(
    'buildx missing',
    `Input "docker-platforms" has the value ${JSON.stringify(run.d.platforms.join(','))}, but docker buildx is not installed; install it (e.g. docker/setup-buildx-action) or leave docker-platforms empty.`,
    'docker-platforms',
  );
}

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
      `Input "dockerfile" has an invalid value ${JSON.stringify(dockerfile)}: no such file; allowed: a Dockerfile path relative to working-directory, or empty to use ./Dockerfile or a generated one.`,
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
  if (source.generated && bd) writeGeneratedContext(run, source, bd);
}

function writeGeneratedContext(run: DockerRun, source: Source, bd: BuildData): void {
  const rootfs = join(source.context, 'rootfs');
  mkdirSync(rootfs);
  copyFileSync(bd.binaryPath, join(rootfs, bd.binaryName));
  if (existsSync(CA_BUNDLE)) {
    mkdirSync(join(rootfs, 'etc', 'ssl', 'certs'), { recursive: true });
    copyFileSync(CA_BUNDLE, join(rootfs, 'etc', 'ssl', 'certs', 'ca-certificates.crt'));
  }
  source.dockerfile = join(source.context, 'Dockerfile');
  const port = run.d.smoke.healthPort;
  source.generatedText = generatedDockerfile({
    binary: bd.binaryName,
    labels: run.labels,
    ...(port !== undefined && run.d.smoke.mode !== 'none' ? { expose: port } : {}),
  });
  writeFileSync(source.dockerfile, source.generatedText);
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
        ? `Input "docker-password" is empty while docker-username is "${d.username}": give both to log in (on pull requests from forks, secrets are empty), or neither to push with the runner's existing docker login.`
        : 'Input "docker-username" is empty while docker-password is set: give both to log in, or neither.',
      d.username ? 'docker-password' : 'docker-username',
    );
  }
  // buildx pushes multi-platform images itself; everything else is built, then pushed tag by tag.
  run.pushFromBuild = run.buildx && d.platforms.length > 1 && policy.push;
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

async function buildAndPush(run: DockerRun, source: Source): Promise<StageResult> {
  const { ctx, d } = run;
  run.data.generatedDockerfile = source.generated;
  if (run.pushFromBuild) {
    const login = await loginAll(run);
    if (login) return login;
  }
  const outside = binaryOutsideContext(source);
  if (outside) return run.fail('binary outside the build context', outside, 'docker-context');
  const idFile = join(mkdtempSync(join(ctx.tempDir, 'docker-build-')), run.buildx ? 'metadata.json' : 'iid');
  const platform = (source.bd && platformOfTarget(source.bd.target)) ?? hostPlatform();
  const binaryArgs = source.generated
    ? []
    : platformBuildArgs({ context: source.context, binaryPath: source.bd?.binaryPath, platform, buildx: run.buildx });
  const args = dockerBuildArgs({
    buildx: run.buildx,
    dockerfile: source.dockerfile!,
    context: source.context,
    refs: run.refs,
    labels: source.generated ? [] : run.labels,
    buildArgs: [...binaryArgs, ...d.buildArgs],
    platforms: d.platforms,
    push: run.pushFromBuild,
    idFile,
  });
  const res = await run.client.build(args, run.buildx, run.pushFromBuild);
  if (res.killed) return result('cancelled', 'cancelled');
  if (res.code !== 0)
    return run.fail(
      `docker build failed (exit ${res.code})`,
      `docker ${run.buildx ? 'buildx build' : 'build'} failed:\n${dockerErrorLines(res.stderr + '\n' + res.stdout, 15)}`,
      'docker build',
    );
  const imageSize = run.pushFromBuild ? undefined : await run.client.imageSize(run.refs[0]!);
  run.data.imageSize = imageSize;
  const smokeFailed = run.pushFromBuild ? notSmokeTested(run) : await smokeStep(run, run.refs[0]!, hostPlatform());
  if (smokeFailed) return smokeFailed;
  const pushed = await pushAll(run, idFile);
  if ('status' in pushed) return pushed;
  return summarize(run, source, pushed, imageSize);
}

/**
 * A Dockerfile that COPYs ${BINARY_PATH} needs the binary inside the build context; when the
 * target directory lies elsewhere (CARGO_TARGET_DIR), say so instead of a failing COPY.
 */
function binaryOutsideContext(source: Source): string | undefined {
  const bd = source.bd;
  if (source.generated || !bd || !source.dockerfile) return undefined;
  if (!readFileSync(source.dockerfile, 'utf8').includes(BINARY_ARG)) return undefined;
  const inside = platformBuildArgs({ context: source.context, binaryPath: bd.binaryPath, platform: '', buildx: true });
  if (inside.length) return undefined;
  return `The Dockerfile ${source.dockerfile} copies \${${BINARY_ARG}}, but the binary ${bd.binaryPath} lies outside the build context ${source.context}, where a Dockerfile cannot reach it: build into the context (unset CARGO_TARGET_DIR, or point it inside), or set docker-context to a directory that holds the target directory.`;
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

/** buildx multi-platform pushes build and push in one step: there is no local image to run first. */
function notSmokeTested(run: DockerRun): undefined {
  run.smoke.push({
    platform: run.d.platforms.join(', '),
    outcome: 'not run',
    mode: run.d.smoke.mode,
    reason: 'built and pushed by buildx in one step',
  });
  return undefined;
}

/** Pushes every reference (or records what buildx pushed); a StageResult when a push failed. */
async function pushAll(run: DockerRun, idFile: string): Promise<PushedRef[] | StageResult> {
  const pushed: PushedRef[] = [];
  if (run.pushFromBuild) {
    const digest = existsSync(idFile) ? parseBuildxMetadata(readFileSync(idFile, 'utf8')) : undefined;
    for (const ref of run.refs) pushed.push({ ref, ...(digest ? { digest } : {}), attempts: 1 });
    return pushed;
  }
  if (!run.policy.push) return pushed;
  const login = await loginAll(run);
  if (login) return login;
  for (const ref of run.refs) {
    const outcome = await run.client.push(ref);
    const r = outcome.value;
    if (r.killed === 'cancelled') return result('cancelled', 'cancelled');
    if (!outcome.ok) return pushFailure(run, ref, outcome);
    const digest = await run.client.pushedDigest(ref, r.stdout + r.stderr);
    pushed.push({ ref, ...(digest ? { digest } : {}), attempts: outcome.attempts });
  }
  return pushed;
}

function pushFailure(run: DockerRun, ref: string, outcome: RetryOutcome<ExecResult>): StageResult {
  const r = outcome.value;
  const host = registryHost(ref.slice(0, ref.lastIndexOf(':')));
  const detail = dockerErrorLines(`${r.stderr}\n${r.stdout}`);
  if (r.killed === 'timeout') {
    return run.fail(
      'push timed out',
      `docker push ${ref} did not finish within ${PUSH_TIMEOUT_MS / 60_000} minutes (registry ${host}).\n${detail}`,
      'docker push',
      run.built(),
    );
  }
  if (outcome.kind === 'auth') {
    return run.fail(
      'push denied',
      `The registry ${host} refused the push of ${ref}:\n${detail}\n${run.client.configDir ? `Check that user "${run.d.username}" may push to this repository.` : 'No credentials were given: set docker-username and docker-password, or log in with an earlier step.'}`,
      'docker push',
      run.built(),
    );
  }
  if (outcome.kind === 'network') {
    return run.fail(
      'registry unreachable',
      `Could not push ${ref}: the registry ${host} was unreachable on all ${outcome.attempts} attempts (push-retries: ${run.d.pushRetries}).\n${detail}`,
      'docker push',
      run.built(),
    );
  }
  return run.fail('push failed', `docker push ${ref} failed:\n${detail}`, 'docker push', run.built());
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
  // Login happens after the build, except for buildx multi-platform pushes (login first, nothing built yet).
  const extra = run.pushFromBuild ? { data: run.data } : run.built();
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
    { outputs: { 'image-tags': run.refs.join('\n'), 'image-digest': digests[0] ?? '' }, blocks, data: run.data },
  );
}

async function gitHead(ctx: StageContext): Promise<string> {
  const r = await ctx.exec('git', ['rev-parse', 'HEAD'], { cwd: ctx.cwd, env: ctx.env, echo: 'none' });
  return r.code === 0 ? r.stdout.trim() : '';
}
