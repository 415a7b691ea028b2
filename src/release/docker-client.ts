// A small docker client: one method per verb (probe, login, build, push, inspect, logout), each
// running docker through exec with argv from the pure builders of release/docker-args.ts. Every command
// is logged with build argument values masked; registry verbs are retried after network errors.
import { logCommand } from '../context.js';
import { type Exec, type ExecResult } from '../exec.js';
import type { Logger } from '../context.js';
import type { Profiler } from '../profiler.js';
import {
  digestForRepo,
  dockerBuildEnv,
  dockerErrorLines,
  dockerImageSizeArgs,
  dockerLoginArgs,
  dockerPushArgs,
  maskBuildArgs,
  parsePushDigest,
  repoDigestArgs,
  withRetries,
  type RetryOutcome,
} from './docker-args.js';
import { manifestCreateArgs, manifestPushArgs, manifestRmArgs } from './manifest.js';

const PROBE_TIMEOUT_MS = 60_000;
const QUIET = { echo: 'none', timeoutMs: PROBE_TIMEOUT_MS, logged: false } as const;
export const LOGIN_TIMEOUT_MS = 5 * 60_000;
export const PUSH_TIMEOUT_MS = 30 * 60_000;

export interface DockerClientOptions {
  exec: Exec;
  log: Logger;
  profiler: Profiler;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** push-retries: how often a registry verb is retried after a network error. */
  retries: number;
  /** Hides the password in anything logged. */
  scrub: (s: string) => string;
}

interface RunOptions {
  input?: string;
  env?: Record<string, string>;
  echo?: 'all' | 'stderr' | 'none';
  timeoutMs?: number;
  /** Log the command line (the default). */
  logged?: boolean;
}

export type Probe = { ok: true; buildx: boolean } | { ok: false; summary: string; message: string };

export class DockerClient {
  /** DOCKER_CONFIG of the temporary login, once logged in. */
  configDir: string | undefined;

  constructor(private readonly o: DockerClientOptions) {}

  /** Is docker there, is its daemon reachable, and is buildx installed? */
  async probe(): Promise<Probe> {
    const quiet = { echo: 'none', timeoutMs: PROBE_TIMEOUT_MS, logged: false } as const;
    const version = await this.run(['version', '--format', '{{.Server.Version}}'], quiet);
    if (version.spawnError)
      return {
        ok: false,
        summary: 'docker missing',
        message: 'docker is not installed (the docker command was not found on PATH).',
      };
    if (version.code !== 0)
      return {
        ok: false,
        summary: 'docker daemon unreachable',
        message: `Cannot talk to the Docker daemon:\n${dockerErrorLines(version.stderr)}`,
      };
    return { ok: true, buildx: (await this.run(['buildx', 'version'], quiet)).code === 0 };
  }

  /** Logs in to one registry with the temporary config; the password goes to docker's stdin only. */
  login(registry: string, username: string, password: string, configDir: string): Promise<RetryOutcome<ExecResult>> {
    return this.o.profiler.measure(`docker login ${registry}`, () =>
      this.retried(`Login to ${registry}`, dockerLoginArgs(registry, username), {
        input: password,
        env: { DOCKER_CONFIG: configDir },
        echo: 'none',
        timeoutMs: LOGIN_TIMEOUT_MS,
      }),
    );
  }

  /** Builds (buildx with --push: builds and pushes, retried as a registry verb). */
  build(args: string[], buildx: boolean, pushes: boolean): Promise<ExecResult> {
    const opts = { env: { ...dockerBuildEnv(buildx), ...this.configEnv() } };
    return this.o.profiler.measure('docker build', () =>
      pushes ? this.retried('Build and push', args, opts).then((o) => o.value) : this.run(args, opts),
    );
  }

  push(ref: string): Promise<RetryOutcome<ExecResult>> {
    return this.o.profiler.measure(`docker push ${ref}`, () =>
      this.retried(`Push of ${ref}`, dockerPushArgs(ref), { env: this.configEnv(), timeoutMs: PUSH_TIMEOUT_MS }),
    );
  }

  /** The digest of a pushed reference: from push's output, else from the image's RepoDigests. */
  async pushedDigest(ref: string, pushOutput: string): Promise<string | undefined> {
    const digest = parsePushDigest(pushOutput);
    if (digest) return digest;
    const inspect = await this.run(repoDigestArgs(ref), { echo: 'none', logged: false });
    return digestForRepo(inspect.stdout, ref.slice(0, ref.lastIndexOf(':')));
  }

  async imageSize(ref: string): Promise<number | undefined> {
    const r = await this.run(dockerImageSizeArgs(ref), { echo: 'none', logged: false });
    return r.code === 0 && /^\d+$/.test(r.stdout.trim()) ? Number(r.stdout.trim()) : undefined;
  }

  // ---- manifest lists (multi-platform images without buildx) ----

  /** Creates the local manifest list `list` from pushed images (name@digest), replacing a stale one. */
  async manifestCreate(list: string, images: string[], insecure: boolean): Promise<ExecResult> {
    await this.run(manifestRmArgs(list), { ...QUIET, env: this.configEnv() });
    return this.run(manifestCreateArgs(list, images, insecure), { echo: 'all', env: this.configEnv() });
  }

  /** Pushes a manifest list (a registry verb: retried after network errors). */
  manifestPush(list: string, insecure: boolean): Promise<RetryOutcome<ExecResult>> {
    return this.o.profiler.measure(`docker manifest push ${list}`, () =>
      this.retried(`Push of the manifest list ${list}`, manifestPushArgs(list, insecure), {
        env: this.configEnv(),
        timeoutMs: PUSH_TIMEOUT_MS,
      }),
    );
  }

  // ---- container verbs of the smoke test (release/smoke-run.ts): quiet, never retried ----

  /** `docker run …` (argv from release/smoke.ts); a stopped run leaves the container for removeContainer. */
  runContainer(args: string[], timeoutMs: number): Promise<ExecResult> {
    return this.run(args, { echo: 'none', timeoutMs });
  }

  /** The TCP ports an image EXPOSEs, as JSON ("8080/tcp": {}); '' when it has none. */
  async exposedPortsJson(image: string): Promise<string> {
    const r = await this.run(['image', 'inspect', '--format', '{{json .Config.ExposedPorts}}', image], QUIET);
    return r.code === 0 ? r.stdout : '';
  }

  async containerStateJson(name: string): Promise<string> {
    const r = await this.run(['container', 'inspect', '--format', '{{json .State}}', name], QUIET);
    return r.code === 0 ? r.stdout : '';
  }

  /** `docker port`: where a published container port landed on the host. */
  async publishedPort(name: string, port: number): Promise<string> {
    return (await this.run(['port', name, `${port}/tcp`], QUIET)).stdout;
  }

  /** The container's last `lines` lines of output (stdout, then stderr). */
  async containerLogs(name: string, lines: number): Promise<string> {
    const r = await this.run(['logs', '--tail', String(lines), name], QUIET);
    return [r.stdout, r.stderr].filter((s) => s.trim() !== '').join('\n');
  }

  /** `docker stop -t <grace>`: SIGTERM, then SIGKILL after the grace period. */
  stopContainer(name: string, graceSeconds: number): Promise<ExecResult> {
    return this.run(['stop', '--time', String(graceSeconds), name], {
      echo: 'none',
      timeoutMs: (graceSeconds + 60) * 1000,
    });
  }

  async removeContainer(name: string): Promise<boolean> {
    return (await this.run(['rm', '--force', '--volumes', name], QUIET)).code === 0;
  }

  /** Does the daemon have its default bridge network (so that `run --publish` reaches 127.0.0.1)? */
  async hasBridge(): Promise<boolean> {
    return (
      (await this.run(['network', 'inspect', '--format', '{{.Driver}}', 'bridge'], QUIET)).stdout.trim() === 'bridge'
    );
  }

  private configEnv(): Record<string, string> {
    return this.configDir ? { DOCKER_CONFIG: this.configDir } : {};
  }

  private run(args: string[], opts: RunOptions = {}): Promise<ExecResult> {
    if (opts.logged !== false) logCommand(this.o.log, 'docker', maskBuildArgs(args));
    return this.o.exec('docker', args, {
      cwd: this.o.cwd,
      env: { ...this.o.env, ...(opts.env ?? {}) },
      echo: opts.echo ?? 'all',
      ...(opts.input !== undefined ? { input: opts.input } : {}),
      ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
    });
  }

  /** A registry operation: retried with backoff after network errors (push-retries), each retry a warning. */
  private retried(what: string, args: string[], opts: RunOptions): Promise<RetryOutcome<ExecResult>> {
    const { retries, log, scrub } = this.o;
    return withRetries(
      retries,
      async () => {
        const r = await this.run(args, opts);
        return { ok: r.code === 0, value: r, output: `${r.stderr}\n${r.stdout}`, stopped: r.killed !== undefined };
      },
      {
        onRetry: (n, wait, out) =>
          log.warning(
            scrub(
              `${what} failed (attempt ${n} of ${retries + 1}): ${dockerErrorLines(out, 1)}. Retrying in ${Math.round(wait / 1000)} s.`,
            ),
          ),
      },
    );
  }
}
