// The trust boundary through the built action: what the repository's code (a build script, a test)
// can see of the action's environment, and a failing test that floods its output.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCacheServer, type CacheServer } from '../support/cache-server.js';
import { readReport, runAction, startStep, workspaces } from '../support/rig.js';

const workspace = workspaces();
let server: CacheServer;
beforeAll(async () => {
  server = await startCacheServer();
});
afterAll(async () => {
  await server.stop();
});

function readEnvFile(path: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) env[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return env;
}

describe("the repository's code gets what a run: step gets", () => {
  it('a build script and a test see no action credentials, state, inputs or docker password; the cache still works', async () => {
    const probe = workspace.temp('rp-env-probe-');
    const password = `pw-${process.pid}-never-shown`;
    const cargoHome = workspace.temp('rp-cargo-home-');
    const { main, post } = await runAction({
      workspace: workspace('env-probe'),
      inputs: { stages: 'test', 'docker-username': 'bot', 'docker-password': password },
      env: {
        ...server.env(),
        ACTIONS_RUNTIME_URL: 'http://127.0.0.1:9/runtime/',
        ACTIONS_CACHE_URL: 'http://127.0.0.1:9/cache/',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token',
        ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/oidc',
        STATE_FORGED: 'from an earlier step',
        RUST_PIPELINE_DOCKER_PASSWORD: password,
        REGISTRY_PASSWORD_COPY: password,
        GITHUB_TOKEN: 'ghs_workflow_put_this_in_env',
        MY_WORKFLOW_SETTING: 'kept',
        RP_ENV_PROBE_DIR: probe,
        CARGO_HOME: cargoHome,
      },
    });
    expect(main.code, main.stdout).toBe(0);
    for (const file of ['build-script.env', 'test.env']) {
      const seen = readEnvFile(join(probe, file));
      const leaked = Object.keys(seen).filter(
        (k) =>
          /^(ACTIONS_(?!STEP_DEBUG|RUNNER_DEBUG)|INPUT_|STATE_|RUST_PIPELINE_)/i.test(k) ||
          ['GITHUB_STATE', 'GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV', 'GITHUB_PATH'].includes(k),
      );
      expect(leaked, `${file} saw ${leaked.join(', ')}`).toEqual([]);
      expect(
        Object.values(seen).some((v) => v.includes(password)),
        `${file} saw the docker password`,
      ).toBe(false);
      expect(
        Object.values(seen).some((v) => v.includes(server.token)),
        `${file} saw the cache token`,
      ).toBe(false);
      expect(seen).toMatchObject({
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_REPOSITORY: 'acme/fixture',
        GITHUB_TOKEN: 'ghs_workflow_put_this_in_env',
        MY_WORKFLOW_SETTING: 'kept',
      });
      expect(seen.GITHUB_WORKSPACE).toBeTruthy();
      expect(seen.RUNNER_TEMP).toBeTruthy();
    }
    // The cache worker alone had the credentials: post saved an entry to the stand-in.
    expect(post?.code).toBe(0);
    expect(server.entries().filter((e) => e.finalized).length).toBeGreaterThan(0);
  });
});

/** The peak resident memory of a running process (VmHWM), sampled until it exits. */
function watchPeakRss(pid: number): { stop(): number } {
  let peakKb = 0;
  const sample = (): void => {
    try {
      const hwm = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
    } catch {
      /* exited */
    }
  };
  const timer = setInterval(sample, 100);
  return {
    stop: () => {
      clearInterval(timer);
      return peakKb * 1024;
    },
  };
}

describe.runIf(process.platform === 'linux')('a failing test that floods its output', () => {
  const floodMb = Number(process.env.RP_TEST_FLOOD_MB ?? 200);

  it(`${floodMb} MB of test output: the run finishes, both failures are annotated, summary and report written, memory bounded`, async () => {
    const step = startStep('main', {
      workspace: workspace('output-flood'),
      inputs: { stages: 'test', cache: 'false' },
      env: { RP_FLOOD_MB: String(floodMb), CARGO_TARGET_DIR: join(mkdtempSync(join(tmpdir(), 'rp-flood-')), 't') },
    });
    const rss = watchPeakRss(step.child.pid!);
    const main = await step.done;
    const peak = rss.stop();
    console.log(`output flood of ${floodMb} MB: the action's peak RSS was ${(peak / 2 ** 20).toFixed(0)} MiB`);
    expect(main.code).toBe(1);
    const errors = main.annotations.filter((a) => a.level === 'error' && a.file === 'src/lib.rs');
    expect(errors.map((a) => [a.line, a.message.split('\n')[0]])).toEqual([
      [15, expect.stringContaining('assertion `left == right` failed: flooded and failed')],
      [21, 'a long line and then this'],
    ]);
    expect(main.summary).toContain('rust-pipeline: ❌ failed');
    const report = readReport(main);
    expect(report.result).toBe('failure');
    expect(JSON.stringify(report)).toContain('floods_then_fails');
    expect(JSON.parse(main.outputs['test-counts']!)).toMatchObject({ passed: 1, failed: 2 });
    // The action echoed the flood (as a run: step would show it) but held only bounded tails of it.
    expect(main.stdout.length).toBeGreaterThan(floodMb * 2 ** 20);
    expect(peak).toBeLessThan(400 * 2 ** 20);
  }, 600_000);
});
