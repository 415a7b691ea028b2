// The release path through the built action, as a runner runs it: a static binary from the fixture
// crate, an image tagged from the git ref, pushed to the real local registry (docker-registry with
// htpasswd on 127.0.0.1), pulled back and run; and the faults: pull requests, wrong password,
// registry down, leftover credentials.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  headSha,
  makeWorkspace,
  readReport,
  removeDir,
  runAction as runStep,
  startStep,
  type RunOptions,
  type StepResult,
} from '../support/rig.js';
import {
  listTags,
  manifestDigest,
  nothingListens,
  removeImages,
  requireRegistry,
  withLoggedInDocker,
} from '../support/registry.js';

// These tests are about static binaries and images: plain `cargo build` (auditable builds and
// `cargo audit bin`, which needs an advisory database, are covered by auditable.test.ts).
const runAction = (o: RunOptions): ReturnType<typeof runStep> =>
  runStep({ ...o, inputs: { auditable: 'false', ...o.inputs } });

const registry = requireRegistry();
const made: string[] = [];
const images: string[] = [];
const imageIds = new Set<string>();
// One target directory for every run in this file: the fixture compiles once per profile.
const targetDir = mkdtempSync(join(tmpdir(), 'rp-release-target-'));
const run = `${process.pid.toString(36)}${Date.now().toString(36)}`;

/** Remembers the images a run built (by reference and id) so that the file leaves none behind. */
function track(step: StepResult): string[] {
  const refs = (step.outputs['image-tags'] ?? '').split('\n').filter(Boolean);
  images.push(...refs);
  for (const ref of refs) {
    const id = spawnSync('docker', ['image', 'inspect', '--format', '{{.Id}}', ref], {
      encoding: 'utf8',
    }).stdout.trim();
    if (id) imageIds.add(id);
  }
  return refs;
}

function workspace(): string {
  const dir = makeWorkspace('release-bin');
  made.push(dir);
  return dir;
}
/** A repository name of its own for each test, so runs never see each other's tags. */
function repo(name: string): string {
  return `rp-test/${name}-${run}`;
}
function credentials(): Record<string, string> {
  return { 'docker-username': registry!.user, 'docker-password': registry!.password };
}
function releaseEnv(ref: string, event = 'push'): Record<string, string> {
  return { GITHUB_REF: ref, GITHUB_EVENT_NAME: event, CARGO_TARGET_DIR: targetDir };
}
function tempDirOf(step: StepResult): string {
  return dirname(step.outputs.report!);
}
function leftoverConfigs(step: StepResult): string[] {
  return readdirSync(tempDirOf(step)).filter((f) => f.startsWith('rust-pipeline-docker-config-'));
}
/** Every place a secret must not reach: logs, outputs, summary, state, the JSON report. */
function everything(step: StepResult): string {
  // "::add-mask::<secret>" is how the runner is told what to mask: it consumes that line and never
  // shows it, so it is the one place the secret may appear. Each one is checked to be that command.
  const stdout = step.stdout
    .split('\n')
    .filter((l) => !/^::add-mask::/.test(l))
    .join('\n');
  const report =
    step.outputs.report && existsSync(step.outputs.report) ? readFileSync(step.outputs.report, 'utf8') : '';
  return [
    stdout,
    step.stderr,
    JSON.stringify(step.outputs),
    step.summary,
    JSON.stringify(step.state),
    JSON.stringify(step.env),
    report,
  ].join('\n');
}
/** The secret appears nowhere in a step that ran (a step that did not run is a failure, not a pass). */
function expectNoSecret(step: StepResult | undefined, secret: string): void {
  if (!step) throw new Error('expectNoSecret needs the step it checks; this one did not run.');
  if (secret.length < 4)
    throw new Error(`expectNoSecret needs the secret it looks for; got ${JSON.stringify(secret)}.`);
  const masks = step.stdout.split('\n').filter((l) => l.includes(secret));
  expect(
    masks.every((l) => l === `::add-mask::${secret}`),
    'the password appears in stdout other than in the mask command',
  ).toBe(true);
  const all = everything(step);
  expect(all.includes(secret), 'the password leaked into the step output').toBe(false);
  expect(
    all.includes(Buffer.from(`${registry!.user}:${secret}`).toString('base64')),
    'the encoded credentials leaked',
  ).toBe(false);
}

beforeAll(async () => {
  if (!registry) return;
  expect(
    await nothingListens(registry.down),
    `${registry.down} must have nothing listening (it stands for a registry that is down)`,
  ).toBe(true);
});
afterAll(() => {
  made.forEach(removeDir);
  removeDir(targetDir);
  removeImages([...images, ...imageIds]);
});

describe.skipIf(!registry)('release: static binary and image pushed to the local registry', () => {
  it('tag v1.2.3 on push: 1.2.3, 1.2, 1, latest and sha-… all carry the pushed digest; the image runs', async () => {
    const ws = workspace();
    const name = `${registry!.host}/${repo('tagged')}`;
    const sha = headSha(ws);
    const { main, post } = await runAction({
      workspace: ws,
      inputs: { stages: 'build, docker', profile: 'size', 'docker-image': name, ...credentials() },
      env: releaseEnv('refs/tags/v1.2.3'),
    });
    expect(main.code, main.stdout).toBe(0);
    const wantTags = ['1.2.3', '1.2', '1', 'latest', `sha-${sha.slice(0, 7)}`];
    track(main);

    // build outputs: a static binary of the reported size
    const bin = main.outputs['binary-path']!;
    expect(bin).toBe(join(targetDir, 'x86_64-unknown-linux-gnu', 'release', 'fixture-release'));
    expect(Number(main.outputs['binary-size'])).toBe(statSync(bin).size);
    expect(main.outputs.static).toBe('true');
    expect(spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim()).toBe('fixture-release 1.2.3');
    expect(main.summary).toMatch(
      /\| size \| [\d.]+ (KiB|MiB) \| static \(ELF 64-bit LSB\) \| -\d+\.\d% \([\d.]+ MiB → [\d.]+ (KiB|MiB)\) \|/,
    );

    // docker outputs and what the registry holds
    expect(main.outputs['image-tags']!.split('\n')).toEqual(wantTags.map((t) => `${name}:${t}`));
    const digest = main.outputs['image-digest']!;
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await listTags(registry!, repo('tagged'))).toEqual([...wantTags].sort());
    for (const tag of wantTags) expect(await manifestDigest(registry!, repo('tagged'), tag), tag).toBe(digest);

    // pulled back from the registry and run, it prints the crate's version; labels are the OCI set
    withLoggedInDocker(registry!, (docker) => {
      removeImages(wantTags.map((t) => `${name}:${t}`));
      const pull = docker('pull', `${name}:1.2.3`);
      expect(pull.status, pull.stderr).toBe(0);
      expect(pull.stdout).toContain(digest);
      const ran = docker('run', '--rm', '--network', 'none', `${name}:1.2.3`, '--version');
      expect(ran.stderr).toBe('');
      expect(ran.stdout.trim()).toBe('fixture-release 1.2.3');
      const labels = JSON.parse(
        docker('image', 'inspect', '--format', '{{json .Config.Labels}}', `${name}:1.2.3`).stdout,
      ) as Record<string, string>;
      expect(labels).toMatchObject({
        'org.opencontainers.image.source': 'https://github.com/acme/fixture',
        'org.opencontainers.image.revision': sha,
        'org.opencontainers.image.version': '1.2.3',
        'org.opencontainers.image.title': 'fixture-release',
        'org.opencontainers.image.licenses': 'MIT',
      });
      expect(Date.parse(labels['org.opencontainers.image.created']!)).toBeGreaterThan(Date.now() - 3_600_000);
      const size = Number(docker('image', 'inspect', '--format', '{{.Size}}', `${name}:1.2.3`).stdout.trim());
      expect(size).toBeLessThanOrEqual(statSync(bin).size + 1024 * 1024);
    });

    // the credentials lived only for the push, and never reached any output
    expect(leftoverConfigs(main)).toEqual([]);
    expect(main.state['docker-config']).toBe('');
    expect(main.summary).toContain('push event on refs/tags/v1.2.3');
    expect(main.summary).toContain(digest);
    expect(post?.code).toBe(0);
    expectNoSecret(main, registry!.password);
    expectNoSecret(post, registry!.password);
    const report = readReport(main);
    expect(report.stages.map((s: { name: string; status: string }) => [s.name, s.status])).toEqual([
      ['build', 'success'],
      ['docker', 'success'],
    ]);
  });

  it('pull_request: builds the image but pushes nothing and does not log in', async () => {
    const ws = workspace();
    const name = `${registry!.host}/${repo('pr')}`;
    const { main } = await runAction({
      workspace: ws,
      inputs: { stages: 'build, docker', 'docker-image': name, ...credentials() },
      env: releaseEnv('refs/pull/7/merge', 'pull_request'),
    });
    expect(main.code, main.stdout).toBe(0);
    const tags = track(main);
    expect(tags).toEqual([`${name}:pr-7`, `${name}:sha-${headSha(ws).slice(0, 7)}`]);
    expect(main.outputs['image-digest']).toBe('');
    // built locally …
    expect(spawnSync('docker', ['image', 'inspect', tags[0]!]).status).toBe(0);
    // … but the registry never heard of it, and no login happened
    expect(await listTags(registry!, repo('pr'))).toEqual([]);
    expect(main.stdout).not.toContain('docker login');
    // main writes every state slot it owns; unused ones empty (no slot can be filled from outside).
    expect(main.state['docker-config']).toBe('');
    expect(main.summary).toContain('pull_request event: images from pull requests are never pushed with push: auto');
    expectNoSecret(main, registry!.password);
  });

  it('a failed earlier stage stops the push even on a release tag', async () => {
    const ws = workspace();
    const name = `${registry!.host}/${repo('untested')}`;
    const { main } = await runAction({
      workspace: ws,
      // An argument cargo test rejects makes the test stage fail.
      inputs: { stages: 'test, build, docker', 'test-args': '--no-such-flag', 'docker-image': name, ...credentials() },
      env: releaseEnv('refs/tags/v1.2.3'),
      noPost: true,
    });
    track(main);
    expect(main.outputs['failed-stages']).toBe('test');
    expect(readReport(main).stages.map((s: { name: string; status: string }) => [s.name, s.status])).toEqual([
      ['test', 'failure'],
      ['build', 'success'],
      ['docker', 'success'],
    ]);
    expect(main.outputs['image-digest']).toBe('');
    expect(main.summary).toContain('earlier stages failed (test): nothing is pushed');
    expect(await listTags(registry!, repo('untested'))).toEqual([]);
  });

  it('wrong password: fails at once with a clear message, no retries, nothing pushed', async () => {
    const ws = workspace();
    const name = `${registry!.host}/${repo('denied')}`;
    const wrong = `wrong-${run}-Pa55`;
    const { main, post } = await runAction({
      workspace: ws,
      inputs: {
        stages: 'build, docker',
        'docker-image': name,
        'docker-username': registry!.user,
        'docker-password': wrong,
        'push-retries': '3',
      },
      env: releaseEnv('refs/tags/v1.2.3'),
    });
    track(main);
    expect(main.code).toBe(1);
    expect(main.outputs['failed-stages']).toBe('docker');
    // the image was built: its references are still reported
    expect(main.outputs['image-tags']!.split('\n')).toHaveLength(5);
    expect(main.outputs['image-digest']).toBe('');
    const error = main.annotations.find((a) => a.level === 'error' && a.title === 'docker login');
    expect(error?.message).toContain(
      `The registry ${registry!.host} rejected the credentials of user "${registry!.user}"`,
    );
    expect(error?.message).toContain('401 Unauthorized');
    expect(main.stdout).not.toMatch(/Retrying in/);
    expect(await listTags(registry!, repo('denied'))).toEqual([]);
    expect(leftoverConfigs(main)).toEqual([]);
    expect(post?.code).toBe(0);
    expectNoSecret(main, wrong);
    expectNoSecret(post, wrong);
  });

  it('registry down: login and push each give up after the bounded retries, with backoff', async () => {
    const ws = workspace();
    const name = `${registry!.down}/${repo('down')}`;
    // with credentials: the login is retried
    const t0 = Date.now();
    const withLogin = await runAction({
      workspace: ws,
      inputs: { stages: 'build, docker', 'docker-image': name, ...credentials(), 'push-retries': '2', push: 'true' },
      env: releaseEnv('refs/heads/main'),
    });
    track(withLogin.main);
    expect(withLogin.main.code).toBe(1);
    const loginError = withLogin.main.annotations.find((a) => a.level === 'error' && a.title === 'docker login');
    expect(loginError?.message).toContain(
      `Could not log in to ${registry!.down}: the registry was unreachable on all 3 attempts (push-retries: 2).`,
    );
    expect(loginError?.message).toContain('connection refused');
    expect(
      withLogin.main.annotations.filter(
        (a) => a.level === 'warning' && /Login to .* failed \(attempt \d of 3\).*Retrying in [12] s/.test(a.message),
      ),
    ).toHaveLength(2);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(3000); // 1 s + 2 s of backoff
    expect(leftoverConfigs(withLogin.main)).toEqual([]);
    expectNoSecret(withLogin.main, registry!.password);

    // without credentials: the push itself is retried
    const noLogin = await runAction({
      workspace: ws,
      inputs: { stages: 'build, docker', 'docker-image': name, 'push-retries': '1', push: 'true' },
      env: releaseEnv('refs/heads/main'),
    });
    track(noLogin.main);
    expect(noLogin.main.code).toBe(1);
    const pushError = noLogin.main.annotations.find((a) => a.level === 'error' && a.title === 'docker push');
    expect(pushError?.message).toMatch(
      new RegExp(
        `Could not push ${name.replace(/[.]/g, '\\.')}:main: the registry ${registry!.down.replace(/[.]/g, '\\.')} was unreachable on all 2 attempts \\(push-retries: 1\\)`,
      ),
    );
    expect(
      noLogin.main.annotations.filter(
        (a) => a.level === 'warning' && /Push of .* failed \(attempt 1 of 2\)/.test(a.message),
      ),
    ).toHaveLength(1);
  });

  it('a branch named latest, with push: true, never creates or moves the latest tag; push: auto does not push it at all', async () => {
    const ws = workspace();
    const repoName = repo('branch-latest');
    const name = `${registry!.host}/${repoName}`;
    const sha = headSha(ws).slice(0, 7);
    const auto = await runAction({
      workspace: ws,
      inputs: { stages: 'build, docker', 'docker-image': name, ...credentials() },
      env: releaseEnv('refs/heads/latest'),
    });
    track(auto.main);
    expect(auto.main.code, auto.main.stdout).toBe(0);
    expect(auto.main.summary).toContain(
      'push: auto pushes only version tags (v1.2.3), on push events, published releases and workflow_dispatch runs',
    );
    expect(await listTags(registry!, repoName)).toEqual([]);

    const pushed = await runAction({
      workspace: ws,
      inputs: { stages: 'build, docker', 'docker-image': name, ...credentials(), push: 'true' },
      env: releaseEnv('refs/heads/latest'),
    });
    track(pushed.main);
    expect(pushed.main.code, pushed.main.stdout).toBe(0);
    expect(pushed.main.outputs['image-tags']!.split('\n')).toEqual([`${name}:branch-latest`, `${name}:sha-${sha}`]);
    expect(await listTags(registry!, repoName)).toEqual(['branch-latest', `sha-${sha}`]);
    // The logged build command shows no build argument values (none here) and the tags it used.
    expect(pushed.main.stdout).toContain(`--tag ${name}:branch-latest`);
    expect(pushed.main.stdout).not.toContain(`--tag ${name}:latest`);
  });

  it('post logs out and deletes credentials that main left behind (main stopped mid-push)', async () => {
    const ws = workspace();
    const temp = mkdtempSync(join(tmpdir(), 'rp-post-'));
    made.push(temp);
    // A docker config exactly as main creates it (under RUNNER_TEMP/rust-pipeline), logged in for real.
    mkdirSync(join(temp, 'rust-pipeline'));
    const config = mkdtempSync(join(temp, 'rust-pipeline', 'rust-pipeline-docker-config-'));
    const login = spawnSync('docker', ['login', '--username', registry!.user, '--password-stdin', registry!.host], {
      env: { ...process.env, DOCKER_CONFIG: config },
      input: registry!.password,
      encoding: 'utf8',
    });
    expect(login.status, login.stderr).toBe(0);
    expect(readFileSync(join(config, 'config.json'), 'utf8')).toContain(registry!.host);

    const post = await startStep('post', {
      workspace: ws,
      state: { 'main-ran': 'true', 'docker-config': config, 'docker-registries': JSON.stringify([registry!.host]) },
      env: { RUNNER_TEMP: temp },
    }).done;
    expect(post.code, post.stdout).toBe(0);
    expect(existsSync(config)).toBe(false);
    expect(post.stdout).toContain(`Removed the temporary docker credentials (logged out of ${registry!.host}).`);
    expect(post.annotations.filter((a) => a.level !== 'notice')).toEqual([]);
  });

  it('the repository\'s own Dockerfile: build args, extra labels, "!" tags, no build stage needed', async () => {
    const ws = workspace();
    writeFileSync(
      join(ws, 'Dockerfile'),
      'FROM scratch\nARG GREETING\nCOPY Cargo.toml /Cargo.toml\nLABEL greeting=$GREETING\n',
    );
    const name = `${registry!.host}/${repo('own-dockerfile')}`;
    const { main } = await runAction({
      workspace: ws,
      inputs: {
        stages: 'docker',
        'docker-image': name,
        'docker-tags': '!custom, other',
        'docker-labels': 'com.example.team=release crew\norg.opencontainers.image.title=Custom title',
        'docker-build-args': 'GREETING=hi there',
        push: 'false',
      },
      env: releaseEnv('refs/heads/main'),
      noPost: true,
    });
    expect(main.code, main.stdout).toBe(0);
    expect(track(main)).toEqual([`${name}:custom`, `${name}:other`]);
    const labels = JSON.parse(
      spawnSync('docker', ['image', 'inspect', '--format', '{{json .Config.Labels}}', `${name}:custom`], {
        encoding: 'utf8',
      }).stdout,
    ) as Record<string, string>;
    expect(labels).toMatchObject({
      greeting: 'hi there',
      'com.example.team': 'release crew',
      'org.opencontainers.image.title': 'Custom title',
      'org.opencontainers.image.version': 'main',
      'org.opencontainers.image.revision': headSha(ws),
    });
    expect(main.stdout).toContain("--build-arg 'GREETING=***'");
    expect(main.stdout).not.toContain('GREETING=hi there');
    expect(main.summary).toContain(`\`${join(ws, 'Dockerfile')}\``);
    expect(main.summary).toContain('push: false');
  });

  it('musl target that rustup cannot add: a clear error naming the fix', async () => {
    const ws = workspace();
    // rustup downloads from the "down" address: refused at once, nothing leaves the machine.
    const downloads = join(process.env.RUSTUP_HOME ?? join(homedir(), '.rustup'), 'downloads');
    const before = new Set(existsSync(downloads) ? readdirSync(downloads) : []);
    try {
      const { main } = await runAction({
        workspace: ws,
        inputs: { stages: 'build', target: 'x86_64-unknown-linux-musl' },
        env: {
          ...releaseEnv('refs/heads/main'),
          RUSTUP_DIST_SERVER: `http://${registry!.down}`,
          RUSTUP_UPDATE_ROOT: `http://${registry!.down}/rustup`,
        },
        noPost: true,
      });
      const installed = spawnSync('rustup', ['target', 'list', '--installed'], { encoding: 'utf8' }).stdout;
      if (installed.includes('x86_64-unknown-linux-musl')) {
        // On a machine that has the target, the build simply uses it (a different fact, checked here).
        // eslint-disable-next-line vitest/no-conditional-expect
        expect(main.outputs.static).toBe('true');
        return;
      }
      expect(main.code).toBe(1);
      const error = main.annotations.find((a) => a.level === 'error' && a.title === 'rustup target add');
      expect(error?.message).toMatch(/^Could not add the Rust target x86_64-unknown-linux-musl with rustup:\nerror: /);
      expect(error?.message).toContain('Connection refused');
      expect(error?.message).toContain(
        'Fix: install it before this step (`rustup target add x86_64-unknown-linux-musl`)',
      );
      expect(error?.message).toContain('target: x86_64-unknown-linux-gnu) with static: true');
      expect(error?.message).not.toContain('backtrace');
    } finally {
      // rustup keeps partial downloads for resumption: remove the ones this test caused.
      if (existsSync(downloads))
        for (const f of readdirSync(downloads))
          if (!before.has(f) && f.endsWith('.partial')) rmSync(join(downloads, f), { force: true });
    }
  });

  it('static: false builds a dynamic binary, and the generated scratch image refuses it', async () => {
    const ws = workspace();
    const { main } = await runAction({
      workspace: ws,
      inputs: {
        stages: 'build, docker',
        static: 'false',
        'docker-image': `${registry!.host}/${repo('dynamic')}`,
        push: 'false',
      },
      env: releaseEnv('refs/heads/main'),
      noPost: true,
    });
    expect(main.outputs.static).toBe('false');
    expect(main.outputs['binary-path']).toBe(join(targetDir, 'release', 'fixture-release'));
    const report = readReport(main);
    expect(report.stages[0]).toMatchObject({ name: 'build', status: 'success' });
    expect(report.stages[0].data.needed).toContain('libc.so.6');
    expect(main.outputs['failed-stages']).toBe('docker');
    const error = main.annotations.find((a) => a.level === 'error');
    expect(error?.message).toMatch(
      /The generated FROM scratch image needs a static binary, but fixture-release is dynamic \(ELF 64-bit LSB\): needs .*libc\.so\.6/,
    );
  });
});
