#!/usr/bin/env node
// Release-targets benchmark:
//   1. two targets (x86_64-unknown-linux-musl, aarch64-unknown-linux-gnu) built by one run of the
//      built CLI (dist/cli) vs two single-target runs, each from an empty target directory
//      (cache off), for the release fixture: wall time of the runs, and the build phases;
//   2. archive + checksum of a 20 MiB binary: tar.gz, zip, sha256 and SHA256SUMS through
//      src/release/pack.ts (bundled on the fly), the median of --runs.
// Needs: npm run bundle, the targets and cross gcc of scripts/setup/30-cross.sh.
// Results: a table on stdout and .bench/targets.json.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const RUNS = Number(values.runs);
const cli = join(root, 'dist', 'cli', 'index.js');
const work = mkdtempSync(join(tmpdir(), 'rp-bench-targets-'));
const benchDir = join(root, '.bench');
mkdirSync(benchDir, { recursive: true });
const MiB = 1024 * 1024;
const TARGETS = ['x86_64-unknown-linux-musl', 'aarch64-unknown-linux-gnu'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;

function workspace() {
  const dir = mkdtempSync(join(work, 'ws-'));
  cpSync(join(root, '__tests__', 'fixtures', 'release-bin'), dir, {
    recursive: true,
    filter: (p) => !p.split(/[\\/]/).includes('target'),
  });
  const git = (...a) =>
    spawnSync('git', ['-c', 'user.email=bench@example.invalid', '-c', 'user.name=bench', ...a], {
      cwd: dir,
      stdio: 'ignore',
    });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'bench');
  return dir;
}

/** One CLI run of the build stage for `targets`, from an empty target directory; wall time and phases. */
function runBuild(dir, targets) {
  const targetDir = mkdtempSync(join(work, 'target-'));
  const report = join(work, `report-${Date.now()}.json`);
  const started = performance.now();
  const r = spawnSync(
    process.execPath,
    [cli, '--stages', 'build', '--cache', 'false', '--targets', targets.join(','), '--report', report, dir],
    { cwd: dir, env: { ...process.env, CARGO_TARGET_DIR: targetDir }, encoding: 'utf8', maxBuffer: 64 * MiB },
  );
  const ms = performance.now() - started;
  const json = JSON.parse(readFileSync(report, 'utf8'));
  if (json.result !== 'success') throw new Error(`build of ${targets} failed:\n${r.stdout.slice(-3000)}`);
  rmSync(targetDir, { recursive: true, force: true });
  const phase = (re) => json.phases.filter((p) => re.test(p.name)).reduce((t, p) => t + p.ms, 0);
  return { ms, cargo: phase(/^cargo build \(/), archives: phase(/^archives/) };
}

function targetsBench() {
  const dir = workspace();
  runBuild(dir, TARGETS); // warms the registry and rustup: every measured run starts from an empty target dir
  const one = [];
  const two = [];
  for (let i = 0; i < RUNS; i++) {
    one.push(runBuild(dir, TARGETS));
    const a = runBuild(dir, [TARGETS[0]]);
    const b = runBuild(dir, [TARGETS[1]]);
    two.push({ ms: a.ms + b.ms, cargo: a.cargo + b.cargo, archives: a.archives + b.archives });
  }
  const pick = (runs, k) => median(runs.map((r) => r[k]));
  return {
    oneStep: { wallMs: pick(one, 'ms'), cargoMs: pick(one, 'cargo'), archivesMs: pick(one, 'archives') },
    twoRuns: { wallMs: pick(two, 'ms'), cargoMs: pick(two, 'cargo'), archivesMs: pick(two, 'archives') },
  };
}

async function packBench() {
  const entry = join(benchDir, 'targets-entry.mjs');
  await build({
    stdin: { contents: "export { packRelease } from './src/release/pack.ts';", resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: entry,
    packages: 'external',
    logLevel: 'error',
  });
  const { packRelease } = await import(pathToFileURL(entry).href);
  // 20 MiB like a release binary: half random (code, compressed data), half repetitive (tables, strings).
  const bin = join(work, 'app');
  writeFileSync(bin, Buffer.concat([randomBytes(10 * MiB), Buffer.alloc(10 * MiB, 'abcdefgh')]));
  const readme = join(work, 'README.md');
  writeFileSync(readme, '# app\n'.repeat(200));
  const times = { 'tar.gz': [], zip: [] };
  let sizes = {};
  for (let i = 0; i < RUNS; i++) {
    for (const [kind, target] of [
      ['tar.gz', 'x86_64-unknown-linux-musl'],
      ['zip', 'x86_64-pc-windows-gnu'],
    ]) {
      const dir = join(work, `dist-${kind}`);
      const started = performance.now();
      const { archives } = await packRelease({
        binaries: [{ target, path: bin, name: 'app', size: 20 * MiB, verified: '' }],
        bin: 'app',
        version: '1.2.3',
        dir,
        files: [readme],
        mtime: 1_700_000_000,
      });
      times[kind].push(performance.now() - started);
      sizes = { ...sizes, [kind]: archives[0].size };
    }
  }
  return {
    tarGzMs: median(times['tar.gz']),
    zipMs: median(times.zip),
    tarGzBytes: sizes['tar.gz'],
    zipBytes: sizes.zip,
  };
}

const results = { targets: targetsBench(), pack: await packBench(), runs: RUNS };
writeFileSync(join(benchDir, 'targets.json'), `${JSON.stringify(results, null, 2)}\n`);
const t = results.targets;
const p = results.pack;
console.log(`| measure (median of ${RUNS}) | one step, 2 targets | two single-target runs |`);
console.log('|---|---|---|');
console.log(`| wall time (cold target dir) | ${s(t.oneStep.wallMs)} | ${s(t.twoRuns.wallMs)} |`);
console.log(`| cargo build phases | ${s(t.oneStep.cargoMs)} | ${s(t.twoRuns.cargoMs)} |`);
console.log(`| archives + checksums phase | ${s(t.oneStep.archivesMs)} | ${s(t.twoRuns.archivesMs)} |`);
console.log('');
console.log('| 20 MiB binary (10 MiB random + 10 MiB repetitive) | time | archive size |');
console.log('|---|---|---|');
console.log(`| tar.gz + .sha256 + SHA256SUMS | ${s(p.tarGzMs)} | ${(p.tarGzBytes / MiB).toFixed(2)} MiB |`);
console.log(`| zip + .sha256 + SHA256SUMS | ${s(p.zipMs)} | ${(p.zipBytes / MiB).toFixed(2)} MiB |`);
rmSync(work, { recursive: true, force: true });
