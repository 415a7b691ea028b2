#!/usr/bin/env node
// Benchmark of the shared cache: a cold run (empty cache, empty CARGO_HOME: dependencies are
// downloaded from crates.io and compiled) against a warm run (the entry the cold run saved,
// restored from the local cache-service stand-in into a wiped target/ and CARGO_HOME), both
// running fmt + clippy + test through the built action (dist/) as a runner would.
//
//   npm run bundle && npm run bench:cache
//
// Each warm run starts like a new CI job: a fresh checkout (new source mtimes), no target/, an
// empty CARGO_HOME. Prints warm ÷ cold (target: ≤ 0.25), the entry size with and without pruning
// (and a warm run from each), and the restore and save times. The fixture (bench/fixtures/cache-bench) has about 40 crates from crates.io in
// its lockfile and is not part of the test suite.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshCheckout, importSupport } from './bench/support.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (
  !existsSync(join(root, 'dist', 'main', 'index.js')) ||
  !existsSync(join(root, 'dist', 'cache-worker', 'index.js'))
) {
  console.error('dist/ is missing or incomplete: run npm run bundle first.');
  process.exit(1);
}

const {
  makeWorkspace,
  runAction,
  startStep,
  readReport,
  startCacheServer,
  makeCargoHome,
  freshRunner,
  builtCrates,
  libraryPaths,
} = await importSupport({
  repo: root,
  root,
  name: 'bench-support',
  modules: [
    "export * from './__tests__/support/rig.ts';",
    "export * from './__tests__/support/cache-server.ts';",
    "export * from './__tests__/support/cargo-home.ts';",
    "export { libraryPaths } from './src/cache/plan.ts';",
  ],
});

const fmtMs = (ms) => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);
const fmtBytes = (n) => (n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / (1024 * 1024)).toFixed(1)} MiB`);

/** Size of the paths as one zstd-compressed tar, the way @actions/cache packs them. */
function compressedSize(paths) {
  return new Promise((resolveSize, reject) => {
    const tar = spawn('tar', ['--posix', '-c', '-f', '-', '-P', '--ignore-failed-read', ...paths], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const zstd = spawn('zstdmt', ['-c'], { stdio: ['pipe', 'pipe', 'ignore'] });
    tar.stdout.pipe(zstd.stdin);
    let bytes = 0;
    zstd.stdout.on('data', (c) => (bytes += c.length));
    zstd.on('error', reject);
    zstd.on('close', () => resolveSize(bytes));
  });
}

/**
 * Saves `paths` under `key` to the second service with the real @actions/cache, in this process,
 * with the environment the cold run's step had (workspace, temp dir). Its log is not shown.
 */
async function saveUnpruned(paths, key) {
  const saved = { ...process.env };
  Object.assign(process.env, unprunedServer.env(), {
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'rp-bench-temp-')),
    GITHUB_SERVER_URL: 'https://github.com',
  });
  const write = process.stdout.write;
  process.stdout.write = () => true;
  // As the action names them (relative to the workspace, the library's glob resolving from there).
  const cwd = process.cwd();
  process.chdir(workspace);
  try {
    const cache = await import('@actions/cache');
    const id = await cache.saveCache(libraryPaths(paths, workspace, homedir()), key);
    if (id < 0) throw new Error('the unpruned entry was not saved');
  } finally {
    process.chdir(cwd);
    process.stdout.write = write;
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

function check(step, what) {
  if (step.code !== 0) {
    console.error(`${what} failed (exit ${step.code}):\n${step.stdout.slice(-4000)}\n${step.stderr.slice(-2000)}`);
    process.exit(1);
  }
}

const row = (cells) => `| ${cells.join(' | ')} |`;
const server = await startCacheServer();
// A second service gets the same key saved without pruning, to compare warm runs from both.
const unprunedServer = await startCacheServer();
const workspace = makeWorkspace(join(root, 'bench', 'fixtures', 'cache-bench'));
const cargoHome = makeCargoHome();
const runnerDir = mkdtempSync(join(tmpdir(), 'rp-bench-runner-'));
const env = { ...server.env(), CARGO_HOME: cargoHome };
try {
  console.log(`workspace ${workspace}\nCARGO_HOME ${cargoHome}\ncache service ${server.url}\n`);

  console.log('cold run (empty cache)…');
  const cold = await runAction({ workspace, runnerDir, env, noPost: true });
  check(cold.main, 'cold run');
  const coldReport = readReport(cold.main);
  const coldBuilt = builtCrates(cold.main.stdout).length;
  const state = JSON.parse(cold.main.state.cache);
  const unprunedStarted = Date.now();
  const unprunedBytes = await compressedSize(state.paths);
  const unprunedPackMs = Date.now() - unprunedStarted;

  console.log('saving the same paths unpruned to a second service (for comparison)…');
  await saveUnpruned(state.paths, state.key);

  console.log('post of the cold run (prune + save)…');
  const post = await startStep('post', {
    workspace,
    runnerDir,
    env,
    state: cold.main.state,
    runnerTemp: cold.main.temp,
  }).done;
  check(post, 'post step');
  const entry = server.entries().find((e) => e.finalized && e.key === state.key);
  if (!entry) {
    console.error(`no entry was saved:\n${post.stdout}`);
    process.exit(1);
  }
  const saveMs = /\| save time \| ([^|]+) \|/.exec(post.summary)?.[1]?.trim() ?? '?';
  const before = /\| files before pruning \| ([^|]+) \|/.exec(post.summary)?.[1]?.trim() ?? '?';
  const after = /\| files after pruning \| ([^|]+) \|/.exec(post.summary)?.[1]?.trim() ?? '?';

  // Warm runs from each entry, alternating, several times: the medians are reported.
  const runs = Math.max(1, Number(process.env.BENCH_WARM_RUNS ?? 3));
  const warmRuns = { pruned: [], unpruned: [] };
  for (let i = 0; i < runs; i++) {
    for (const kind of ['pruned', 'unpruned']) {
      console.log(`warm run ${i + 1}/${runs} from the ${kind} entry (fresh runner, fresh checkout)…`);
      freshRunner(workspace, cargoHome);
      freshCheckout(workspace);
      const run = await runAction({
        workspace,
        runnerDir,
        env: { ...env, ...(kind === 'pruned' ? server.env() : unprunedServer.env()) },
        noPost: true,
      });
      check(run.main, `warm run (${kind} entry)`);
      warmRuns[kind].push({ step: run.main, report: readReport(run.main) });
    }
  }
  const median = (list) =>
    [...list].sort((a, b) => a.report.totalMs - b.report.totalMs)[Math.floor((list.length - 1) / 2)];
  const medianOf = (list, f) => [...list.map(f)].sort((a, b) => a - b)[Math.floor((list.length - 1) / 2)];
  const warm = median(warmRuns.pruned).step;
  const warmReport = median(warmRuns.pruned).report;
  const restore = { restoreMs: medianOf(warmRuns.pruned, (r) => r.report.setup['cache restore'].restoreMs) };
  const warmUnprunedReport = median(warmRuns.unpruned).report;
  const warmUnpruned = median(warmRuns.unpruned).step;
  const unprunedRestoreMs = medianOf(warmRuns.unpruned, (r) => r.report.setup['cache restore'].restoreMs);

  const coldMs = coldReport.totalMs;
  const warmMs = warmReport.totalMs;
  const ratio = warmMs / coldMs;
  const stageMs = (report, name) => report.stages.find((s) => s.name === name)?.ms ?? 0;

  console.log('\n## rust-pipeline cache benchmark (fmt + clippy + test)\n');
  console.log(row(['', 'cold', `warm (median of ${runs})`]));
  console.log(row(['---', '---:', '---:']));
  console.log(row(['cache', cold.main.outputs['cache-match'], warm.outputs['cache-match']]));
  for (const s of ['fmt', 'clippy', 'test'])
    console.log(row([`stage ${s}`, fmtMs(stageMs(coldReport, s)), fmtMs(stageMs(warmReport, s))]));
  console.log(row(['crates compiled', String(coldBuilt), String(builtCrates(warm.stdout).length)]));
  console.log(row(['main step total', fmtMs(coldMs), fmtMs(warmMs)]));
  console.log('');
  console.log(row(['warm run from', 'pruned entry', 'unpruned entry']));
  console.log(row(['---', '---:', '---:']));
  console.log(row(['entry size', fmtBytes(entry.sizeBytes), fmtBytes(unprunedServer.entries()[0]?.sizeBytes ?? 0)]));
  console.log(row(['restore time (median)', fmtMs(restore.restoreMs), fmtMs(unprunedRestoreMs)]));
  console.log(
    row(['crates compiled', String(builtCrates(warm.stdout).length), String(builtCrates(warmUnpruned.stdout).length)]),
  );
  console.log(row(['main step total (median)', fmtMs(warmMs), fmtMs(warmUnprunedReport.totalMs)]));
  console.log(
    row([
      'all warm runs',
      warmRuns.pruned.map((r) => fmtMs(r.report.totalMs)).join(', '),
      warmRuns.unpruned.map((r) => fmtMs(r.report.totalMs)).join(', '),
    ]),
  );
  console.log('');
  console.log(`warm ÷ cold: ${ratio.toFixed(3)} (target ≤ 0.25: ${ratio <= 0.25 ? 'met' : 'NOT met'})`);
  console.log(`entry size, pruned (saved): ${fmtBytes(entry.sizeBytes)}`);
  console.log(`entry size, without pruning: ${fmtBytes(unprunedBytes)} (packed in ${fmtMs(unprunedPackMs)})`);
  console.log(`files before / after pruning: ${before} / ${after}`);
  console.log(`restore time (warm run): ${fmtMs(restore.restoreMs)}`);
  console.log(`save time (post of the cold run): ${saveMs}; whole post step: ${fmtMs(post.ms)}`);
  console.log(
    `\n${JSON.stringify({ coldMs: Math.round(coldMs), warmMs: Math.round(warmMs), ratio: Number(ratio.toFixed(3)), prunedBytes: entry.sizeBytes, unprunedBytes, restoreMs: restore.restoreMs, unprunedRestoreMs, warmUnprunedMs: Math.round(warmUnprunedReport.totalMs), saveTime: saveMs })}`,
  );
} finally {
  await server.stop();
  await unprunedServer.stop();
  for (const d of [workspace, cargoHome, runnerDir]) rmSync(d, { recursive: true, force: true });
}
