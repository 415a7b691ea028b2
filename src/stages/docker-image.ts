// The docker stage's images: one per platform, each built (with a generated context when there is
// no Dockerfile) and smoke-tested before anything is pushed.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildData } from '../release/build-plan.js';
import { dockerBuildArgs, dockerErrorLines, generatedDockerfile } from '../release/docker-args.js';
import { smokeBlocks } from '../release/smoke.js';
import { smokeTest } from '../release/smoke-run.js';
import {
  BINARY_ARG,
  canRunPlatform,
  choosePlatforms,
  hostPlatform,
  platformBuildArgs,
  platformSlug,
} from '../release/platforms.js';
import { platformTag } from '../release/manifest.js';
import { DONE, ok, result, stop, type Outcome } from '../context.js';
import type { DockerRun, PlatformImage, Source } from './docker-run.js';

const CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';

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
export function planImages(run: DockerRun, source: Source): Outcome<PlatformImage[]> {
  const { d } = run;
  const bd = source.bd;
  let platforms: { platform: string; path?: string }[] = d.platforms.map((platform) => ({ platform }));
  if (bd) {
    const chosen = choosePlatforms(d.platforms, builtBinaries(bd));
    if (!chosen.ok) return run.fail('platform without a binary', chosen.result, 'docker-platforms');
    platforms = chosen.value;
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
    return ok([
      {
        platform: asked ? only.platform : undefined,
        label: only?.platform ?? hostPlatform(),
        binaryPath: only?.path ?? bd?.binaryPath,
        refs: run.refs,
      },
    ]);
  }
  return ok(
    platforms.map((p) => ({
      platform: p.platform,
      label: p.platform,
      binaryPath: p.path,
      refs: d.images.map((i) => `${i}:${platformTag(run.tags[0]!, p.platform)}`),
    })),
  );
}

/** Builds one platform image (not pushed: every image is smoke-tested first). */
export async function buildImage(run: DockerRun, source: Source, image: PlatformImage): Promise<Outcome<void>> {
  const multi = run.images.length > 1;
  const context = imageContext(run, source, image);
  const dockerfile = source.generated ? join(context, 'Dockerfile') : source.dockerfile!;
  const outside = binaryOutsideContext(source, dockerfile, image.binaryPath);
  if (outside) return run.fail('binary outside the build context', outside, 'docker-context');
  const args = imageBuildArgs(run, source, image, { context, dockerfile });
  const res = await run.client.build(args, run.buildx, false);
  if (res.killed) return stop(result('cancelled', 'cancelled'));
  if (res.code === 0) return DONE;
  const what = `docker ${run.buildx ? 'buildx build' : 'build'}${multi ? ` for ${image.label}` : ''}`;
  return run.fail(
    `docker build failed (exit ${res.code})${multi ? ` for ${image.label}` : ''}`,
    `${what} failed:\n${dockerErrorLines(res.stderr + '\n' + res.stdout, 15)}`,
    'docker build',
  );
}

/** The build context of one image: the source's, or a generated one (one per platform when there are several). */
function imageContext(run: DockerRun, source: Source, image: PlatformImage): string {
  if (!source.generated) return source.context;
  const context =
    run.images.length > 1
      ? mkdtempSync(join(run.ctx.tempDir, `docker-context-${platformSlug(image.label)}-`))
      : source.context;
  writeGeneratedContext(run, source, context, image.binaryPath!);
  return context;
}

/** `docker build` (or `docker buildx build`) of one platform image, loaded locally. */
function imageBuildArgs(
  run: DockerRun,
  source: Source,
  image: PlatformImage,
  at: { context: string; dockerfile: string },
): string[] {
  const { ctx, d } = run;
  const { context, dockerfile } = at;
  const multi = run.images.length > 1;
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
  return args;
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

/** The smoke test of one platform image; images this runner cannot run are listed as not smoke-tested. */
export async function smokeImage(run: DockerRun, image: PlatformImage): Promise<Outcome<void>> {
  if (canRunPlatform(image.label)) return smokeStep(run, image.refs[0]!, image.label);
  const mode = run.d.smoke.mode;
  if (mode === 'none') return DONE;
  run.smoke.push({
    platform: image.label,
    outcome: 'not run',
    mode,
    reason: `this runner cannot run ${image.label} images (no binfmt handler for it in /proc/sys/fs/binfmt_misc; docker/setup-qemu-action registers one)`,
  });
  run.data.smoke = run.smoke;
  run.ctx.log.info(`Smoke test of ${image.label}: not run, this runner cannot run ${image.label} images.`);
  return DONE;
}

/** Runs the smoke test on a built image; a failed stage (with the container's logs) when it failed. */
async function smokeStep(run: DockerRun, ref: string, platform: string): Promise<Outcome<void>> {
  const { ctx, d } = run;
  ctx.log.info(`Smoke test of ${ref} (${platform}): smoke-test: ${d.smoke.mode}.`);
  const r = await ctx.profiler.measure(`smoke test ${platform}`, () => smokeTest(run.client, ref, d.smoke));
  run.smoke.push({ platform, ...r });
  run.data.smoke = run.smoke;
  ctx.log.info(`Smoke test of ${platform}: ${r.outcome}: ${r.reason}.`);
  if (r.outcome !== 'failed') return DONE;
  return run.fail(
    `smoke test failed (${platform})`,
    `The image ${ref} (${platform}) failed its smoke test (${r.mode}): ${r.reason.replace(/\.$/, '')}. Nothing was pushed.`,
    r.input ?? 'smoke test',
    { ...run.built(), blocks: smokeBlocks(run.smoke) },
  );
}
