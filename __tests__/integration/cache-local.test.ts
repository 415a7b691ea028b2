// The CLI's local cache directory: the same key logic, warm local runs, real cargo.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, test } from 'vitest';
import { entryVersion, findEntry, tarCreateArgs, tarExtractArgs, type LocalEntry } from '../../src/cache/local.js';
import { builtCrates, freshRunner, makeCargoHome } from '../support/cargo-home.js';
import { localAdvisoryDb, toolsOrSkip } from '../support/cargo-tools.js';
import { makeWorkspace, removeDir, ROOT } from '../support/rig.js';

const made: string[] = [];
afterAll(() => made.forEach(removeDir));

function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  const clean: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(GITHUB_|ACTIONS_|RUNNER_|INPUT_|STATE_)/.test(k) && k !== 'CARGO_TARGET_DIR' && k !== 'RUSTFLAGS')
      clean[k] = v;
  }
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli', 'index.js'), ...args], {
      env: { ...clean, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('close', (code) => resolveRun({ code, out }));
  });
}

describe('local cache directory (CLI)', () => {
  it('run 1 saves under $XDG_CACHE_HOME/rust-pipeline; run 2 restores the exact key and rebuilds no dependency', async () => {
    const ws = makeWorkspace('cache-deps');
    const cargoHome = makeCargoHome();
    const xdg = mkdtempSync(join(tmpdir(), 'rp-xdg-'));
    made.push(ws, cargoHome, xdg);
    const env = { CARGO_HOME: cargoHome, XDG_CACHE_HOME: xdg };

    const one = await runCli([ws], env);
    expect(one.code, one.out).toBe(0);
    expect(one.out).toMatch(/Cache key: rust-pipeline-v1-local-\w+-\w+-[0-9a-f]{6}-[0-9a-f]{12}-[0-9a-f]{12} \(miss\)/);
    expect(builtCrates(one.out)).toEqual(['cache-deps', 'itoa', 'ryu']);
    const dir = join(xdg, 'rust-pipeline', 'entries');
    const metas = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(metas).toHaveLength(1);
    const entry = JSON.parse(readFileSync(join(dir, metas[0]!), 'utf8')) as LocalEntry;
    expect(existsSync(join(dir, `${entry.key}.tar.${entry.compression === 'zstd' ? 'zst' : 'gz'}`))).toBe(true);
    expect(entry.sizeBytes).toBeGreaterThan(10_000);
    expect(one.out).toMatch(/result:?\s+saved to /);
    expect(one.out).toMatch(/workspace crates\s+\d+/);
    // Pruned paths are left out of the archive; the developer's target/ itself is untouched.
    const archive = join(dir, `${entry.key}.tar.${entry.compression === 'zstd' ? 'zst' : 'gz'}`);
    const listing = spawnSync(
      'tar',
      ['-t', '-f', archive, '-P', ...(entry.compression === 'zstd' ? ['--use-compress-program', 'zstdmt'] : ['-z'])],
      { encoding: 'utf8', maxBuffer: 64 << 20 },
    ).stdout;
    expect(listing).toContain('/deps/libitoa-');
    expect(listing).not.toMatch(/deps\/libcache_deps-/);
    expect(listing).not.toMatch(/\.fingerprint\/cache-deps-/);
    expect(listing).not.toContain('/registry/src/');
    // The incremental state this run used is kept.
    expect(listing).toMatch(/\/incremental\/cache_deps-/);
    expect(existsSync(join(ws, 'target', 'debug', 'incremental'))).toBe(true);

    freshRunner(ws, cargoHome);
    const two = await runCli(['--cache-dir', join(xdg, 'rust-pipeline'), ws], env);
    expect(two.code, two.out).toBe(0);
    expect(two.out).toContain(`Cache key: ${entry.key} (exact hit: ${entry.key})`);
    expect(builtCrates(two.out)).toEqual(['cache-deps']);
    expect(two.out).toContain('Cache not saved: the cache has the exact key already.');
    expect(two.out).not.toContain('nothing to extract');
    expect(readdirSync(dir).filter((f) => f.endsWith('.json'))).toHaveLength(1);

    // Run 3 changes nothing: the target dir already holds the entry, so nothing is extracted.
    const three = await runCli(['--cache-dir', join(xdg, 'rust-pipeline'), ws], env);
    expect(three.code, three.out).toBe(0);
    expect(three.out).toContain(`Cache key: ${entry.key} (exact hit: ${entry.key})`);
    expect(three.out).toContain(`already holds ${entry.key}; nothing to extract.`);
    expect(builtCrates(three.out)).toEqual([]);

    // Without its dependencies' builds the target dir no longer holds the entry: run 4 extracts again.
    rmSync(join(ws, 'target', 'debug'), { recursive: true, force: true });
    const four = await runCli(['--cache-dir', join(xdg, 'rust-pipeline'), ws], env);
    expect(four.code, four.out).toBe(0);
    expect(four.out).toContain(`Cache key: ${entry.key} (exact hit: ${entry.key})`);
    expect(four.out).not.toContain('nothing to extract');
    expect(builtCrates(four.out)).toEqual(['cache-deps']);
  });

  it('--cache false leaves the cache directory alone', async () => {
    const ws = makeWorkspace('clean');
    const cacheDir = mkdtempSync(join(tmpdir(), 'rp-cache-dir-'));
    made.push(ws, cacheDir);
    const run = await runCli(['--cache', 'false', '--stages', 'fmt', '--cache-dir', cacheDir, ws], {
      CARGO_HOME: makeCargoHome(),
    });
    expect(run.code, run.out).toBe(0);
    expect(run.out).toContain('Cache: off');
    expect(existsSync(join(cacheDir, 'entries'))).toBe(false);
  });
});

describe.skipIf(toolsOrSkip('cargo-audit') !== undefined)(
  'local cache directory: the advisory database follows the daily key',
  () => {
    it("a copy of today's key is used without a fetch; the next day it is stale and fetched (from its local origin)", async () => {
      const upstream = localAdvisoryDb();
      const ws = makeWorkspace('vulnerable');
      const cacheDir = mkdtempSync(join(tmpdir(), 'rp-cache-dir-'));
      made.push(upstream, ws, cacheDir);
      const tools = join(cacheDir, 'tools');
      mkdirSync(tools, { recursive: true });
      expect(spawnSync('git', ['clone', '-q', upstream, join(tools, 'advisory-db')]).status).toBe(0);
      writeFileSync(join(tools, 'advisory-db.fetched'), '2031-05-04T10:00:00.000Z\n');
      const report = join(cacheDir, 'report.json');
      const args = ['--stages', 'audit', '--cache-dir', cacheDir, '--report', report, ws];

      const one = await runCli(args, { CARGO_HOME: makeCargoHome(), RUST_PIPELINE_TEST_NOW: '2031-05-04T18:00:00Z' });
      expect(one.out).toContain('--no-fetch');
      expect(one.out).toMatch(
        /Advisory database \(daily key rust-pipeline-advisory-db-v1-\w+-2031-05-04\): the copy in the cache directory is today's/,
      );
      expect(JSON.parse(readFileSync(report, 'utf8')).setup['cache restore'].advisoryDb).toMatchObject({
        fresh: true,
        path: join(tools, 'advisory-db'),
      });

      const two = await runCli(args, { CARGO_HOME: makeCargoHome(), RUST_PIPELINE_TEST_NOW: '2031-05-05T08:00:00Z' });
      expect(two.out).toMatch(
        /Advisory database \(daily key rust-pipeline-advisory-db-v1-\w+-2031-05-05\): the copy in the cache directory is rust-pipeline-advisory-db-v1-\w+-2031-05-04: the audit fetches it/,
      );
      expect(two.out).not.toContain('--no-fetch');
      expect(two.out).toContain('fetched now; the cached copy was from 2031-05-04');
      expect(readFileSync(join(tools, 'advisory-db.fetched'), 'utf8').trim()).toBe('2031-05-05T08:00:00.000Z');
      expect(JSON.parse(readFileSync(report, 'utf8')).setup['cache restore'].advisoryDb).toMatchObject({
        fresh: false,
      });
    });
  },
);

describe('local cache lookups and tar command lines', () => {
  const e = (key: string, createdAt: number, version = 'v'): LocalEntry => ({
    key,
    version,
    createdAt,
    sizeBytes: 1,
    compression: 'zstd',
  });
  const entries = [e('p-a-1', 1), e('p-a-2', 2), e('p-b-1', 3), e('p-a-3', 4, 'other')];
  test.each<[string, string[], string | undefined]>([
    ['p-a-1', ['p-a-', 'p-'], 'p-a-1'],
    ['p-a-9', ['p-a-', 'p-'], 'p-a-2'],
    ['p-c-1', ['p-c-', 'p-'], 'p-b-1'],
    ['q-1', ['q-'], undefined],
  ])('key %s with restore keys %j finds %s', (key, restoreKeys, found) => {
    expect(findEntry(entries, key, restoreKeys, 'v')?.key).toBe(found);
  });

  it('versions differ by paths and compression', () => {
    expect(entryVersion(['/a', '/b'], 'zstd')).not.toBe(entryVersion(['/a'], 'zstd'));
    expect(entryVersion(['/a'], 'zstd')).not.toBe(entryVersion(['/a'], 'gzip'));
  });

  it('builds tar argv without a shell', () => {
    expect(tarCreateArgs('/c/e.tar.zst', ['/h/.cargo/registry/index', '/w/target'], '/c/x', 'zstd')).toEqual([
      '--posix',
      '-c',
      '-f',
      '/c/e.tar.zst',
      '-P',
      '--use-compress-program',
      'zstdmt',
      '--anchored',
      '--no-wildcards',
      '--exclude-from',
      '/c/x',
      '--',
      '/h/.cargo/registry/index',
      '/w/target',
    ]);
    expect(tarExtractArgs('/c/e.tar.gz', 'gzip')).toEqual(['-x', '-f', '/c/e.tar.gz', '-P', '-z', '--skip-old-files']);
  });
});
