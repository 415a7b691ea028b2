// The smoke test's steps against a scripted docker (the real one is in integration/smoke.test.ts):
// the bridge path (port published on 127.0.0.1, which the test daemon without a bridge cannot
// show), the host network with its port already taken, and the container removed every time.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import type { ExecResult } from '../../src/exec.js';
import { smokeTest, type SmokeDocker } from '../../src/release/smoke-run.js';
import type { SmokeInputs } from '../../src/inputs/types.js';

const S: SmokeInputs = {
  mode: 'auto',
  healthPath: '/health',
  healthTimeoutSeconds: 3,
  stopTimeoutSeconds: 1,
  args: [],
};
const ok = (stdout = ''): ExecResult => ({ code: 0, stdout, stderr: '', ms: 1 });
const servers: Server[] = [];

async function serve(status: number): Promise<number> {
  const server = createServer((req, res) => {
    res.statusCode = req.url === '/health' ? status : 404;
    res.end();
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

/** A docker whose container is running until stopped, then exited with `exitCode`. */
function fakeDocker(o: { bridge: boolean; exposed: number; published?: number; exitCode?: number }) {
  const calls: string[] = [];
  let running = true;
  const docker: SmokeDocker = {
    runContainer: async (args) => (calls.push(args.join(' ')), ok('c0ffee\n')),
    exposedPortsJson: async () => JSON.stringify({ [`${o.exposed}/tcp`]: {} }),
    containerStateJson: async () =>
      JSON.stringify({ Running: running, ExitCode: running ? 0 : (o.exitCode ?? 0), OOMKilled: false }),
    publishedPort: async () => `127.0.0.1:${o.published}\n`,
    containerLogs: async () => 'listening\n',
    stopContainer: async () => ((running = false), calls.push('stop'), ok()),
    removeContainer: async (name) => (calls.push(`rm ${name}`), true),
    hasBridge: async () => o.bridge,
  };
  return { docker, calls };
}

describe('smokeTest', () => {
  test('with a bridge: published on 127.0.0.1, polled on the published port, stopped, removed', async () => {
    const published = await serve(200);
    const { docker, calls } = fakeDocker({ bridge: true, exposed: 8080, published });
    const r = await smokeTest(docker, 'img:1', S);
    expect(r).toMatchObject({ outcome: 'passed', network: 'publish', exitCode: 0 });
    expect(r.readyMs).toBeGreaterThanOrEqual(0);
    expect(calls[0]).toMatch(
      /^run --detach --name rust-pipeline-smoke-[0-9a-f]{12} --publish 127\.0\.0\.1::8080\/tcp img:1$/,
    );
    expect(calls.slice(1, 2)).toEqual(['stop']);
    expect(calls[2]).toMatch(/^rm rust-pipeline-smoke-/);
  });

  test('with a bridge: an answer of 500 until the timeout fails with the status and the log', async () => {
    const published = await serve(500);
    const { docker, calls } = fakeDocker({ bridge: true, exposed: 8080, published });
    const r = await smokeTest(docker, 'img:1', { ...S, healthTimeoutSeconds: 1 });
    expect(r).toMatchObject({ outcome: 'failed', logs: 'listening' });
    expect(r.reason).toMatch(/^never ready: .* last answer HTTP 500$/);
    expect(calls.at(-1)).toMatch(/^rm /);
  });

  test('on the host network, a port already in use fails before anything runs', async () => {
    const port = await serve(200);
    const { docker, calls } = fakeDocker({ bridge: false, exposed: port });
    const r = await smokeTest(docker, 'img:1', S);
    expect(r).toMatchObject({ outcome: 'failed', network: 'host' });
    expect(r.reason).toContain(`port ${port} on 127.0.0.1 is already in use`);
    expect(calls.filter((c) => c.startsWith('run '))).toEqual([]);
    expect(calls.at(-1)).toMatch(/^rm /);
  });

  test('exit 1 after SIGTERM fails, with the timings', async () => {
    const published = await serve(204);
    const { docker } = fakeDocker({ bridge: true, exposed: 8080, published, exitCode: 1 });
    const r = await smokeTest(docker, 'img:1', S);
    expect(r).toMatchObject({
      outcome: 'failed',
      exitCode: 1,
      reason: 'exited with code 1 on SIGTERM (a graceful shutdown exits 0)',
    });
    expect(r.stopMs).toBeGreaterThanOrEqual(0);
  });
});
