// The shared cache, end to end: the built action, run as a runner runs it, with the real
// @actions/cache against the local cache-service stand-in and real cargo on a crate with two
// crates.io dependencies. Each scenario has its own CARGO_HOME; between runs target/ and the
// registry are wiped, as on a fresh runner (same paths, as on GitHub).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCacheServer, type CacheServer } from '../support/cache-server.js';
import { builtCrates, cargo, freshRunner, makeCargoHome } from '../support/cargo-home.js';
import { localAdvisoryDb, toolsOrSkip } from '../support/cargo-tools.js';
import { sameKey } from '../../src/cache/key-match.js';
import { makeWorkspace, readReport, removeDir, runAction, startStep, type StepResult } from '../support/rig.js';

const made: string[] = [];
let server: CacheServer;
beforeAll(async () => {
  server = await startCacheServer();
});
afterAll(async () => {
  await server.stop();
  made.forEach(removeDir);
});

function scenario(): { workspace: string; cargoHome: string; runnerDir: string } {
  const s = {
    workspace: makeWorkspace('cache-deps'),
    cargoHome: makeCargoHome(),
    runnerDir: mkdtempSync(join(tmpdir(), 'rp-runner-')),
  };
  made.push(s.workspace, s.cargoHome, s.runnerDir);
  return s;
}

function warnings(step: StepResult): string[] {
  return step.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
}

function errors(step: StepResult): string[] {
  return step.annotations.filter((a) => a.level === 'error').map((a) => a.message);
}

describe('shared cache against the cache-service stand-in', () => {
  const s = { workspace: '', cargoHome: '', runnerDir: '' };
  let firstKey = '';

  it('run 1 misses and saves a pruned entry; run 2 restores the exact key and rebuilds no dependency', async () => {
    Object.assign(s, scenario());
    const env = { ...server.env(), CARGO_HOME: s.cargoHome };
    const one = await runAction({ workspace: s.workspace, runnerDir: s.runnerDir, env });
    expect(one.main.code, one.main.stdout).toBe(0);
    expect(one.main.outputs['cache-match']).toBe('none');
    expect(one.main.outputs['cache-hit']).toBe('false');
    firstKey = one.main.outputs['cache-key']!;
    expect(firstKey).toMatch(/^rust-pipeline-v1-checks-Linux-X64-[0-9a-f]{6}-[0-9a-f]{12}-[0-9a-f]{12}$/);
    expect(builtCrates(one.main.stdout)).toEqual(['cache-deps', 'itoa', 'ryu']);
    expect(one.main.summary).toContain('### Cache');
    expect(one.main.summary).toContain(firstKey);
    expect(one.post?.code).toBe(0);
    expect(warnings(one.post!)).toEqual([]);
    const saved = server.entries().filter((e) => e.finalized);
    expect(saved.map((e) => e.key)).toEqual([firstKey]);
    expect(saved[0]!.sizeBytes).toBeGreaterThan(10_000);
    expect(one.post!.summary).toMatch(/### Cache save[\s\S]*^- \*\*result:\*\* saved$/m);
    expect(one.post!.summary).toMatch(/^- \*\*entry size:\*\* [\d.]+ (KiB|MiB)$/m);
    expect(one.post!.summary).toMatch(/^- \*\*save time:\*\* [\d.]+ (ms|s)$/m);
    expect(one.post!.summary).toMatch(/\| workspace crates \| \d+ \|/);
    // The incremental state this run used stays in the entry.
    expect(one.post!.summary).not.toContain('| incremental |');

    freshRunner(s.workspace, s.cargoHome);
    const two = await runAction({ workspace: s.workspace, runnerDir: s.runnerDir, env });
    expect(two.main.code, two.main.stdout).toBe(0);
    expect(two.main.outputs['cache-match']).toBe('exact');
    // cache-hit as actions/cache and rust-cache set it: 'true' only for the exact key.
    expect(two.main.outputs['cache-hit']).toBe('true');
    expect(two.main.outputs['cache-key']).toBe(firstKey);
    // Only the workspace's own crate is built again: its artifacts were pruned, the dependencies' were not.
    expect(builtCrates(two.main.stdout)).toEqual(['cache-deps']);
    expect(two.main.summary).toMatch(/^- \*\*restored:\*\* ✅ exact hit$/m);
    // The key once in the whole summary (main's and post's parts, as GitHub shows them one after the other).
    expect(`${two.main.summary}${two.post!.summary}`.split(firstKey)).toHaveLength(2);
    expect(two.main.summary).toMatch(/^- \*\*entry size:\*\* [\d.]+ (KiB|MiB)$/m);
    expect(two.main.summary).toMatch(/^- \*\*restore time:\*\* [\d.]+ (ms|s)$/m);
    const report = readReport(two.main);
    expect(report.setup['cache restore']).toMatchObject({ hit: 'exact', key: firstKey });
    // Nothing new to save after an exact hit.
    expect(two.post?.code).toBe(0);
    expect(two.post!.summary).toContain('not saved: the cache has the exact key already');
    expect(server.entries().filter((e) => e.finalized)).toHaveLength(1);
  });

  it("a service that hands keys back lower-cased (as act's does): run 2 is still an exact hit that saves nothing", async () => {
    const lower = await startCacheServer();
    lower.faults.lowerCaseKeys = true;
    try {
      const t = scenario();
      const env = { ...lower.env(), CARGO_HOME: t.cargoHome };
      const one = await runAction({ workspace: t.workspace, runnerDir: t.runnerDir, env });
      expect(one.post?.code).toBe(0);
      const key = one.main.outputs['cache-key']!;
      expect(key).not.toBe(key.toLowerCase());
      expect(lower.entries().map((e) => e.key)).toEqual([key.toLowerCase()]);
      freshRunner(t.workspace, t.cargoHome);
      const two = await runAction({ workspace: t.workspace, runnerDir: t.runnerDir, env });
      expect(two.main.outputs['cache-hit']).toBe('true');
      expect(two.main.outputs['cache-match']).toBe('exact');
      expect(two.post!.summary).toContain('not saved: the cache has the exact key already');
      expect(lower.entries()).toHaveLength(1);
    } finally {
      await lower.stop();
    }
  });

  it('a runner that keeps its workspace: run 2 finds the entry in place and downloads nothing; a service that lost it gets it again', async () => {
    // A service of its own: the other scenarios count the shared one's entries.
    const own = await startCacheServer();
    const other = await startCacheServer();
    try {
      await keptWorkspace(own, other);
    } finally {
      await own.stop();
      await other.stop();
    }
  });

  it('a changed Cargo.lock restores through a restore key and only the changed dependency is rebuilt', async () => {
    expect(firstKey, 'needs the entry of the previous test').not.toBe('');
    cargo(s.workspace, s.cargoHome, 'update', '-p', 'itoa', '--precise', '1.0.15');
    expect(readFileSync(join(s.workspace, 'Cargo.lock'), 'utf8')).toContain('version = "1.0.15"');
    freshRunner(s.workspace, s.cargoHome);
    const env = { ...server.env(), CARGO_HOME: s.cargoHome };
    const three = await runAction({ workspace: s.workspace, runnerDir: s.runnerDir, env });
    expect(three.main.code, three.main.stdout).toBe(0);
    expect(three.main.outputs['cache-match']).toBe('partial');
    expect(three.main.outputs['cache-hit']).toBe('false');
    const key = three.main.outputs['cache-key']!;
    expect(key).not.toBe(firstKey);
    // Same compilers, other lockfile: the rust part of the key is shared.
    expect(key.slice(0, -12)).toBe(firstKey.slice(0, -12));
    expect(three.main.summary).toContain(`partial hit (restore key): \`${firstKey}\``);
    expect(builtCrates(three.main.stdout)).toEqual(['cache-deps', 'itoa']);
    // The new entry is saved without the old itoa build.
    expect(three.post?.code).toBe(0);
    expect(three.post!.summary).toMatch(/\| stale versions \| \d+ \|/);
    expect(three.post!.summary).toMatch(/\| unused crate files \| 1 \|/);
    expect(
      server
        .entries()
        .filter((e) => e.finalized)
        .map((e) => e.key),
    ).toEqual([firstKey, key]);
  });

  it('a corrupt download is a warning; the run builds cold and passes', async () => {
    freshRunner(s.workspace, s.cargoHome);
    server.faults.corruptDownloads = true;
    try {
      const env = { ...server.env(), CARGO_HOME: s.cargoHome };
      const run = await runAction({ workspace: s.workspace, runnerDir: s.runnerDir, env, noPost: true });
      expect(run.main.code, run.main.stdout).toBe(0);
      expect(run.main.outputs.result).toBe('success');
      expect(run.main.outputs['cache-match']).toBe('none');
      expect(warnings(run.main).join('\n')).toMatch(/cache: Failed to restore/);
      expect(errors(run.main)).toEqual([]);
      expect(builtCrates(run.main.stdout)).toEqual(['cache-deps', 'itoa', 'ryu']);
    } finally {
      server.faults.corruptDownloads = false;
    }
  });
});

/** Runs 1–3 of the kept-workspace scenario: run 1 and 2 against `own`, run 3 against `other`, which lacks the entry. */
async function keptWorkspace(own: CacheServer, other: CacheServer): Promise<void> {
  const t = scenario();
  const env = { ...own.env(), CARGO_HOME: t.cargoHome };
  const one = await runAction({ workspace: t.workspace, runnerDir: t.runnerDir, env });
  expect(one.post?.code).toBe(0);
  const key = one.main.outputs['cache-key']!;
  expect(own.entries().filter((e) => sameKey(e.key, key) && e.finalized)).toHaveLength(1);
  // target/ and CARGO_HOME stay as run 1 left them (a self-hosted runner).
  const two = await runAction({ workspace: t.workspace, runnerDir: t.runnerDir, env });
  expect(two.main.code, two.main.stdout).toBe(0);
  expect(two.main.stdout).toContain('already holds this entry');
  expect(two.main.stdout).not.toMatch(/Cache Size:|tar -x/);
  // No dependency is built again (post pruned the workspace's own crate before saving).
  expect(builtCrates(two.main.stdout)).toEqual(['cache-deps']);
  expect(two.main.outputs['cache-hit']).toBe('true');
  expect(two.main.outputs['cache-match']).toBe('exact');
  expect(two.main.summary).toMatch(/^- \*\*restored:\*\* already in the target dir .*\(the service has it\)$/m);
  expect(two.main.summary).toMatch(/^- \*\*lookup time:\*\* [\d.]+ (ms|s)$/m);
  expect(readReport(two.main).setup['cache restore']).toMatchObject({ hit: 'exact', heldHere: true, key });
  expect(two.post!.summary).toContain('not saved: the cache has the exact key already');
  // Another service (or the same one after eviction) lacks the entry: the run still downloads
  // nothing, says the service does not have it, and post saves it.
  {
    const three = await runAction({
      workspace: t.workspace,
      runnerDir: t.runnerDir,
      env: { ...env, ...other.env() },
    });
    expect(three.main.code, three.main.stdout).toBe(0);
    expect(three.main.stdout).toContain('already holds this entry');
    expect(three.main.outputs['cache-hit']).toBe('false');
    expect(three.main.outputs['cache-match']).toBe('none');
    expect(three.main.summary).toContain('(the service does not have it)');
    expect(three.post!.summary).toMatch(/^- \*\*result:\*\* saved$/m);
    expect(
      other
        .entries()
        .filter((e) => e.finalized)
        .map((e) => e.key),
    ).toEqual([key]);
  }
}

describe('save rules', () => {
  it('a failed run saves nothing unless cache-on-failure is true', async () => {
    const server2 = await startCacheServer();
    try {
      const ws = makeWorkspace('failing-test');
      const cargoHome = makeCargoHome();
      made.push(ws, cargoHome);
      const env = { ...server2.env(), CARGO_HOME: cargoHome };
      const plain = await runAction({ workspace: ws, env, inputs: { stages: 'test' } });
      expect(plain.main.outputs.result).toBe('failure');
      expect(plain.post?.code).toBe(0);
      expect(plain.post!.summary).toContain("not saved: the run's result is failure and cache-on-failure is false");
      expect(server2.requests.filter((r) => r.rpc === 'CreateCacheEntry')).toEqual([]);

      const kept = await runAction({ workspace: ws, env, inputs: { stages: 'test', 'cache-on-failure': 'true' } });
      expect(kept.main.outputs.result).toBe('failure');
      expect(kept.post?.code).toBe(0);
      expect(kept.post!.summary).toMatch(/^- \*\*result:\*\* saved$/m);
      expect(
        server2
          .entries()
          .filter((e) => e.finalized)
          .map((e) => e.key),
      ).toEqual([kept.main.outputs['cache-key']]);
    } finally {
      await server2.stop();
    }
  });
});

describe('cache faults never fail a run', () => {
  it('service stopped: warnings, a green run, post passes', async () => {
    const down = await startCacheServer();
    const env = { ...down.env(), CARGO_HOME: makeCargoHome() };
    made.push(env.CARGO_HOME);
    await down.stop();
    const ws = makeWorkspace('clean');
    made.push(ws);
    const run = await runAction({ workspace: ws, env, inputs: { stages: 'fmt' } });
    expect(run.main.code, run.main.stdout).toBe(0);
    expect(run.main.outputs.result).toBe('success');
    expect(run.main.outputs['cache-match']).toBe('none');
    expect(warnings(run.main).join('\n')).toMatch(/cache: Failed to restore: .*ECONNREFUSED/);
    expect(errors(run.main)).toEqual([]);
    expect(run.post?.code).toBe(0);
    expect(warnings(run.post!).join('\n')).toMatch(/Cache not saved: the cache service did not answer/);
    expect(errors(run.post!)).toEqual([]);
  });

  it('slow service: the restore gives up within cache-restore-timeout and the run goes on', async () => {
    const slow = await startCacheServer();
    slow.faults.delayMs = 120_000;
    try {
      const cargoHome = makeCargoHome();
      const ws = makeWorkspace('clean');
      made.push(cargoHome, ws);
      const started = Date.now();
      const run = await runAction({
        workspace: ws,
        env: { ...slow.env(), CARGO_HOME: cargoHome },
        inputs: { stages: 'fmt', 'cache-restore-timeout': '3' },
        noPost: true,
      });
      expect(run.main.code, run.main.stdout).toBe(0);
      expect(run.main.outputs['cache-match']).toBe('none');
      expect(warnings(run.main).join('\n')).toContain('longer than 3 s (input cache-restore-timeout)');
      const phase = readReport(run.main).phases.find((p: { name: string }) => p.name === 'cache restore');
      // 3 s, plus the key (rustc -vV, cargo metadata) and the worker's kill grace period.
      expect(phase.ms).toBeLessThan(3000 + 4000);
      expect(Date.now() - started).toBeLessThan(30_000);
      expect(slow.requests.some((r) => r.rpc === 'GetCacheEntryDownloadURL')).toBe(true);
    } finally {
      await slow.stop();
    }
  });

  it('cache: false sends nothing to the service', async () => {
    const quiet = await startCacheServer();
    try {
      const ws = makeWorkspace('clean');
      made.push(ws);
      const run = await runAction({
        workspace: ws,
        env: { ...quiet.env(), CARGO_HOME: makeCargoHome() },
        inputs: { stages: 'fmt', cache: 'false' },
      });
      expect(run.main.code).toBe(0);
      expect(run.main.outputs['cache-match']).toBe('none');
      expect(run.main.summary).toContain('**Cache:** off');
      expect(run.post?.code).toBe(0);
      expect(quiet.requests).toEqual([]);
    } finally {
      await quiet.stop();
    }
  });

  it('cache: false and a forged cache state (a test printing ::save-state): main writes the slot empty, post saves nothing', async () => {
    const svc = await startCacheServer();
    try {
      const ws = makeWorkspace('clean');
      made.push(ws);
      const env = { ...svc.env(), CARGO_HOME: makeCargoHome() };
      // A real state from a run with the cache on: what a forged line would carry.
      const on = await runAction({ workspace: ws, env, inputs: { stages: 'fmt' }, noPost: true });
      const forged = on.main.state.cache!;
      expect(JSON.parse(forged)).toMatchObject({ key: on.main.outputs['cache-key'] });
      const off = await runAction({ workspace: ws, env, inputs: { stages: 'fmt', cache: 'false' }, noPost: true });
      for (const slot of ['cache', 'advisory-db-cache', 'result', 'docker-config', 'docker-registries'])
        expect(off.main.state, slot).toHaveProperty(slot);
      expect(off.main.state.cache).toBe('');
      const requestsBefore = svc.requests.length;
      const post = await startStep('post', {
        workspace: ws,
        env,
        inputs: { stages: 'fmt', cache: 'false' },
        state: { ...off.main.state, cache: forged },
        runnerTemp: off.main.temp,
      }).done;
      expect(post.code).toBe(0);
      expect(post.stdout).toContain('Cache not saved: the cache is off (cache: false).');
      expect(svc.requests.slice(requestsBefore)).toEqual([]);
      expect(svc.entries()).toEqual([]);
    } finally {
      await svc.stop();
    }
  });

  it("SIGTERM during post's save (a slow service): post stops its worker and removes its archive within 5 s", async () => {
    const slow = await startCacheServer();
    try {
      const ws = makeWorkspace('clean');
      made.push(ws);
      const env = { ...slow.env(), CARGO_HOME: makeCargoHome() };
      const run = await runAction({ workspace: ws, env, inputs: { stages: 'test' }, noPost: true });
      expect(run.main.code).toBe(0);
      const temp = run.main.temp;
      const post = startStep('post', {
        workspace: ws,
        env,
        inputs: { stages: 'test' },
        state: run.main.state,
        runnerTemp: temp,
      });
      const archives = (): string[] =>
        (readdirSync(temp, { recursive: true }) as string[]).filter((f) => /cache\.(tzst|tgz)$/.test(f));
      const deadline = Date.now() + 60_000;
      // Post's lookup is answered; the reservation of the upload hangs.
      slow.faults.delayOnlyRpc = 'CreateCacheEntry';
      slow.faults.delayMs = 120_000;
      while (archives().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      const written = archives();
      const sent = Date.now();
      post.child.kill('SIGTERM');
      const done = await post.done;
      expect(written, `the worker wrote its archive:\n${done.stdout}`).toHaveLength(1);
      expect(Date.now() - sent).toBeLessThan(5000);
      expect(done.stdout).toContain('Received SIGTERM');
      expect(archives()).toEqual([]);
      expect(processesMentioning(temp)).toEqual([]);
      expect(slow.entries().filter((e) => e.finalized)).toEqual([]);
    } finally {
      await slow.stop();
    }
  });

  it('no cache service configured: an info line, no warning', async () => {
    const ws = makeWorkspace('clean');
    const cargoHome = makeCargoHome();
    made.push(ws, cargoHome);
    writeFileSync(join(cargoHome, 'marker'), '');
    const run = await runAction({ workspace: ws, env: { CARGO_HOME: cargoHome }, inputs: { stages: 'fmt' } });
    expect(run.main.code).toBe(0);
    expect(run.main.outputs['cache-match']).toBe('none');
    expect(run.main.stdout).toContain('cache service is not available');
    expect(warnings(run.main)).toEqual([]);
    expect(run.post?.code).toBe(0);
  });
});

describe.skipIf(toolsOrSkip('cargo-audit') !== undefined)(
  'advisory database: an entry of its own with a daily key',
  () => {
    // The days of the runs, fixed through RUST_PIPELINE_TEST_NOW.
    const DAY1 = '2031-05-04T10:00:00.000Z';
    const DAY2 = '2031-05-05T09:00:00.000Z';
    const KEY1 = 'rust-pipeline-advisory-db-v1-Linux-2031-05-04';
    const KEY2 = 'rust-pipeline-advisory-db-v1-Linux-2031-05-05';
    const git = (cwd: string, ...args: string[]): string => {
      const r = spawnSync('git', ['-c', 'user.email=db@example.invalid', '-c', 'user.name=db', ...args], {
        cwd,
        encoding: 'utf8',
      });
      if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
      return r.stdout.trim();
    };

    it('run 1 saves the daily entry; run 2 restores it exactly and does not fetch; the next day restores it through the restore key, finds it stale and fetches', async () => {
      const daily = await startCacheServer();
      try {
        // The "upstream" database is a local git repository: the copy in the cache is a clone of it,
        // so a fetch (run 3) goes to that local path and nowhere else.
        const upstream = localAdvisoryDb();
        const ws = makeWorkspace('vulnerable');
        const cargoHome = makeCargoHome();
        made.push(upstream, ws, cargoHome);
        const toolDir = join(cargoHome, 'rust-pipeline');
        const dbDir = join(toolDir, 'advisory-db');
        mkdirSync(toolDir, { recursive: true });
        git(toolDir, 'clone', '-q', upstream, 'advisory-db');
        expect(git(dbDir, 'remote', 'get-url', 'origin')).toBe(upstream);
        writeFileSync(join(toolDir, 'advisory-db.fetched'), `${DAY1}\n`);
        const envOf = (day: string) => ({ ...daily.env(), CARGO_HOME: cargoHome, RUST_PIPELINE_TEST_NOW: day });
        const dbSaves = () =>
          daily
            .entries()
            .filter((e) => e.finalized && e.key.startsWith('rust-pipeline-advisory-db-'))
            .map((e) => e.key);

        // Run 1, day 1: the copy fetched today is used without a fetch and saved under today's key.
        const one = await runAction({ workspace: ws, env: envOf(DAY1), inputs: { stages: 'audit' } });
        expect(one.main.outputs.vulnerabilities, one.main.stdout).toBe('1');
        expect(one.main.stdout).toContain('--no-fetch');
        expect(one.main.summary).toContain(
          `**Advisory database cache** (daily key \`${KEY1}\`): not restored (a copy fetched today is already in place)`,
        );
        const restore1 = readReport(one.main).setup['cache restore'];
        expect(restore1.advisoryDb).toMatchObject({
          key: KEY1,
          restoreKeys: ['rust-pipeline-advisory-db-v1-Linux-'],
          hit: 'none',
        });
        // The main entry carries the tools but not the database.
        expect(restore1.paths).toContain(join(toolDir, 'cargo-audit'));
        expect(
          restore1.paths.filter(
            (p: string) => p.startsWith(toolDir) && !/cargo-(audit|tarpaulin|nextest|deny|auditable)$/.test(p),
          ),
        ).toEqual([]);
        expect(one.post?.code).toBe(0);
        expect(one.post!.summary).toMatch(
          new RegExp(`\\*\\*Advisory database cache:\\*\\* saved \`${KEY1}\` \\([\\d.]+ (B|KiB|MiB), `),
        );
        expect(dbSaves()).toEqual([KEY1]);

        // Run 2, day 1, a fresh runner: the exact daily key is restored, cargo-audit does not fetch.
        freshRunner(ws, cargoHome);
        expect(existsSync(dbDir)).toBe(false);
        const two = await runAction({ workspace: ws, env: envOf(DAY1), inputs: { stages: 'audit' } });
        expect(two.main.outputs.vulnerabilities, two.main.stdout).toBe('1');
        expect(two.main.stdout).toContain('--no-fetch');
        expect(two.main.summary).toMatch(
          new RegExp(`\\*\\*Advisory database cache\\*\\* \\(daily key \`${KEY1}\`\\): ✅ exact hit: \`${KEY1}\``),
        );
        expect(two.main.summary).toContain('(2 advisories, fetched today at 10:00 UTC, not fetched again)');
        expect(readReport(two.main).setup['cache restore'].advisoryDb).toMatchObject({
          key: KEY1,
          hit: 'exact',
          matchedKey: KEY1,
        });
        expect(two.post?.code).toBe(0);
        expect(two.post!.summary).toContain(
          `**Advisory database cache:** not saved: the entry \`${KEY1}\` was restored, the database is unchanged`,
        );
        expect(dbSaves()).toEqual([KEY1]);

        // Upstream publishes an advisory; run 3 on the next day, a fresh runner again.
        const advisory = readFileSync(join(upstream, 'crates', 'smallvec', 'RUSTSEC-2021-0003.md'), 'utf8');
        mkdirSync(join(upstream, 'crates', 'notlocked'));
        writeFileSync(
          join(upstream, 'crates', 'notlocked', 'RUSTSEC-2031-0001.md'),
          advisory.replace(/RUSTSEC-2021-0003/g, 'RUSTSEC-2031-0001').replace(/smallvec/g, 'notlocked'),
        );
        git(upstream, 'add', '-A');
        git(upstream, 'commit', '-q', '-m', 'another advisory file');
        const upstreamHead = git(upstream, 'rev-parse', 'HEAD');
        freshRunner(ws, cargoHome);
        const three = await runAction({ workspace: ws, env: envOf(DAY2), inputs: { stages: 'audit' } });
        expect(three.main.outputs.vulnerabilities, three.main.stdout).toBe('1');
        expect(three.main.summary).toContain(
          `**Advisory database cache** (daily key \`${KEY2}\`): 🟡 older day (restore key): \`${KEY1}\``,
        );
        expect(readReport(three.main).setup['cache restore'].advisoryDb).toMatchObject({
          key: KEY2,
          hit: 'partial',
          matchedKey: KEY1,
        });
        // Stale: cargo-audit ran with a fetch, which brought the local upstream's new commit.
        expect(three.main.stdout).not.toContain('--no-fetch');
        expect(three.main.summary).toContain('(3 advisories, fetched now; the cached copy was from 2031-05-04)');
        expect(git(dbDir, 'rev-parse', 'HEAD')).toBe(upstreamHead);
        expect(readFileSync(join(toolDir, 'advisory-db.fetched'), 'utf8').trim()).toBe(DAY2);
        expect(three.post?.code).toBe(0);
        expect(three.post!.summary).toContain(`**Advisory database cache:** saved \`${KEY2}\``);
        expect(dbSaves()).toEqual([KEY1, KEY2]);
        // Never a warning about the database entry.
        for (const run of [one, two, three])
          expect([...warnings(run.main), ...warnings(run.post!)].filter((w) => /advisory/i.test(w))).toEqual([]);
      } finally {
        await daily.stop();
      }
    });

    it('audit-db given, or no audit stage: no database entry is looked up or saved', async () => {
      const quiet = await startCacheServer();
      try {
        const db = localAdvisoryDb();
        const ws = makeWorkspace('vulnerable');
        const cargoHome = makeCargoHome();
        made.push(db, ws, cargoHome);
        const run = await runAction({
          workspace: ws,
          env: { ...quiet.env(), CARGO_HOME: cargoHome },
          inputs: { stages: 'audit', 'audit-db': db },
        });
        expect(run.main.outputs.vulnerabilities, run.main.stdout).toBe('1');
        expect(run.main.summary).not.toContain('Advisory database cache');
        expect(run.post!.summary).not.toContain('Advisory database cache');
        const clean = makeWorkspace('clean');
        made.push(clean);
        const fmt = await runAction({
          workspace: clean,
          env: { ...quiet.env(), CARGO_HOME: cargoHome },
          inputs: { stages: 'fmt' },
        });
        expect(fmt.main.code, fmt.main.stdout).toBe(0);
        expect(fmt.main.summary).not.toContain('Advisory database cache');
        expect(readReport(fmt.main).setup['cache restore'].advisoryDb).toBeUndefined();
        const asked = quiet.requests.filter((r) => r.rpc).map((r) => String(r.body?.key));
        expect(asked.length).toBeGreaterThan(0);
        expect(asked.filter((k) => k.startsWith('rust-pipeline-advisory-db-'))).toEqual([]);
      } finally {
        await quiet.stop();
      }
    });
  },
);

/** Command lines of running processes that mention `text` (e.g. a worker's request file under a RUNNER_TEMP). */
function processesMentioning(text: string): string[] {
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .map((p) => {
      try {
        return readFileSync(join('/proc', p, 'cmdline'), 'utf8').replace(/\0/g, ' ');
      } catch {
        return '';
      }
    })
    .filter((c) => c.includes(text));
}
