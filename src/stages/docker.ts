// The docker stage: build an image (the repository's Dockerfile, else a generated FROM scratch one
// around the static binary), tag it from the git ref, and push it when the push policy says so.
import type { BuildData } from '../release/build.js';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { formatCommand, type ExecResult } from '../exec.js';
import { formatBytes, plural } from '../text.js';
import {
  digestForRepo,
  dockerBuildArgs,
  dockerBuildEnv,
  dockerErrorLines,
  dockerImageSizeArgs,
  dockerLoginArgs,
  dockerPushArgs,
  generatedDockerfile,
  maskBuildArgs,
  parseBuildxMetadata,
  parsePushDigest,
  repoDigestArgs,
  shouldPush,
  withRetries,
  type RetryOutcome,
} from '../release/docker.js';
import { dockerLogoutAll, makeDockerConfig } from '../release/logout.js';
import { createdAt, imageTags, imageVersion, ociLabels, registryHost } from '../release/tags.js';
import { STATE } from '../state.js';
import { result, type Finding, type Stage, type StageContext, type StageResult } from '../context.js';

const CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';
const LOGIN_TIMEOUT_MS = 5 * 60_000;
const PUSH_TIMEOUT_MS = 30 * 60_000;

interface DockerRunOptions {
  input?: string;
  env?: Record<string, string>;
  echo?: 'all' | 'stderr' | 'none';
  timeoutMs?: number;
}

interface PushedRef {
  ref: string;
  digest?: string;
  attempts: number;
}

export const dockerStage: Stage = {
  name: 'docker',
  title: 'Docker image',
  async run(ctx) {
    const d = ctx.inputs.docker;
    const password = d.password ?? '';
    if (password) ctx.log.secret(password);
    /** Nothing the stage reports may carry the password, even if a tool echoed it. */
    const scrub = (s: string): string => (password ? s.split(password).join('***') : s);
    const fail = (summary: string, message: string, title = 'docker', extra: Partial<StageResult> = {}): StageResult =>
      result('failure', summary, {
        ...extra,
        findings: [{ level: 'error', title, message: scrub(message) } satisfies Finding],
      });

    if (d.images.length === 0) {
      return fail(
        'no image name',
        'Input "docker-image" is empty: the docker stage needs at least one image name, e.g. ghcr.io/acme/svc.',
        'docker-image',
      );
    }
    mkdirSync(ctx.tempDir, { recursive: true });
    const docker = (args: string[], opts: DockerRunOptions = {}): Promise<ExecResult> => {
      ctx.log.info(`[command]${formatCommand('docker', maskBuildArgs(args))}`);
      return ctx.exec('docker', args, {
        cwd: ctx.cwd,
        env: { ...ctx.env, ...(opts.env ?? {}) },
        echo: opts.echo ?? 'all',
        ...(opts.input !== undefined ? { input: opts.input } : {}),
        ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
      });
    };
    /** A registry operation: retried with backoff after network errors (push-retries), each retry a warning. */
    const dockerRetried = (what: string, args: string[], opts: DockerRunOptions): Promise<RetryOutcome<ExecResult>> =>
      withRetries(
        d.pushRetries,
        async () => {
          const r = await docker(args, opts);
          return { ok: r.code === 0, value: r, output: `${r.stderr}\n${r.stdout}`, stopped: r.killed !== undefined };
        },
        {
          onRetry: (n, wait, out) =>
            ctx.log.warning(
              scrub(
                `${what} failed (attempt ${n} of ${d.pushRetries + 1}): ${dockerErrorLines(out, 1)}. Retrying in ${Math.round(wait / 1000)} s.`,
              ),
            ),
        },
      );

    // Is docker there, and which builder?
    const version = await ctx.exec('docker', ['version', '--format', '{{.Server.Version}}'], {
      cwd: ctx.cwd,
      env: ctx.env,
      echo: 'none',
      timeoutMs: 60_000,
    });
    if (version.spawnError)
      return fail('docker missing', 'docker is not installed (the docker command was not found on PATH).');
    if (version.code !== 0)
      return fail(
        'docker daemon unreachable',
        `Cannot talk to the Docker daemon:\n${dockerErrorLines(version.stderr)}`,
      );
    const buildx =
      (await ctx.exec('docker', ['buildx', 'version'], { cwd: ctx.cwd, env: ctx.env, echo: 'none', timeoutMs: 60_000 }))
        .code === 0;
    if (d.platforms.length > 0 && !buildx) {
      return fail(
        'buildx missing',
        `Input "docker-platforms" has the value ${JSON.stringify(d.platforms.join(','))}, but docker buildx is not installed; install it (e.g. docker/setup-buildx-action) or leave docker-platforms empty.`,
        'docker-platforms',
      );
    }

    // The Dockerfile and the build context.
    const build = ctx.previous.get('build');
    const bd = build?.status === 'success' ? (build.data as BuildData | undefined) : undefined;
    const repoDockerfile = join(ctx.cwd, 'Dockerfile');
    let dockerfile = d.dockerfile ?? (existsSync(repoDockerfile) ? repoDockerfile : undefined);
    let context = d.context ?? ctx.cwd;
    let generated = false;
    /** The generated Dockerfile's text (it is also shown in the summary). */
    let generatedText: string | undefined;
    if (dockerfile !== undefined && !existsSync(dockerfile)) {
      return fail(
        'Dockerfile missing',
        `Input "dockerfile" has an invalid value ${JSON.stringify(dockerfile)}: no such file; allowed: a Dockerfile path relative to working-directory, or empty to use ./Dockerfile or a generated one.`,
        'dockerfile',
      );
    }
    if (dockerfile === undefined) {
      if (build && build.status !== 'success') {
        return result(
          'skipped',
          `not built: the build stage ${build.status === 'cancelled' ? 'was cancelled' : 'failed'}`,
        );
      }
      if (!bd) {
        return fail(
          'no binary',
          'There is no Dockerfile in working-directory, and no binary from the build stage to put in a generated one: add "build" to the stages, or provide a Dockerfile.',
        );
      }
      if (bd.static !== true) {
        return fail(
          'binary not static',
          `The generated FROM scratch image needs a static binary, but ${bd.binaryName} is ${bd.elf}. Set static: true (or a musl target), or provide a Dockerfile with a base image.`,
        );
      }
      context = mkdtempSync(join(ctx.tempDir, 'docker-context-'));
      generated = true;
    }
    // Tags and labels.
    const sha = ctx.event.sha || (await gitHead(ctx));
    let tags = imageTags({ ref: ctx.event.ref, sha, extra: d.tags, replace: d.replaceTags });
    if (tags.length === 0) tags = ['latest'];
    const refs = d.images.flatMap((image) => tags.map((t) => `${image}:${t}`));
    const labels = ociLabels({
      source: ctx.event.repositoryUrl,
      revision: sha,
      version: imageVersion(ctx.event.ref, sha) || bd?.package.version || '',
      created: createdAt(ctx.env),
      title: bd?.package.name ?? basename(d.images[0]!),
      ...(bd?.package.description ? { description: bd.package.description } : {}),
      ...(bd?.package.license ? { licenses: bd.package.license } : {}),
      extra: d.labels,
    });
    if (generated && bd) {
      const rootfs = join(context, 'rootfs');
      mkdirSync(rootfs);
      copyFileSync(bd.binaryPath, join(rootfs, bd.binaryName));
      if (existsSync(CA_BUNDLE)) {
        mkdirSync(join(rootfs, 'etc', 'ssl', 'certs'), { recursive: true });
        copyFileSync(CA_BUNDLE, join(rootfs, 'etc', 'ssl', 'certs', 'ca-certificates.crt'));
      }
      dockerfile = join(context, 'Dockerfile');
      generatedText = generatedDockerfile({ binary: bd.binaryName, labels });
      writeFileSync(dockerfile, generatedText);
    }
    let policy = shouldPush(d.push, ctx.event);
    // Never publish what failed its checks: an earlier failed stage (test, audit, …) stops the push.
    const failedEarlier = [...ctx.previous]
      .filter(([, r]) => r.status === 'failure' || r.status === 'cancelled')
      .map(([n]) => n);
    if (policy.push && failedEarlier.length)
      policy = { push: false, reason: `earlier stages failed (${failedEarlier.join(', ')}): nothing is pushed` };
    ctx.log.info(`Tags: ${tags.join(', ')}. ${policy.push ? 'Pushing' : 'Not pushing'}: ${policy.reason}.`);
    if (policy.push && ctx.event.name === 'pull_request_target') {
      ctx.log.warning(
        'Pushing from a pull_request_target event: the image is built from code the pull request may control.',
      );
    }
    if (policy.push && Boolean(d.username) !== Boolean(password)) {
      return fail(
        'credentials incomplete',
        d.username
          ? `Input "docker-password" is empty while docker-username is "${d.username}": give both to log in (on pull requests from forks, secrets are empty), or neither to push with the runner's existing docker login.`
          : 'Input "docker-username" is empty while docker-password is set: give both to log in, or neither.',
        d.username ? 'docker-password' : 'docker-username',
      );
    }

    // Build. buildx pushes multi-platform images itself; everything else is built, then pushed tag by tag.
    const idFile = join(mkdtempSync(join(ctx.tempDir, 'docker-build-')), buildx ? 'metadata.json' : 'iid');
    const pushFromBuild = buildx && d.platforms.length > 1 && policy.push;
    const registries = [...new Set(d.registry ? [d.registry] : d.images.map(registryHost))];
    let configDir: string | undefined;
    /** Once the image is built, failures still report its references (they exist locally). */
    const built = (): Partial<StageResult> => ({
      outputs: { 'image-tags': refs.join('\n'), 'image-digest': '' },
      data,
    });
    const data: Record<string, unknown> = {
      tags,
      refs,
      labels: Object.fromEntries(labels),
      push: policy.push,
      pushReason: policy.reason,
      generatedDockerfile: generated,
      builder: buildx ? 'buildx' : 'classic',
    };

    try {
      if (pushFromBuild) {
        const login = await loginAll();
        if (login) return login;
      }
      const buildArgs = dockerBuildArgs({
        buildx,
        dockerfile: dockerfile!,
        context,
        refs,
        labels: generated ? [] : labels,
        buildArgs: d.buildArgs,
        platforms: d.platforms,
        push: pushFromBuild,
        idFile,
      });
      const buildOpts = { env: { ...dockerBuildEnv(buildx), ...(configDir ? { DOCKER_CONFIG: configDir } : {}) } };
      const buildRes = await ctx.profiler.measure('docker build', () =>
        pushFromBuild
          ? dockerRetried('Build and push', buildArgs, buildOpts).then((o) => o.value)
          : docker(buildArgs, buildOpts),
      );
      if (buildRes.killed) return result('cancelled', 'cancelled');
      if (buildRes.code !== 0)
        return fail(
          `docker build failed (exit ${buildRes.code})`,
          `docker ${buildx ? 'buildx build' : 'build'} failed:\n${dockerErrorLines(buildRes.stderr + '\n' + buildRes.stdout, 15)}`,
          'docker build',
        );

      let imageSize: number | undefined;
      if (!pushFromBuild) {
        const sizeRes = await ctx.exec('docker', dockerImageSizeArgs(refs[0]!), {
          cwd: ctx.cwd,
          env: ctx.env,
          echo: 'none',
        });
        if (sizeRes.code === 0 && /^\d+$/.test(sizeRes.stdout.trim())) imageSize = Number(sizeRes.stdout.trim());
      }
      data.imageSize = imageSize;

      const pushed: PushedRef[] = [];
      if (pushFromBuild) {
        const digest = existsSync(idFile) ? parseBuildxMetadata(readFileSync(idFile, 'utf8')) : undefined;
        for (const ref of refs) pushed.push({ ref, ...(digest ? { digest } : {}), attempts: 1 });
      } else if (policy.push) {
        const login = await loginAll();
        if (login) return login;
        for (const ref of refs) {
          const image = ref.slice(0, ref.lastIndexOf(':'));
          const outcome = await ctx.profiler.measure(`docker push ${ref}`, () =>
            dockerRetried(`Push of ${ref}`, dockerPushArgs(ref), {
              env: configDir ? { DOCKER_CONFIG: configDir } : {},
              timeoutMs: PUSH_TIMEOUT_MS,
            }),
          );
          const r = outcome.value;
          if (r.killed === 'cancelled') return result('cancelled', 'cancelled');
          if (!outcome.ok) {
            const host = registryHost(image);
            const detail = dockerErrorLines(`${r.stderr}\n${r.stdout}`);
            if (r.killed === 'timeout') {
              return fail(
                'push timed out',
                `docker push ${ref} did not finish within ${PUSH_TIMEOUT_MS / 60_000} minutes (registry ${host}).\n${detail}`,
                'docker push',
                built(),
              );
            }
            if (outcome.kind === 'auth') {
              return fail(
                'push denied',
                `The registry ${host} refused the push of ${ref}:\n${detail}\n${configDir ? `Check that user "${d.username}" may push to this repository.` : 'No credentials were given: set docker-username and docker-password, or log in with an earlier step.'}`,
                'docker push',
                built(),
              );
            }
            if (outcome.kind === 'network') {
              return fail(
                'registry unreachable',
                `Could not push ${ref}: the registry ${host} was unreachable on all ${outcome.attempts} attempts (push-retries: ${d.pushRetries}).\n${detail}`,
                'docker push',
                built(),
              );
            }
            return fail('push failed', `docker push ${ref} failed:\n${detail}`, 'docker push', built());
          }
          let digest = parsePushDigest(r.stdout + r.stderr);
          if (!digest) {
            const inspect = await ctx.exec('docker', repoDigestArgs(ref), { cwd: ctx.cwd, env: ctx.env, echo: 'none' });
            digest = digestForRepo(inspect.stdout, image);
          }
          pushed.push({ ref, ...(digest ? { digest } : {}), attempts: outcome.attempts });
        }
      }
      const digests = [...new Set(pushed.map((p) => p.digest).filter((x): x is string => Boolean(x)))];
      if (digests.length > 1)
        ctx.log.warning(
          `The pushed references have different digests: ${digests.join(', ')}; image-digest is the first one.`,
        );
      data.pushed = pushed;
      data.digest = digests[0];

      const rows = tags.map((t) => [
        t,
        d.images.map((i) => `\`${i}:${t}\``).join(', '),
        policy.push
          ? pushed.find((p) => p.ref.endsWith(`:${t}`))?.digest
            ? '✅ pushed'
            : '⚠️ no digest'
          : '— not pushed',
      ]);
      const blocks = [
        {
          kind: 'text' as const,
          text: `**Image:** ${d.images.map((i) => `\`${i}\``).join(', ')}${imageSize !== undefined ? ` — ${formatBytes(imageSize)}` : ''}${bd && imageSize !== undefined ? ` (binary ${formatBytes(bd.size)})` : ''}`,
        },
        {
          kind: 'text' as const,
          text: `**Dockerfile:** ${generated ? 'generated (FROM scratch around the static binary)' : `\`${dockerfile}\``}; builder: ${buildx ? 'buildx' : 'classic'}`,
        },
        {
          kind: 'text' as const,
          text: `**Push:** ${policy.push ? 'yes' : 'no'} — ${policy.reason}${digests[0] ? `; digest \`${digests[0]}\`` : ''}`,
        },
        { kind: 'table' as const, header: ['tag', 'reference', 'push'], rows },
        { kind: 'details' as const, summary: 'Labels', body: labels.map(([k, v]) => `${k}=${v}`).join('\n') },
        ...(generatedText !== undefined
          ? [{ kind: 'details' as const, summary: 'Generated Dockerfile', body: generatedText, lang: 'dockerfile' }]
          : []),
      ];
      return result(
        'success',
        `${plural(tags.length, 'tag')}, ${policy.push ? `pushed${digests[0] ? ` ${digests[0].slice(0, 19)}…` : ''}` : 'not pushed'}${imageSize !== undefined ? `, ${formatBytes(imageSize)}` : ''}`,
        {
          outputs: { 'image-tags': refs.join('\n'), 'image-digest': digests[0] ?? '' },
          blocks,
          data,
        },
      );
    } finally {
      if (configDir) {
        const { problems } = await dockerLogoutAll(ctx.exec, configDir, registries, ctx.env);
        for (const p of problems) ctx.log.warning(scrub(p));
        // Logged out: nothing left for post to clean up.
        ctx.saveState(STATE.dockerConfig, '');
      }
    }

    /** Login happens after the build, except for buildx multi-platform pushes (login first, nothing built yet). */
    function loginFailure(): Partial<StageResult> {
      return pushFromBuild ? { data } : built();
    }

    /** Logs in to every registry with a temporary DOCKER_CONFIG; a StageResult when that failed. */
    async function loginAll(): Promise<StageResult | undefined> {
      if (!d.username || !password) {
        ctx.log.info(
          'No docker-username/docker-password: pushing with the existing docker login of this machine, if any.',
        );
        return undefined;
      }
      configDir = makeDockerConfig(ctx.tempDir);
      // Saved before logging in, so that post removes the credentials even if this step dies mid-way.
      ctx.saveState(STATE.dockerConfig, configDir);
      ctx.saveState(STATE.dockerRegistries, JSON.stringify(registries));
      for (const registry of registries) {
        const outcome = await ctx.profiler.measure(`docker login ${registry}`, () =>
          dockerRetried(`Login to ${registry}`, dockerLoginArgs(registry, d.username!), {
            input: password,
            env: { DOCKER_CONFIG: configDir! },
            echo: 'none',
            timeoutMs: LOGIN_TIMEOUT_MS,
          }),
        );
        const r = outcome.value;
        if (r.killed === 'cancelled') return result('cancelled', 'cancelled');
        if (outcome.ok) {
          ctx.log.info(`Logged in to ${registry} as ${d.username}.`);
          continue;
        }
        const detail = dockerErrorLines(`${r.stderr}\n${r.stdout}`);
        if (r.killed === 'timeout') {
          return fail(
            'login timed out',
            `docker login ${registry} did not finish within ${LOGIN_TIMEOUT_MS / 60_000} minutes.\n${detail}`,
            'docker login',
            loginFailure(),
          );
        }
        if (outcome.kind === 'auth') {
          return fail(
            'login rejected',
            `The registry ${registry} rejected the credentials of user "${d.username}" (wrong docker-username or docker-password, or a token without permission to push):\n${detail}`,
            'docker login',
            loginFailure(),
          );
        }
        if (outcome.kind === 'network') {
          return fail(
            'registry unreachable',
            `Could not log in to ${registry}: the registry was unreachable on all ${outcome.attempts} attempts (push-retries: ${d.pushRetries}).\n${detail}`,
            'docker login',
            loginFailure(),
          );
        }
        return fail('login failed', `docker login ${registry} failed:\n${detail}`, 'docker login', loginFailure());
      }
      return undefined;
    }
  },
};

async function gitHead(ctx: StageContext): Promise<string> {
  const r = await ctx.exec('git', ['rev-parse', 'HEAD'], { cwd: ctx.cwd, env: ctx.env, echo: 'none' });
  return r.code === 0 ? r.stdout.trim() : '';
}
