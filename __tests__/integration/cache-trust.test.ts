// The cache's trust boundary, end to end: the built action as a runner runs it, real cargo, the
// real @actions/cache against the cache-service stand-in. Who may write the cache (cache-save and
// the event), what post may delete or upload (a tampered state, a symlink in target/, a pre-filled
// CARGO_HOME/bin, cargo credentials), which extra directories are refused, and a corrupt exact
// entry that is replaced instead of failing every later run.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCacheServer, type CacheEntry, type CacheServer } from '../support/cache-server.js';
import { builtCrates, cargo, freshRunner, makeCargoHome } from '../support/cargo-home.js';
import { readReport, removeDir, runAction, startStep, workspaces, type StepResult } from '../support/rig.js';

const workspace = workspaces();
const made: string[] = [];
let server: CacheServer;
// A service of its own for each test: their entries would otherwise hit each other's keys.
beforeEach(async () => {
  server = await startCacheServer();
});
afterEach(async () => {
  await server.stop();
});
afterAll(() => made.forEach(removeDir));

const SENTINEL = 'sentinel-7f3a9c-do-not-upload';
const CREDENTIAL = 'cio-credential-5b1e-never-cached';

interface Scenario {
  ws: string;
  cargoHome: string;
  home: string;
  runnerDir: string;
  /** $HOME/secret: a folder outside the workspace and CARGO_HOME's cached parts, with a file in it. */
  secret: string;
  env: Record<string, string>;
}

function scenario(): Scenario {
  const home = workspace.temp('rp-home-');
  const secret = join(home, 'secret');
  mkdirSync(secret);
  writeFileSync(join(secret, 'keep.txt'), SENTINEL);
  const cargoHome = makeCargoHome();
  const runnerDir = mkdtempSync(join(tmpdir(), 'rp-runner-'));
  made.push(cargoHome, runnerDir);
  const env = {
    ...server.env(),
    HOME: home,
    CARGO_HOME: cargoHome,
    // rustup's toolchains stay where they are, whatever HOME says.
    RUSTUP_HOME: process.env.RUSTUP_HOME ?? join(homedir(), '.rustup'),
  };
  return { ws: workspace('cache-deps'), cargoHome, home, runnerDir, secret, env };
}

const finalized = (): CacheEntry[] => server.entries().filter((e) => e.finalized);
const keysSaved = (): string[] => finalized().map((e) => e.key);
const warnings = (step: StepResult): string[] =>
  step.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
const createsSince = (n: number): number => server.requests.slice(n).filter((r) => r.rpc === 'CreateCacheEntry').length;

/** The file names and contents of a stored archive (zstd tar), to show what was uploaded. */
function archive(entry: CacheEntry): { names: string[]; bytes: string } {
  const tar = spawnSync('tar', ['--use-compress-program', 'unzstd', '-tvf', server.blobPath(entry)], {
    encoding: 'utf8',
  });
  const raw = spawnSync('unzstd', ['-c', server.blobPath(entry)], { encoding: 'latin1', maxBuffer: 1 << 30 });
  return { names: tar.stdout.split('\n'), bytes: raw.stdout };
}

function sentinelIntact(s: Scenario): void {
  expect(readFileSync(join(s.secret, 'keep.txt'), 'utf8')).toBe(SENTINEL);
}

describe('who may write the cache', () => {
  it('pull_request_target restores but saves nothing, not even with cache-save: true; only always saves there', async () => {
    const s = scenario();
    const seed = await runAction({ workspace: s.ws, runnerDir: s.runnerDir, env: s.env, inputs: { stages: 'test' } });
    expect(seed.main.code, seed.main.stdout).toBe(0);
    expect(seed.post!.summary).toMatch(/^- \*\*result:\*\* saved$/m);
    expect(seed.post!.summary).toMatch(/^- \*\*decision:\*\* push event$/m);
    const seeded = keysSaved();
    expect(seeded).toEqual([seed.main.outputs['cache-key']]);

    // Another lockfile: the base branch's entry is restored through a restore key.
    cargo(s.ws, s.cargoHome, 'update', '-p', 'itoa', '--precise', '1.0.15');
    const prt = { ...s.env, GITHUB_EVENT_NAME: 'pull_request_target' };
    for (const save of ['auto', 'true']) {
      freshRunner(s.ws, s.cargoHome);
      const before = server.requests.length;
      const run = await runAction({
        workspace: s.ws,
        runnerDir: s.runnerDir,
        env: prt,
        inputs: { stages: 'test', 'cache-save': save },
      });
      expect(run.main.code, run.main.stdout).toBe(0);
      expect(run.main.outputs['cache-match']).toBe('partial');
      expect(builtCrates(run.main.stdout)).toEqual(['cache-deps', 'itoa']);
      const why = "not saved: pull_request_target runs share the base branch's cache scope";
      expect(run.main.summary).toContain(`- **save:** ${why}`);
      expect(readReport(run.main).setup['cache restore'].save).toMatchObject({
        policy: save,
        event: 'pull_request_target',
        planned: false,
      });
      expect(run.post!.code).toBe(0);
      expect(run.post!.summary).toContain(why);
      expect(run.post!.summary.includes('true is not enough')).toBe(save === 'true');
      expect(createsSince(before)).toBe(0);
      expect(keysSaved()).toEqual(seeded);
    }

    freshRunner(s.ws, s.cargoHome);
    const always = await runAction({
      workspace: s.ws,
      runnerDir: s.runnerDir,
      env: prt,
      inputs: { stages: 'test', 'cache-save': 'always' },
    });
    expect(always.post!.summary).toMatch(/^- \*\*result:\*\* saved$/m);
    expect(always.post!.summary).toMatch(/^- \*\*decision:\*\* cache-save is always$/m);
    expect(keysSaved()).toEqual([...seeded, always.main.outputs['cache-key']]);
  });

  it('pull_request saves only when nothing at all was restored; cache-save: never saves nothing', async () => {
    const s = scenario();
    const pr = { ...s.env, GITHUB_EVENT_NAME: 'pull_request' };
    const miss = await runAction({ workspace: s.ws, runnerDir: s.runnerDir, env: pr, inputs: { stages: 'test' } });
    expect(miss.main.outputs['cache-match']).toBe('none');
    expect(miss.post!.summary).toMatch(/^- \*\*decision:\*\* pull_request with nothing restored$/m);
    const first = miss.main.outputs['cache-key']!;
    expect(keysSaved()).toContain(first);

    cargo(s.ws, s.cargoHome, 'update', '-p', 'itoa', '--precise', '1.0.15');
    freshRunner(s.ws, s.cargoHome);
    const partial = await runAction({ workspace: s.ws, runnerDir: s.runnerDir, env: pr, inputs: { stages: 'test' } });
    expect(partial.main.outputs['cache-match']).toBe('partial');
    expect(partial.post!.summary).toContain('not saved: pull_request runs save only when nothing was restored');
    expect(keysSaved()).not.toContain(partial.main.outputs['cache-key']);

    freshRunner(s.ws, s.cargoHome);
    const never = await runAction({
      workspace: s.ws,
      runnerDir: s.runnerDir,
      env: s.env,
      inputs: { stages: 'test', 'cache-save': 'false' },
    });
    expect(never.post!.summary).toContain('not saved: cache-save is never');
    expect(keysSaved()).not.toContain(never.main.outputs['cache-key']);
  });
});

describe('what post may delete or upload', () => {
  it('a tampered state (paths and target dir pointing at $HOME/secret, a key of another prefix) makes post upload and delete nothing, with a warning', async () => {
    const s = scenario();
    const run = await runAction({
      workspace: s.ws,
      runnerDir: s.runnerDir,
      env: s.env,
      inputs: { stages: 'test' },
      noPost: true,
    });
    expect(run.main.code, run.main.stdout).toBe(0);
    const state = JSON.parse(run.main.state.cache!) as Record<string, unknown> & { paths: string[]; key: string };
    // The secret folder made to look like a target dir with a workspace unit in it, so that a post
    // that believed the state would prune it.
    mkdirSync(join(s.secret, 'debug', '.fingerprint', 'cache-deps-0123456789abcdef'), { recursive: true });
    mkdirSync(join(s.secret, 'doc'));
    const tampered: Record<string, Record<string, unknown>> = {
      'paths and target dir': { ...state, paths: [...state.paths, s.secret], targetDirs: [s.secret] },
      'a key of another prefix': { ...state, key: 'evil-prefix-key' },
      'a relative path climbing out': { ...state, paths: [...state.paths, join(s.ws, '..', 'secret')] },
      'not JSON shaped like ours': { ...state, paths: 'everything' },
    };
    for (const [what, value] of Object.entries(tampered)) {
      const before = server.requests.length;
      const post = await startStep('post', {
        workspace: s.ws,
        runnerDir: s.runnerDir,
        env: s.env,
        inputs: { stages: 'test' },
        state: { ...run.main.state, cache: JSON.stringify(value) },
      }).done;
      expect(post.code, what).toBe(0);
      expect(warnings(post).join('\n'), what).toMatch(/Cache not saved: .*(state main left|saved state "cache")/);
      // What the state said never reaches the summary as it was written.
      expect(post.summary, what).not.toContain('evil-prefix-key');
      expect(post.summary, what).not.toContain(s.secret);
      expect(createsSince(before), what).toBe(0);
      expect(
        server.requests.slice(before).filter((r) => r.rpc),
        what,
      ).toEqual([]);
      sentinelIntact(s);
      expect(existsSync(join(s.secret, 'debug', '.fingerprint', 'cache-deps-0123456789abcdef')), what).toBe(true);
      expect(existsSync(join(s.secret, 'doc')), what).toBe(true);
    }
    expect(keysSaved()).toEqual([]);

    // The untampered state still saves: the refusals above were about the tampering.
    const post = await startStep('post', {
      workspace: s.ws,
      runnerDir: s.runnerDir,
      env: s.env,
      inputs: { stages: 'test' },
      state: run.main.state,
    }).done;
    expect(post.summary).toMatch(/^- \*\*result:\*\* saved$/m);
    expect(keysSaved()).toEqual([state.key]);
    expect(archive(finalized()[0]!).bytes).not.toContain(SENTINEL);
  });

  it('links out of every cached place (registry, git db, tool dir, cache-directories) are removed before saving, never followed', async () => {
    const s = scenario();
    mkdirSync(join(s.ws, 'extra-cache'), { recursive: true });
    const inputs = { stages: 'test', 'cache-directories': 'extra-cache' };
    const run = await runAction({ workspace: s.ws, runnerDir: s.runnerDir, env: s.env, inputs, noPost: true });
    expect(run.main.code, run.main.stdout).toBe(0);
    const paths = (JSON.parse(run.main.state.cache!) as { paths: string[] }).paths;
    const places = [
      join(s.cargoHome, 'registry', 'index'),
      join(s.cargoHome, 'registry', 'cache'),
      join(s.cargoHome, 'git', 'db'),
      join(s.ws, 'extra-cache'),
      ...paths.filter((p) => p.startsWith(join(s.cargoHome, 'rust-pipeline'))),
    ];
    expect(
      places.slice(0, 4).every((p) => paths.includes(p)),
      paths.join('\n'),
    ).toBe(true);
    expect(places.length, `the tool dir is cached: ${paths.join(', ')}`).toBeGreaterThan(4);
    const links = places.flatMap((p, i) => {
      mkdirSync(p, { recursive: true });
      const toSecret = join(p, 'door-secret');
      const toEtc = join(p, `door-etc-${i}`);
      symlinkSync(s.secret, toSecret);
      symlinkSync('/etc', toEtc);
      return [toSecret, toEtc];
    });
    // A link from one cached place to another stays.
    const inner = join(s.cargoHome, 'registry', 'cache', 'to-index');
    symlinkSync(join(s.cargoHome, 'registry', 'index'), inner);
    const post = await startStep('post', {
      workspace: s.ws,
      runnerDir: s.runnerDir,
      env: s.env,
      inputs,
      state: run.main.state,
    }).done;
    expect(post.code).toBe(0);
    expect(post.summary).toMatch(/^- \*\*result:\*\* saved$/m);
    for (const link of links) expect(lstatOrUndefined(link), link).toBeUndefined();
    expect(lstatOrUndefined(inner)?.isSymbolicLink()).toBe(true);
    sentinelIntact(s);
    expect(existsSync('/etc/passwd')).toBe(true);
    expect(warnings(post).join('\n')).toContain(`removed ${links.length} symlink(s) in the cached places`);
    const uploaded = archive(finalized().find((e) => e.key === run.main.outputs['cache-key'])!);
    expect(uploaded.bytes).not.toContain(SENTINEL);
    expect(uploaded.names.filter((n) => /door-/.test(n))).toEqual([]);
  });

  it('symlinks in target/ are never followed, CARGO_HOME/bin survives (self-hosted), credentials are never cached', async () => {
    const s = scenario();
    const env = { ...s.env, RUNNER_ENVIRONMENT: 'self-hosted' };
    mkdirSync(join(s.cargoHome, 'bin'), { recursive: true });
    writeFileSync(join(s.cargoHome, 'bin', 'rustup'), '#!/bin/sh\necho fake rustup\n', { mode: 0o755 });
    writeFileSync(join(s.cargoHome, 'bin', 'cargo-foo'), '#!/bin/sh\necho foo\n', { mode: 0o755 });
    writeFileSync(join(s.cargoHome, 'credentials.toml'), `[registry]\ntoken = "${CREDENTIAL}"\n`);
    const run = await runAction({
      workspace: s.ws,
      runnerDir: s.runnerDir,
      env,
      inputs: { stages: 'test' },
      noPost: true,
    });
    expect(run.main.code, run.main.stdout).toBe(0);
    // What the repository's code could leave in target/ while it runs: links to the outside
    // named like the things post prunes.
    const target = join(s.ws, 'target');
    const fingerprints = join(target, 'debug', '.fingerprint');
    symlinkSync(s.secret, join(fingerprints, 'cache-deps-0123456789abcdef'));
    symlinkSync(s.secret, join(target, 'doc'));
    mkdirSync(join(s.secret, 'release', '.fingerprint', 'cache-deps-fedcba9876543210'), { recursive: true });
    symlinkSync(join(s.secret, 'release'), join(target, 'release'));
    const post = await startStep('post', {
      workspace: s.ws,
      runnerDir: s.runnerDir,
      env,
      inputs: { stages: 'test' },
      state: run.main.state,
    }).done;
    expect(post.code).toBe(0);
    expect(post.summary).toMatch(/^- \*\*result:\*\* saved$/m);
    sentinelIntact(s);
    expect(existsSync(join(s.secret, 'release', '.fingerprint', 'cache-deps-fedcba9876543210'))).toBe(true);
    // Every link out of target/ was removed as a link, before anything was planned through it.
    for (const link of [
      join(fingerprints, 'cache-deps-0123456789abcdef'),
      join(target, 'doc'),
      join(target, 'release'),
    ])
      expect(lstatOrUndefined(link), link).toBeUndefined();
    expect(warnings(post).join('\n')).toMatch(/removed 3 symlink\(s\) in the cached places that lead outside them/);
    expect(readFileSync(join(s.cargoHome, 'bin', 'rustup'), 'utf8')).toContain('fake rustup');
    expect(readFileSync(join(s.cargoHome, 'bin', 'cargo-foo'), 'utf8')).toContain('foo');
    expect(readFileSync(join(s.cargoHome, 'credentials.toml'), 'utf8')).toContain(CREDENTIAL);
    const uploaded = archive(finalized().find((e) => e.key === run.main.outputs['cache-key'])!);
    expect(uploaded.bytes).not.toContain(SENTINEL);
    expect(uploaded.bytes).not.toContain(CREDENTIAL);
    expect(uploaded.names.filter((n) => /\/bin\/(rustup|cargo-foo)$|credentials/.test(n))).toEqual([]);
  });
});

describe('extra cache directories', () => {
  it('~/.ssh fails the step with an input error naming cache-directories; nothing is restored or run', async () => {
    const s = scenario();
    const before = server.requests.length;
    const run = await runAction({
      workspace: s.ws,
      runnerDir: s.runnerDir,
      env: s.env,
      inputs: { stages: 'test', 'cache-directories': 'target-extra\n~/.ssh' },
    });
    expect(run.main.code).toBe(1);
    const errors = run.main.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toEqual([
      `Input "cache-directories" has an invalid value "~/.ssh": ${join(s.home, '.ssh')} is the credential location ${join(s.home, '.ssh')}; allowed: paths inside the workspace or the home directory that hold no credentials.`,
    ]);
    expect(server.requests.length).toBe(before);
    expect(run.post!.code).toBe(0);
  });
});

describe('restore faults', () => {
  it('an exact entry that does not extract is replaced by a fresh save; the next run restores the replacement', async () => {
    const s = scenario();
    const one = await runAction({ workspace: s.ws, runnerDir: s.runnerDir, env: s.env, inputs: { stages: 'test' } });
    const key = one.main.outputs['cache-key']!;
    expect(keysSaved()).toEqual([key]);

    freshRunner(s.ws, s.cargoHome);
    server.faults.corruptDownloads = true;
    let two;
    try {
      two = await runAction({ workspace: s.ws, runnerDir: s.runnerDir, env: s.env, inputs: { stages: 'test' } });
    } finally {
      server.faults.corruptDownloads = false;
    }
    expect(two.main.code, two.main.stdout).toBe(0);
    expect(two.main.outputs['cache-match']).toBe('none');
    expect(builtCrates(two.main.stdout)).toEqual(['cache-deps', 'itoa', 'ryu']);
    expect(two.main.summary).toContain(`the entry ${key} does not extract: post saves a replacement`);
    expect(readReport(two.main).setup['cache restore']).toMatchObject({ brokenKey: key, hit: 'none' });
    const replacement = `${key}-r1-1`;
    expect(two.post!.summary).toContain(`saved as \`${replacement}\`, replacing the entry that did not extract`);
    expect(keysSaved()).toEqual([key, replacement]);

    freshRunner(s.ws, s.cargoHome);
    const three = await runAction({ workspace: s.ws, runnerDir: s.runnerDir, env: s.env, inputs: { stages: 'test' } });
    expect(three.main.outputs['cache-match']).toBe('exact');
    expect(three.main.summary).toContain(`✅ exact hit: \`${replacement}\``);
    expect(builtCrates(three.main.stdout)).toEqual(['cache-deps']);
    expect(three.post!.summary).toContain('not saved: the cache has the exact key already');
    expect(keysSaved()).toEqual([key, replacement]);

    // The replacement breaks too (another run, id 2): it is replaced by a newer one, which wins.
    freshRunner(s.ws, s.cargoHome);
    server.faults.corruptDownloads = true;
    let four;
    try {
      four = await runAction({
        workspace: s.ws,
        runnerDir: s.runnerDir,
        env: { ...s.env, GITHUB_RUN_ID: '2' },
        inputs: { stages: 'test' },
      });
    } finally {
      server.faults.corruptDownloads = false;
    }
    expect(four.main.outputs['cache-match']).toBe('none');
    expect(four.main.summary).toContain(`the entry ${replacement} does not extract`);
    expect(keysSaved()).toEqual([key, replacement, `${key}-r2-1`]);
    freshRunner(s.ws, s.cargoHome);
    const five = await runAction({ workspace: s.ws, runnerDir: s.runnerDir, env: s.env, inputs: { stages: 'test' } });
    expect(five.main.summary).toContain(`✅ exact hit: \`${key}-r2-1\``);
    expect(builtCrates(five.main.stdout)).toEqual(['cache-deps']);
  });
});

function lstatOrUndefined(p: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(p);
  } catch {
    return undefined;
  }
}
