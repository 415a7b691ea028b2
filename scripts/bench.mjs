#!/usr/bin/env node
// Pipeline overhead: runs the built action (cache off) and the same cargo commands bare, one
// after another, alternating, several rounds. Prints the ratio pipeline ÷ bare and the pipeline's
// own start-up time (process start → first stage starts).
//
// Cases:
//   greeter        the example crate, fmt + clippy + test: "edited" touches the crate's sources
//                  before each run (dependencies warm, the crate rebuilt: a pull request's CI run),
//                  "no-op" changes nothing (cargo's floor).
//   crate          a published crate from crates.io with dev-dependencies (either, fetched in
//                  setup and copied out of the cargo registry), warm, no-op: fmt + clippy + test
//                  (target ≤ 1.10× bare, start-up ≤ 100 ms), and fmt + clippy + test + audit
//                  against a local advisory database (target ≤ 1.0× bare: overlap must win back
//                  more than the action costs).
//   action         the action as a runner runs it, cache on: main, then post with the state main
//                  left (INPUT_* env, GITHUB_OUTPUT/STATE/ENV/STEP_SUMMARY files, the cache-service
//                  stand-in of the integration tests on 127.0.0.1), on a small published crate
//                  (itoa, no dependencies) with a CARGO_HOME of its own, warm: every run restores
//                  the exact entry the first one saved, and post saves nothing (target ≤ 1.25× bare).
//   cli            the CLI (dist/cli) on a copy of the example crate with a local cache directory of
//                  its own, warm, no-op: fmt + clippy + test; the first run saves the entry, every
//                  timed run restores it as an exact hit (the target dir already holds it: nothing
//                  extracted) and saves nothing (target ≤ 1.05× bare).
//
// Every case runs on the machine's node and, when RP_NODE24 names one (scripts/setup/05-node24.sh), on
// Node 24, which hosted runners run the action with: the targets are judged on Node 24.
//
//   npm run bundle && npm run bench [-- --rounds 7 --case crate --parallel false --dist other-dist/]
//
// The action case runs the test rig, which finds the action beside itself: for another --dist it
// gets a folder of its own (action.yml, node_modules and dist as links).
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { importSupport } from './bench/support.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '7' },
    case: { type: 'string', default: 'all' },
    crate: { type: 'string', default: 'examples/greeter' },
    'published-crate': { type: 'string', default: 'either@1.15.0' },
    'action-crate': { type: 'string', default: 'itoa@1.0.15' },
    dist: { type: 'string', default: 'dist' },
    parallel: { type: 'string', default: '' },
  },
});
const rounds = Number(values.rounds);
/** The node the action runs on in the current pass (see the loop at the end). */
let node = process.execPath;

const FMT = ['fmt', '--all', '--', '--check'];
const CLIPPY = ['clippy', '--workspace', '--all-targets', '--locked', '--message-format=json', '--', '-D', 'warnings'];
const TEST = ['test', '--workspace', '--no-fail-fast', '--locked'];

function now() {
  return performance.now();
}

/** Runs the commands one after another, as a shell script would; a failing command is an error. */
function runBare(crate, commands, env = {}) {
  const t = now();
  for (const [cmd, ...args] of commands) {
    const r = spawnSync(cmd, args, {
      cwd: crate,
      stdio: 'ignore',
      env: { ...process.env, RUSTUP_TOOLCHAIN: 'stable', ...env },
    });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in ${crate}`);
  }
  return now() - t;
}

const action = YAML.parse(readFileSync(join(root, 'action.yml'), 'utf8'));
const mainScript = join(resolve(root, values.dist), action.runs.main.replace(/^dist\//, ''));
function runPipeline(crate, inputs) {
  const dir = mkdtempSync(join(tmpdir(), 'rp-bench-'));
  const files = { GITHUB_OUTPUT: 'output', GITHUB_STATE: 'state', GITHUB_ENV: 'env', GITHUB_STEP_SUMMARY: 'summary' };
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^(INPUT_|STATE_|GITHUB_|RUNNER_|ACTIONS_)/.test(k)) delete env[k];
  for (const [k, f] of Object.entries(files)) {
    env[k] = join(dir, f);
    writeFileSync(env[k], '');
  }
  for (const [name, spec] of Object.entries(action.inputs)) env[`INPUT_${name.toUpperCase()}`] = spec.default ?? '';
  Object.assign(env, {
    INPUT_CACHE: 'false',
    INPUT_TOOLCHAINS: 'stable',
    ...(values.parallel ? { INPUT_PARALLEL: values.parallel } : {}),
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    GITHUB_WORKSPACE: crate,
    RUNNER_TEMP: dir,
    RUNNER_TOOL_CACHE: join(dir, 'tools'),
    GITHUB_EVENT_NAME: 'push',
  });
  const t = now();
  const r = spawnSync(node, [mainScript], {
    cwd: crate,
    env,
    stdio: 'pipe',
    encoding: 'utf8',
  });
  const wall = now() - t;
  if (r.status !== 0) throw new Error(`pipeline failed:\n${r.stdout}\n${r.stderr}`);
  // @actions/core writes every output as a heredoc: name<<delimiter, value, delimiter.
  const reportPath = /^report<<(.+)\n(.*)\n\1$/m.exec(readFileSync(env.GITHUB_OUTPUT, 'utf8'))?.[2];
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  const firstStage = report.phases.find((p) => p.name.startsWith('stage: '));
  // Module loading happens before the profiler starts: wall − totalMs is that part.
  const startup = wall - report.totalMs + firstStage.at;
  return { wall, startup };
}

function touchSources(crate) {
  const when = new Date();
  for (const f of readdirSync(join(crate, 'src'), { recursive: true })) {
    if (String(f).endsWith('.rs')) utimesSync(join(crate, 'src', String(f)), when, when);
  }
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Pipeline vs bare, alternating which goes first so drift on a busy machine hits both alike.
 * `runPipe` (default: the action's main with these inputs) returns the wall time, the start-up and
 * optionally named parts (e.g. main and post), each reported as a median too.
 */
async function compare({ label, crate, commands, inputs, before, target, startupTarget, runPipe, bareEnv }) {
  const pipeline = runPipe ?? (() => runPipeline(crate, inputs));
  runBare(crate, commands, bareEnv);
  await pipeline();
  const bare = [];
  const pipe = [];
  const startup = [];
  const parts = {};
  for (let i = 0; i < rounds; i++) {
    for (const which of i % 2 ? ['pipe', 'bare'] : ['bare', 'pipe']) {
      before?.();
      if (which === 'bare') bare.push(runBare(crate, commands, bareEnv));
      else {
        const r = await pipeline();
        pipe.push(r.wall);
        startup.push(r.startup);
        for (const [k, v] of Object.entries(r.parts ?? {})) (parts[k] ??= []).push(v);
      }
    }
    const shown = Object.entries(parts).map(([k, v]) => `, ${k} ${v.at(-1).toFixed(0)} ms`);
    process.stdout.write(
      `${label} round ${i + 1}/${rounds}: bare ${bare.at(-1).toFixed(0)} ms, pipeline ${pipe.at(-1).toFixed(0)} ms${shown.join('')}\n`,
    );
  }
  const ratio = median(pipe) / median(bare);
  console.log(`\n[${label}] bare (median of ${rounds}):       ${median(bare).toFixed(0)} ms`);
  console.log(`[${label}] pipeline (median of ${rounds}):   ${median(pipe).toFixed(0)} ms`);
  for (const [k, v] of Object.entries(parts)) console.log(`[${label}]   ${k} (median): ${median(v).toFixed(0)} ms`);
  console.log(`[${label}] ratio pipeline ÷ bare:      ${ratio.toFixed(3)}  (target ≤ ${target.toFixed(2)})`);
  console.log(
    `[${label}] pipeline start-up (median): ${median(startup).toFixed(0)} ms  (target ≤ ${startupTarget} ms; min ${Math.min(...startup).toFixed(0)}, max ${Math.max(...startup).toFixed(0)})\n`,
  );
}

async function greeterCase() {
  const crate = resolve(root, values.crate);
  console.log(`warming ${crate} …`);
  const commands = [FMT, CLIPPY, TEST].map((a) => ['cargo', ...a]);
  const inputs = { stages: 'fmt, clippy, test' };
  for (const mode of ['edited', 'no-op']) {
    const before = mode === 'edited' ? () => touchSources(crate) : undefined;
    await compare({ label: `greeter ${mode}`, crate, commands, inputs, before, target: 1.05, startupTarget: 150 });
  }
}

function cargo(cwd, ...args) {
  const r = spawnSync('cargo', args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`cargo ${args.join(' ')} failed in ${cwd}`);
}

/**
 * A published crate's source, as a user would check it out: fetched through a throw-away project
 * that depends on it, copied out of the cargo registry, with its own lockfile (dev-dependencies
 * included), built once. Kept between runs in the system temp folder.
 */
function publishedCrate(spec = values['published-crate']) {
  const [name, version] = spec.split('@');
  const dir = join(tmpdir(), `rp-bench-${name}-${version}`);
  if (existsSync(join(dir, 'Cargo.lock'))) return dir;
  const fetcher = mkdtempSync(join(tmpdir(), 'rp-bench-fetch-'));
  mkdirSync(join(fetcher, 'src'));
  writeFileSync(join(fetcher, 'src', 'lib.rs'), '');
  writeFileSync(
    join(fetcher, 'Cargo.toml'),
    `[package]\nname = "fetch"\nversion = "0.0.0"\nedition = "2021"\n[dependencies]\n${name} = "=${version}"\n`,
  );
  cargo(fetcher, 'fetch');
  const src = join(process.env.CARGO_HOME ?? join(homedir(), '.cargo'), 'registry', 'src');
  const index = readdirSync(src).find((d) => existsSync(join(src, d, `${name}-${version}`)));
  if (!index) throw new Error(`${name} ${version} not found under ${src} after cargo fetch`);
  cpSync(join(src, index, `${name}-${version}`), dir, { recursive: true });
  rmSync(fetcher, { recursive: true, force: true });
  dropNightlyBenches(dir);
  cargo(dir, 'generate-lockfile');
  return dir;
}

/**
 * Benchmarks written for nightly (`#![feature(test)]`, as itoa's) fail clippy's --all-targets on
 * stable: their [[bench]] tables are taken out of the copy's manifest (the published manifest sets
 * autobenches = false), as a project on stable would keep them out of CI.
 */
function dropNightlyBenches(dir) {
  const manifest = join(dir, 'Cargo.toml');
  const tables = readFileSync(manifest, 'utf8').split(/\n(?=\[)/);
  const kept = tables.filter((t) => {
    const path = /^\[\[bench\]\][^]*?\npath = "([^"]+)"/.exec(t)?.[1];
    return !path || !readFileSync(join(dir, path), 'utf8').includes('#![feature(');
  });
  if (kept.length !== tables.length) writeFileSync(manifest, kept.join('\n'));
}

/** The test fixtures' advisory database as the git repository cargo-audit expects. */
function advisoryDb() {
  const dest = mkdtempSync(join(tmpdir(), 'rp-bench-advisory-db-'));
  cpSync(join(root, '__tests__', 'fixtures', 'advisory-db'), dest, { recursive: true });
  for (const args of [
    ['init', '-q', '-b', 'main'],
    ['add', '-A'],
    ['commit', '-q', '-m', 'advisories'],
  ]) {
    const r = spawnSync('git', ['-c', 'user.email=db@example.invalid', '-c', 'user.name=db', ...args], {
      cwd: dest,
      stdio: 'ignore',
    });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed in ${dest}`);
  }
  return dest;
}

async function publishedCrateCase() {
  const crate = publishedCrate();
  console.log(`warming ${crate} …`);
  // A published crate meets newer clippy lints than it was written for: warnings are reported, not fatal.
  const clippy = CLIPPY.slice(0, CLIPPY.indexOf('--'));
  // Doc tests left out both ways: rustdoc compiles every doc test again on each run (seconds that
  // are the same for both and drown the difference being measured).
  const test = [...TEST, '--lib', '--bins', '--tests'];
  const three = [FMT, clippy, test].map((a) => ['cargo', ...a]);
  await compare({
    label: 'crate fmt+clippy+test no-op',
    crate,
    commands: three,
    inputs: { stages: 'fmt, clippy, test', 'clippy-deny-warnings': 'false', 'test-args': '--lib --bins --tests' },
    target: 1.1,
    startupTarget: 100,
  });
  const db = advisoryDb();
  const audit = ['cargo', 'audit', '--json', '--db', db, '--no-fetch', '--file', join(crate, 'Cargo.lock')];
  await compare({
    label: 'crate fmt+clippy+test+audit no-op',
    crate,
    commands: [...three, audit],
    inputs: {
      stages: 'fmt, clippy, test, audit',
      'clippy-deny-warnings': 'false',
      'test-args': '--lib --bins --tests',
      'audit-db': db,
    },
    target: 1.0,
    startupTarget: 100,
  });
  rmSync(db, { recursive: true, force: true });
}

/** Where the rig finds the action: the repository, or for another --dist a folder that links to it. */
function actionRoot() {
  const dist = resolve(root, values.dist);
  if (dist === join(root, 'dist')) return root;
  const dir = mkdtempSync(join(tmpdir(), 'rp-bench-action-'));
  symlinkSync(dist, join(dir, 'dist'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  copyFileSync(join(root, 'action.yml'), join(dir, 'action.yml'));
  return dir;
}

/** The rig and the cache-service stand-in of the integration tests, loaded once. */
let support;
async function rigSupport() {
  support ??= await importSupport({
    repo: root,
    root: actionRoot(),
    name: 'bench-action',
    modules: [
      "export { runAction, readReport } from './__tests__/support/rig.ts';",
      "export { startCacheServer } from './__tests__/support/cache-server.ts';",
      "export { makeCargoHome } from './__tests__/support/cargo-home.ts';",
    ],
  });
  return support;
}

/**
 * The action as a runner runs it, cache on: main, then post with main's state, against the
 * cache-service stand-in. The first run (outside the timed rounds) saves the entry; every timed run
 * then restores it as an exact hit and post saves nothing, which each run checks.
 */
async function actionCase() {
  const { runAction, readReport, startCacheServer, makeCargoHome } = await rigSupport();
  const crate = publishedCrate(values['action-crate']);
  const cargoHome = makeCargoHome();
  const server = await startCacheServer();
  const runnerDir = mkdtempSync(join(tmpdir(), 'rp-bench-runner-'));
  // The rig runs the steps on RP_NODE24, else on this node: the pass's node.
  process.env.RP_NODE24 = node;
  const clippy = CLIPPY.slice(0, CLIPPY.indexOf('--'));
  const test = [...TEST, '--lib', '--bins', '--tests'];
  const inputs = { stages: 'fmt, clippy, test', 'clippy-deny-warnings': 'false', 'test-args': '--lib --bins --tests' };
  const env = { ...server.env(), CARGO_HOME: cargoHome };
  let first = true;
  const runPipe = async () => {
    const t = now();
    const { main, post } = await runAction({ workspace: crate, runnerDir, inputs, env });
    const wall = now() - t;
    for (const [name, step] of [
      ['main', main],
      ['post', post],
    ]) {
      if (step.code !== 0) throw new Error(`${name} failed (exit ${step.code}):\n${step.stdout}\n${step.stderr}`);
    }
    const hit = main.outputs['cache-hit'];
    if (!first && hit !== 'true') throw new Error(`a warm run restored no exact hit (cache-hit ${hit})`);
    if (!first && server.entries().length !== 1) throw new Error('post saved again after an exact hit');
    first = false;
    const report = readReport(main);
    const firstStage = report.phases.find((p) => p.name.startsWith('stage: '));
    return {
      wall,
      startup: main.ms - report.totalMs + firstStage.at,
      parts: { main: main.ms, post: post.ms },
    };
  };
  console.log(`warming ${crate} (CARGO_HOME ${cargoHome}, cache service ${server.url}) …`);
  try {
    await compare({
      label: `action main+post ${values['action-crate']} warm`,
      crate,
      commands: [FMT, clippy, test].map((a) => ['cargo', ...a]),
      bareEnv: { CARGO_HOME: cargoHome },
      runPipe,
      target: 1.25,
      startupTarget: 100,
    });
  } finally {
    await server.stop();
    rmSync(cargoHome, { recursive: true, force: true });
    rmSync(runnerDir, { recursive: true, force: true });
  }
}

/**
 * The CLI as a developer runs it a second time on an unchanged crate: a copy of the example crate,
 * a local cache directory of its own, the exact entry the first run saved restored every time.
 */
async function cliCase() {
  const work = mkdtempSync(join(tmpdir(), 'rp-bench-cli-'));
  const crate = join(work, 'crate');
  cpSync(resolve(root, values.crate), crate, {
    recursive: true,
    filter: (src) => !src.startsWith(join(resolve(root, values.crate), 'target')),
  });
  const cacheDir = join(work, 'cache');
  const cliScript = join(resolve(root, values.dist), 'cli', 'index.js');
  const env = { ...process.env };
  for (const k of Object.keys(env))
    if (/^(INPUT_|STATE_|GITHUB_|RUNNER_|ACTIONS_|RUST_PIPELINE_)/.test(k)) delete env[k];
  let first = true;
  const runPipe = () => {
    const t = now();
    const r = spawnSync(
      node,
      [cliScript, '--stages', 'fmt, clippy, test', '--toolchains', 'stable', '--cache-dir', cacheDir, crate],
      { cwd: crate, env, stdio: 'pipe', encoding: 'utf8' },
    );
    const wall = now() - t;
    if (r.status !== 0) throw new Error(`the CLI failed:\n${r.stdout}\n${r.stderr}`);
    if (!first && !/\(exact hit: /.test(r.stdout)) throw new Error(`a warm run restored no exact hit:\n${r.stdout}`);
    first = false;
    const report = JSON.parse(readFileSync(join(crate, 'target', 'rust-pipeline', 'report.json'), 'utf8'));
    const firstStage = report.phases.find((p) => p.name.startsWith('stage: '));
    return { wall, startup: wall - report.totalMs + firstStage.at };
  };
  console.log(`warming ${crate} (cache directory ${cacheDir}) …`);
  try {
    await compare({
      label: 'cli fmt+clippy+test no-op, local cache warm',
      crate,
      commands: [FMT, CLIPPY, TEST].map((a) => ['cargo', ...a]),
      runPipe,
      target: 1.05,
      startupTarget: 150,
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (!existsSync(mainScript)) {
  console.error('dist/ is missing: run npm run bundle first.');
  process.exit(1);
}
const nodes = [process.execPath, ...(process.env.RP_NODE24 ? [process.env.RP_NODE24] : [])];
if (nodes.length === 1)
  console.log('RP_NODE24 is not set: the action runs on this node only (source scripts/setup/05-node24.sh).');
for (node of nodes) {
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(`\n=== the action on Node ${version} (${node})\n`);
  if (values.case === 'all' || values.case === 'greeter') await greeterCase();
  if (values.case === 'all' || values.case === 'crate') await publishedCrateCase();
  if (values.case === 'all' || values.case === 'action') await actionCase();
  if (values.case === 'all' || values.case === 'cli') await cliCase();
}
