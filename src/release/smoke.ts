// The smoke test's decisions, pure: which mode an image gets, which port is polled, how the
// container is started (published on 127.0.0.1, or on the host network when the daemon has no
// bridge), and how its exit after SIGTERM reads. The steps that drive docker are in smoke-run.ts.
import type { SmokeInputs } from '../inputs/types.js';
import type { Block } from '../blocks.js';
import { DONE, stop, type Outcome } from '../context.js';
import { inputRef } from '../inputs/errors.js';
import type { InputName } from '../inputs/specs.js';

export type SmokeMode = 'none' | 'http' | 'command';

/** What the smoke test will do with one image, and why (for the summary). */
export type SmokePlan =
  | { mode: 'none'; reason: string }
  | { mode: 'command'; reason: string }
  | { mode: 'http'; port: number; reason: string }
  | { mode: 'refused'; input: InputName; message: string };

/** The TCP ports of `docker image inspect --format '{{json .Config.ExposedPorts}}'` ("8080/tcp": {}), sorted. */
export function exposedTcpPorts(json: string): number[] {
  let doc: unknown;
  try {
    doc = JSON.parse(json.trim() || 'null');
  } catch {
    return [];
  }
  if (doc === null || typeof doc !== 'object') return [];
  return Object.keys(doc)
    .map((k) => /^(\d+)(?:\/tcp)?$/.exec(k)?.[1])
    .filter((p): p is string => p !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

/**
 * The mode for an image: `auto` is http when a port is known (health-port, or the image EXPOSEs one),
 * else none. http needs a port the image EXPOSEs: on a runner with a bridge network only exposed,
 * published ports are reachable, so an unexposed health-port would pass here and fail in production.
 */
export function planSmoke(s: SmokeInputs, exposed: readonly number[]): SmokePlan {
  const mode = s.mode;
  if (mode === 'none') return { mode: 'none', reason: 'smoke-test: none' };
  if (mode === 'command') return { mode: 'command', reason: 'smoke-test: command' };
  const shown = exposed.length ? exposed.map((p) => `${p}/tcp`).join(', ') : 'none';
  if (s.healthPort !== undefined && !exposed.includes(s.healthPort)) {
    return {
      mode: 'refused',
      input: 'health-port',
      message: `${inputRef('health-port')} is ${s.healthPort}, but the image does not expose that port (EXPOSE: ${shown}): add "EXPOSE ${s.healthPort}" to the Dockerfile, or set health-port to an exposed port.`,
    };
  }
  const port = s.healthPort ?? exposed[0];
  if (port === undefined) {
    if (mode === 'auto')
      return {
        mode: 'none',
        reason: 'smoke-test: auto and the image exposes no port (set health-port, or smoke-test: command)',
      };
    return {
      mode: 'refused',
      input: 'smoke-test',
      message: `${inputRef('smoke-test')} is http, but the image exposes no port and health-port is empty: add EXPOSE to the Dockerfile or set health-port.`,
    };
  }
  return { mode: 'http', port, reason: `smoke-test: ${mode}, GET ${s.healthPath} on port ${port}` };
}

/** How the container's port reaches 127.0.0.1: published (a bridge exists) or the host network (no bridge). */
export type SmokeNetwork = 'publish' | 'host';

export interface SmokeRunOptions {
  image: string;
  name: string;
  network: SmokeNetwork;
  port: number;
}

/** `docker run -d` for the http smoke test: published on loopback only, never on every interface. */
export function smokeRunArgs(o: SmokeRunOptions): string[] {
  const net = o.network === 'host' ? ['--network', 'host'] : ['--publish', `127.0.0.1::${o.port}/tcp`];
  return ['run', '--detach', '--name', o.name, ...net, o.image];
}

/** `docker run` for the command smoke test: no network at all, the image run once with smoke-args. */
export function smokeCommandArgs(image: string, name: string, args: readonly string[]): string[] {
  return ['run', '--name', name, '--network', 'none', image, ...args];
}

/** `docker port <name> <port>/tcp` prints "127.0.0.1:49153" (one line per address): the host port. */
export function parsePublishedPort(output: string): number | undefined {
  for (const line of output.split('\n')) {
    const m = /^127\.0\.0\.1:(\d+)$/.exec(line.trim());
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** The container's state as `docker inspect --format '{{json .State}}'` gives it (the fields we read). */
export interface ContainerState {
  Running: boolean;
  ExitCode: number;
  OOMKilled: boolean;
  Error?: string;
}

export function parseContainerState(json: string): ContainerState | undefined {
  try {
    const s = JSON.parse(json) as Partial<ContainerState>;
    if (typeof s.Running !== 'boolean' || typeof s.ExitCode !== 'number') return undefined;
    return { Running: s.Running, ExitCode: s.ExitCode, OOMKilled: s.OOMKilled === true, Error: s.Error ?? '' };
  } catch {
    return undefined;
  }
}

/** 128 + SIGKILL: what docker reports when it killed the container after the grace period. */
const KILLED = 137;

/**
 * How a container stopped with `docker stop -t <grace>` ended. Killed after the grace period is
 * exit 137, not OOM-killed, and docker stop taking (about) the whole grace period: the program
 * ignored SIGTERM. (A PID 1 without a SIGTERM handler ignores it: the kernel does not apply the
 * default action to a namespace's init.)
 */
export function judgeStop(state: ContainerState, stopMs: number, graceSeconds: number): Outcome<void, string> {
  if (state.Running) return stop(`still running after docker stop -t ${graceSeconds}`);
  if (state.ExitCode === 0) return DONE;
  if (state.OOMKilled) return stop(`killed by the kernel (out of memory), exit code ${state.ExitCode}`);
  if (state.ExitCode === KILLED && stopMs >= graceSeconds * 1000 - 250)
    return stop(
      `ignored SIGTERM: killed with SIGKILL after the grace period of ${graceSeconds} s (exit code 137); handle SIGTERM and exit 0`,
    );
  return stop(`exited with code ${state.ExitCode} on SIGTERM (a graceful shutdown exits 0)`);
}

/** What one poll of the health path saw: an HTTP status, or why there was none. */
export type Poll = { status: number } | { error: string };

export function isReady(p: Poll): boolean {
  return 'status' in p && p.status >= 200 && p.status < 300;
}

export function describePoll(p: Poll | undefined): string {
  if (!p) return 'no answer';
  return 'status' in p ? `last answer HTTP ${p.status}` : `last error: ${p.error}`;
}

/** A container name of our own: unique, so that parallel runs on one daemon never meet. */
export function smokeContainerName(random: string): string {
  return `rust-pipeline-smoke-${random.replace(/[^a-z0-9]/gi, '').toLowerCase()}`;
}

/** One smoke-tested (or not) platform image, as the summary shows it. */
export interface SmokeRow {
  platform: string;
  outcome: 'passed' | 'failed' | 'skipped' | 'not run';
  mode: string;
  reason: string;
  readyMs?: number;
  stopMs?: number;
  exitCode?: number;
  logs?: string;
}

const seconds = (ms: number | undefined): string => (ms === undefined ? '—' : `${(ms / 1000).toFixed(2)} s`);
const ICON: Record<SmokeRow['outcome'], string> = {
  passed: '✅ passed',
  failed: '❌ failed',
  skipped: '— skipped',
  'not run': '⚠️ not smoke-tested',
};

/** The smoke test's table (time to ready, shutdown time, exit code) and, on failure, the container's logs. */
export function smokeBlocks(rows: readonly SmokeRow[]): Block[] {
  if (rows.length === 0) return [];
  const blocks: Block[] = [
    {
      kind: 'table',
      header: ['platform', 'smoke test', 'time to ready', 'shutdown', 'exit code', 'detail'],
      rows: rows.map((r) => [
        r.platform,
        ICON[r.outcome],
        seconds(r.readyMs),
        seconds(r.stopMs),
        r.exitCode === undefined ? '—' : String(r.exitCode),
        r.reason,
      ]),
    },
  ];
  for (const r of rows)
    if (r.outcome === 'failed')
      blocks.push({
        kind: 'details',
        summary: `Container log of the failed smoke test (${r.platform}, last 100 lines)`,
        body: r.logs?.trim() ? r.logs : '(the container wrote nothing)',
      });
  return blocks;
}
