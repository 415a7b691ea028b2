// The smoke test, run: start the image, wait until its health path answers 2xx, stop it with
// SIGTERM and read how it ended; or (command mode) run it once. The container is always removed.
// Decisions (mode, port, network, the verdict on the exit) are the pure functions of smoke.ts.
import { request } from 'node:http';
import { connect } from 'node:net';
import { randomBytes } from 'node:crypto';
import type { SmokeInputs } from '../inputs/types.js';
import type { DockerClient } from './docker-client.js';
import { dockerErrorLines } from './docker-args.js';
import { lastLines } from '../text.js';
import { ok, stop, type Outcome } from '../context.js';
import {
  describePoll,
  exposedTcpPorts,
  isReady,
  judgeStop,
  parseContainerState,
  parsePublishedPort,
  planSmoke,
  smokeCommandArgs,
  smokeContainerName,
  smokeRunArgs,
  type Poll,
  type SmokeNetwork,
} from './smoke.js';
import type { InputName } from '../inputs/specs.js';

export type SmokeDocker = Pick<
  DockerClient,
  | 'runContainer'
  | 'exposedPortsJson'
  | 'containerStateJson'
  | 'publishedPort'
  | 'containerLogs'
  | 'stopContainer'
  | 'removeContainer'
  | 'hasBridge'
>;

export interface SmokeResult {
  /** passed, failed, or skipped (mode none: nothing was run). */
  outcome: 'passed' | 'failed' | 'skipped';
  mode: 'none' | 'http' | 'command';
  /** Why it failed, or what was (not) done. */
  reason: string;
  /** The input to name in the error, when the failure is a bad input (health-port, smoke-test). */
  input?: InputName;
  network?: SmokeNetwork;
  readyMs?: number;
  stopMs?: number;
  exitCode?: number;
  /** The container's last 100 log lines, on failure. */
  logs?: string;
}

const POLL_INTERVAL_MS = 200;
const POLL_REQUEST_MS = 2000;
const LOG_LINES = 100;

/** Runs the smoke test on a local image; never throws for what the image does. */
export async function smokeTest(docker: SmokeDocker, image: string, s: SmokeInputs): Promise<SmokeResult> {
  const plan = planSmoke(s, exposedTcpPorts(await docker.exposedPortsJson(image)));
  if (plan.mode === 'refused') return { outcome: 'failed', mode: 'http', reason: plan.message, input: plan.input };
  if (plan.mode === 'none') return { outcome: 'skipped', mode: 'none', reason: plan.reason };
  const name = smokeContainerName(randomBytes(6).toString('hex'));
  try {
    return plan.mode === 'command'
      ? await commandSmoke(docker, image, name, s)
      : await httpSmoke(docker, image, name, plan.port, s);
  } finally {
    await docker.removeContainer(name);
  }
}

async function commandSmoke(docker: SmokeDocker, image: string, name: string, s: SmokeInputs): Promise<SmokeResult> {
  const r = await docker.runContainer(smokeCommandArgs(image, name, s.args), s.healthTimeoutSeconds * 1000);
  const logs = lastLines([r.stdout, r.stderr].filter((x) => x.trim() !== '').join('\n'), LOG_LINES);
  const base = { mode: 'command' as const, readyMs: r.ms, exitCode: r.code };
  if (r.killed === 'timeout')
    return {
      ...base,
      outcome: 'failed',
      reason: `still running after health-timeout (${s.healthTimeoutSeconds} s)`,
      logs,
    };
  if (r.code !== 0)
    return { ...base, outcome: 'failed', reason: `the image run with smoke-args exited with code ${r.code}`, logs };
  return { ...base, outcome: 'passed', reason: `ran with ${JSON.stringify(s.args.join(' '))}, exit code 0` };
}

async function httpSmoke(
  docker: SmokeDocker,
  image: string,
  name: string,
  port: number,
  s: SmokeInputs,
): Promise<SmokeResult> {
  // A daemon without a bridge (dockerd --bridge=none) publishes nothing: use the host network.
  const network: SmokeNetwork = (await docker.hasBridge()) ? 'publish' : 'host';
  const fail = async (reason: string, extra: Partial<SmokeResult> = {}): Promise<SmokeResult> => ({
    outcome: 'failed',
    mode: 'http',
    network,
    reason,
    logs: lastLines(await docker.containerLogs(name, LOG_LINES), LOG_LINES),
    ...extra,
  });
  if (network === 'host' && (await answers(port)))
    return fail(
      `port ${port} on 127.0.0.1 is already in use, and this docker daemon has no bridge network, so the image must run on the host network with that port free`,
    );
  const started = await docker.runContainer(smokeRunArgs({ image, name, network, port }), 120_000);
  if (started.code !== 0) return fail(`docker run failed: ${dockerErrorLines(started.stderr + started.stdout)}`);
  const hostPort = network === 'host' ? port : parsePublishedPort(await docker.publishedPort(name, port));
  if (hostPort === undefined) return fail(`docker did not publish port ${port} on 127.0.0.1`);
  const ready = await waitReady(docker, name, hostPort, s);
  if (!ready.ok)
    return fail(ready.result.reason, ready.result.exitCode !== undefined ? { exitCode: ready.result.exitCode } : {});
  const t0 = Date.now();
  await docker.stopContainer(name, s.stopTimeoutSeconds);
  const stopMs = Date.now() - t0;
  const state = parseContainerState(await docker.containerStateJson(name));
  if (!state) return fail('could not read the container state after docker stop', { readyMs: ready.value, stopMs });
  const verdict = judgeStop(state, stopMs, s.stopTimeoutSeconds);
  const timings = { readyMs: ready.value, stopMs, exitCode: state.ExitCode };
  if (!verdict.ok) return fail(verdict.result, timings);
  return { outcome: 'passed', mode: 'http', network, reason: `GET ${s.healthPath} answered 2xx`, ...timings };
}

/** How long the container took to answer 2xx, or why it never did (and its exit code when it exited). */
type Ready = Outcome<number, { reason: string; exitCode?: number }>;

/** Polls the health path until a 2xx, the container exits, or health-timeout passes. */
async function waitReady(docker: SmokeDocker, name: string, port: number, s: SmokeInputs): Promise<Ready> {
  const t0 = Date.now();
  const deadline = t0 + s.healthTimeoutSeconds * 1000;
  let last: Poll | undefined;
  for (;;) {
    const state = parseContainerState(await docker.containerStateJson(name));
    if (state && !state.Running)
      return stop({
        reason: `crashed: the container exited with code ${state.ExitCode} before GET ${s.healthPath} answered 2xx${state.Error ? ` (${state.Error})` : ''}`,
        exitCode: state.ExitCode,
      });
    last = await poll(port, s.healthPath);
    if (isReady(last)) return ok(Date.now() - t0);
    if (Date.now() >= deadline)
      return stop({
        reason: `never ready: GET ${s.healthPath} on port ${port} gave no 2xx within health-timeout (${s.healthTimeoutSeconds} s); ${describePoll(last)}`,
      });
    await new Promise((r) => setTimeout(r, POLL_INTERVAL_MS));
  }
}

/** One GET on 127.0.0.1 (never another address), a fresh connection each time, closed after. */
function poll(port: number, path: string): Promise<Poll> {
  return new Promise((resolve) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: 'GET', agent: false, headers: { Connection: 'close' } },
      (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0 });
      },
    );
    req.setTimeout(POLL_REQUEST_MS, () => req.destroy(new Error(`no answer within ${POLL_REQUEST_MS} ms`)));
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    req.end();
  });
}

/** Does anything accept connections on 127.0.0.1:port? */
function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = connect({ host: '127.0.0.1', port });
    sock.setTimeout(1000, () => {
      sock.destroy();
      resolve(false);
    });
    sock.on('connect', () => {
      sock.destroy();
      resolve(true);
    });
    sock.on('error', () => resolve(false));
  });
}
