#!/usr/bin/env node
// Release benchmark: runs the built CLI (dist/cli) the way a release job would and reports
//   1. binary size with the default release profile vs profile: size (target: size ≤ 0.5 × default),
//      for the release fixture and for a service-sized crate, static (crt-static) and dynamic;
//   2. image size vs binary size for the generated FROM scratch image (target: ≤ binary + 1 MiB);
//   3. time of the build, the image build and the push (cold and warm target directory).
// Needs dockerd and the local registry: `npm run bench:release` sources scripts/setup/20-docker.sh first.
// Results: a table on stdout and .bench/release.json.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli', 'index.js');
const registry = process.env.RP_TEST_REGISTRY;
const user = process.env.RP_TEST_REGISTRY_USER;
const password = process.env.RP_TEST_REGISTRY_PASSWORD;
if (!registry || !user || !password) {
  console.error(
    'The release benchmark needs the local registry: run it as `npm run bench:release` (which sources scripts/setup/20-docker.sh).',
  );
  process.exit(2);
}
if (!/^(127\.\d+\.\d+\.\d+|localhost):\d+$/.test(registry)) {
  console.error(`RP_TEST_REGISTRY must be on loopback, got ${registry}`);
  process.exit(2);
}

const crates = [
  {
    name: 'release fixture (std only + a proc-macro)',
    dir: join(root, '__tests__', 'fixtures', 'release-bin'),
    bin: 'fixture-release',
  },
  {
    name: 'service crate (serde, serde_json, regex)',
    dir: join(root, 'scripts', 'bench', 'release-service'),
    bin: 'bench-service',
  },
];
const work = mkdtempSync(join(tmpdir(), 'rp-bench-release-'));
const MiB = 1024 * 1024;

function workspace(src) {
  const dir = mkdtempSync(join(work, 'ws-'));
  cpSync(src, dir, { recursive: true, filter: (p) => !p.split(/[\\/]/).includes('target') });
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

/** Runs the CLI; returns its JSON report. */
function runCli(dir, args, env = {}) {
  const report = join(dir, 'bench-report.json');
  const started = performance.now();
  const r = spawnSync(process.execPath, [cli, ...args, '--report', report, dir], {
    cwd: dir,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * MiB,
  });
  const ms = performance.now() - started;
  let json;
  try {
    json = JSON.parse(readFileSync(report, 'utf8'));
  } catch {
    throw new Error(
      `rust-pipeline ${args.join(' ')} wrote no report (exit ${r.status}):\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-2000)}`,
    );
  }
  if (json.result !== 'success') throw new Error(`rust-pipeline ${args.join(' ')} failed:\n${r.stdout.slice(-3000)}`);
  return { report: json, ms };
}

const phase = (report, name) =>
  report.phases.filter((p) => p.name === name || p.name.startsWith(name)).reduce((a, p) => a + p.ms, 0);
const stage = (report, name) => report.stages.find((s) => s.name === name);
const fmtSize = (n) => (n >= MiB ? `${(n / MiB).toFixed(2)} MiB` : `${(n / 1024).toFixed(1)} KiB`);
const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);

const results = {
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
  sizes: [],
  images: [],
};

try {
  // 1. default vs size profile, static and dynamic
  for (const crate of crates) {
    for (const linking of ['static', 'dynamic']) {
      const dir = workspace(crate.dir);
      const { report } = runCli(dir, [
        '--stages',
        'build',
        '--profile',
        'size',
        '--static',
        linking === 'static' ? 'true' : 'false',
      ]);
      const data = stage(report, 'build').data;
      results.sizes.push({
        crate: crate.name,
        linking,
        defaultBytes: data.defaultProfileSize,
        sizeBytes: data.size,
        ratio: data.size / data.defaultProfileSize,
        sizeBuildMs: data.buildMs,
        defaultBuildMs: data.referenceMs,
      });
      rmSync(dir, { recursive: true, force: true });
      console.error(`sizes: ${crate.name}, ${linking} done`);
    }
  }

  // 2 and 3. the release job: static size-profile binary → scratch image → push (cold, then warm)
  for (const crate of crates) {
    const dir = workspace(crate.dir);
    const image = `${registry}/bench/${crate.bin}-${Date.now().toString(36)}`;
    let refs = [];
    for (const round of ['cold', 'warm']) {
      const { report, ms } = runCli(dir, [
        '--stages',
        'build, docker',
        '--profile',
        'release',
        '--docker-image',
        image,
        '--event',
        'push',
        '--ref',
        'refs/tags/v1.2.3',
        '--docker-username',
        user,
        '--docker-password',
        password,
      ]);
      const build = stage(report, 'build').data;
      const docker = stage(report, 'docker').data;
      refs = docker.refs;
      results.images.push({
        crate: crate.name,
        round,
        binaryBytes: build.size,
        imageBytes: docker.imageSize,
        overheadBytes: docker.imageSize - build.size,
        cargoBuildMs: phase(report, 'cargo build'),
        dockerBuildMs: phase(report, 'docker build'),
        loginMs: phase(report, 'docker login'),
        pushMs: phase(report, 'docker push'),
        tags: docker.tags.length,
        totalMs: ms,
      });
      console.error(`image: ${crate.name}, ${round} done`);
    }
    spawnSync('docker', ['rmi', '--force', ...refs], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log('\nBinary size: default release profile vs profile: size (target ≤ 0.50×)');
console.log(
  'crate                                      linking   default      size        ratio  target  build (size / default)',
);
for (const s of results.sizes) {
  console.log(
    `${s.crate.padEnd(42)} ${s.linking.padEnd(8)} ${fmtSize(s.defaultBytes).padStart(10)}  ${fmtSize(s.sizeBytes).padStart(10)}  ${s.ratio.toFixed(2).padStart(5)}×  ${s.ratio <= 0.5 ? 'met' : 'MISSED'}    ${fmtMs(s.sizeBuildMs)} / ${fmtMs(s.defaultBuildMs)}`,
  );
}
console.log(
  '\nImage vs binary (generated FROM scratch image, static release profile; target ≤ binary + 1 MiB) and times',
);
console.log(
  'crate                                      round  binary      image       overhead   target  cargo build  docker build  login   push (all tags)  total',
);
for (const i of results.images) {
  console.log(
    `${i.crate.padEnd(42)} ${i.round.padEnd(5)}  ${fmtSize(i.binaryBytes).padStart(10)}  ${fmtSize(i.imageBytes).padStart(10)}  ${fmtSize(i.overheadBytes).padStart(9)}  ${i.overheadBytes <= MiB ? 'met' : 'MISSED'}    ${fmtMs(i.cargoBuildMs).padStart(10)}  ${fmtMs(i.dockerBuildMs).padStart(11)}  ${fmtMs(i.loginMs).padStart(6)}  ${fmtMs(i.pushMs).padStart(15)}  ${fmtMs(i.totalMs)}`,
  );
}
mkdirSync(join(root, '.bench'), { recursive: true });
writeFileSync(join(root, '.bench', 'release.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWritten to .bench/release.json`);
