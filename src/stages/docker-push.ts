// The docker stage's push: log in (a temporary DOCKER_CONFIG), push every reference (or each
// platform image and one manifest list per tag), say what reached the registry when a push
// fails part-way, and log out.
import type { ExecResult } from '../exec.js';
import { dockerErrorLines, type RetryOutcome } from '../release/docker-args.js';
import { LOGIN_TIMEOUT_MS, PUSH_TIMEOUT_MS } from '../release/docker-client.js';
import { dockerLogoutAll, makeDockerConfig } from '../release/docker-config.js';
import { isLoopbackRegistry, parseManifestPushDigest } from '../release/manifest.js';
import { registryHost } from '../release/tags.js';
import { dockerConfigState, dockerRegistriesState } from '../state.js';
import { code } from '../blocks.js';
import { DONE, ok, result, stop, type Outcome, type StageResult } from '../context.js';
import type { DockerRun, PushedRef } from './docker-run.js';

/** Pushes every reference (when the policy says so); the stage stops when a push failed. */
export async function pushAll(run: DockerRun): Promise<Outcome<PushedRef[]>> {
  const pushed: PushedRef[] = [];
  if (!run.policy.push) return ok(pushed);
  const login = await loginAll(run);
  if (!login.ok) return login;
  for (const image of run.d.images) {
    for (const tag of run.tags) {
      const ref = `${image}:${tag}`;
      const outcome = await run.client.push(ref);
      const r = outcome.value;
      if (r.killed === 'cancelled') return stop(result('cancelled', 'cancelled'));
      if (!outcome.ok) return pushFailure(run, ref, outcome, pushed);
      const digest = await run.client.pushedDigest(ref, r.stdout + r.stderr);
      pushed.push({ ref, tag, ...(digest ? { digest } : {}), attempts: outcome.attempts });
    }
  }
  return ok(pushed);
}

/**
 * Several platforms: each platform image is pushed (name:<tag>-<arch>, by digest), then one
 * manifest list per tag names them all; image-digest is the list's digest.
 */
export async function pushPlatforms(run: DockerRun): Promise<Outcome<PushedRef[]>> {
  if (!run.policy.push) return ok([]);
  const login = await loginAll(run);
  if (!login.ok) return login;
  const byName = await pushPlatformImages(run);
  if (!byName.ok) return byName;
  const pushed: PushedRef[] = [];
  for (const [name, digests] of byName.value) {
    for (const tag of run.tags) {
      const listed = await pushList(run, { name, tag }, digests, pushed);
      if (!listed.ok) return listed;
      pushed.push(listed.value);
    }
  }
  return ok(pushed);
}

/** Pushes each platform image; the digests of each image name's platform images (name@sha256:…). */
async function pushPlatformImages(run: DockerRun): Promise<Outcome<Map<string, string[]>>> {
  const byName = new Map<string, string[]>();
  for (const ref of run.images.flatMap((i) => i.refs)) {
    const outcome = await run.client.push(ref);
    if (outcome.value.killed === 'cancelled') return stop(result('cancelled', 'cancelled'));
    // Platform images carry no tag of the release yet: no release tag exists before the lists are pushed.
    if (!outcome.ok) return pushFailure(run, ref, outcome, []);
    const digest = await run.client.pushedDigest(ref, outcome.value.stdout + outcome.value.stderr);
    if (!digest) {
      const why = `docker push ${ref} reported no digest; the manifest list needs it.`;
      return run.fail('no digest', why, 'docker push', run.built());
    }
    const name = ref.slice(0, ref.lastIndexOf(':'));
    byName.set(name, [...(byName.get(name) ?? []), `${name}@${digest}`]);
  }
  return ok(byName);
}

/** One manifest list (name:tag) naming the platform images, created and pushed. */
async function pushList(
  run: DockerRun,
  at: { name: string; tag: string },
  images: string[],
  pushed: readonly PushedRef[],
): Promise<Outcome<PushedRef>> {
  const list = `${at.name}:${at.tag}`;
  const insecure = isLoopbackRegistry(registryHost(at.name));
  const created = await run.client.manifestCreate(list, images, insecure);
  if (created.code !== 0)
    return run.fail(
      'manifest list failed',
      `docker manifest create ${list} failed:\n${dockerErrorLines(created.stderr + '\n' + created.stdout)}`,
      'docker manifest',
      run.built(),
    );
  const outcome = await run.client.manifestPush(list, insecure);
  if (outcome.value.killed === 'cancelled') return stop(result('cancelled', 'cancelled'));
  if (!outcome.ok) return pushFailure(run, list, outcome, pushed);
  const digest = parseManifestPushDigest(outcome.value.stdout);
  return ok({ ref: list, tag: at.tag, ...(digest ? { digest } : {}), attempts: outcome.attempts });
}

function pushFailure(
  run: DockerRun,
  ref: string,
  outcome: RetryOutcome<ExecResult>,
  pushed: readonly PushedRef[],
): { ok: false; result: StageResult } {
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

/** Logs in to every registry with a temporary DOCKER_CONFIG; the stage stops when that failed. */
async function loginAll(run: DockerRun): Promise<Outcome<void>> {
  const { ctx, d, password } = run;
  if (!d.username || !password) {
    ctx.log.info('No docker-username/docker-password: pushing with the existing docker login of this machine, if any.');
    return DONE;
  }
  const configDir = makeDockerConfig(ctx.tempDir);
  run.client.configDir = configDir;
  // Saved before logging in, so that post removes the credentials even if this step dies mid-way.
  dockerConfigState.save(configDir, ctx.saveState);
  dockerRegistriesState.save(run.registries, ctx.saveState);
  for (const registry of run.registries) {
    const outcome = await run.client.login(registry, d.username, password, configDir);
    if (outcome.value.killed === 'cancelled') return stop(result('cancelled', 'cancelled'));
    if (!outcome.ok) return loginFailure(run, registry, outcome);
    ctx.log.info(`Logged in to ${registry} as ${d.username}.`);
  }
  return DONE;
}

function loginFailure(
  run: DockerRun,
  registry: string,
  outcome: RetryOutcome<ExecResult>,
): { ok: false; result: StageResult } {
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
export async function logout(run: DockerRun): Promise<void> {
  const configDir = run.client.configDir;
  if (!configDir) return;
  const { problems } = await dockerLogoutAll(run.ctx.exec, configDir, run.registries, run.ctx.env);
  for (const p of problems) run.ctx.log.warning(run.scrub(p));
  dockerConfigState.save('', run.ctx.saveState);
}
