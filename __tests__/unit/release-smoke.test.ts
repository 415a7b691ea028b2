import { describe, expect, test } from 'vitest';
import { inputErrorOf, parseGiven } from '../support/inputs.js';
import {
  describePoll,
  exposedTcpPorts,
  isReady,
  judgeStop,
  parseContainerState,
  parsePublishedPort,
  planSmoke,
  smokeBlocks,
  smokeCommandArgs,
  smokeContainerName,
  smokeRunArgs,
} from '../../src/release/smoke.js';
import type { SmokeInputs } from '../../src/inputs/types.js';

const S: SmokeInputs = {
  mode: 'auto',
  healthPath: '/health',
  healthTimeoutSeconds: 30,
  stopTimeoutSeconds: 10,
  args: ['--version'],
};

describe('smoke inputs', () => {
  test('defaults: auto, GET /health, 30 s to get ready, 10 s grace, --version for command mode', () => {
    expect(parseGiven().docker.smoke).toEqual(S);
  });

  test.each([
    [
      { 'smoke-test': 'HTTP', 'health-port': '8080' },
      { mode: 'http', healthPort: 8080 },
    ],
    [{ 'health-path': '/ready?full=1' }, { healthPath: '/ready?full=1' }],
    [
      { 'health-timeout': '600', 'stop-timeout': '0' },
      { healthTimeoutSeconds: 600, stopTimeoutSeconds: 0 },
    ],
    [{ 'smoke-args': 'serve --check "a b"' }, { args: ['serve', '--check', 'a b'] }],
  ])('%#: %j', (given, want) => {
    expect(parseGiven(given).docker.smoke).toMatchObject(want);
  });

  test.each([
    ['health-port', '0', 'allowed: a whole number from 1 to 65535.'],
    ['health-port', '65536', 'allowed: a whole number from 1 to 65535.'],
    ['health-port', '80a', 'allowed: a whole number from 1 to 65535.'],
    ['health-path', 'health', 'allowed: a path starting with "/"'],
    ['health-path', '/he alth', 'allowed: a path starting with "/"'],
    ['health-timeout', '0', 'allowed: a whole number from 1 to 600.'],
    ['stop-timeout', '301', 'allowed: a whole number from 0 to 300.'],
    ['smoke-test', 'always', 'allowed: auto, none, http, command.'],
  ])('%s %j is refused, naming the input and quoting the value', (input, value, allowed) => {
    const e = inputErrorOf({ [input]: value });
    expect(e.input).toBe(input);
    expect(e.message).toContain(`Input "${input}" has an invalid value ${JSON.stringify(value)}: ${allowed}`);
  });
});

describe('planSmoke', () => {
  test.each([
    {
      name: 'auto with an exposed port → http on it',
      s: {},
      exposed: [8080, 9090],
      want: { mode: 'http', port: 8080 },
    },
    {
      name: 'health-port among the exposed',
      s: { healthPort: 9090 },
      exposed: [8080, 9090],
      want: { mode: 'http', port: 9090 },
    },
    { name: 'auto, nothing exposed → none', s: {}, exposed: [], want: { mode: 'none' } },
    { name: 'none never runs', s: { mode: 'none' as const, healthPort: 1 }, exposed: [], want: { mode: 'none' } },
    { name: 'command needs no port', s: { mode: 'command' as const }, exposed: [], want: { mode: 'command' } },
    {
      name: 'health-port not exposed → refused, naming health-port',
      s: { healthPort: 9000 },
      exposed: [8080],
      want: { mode: 'refused', input: 'health-port' },
    },
    {
      name: 'http without any port → refused, naming smoke-test',
      s: { mode: 'http' as const },
      exposed: [],
      want: { mode: 'refused', input: 'smoke-test' },
    },
  ])('$name', ({ s, exposed, want }) => {
    expect(planSmoke({ ...S, ...s }, exposed)).toMatchObject(want);
  });

  test('the refusal says what to change', () => {
    const plan = planSmoke({ ...S, healthPort: 9000 }, [8080]);
    expect(plan).toMatchObject({
      message:
        'Input "health-port" is 9000, but the image does not expose that port (EXPOSE: 8080/tcp): add "EXPOSE 9000" to the Dockerfile, or set health-port to an exposed port.',
    });
  });
});

describe('docker output readers', () => {
  test.each([
    ['{"8080/tcp":{},"53/udp":{},"443/tcp":{}}\n', [443, 8080]],
    ['null\n', []],
    ['', []],
    ['not json', []],
  ])('exposedTcpPorts(%j)', (json, want) => {
    expect(exposedTcpPorts(json)).toEqual(want);
  });

  test.each([
    ['127.0.0.1:49153\n', 49153],
    ['0.0.0.0:49153\n127.0.0.1:32768\n', 32768],
    ['[::]:49153\n', undefined],
    ['', undefined],
  ])('parsePublishedPort(%j) → %s', (out, want) => {
    expect(parsePublishedPort(out)).toBe(want);
  });

  test('parseContainerState reads Running, ExitCode, OOMKilled', () => {
    expect(
      parseContainerState('{"Status":"exited","Running":false,"ExitCode":137,"OOMKilled":false,"Error":""}'),
    ).toEqual({ Running: false, ExitCode: 137, OOMKilled: false, Error: '' });
    expect(parseContainerState('')).toBeUndefined();
    expect(parseContainerState('{"Running":"no"}')).toBeUndefined();
  });
});

describe('judgeStop', () => {
  const state = (ExitCode: number, OOMKilled = false, Running = false) => ({ Running, ExitCode, OOMKilled });
  test.each([
    { name: 'exit 0 within the grace period', st: state(0), ms: 300, want: { ok: true, value: undefined } },
    {
      name: 'SIGKILL after the whole grace period: SIGTERM ignored',
      st: state(137),
      ms: 10_020,
      reason: /^ignored SIGTERM: killed with SIGKILL after the grace period of 10 s/,
    },
    {
      name: 'exit 137 early (killed by something else)',
      st: state(137),
      ms: 500,
      reason: /^exited with code 137 on SIGTERM/,
    },
    { name: 'out of memory', st: state(137, true), ms: 10_000, reason: /out of memory/ },
    {
      name: 'exit 1 on SIGTERM',
      st: state(1),
      ms: 200,
      reason: /^exited with code 1 on SIGTERM \(a graceful shutdown exits 0\)$/,
    },
    { name: 'exit 143: SIGTERM without a handler', st: state(143), ms: 200, reason: /^exited with code 143/ },
    { name: 'still running', st: state(0, false, true), ms: 10_000, reason: /^still running/ },
  ])('$name', ({ st, ms, want, reason }) => {
    const v = judgeStop(st, ms, 10);
    const reasonMatches = !v.ok && (reason?.test(v.result) ?? false);
    expect(want ? v : { ok: v.ok, reasonMatches }).toEqual(want ?? { ok: false, reasonMatches: true });
  });
});

describe('argv and names', () => {
  test.each([
    {
      network: 'publish' as const,
      want: ['run', '--detach', '--name', 'c1', '--publish', '127.0.0.1::8080/tcp', 'img:1'],
    },
    { network: 'host' as const, want: ['run', '--detach', '--name', 'c1', '--network', 'host', 'img:1'] },
  ])('smokeRunArgs on $network', ({ network, want }) => {
    expect(smokeRunArgs({ image: 'img:1', name: 'c1', network, port: 8080 })).toEqual(want);
  });

  test('smokeCommandArgs runs the image once, without a network', () => {
    expect(smokeCommandArgs('img:1', 'c1', ['--version'])).toEqual([
      'run',
      '--name',
      'c1',
      '--network',
      'none',
      'img:1',
      '--version',
    ]);
  });

  test('container names are unique and docker-safe', () => {
    expect(smokeContainerName('A1-b2/../x')).toBe('rust-pipeline-smoke-a1b2x');
  });

  test.each([
    [{ status: 204 }, true],
    [{ status: 299 }, true],
    [{ status: 301 }, false],
    [{ status: 500 }, false],
    [{ error: 'ECONNREFUSED' }, false],
  ])('isReady(%j) = %s', (p, want) => {
    expect(isReady(p)).toBe(want);
  });

  test('describePoll', () => {
    expect(describePoll({ status: 500 })).toBe('last answer HTTP 500');
    expect(describePoll({ error: 'ECONNRESET' })).toBe('last error: ECONNRESET');
    expect(describePoll(undefined)).toBe('no answer');
  });
});

describe('smokeBlocks', () => {
  test('a table with the timings, and the log of a failed platform', () => {
    const blocks = smokeBlocks([
      {
        platform: 'linux/amd64',
        outcome: 'failed',
        mode: 'http',
        reason: 'never ready',
        readyMs: undefined,
        logs: 'boom',
      },
      { platform: 'linux/arm64', outcome: 'not run', mode: 'http', reason: 'no binfmt handler for linux/arm64' },
      {
        platform: 'linux/riscv64',
        outcome: 'passed',
        mode: 'http',
        reason: 'ok',
        readyMs: 1234,
        stopMs: 56,
        exitCode: 0,
      },
    ]);
    expect(blocks[0]).toMatchObject({
      kind: 'table',
      rows: [
        ['linux/amd64', '❌ failed', '—', '—', '—', 'never ready'],
        ['linux/arm64', '⚠️ not smoke-tested', '—', '—', '—', 'no binfmt handler for linux/arm64'],
        ['linux/riscv64', '✅ passed', '1.23 s', '0.06 s', '0', 'ok'],
      ],
    });
    expect(blocks[1]).toEqual({
      kind: 'details',
      summary: 'Container log of the failed smoke test (linux/amd64, last 100 lines)',
      body: 'boom',
    });
    expect(blocks).toHaveLength(2);
  });

  test('nothing when nothing was smoke-tested', () => {
    expect(smokeBlocks([])).toEqual([]);
  });
});
