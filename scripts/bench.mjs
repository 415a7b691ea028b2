#!/usr/bin/env node
// Pipeline overhead: runs the built action (fmt, clippy, test; cache off) on the warm example
// crate, and the same cargo commands bare, alternating, several rounds. Prints the ratio
// pipeline ÷ bare and the pipeline's own start-up time (process start → first stage starts).
// Two cases: "edited" touches the crate's sources before each run (dependencies warm, the
// crate itself rebuilt: a pull request's CI run), "no-op" changes nothing (cargo's floor).
//
//   npm run bench [-- --rounds 7 --crate examples/greeter]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import YAML from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '7' }, crate: { type: 'string', default: 'examples/greeter' } },
});
const rounds = Number(values.rounds);
const crate = resolve(root, values.crate);

const BARE = [
  ['fmt', '--all', '--', '--check'],
  ['clippy', '--workspace', '--all-targets', '--locked', '--message-format=json', '--', '-D', 'warnings'],
  ['test', '--workspace', '--no-fail-fast', '--locked'],
];

function now() {
  return performance.now();
}

function runBare() {
  const t = now();
  for (const args of BARE) {
    const r = spawnSync('cargo', args, {
      cwd: crate,
      stdio: 'ignore',
      env: { ...process.env, RUSTUP_TOOLCHAIN: 'stable' },
    });
    if (r.status !== 0) throw new Error(`cargo ${args.join(' ')} failed in ${crate}`);
  }
  return now() - t;
}

const action = YAML.parse(readFileSync(join(root, 'action.yml'), 'utf8'));
function runPipeline() {
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
    INPUT_STAGES: 'fmt, clippy, test',
    INPUT_CACHE: 'false',
    INPUT_TOOLCHAINS: 'stable',
    GITHUB_WORKSPACE: crate,
    RUNNER_TEMP: dir,
    RUNNER_TOOL_CACHE: join(dir, 'tools'),
    GITHUB_EVENT_NAME: 'push',
  });
  const t = now();
  const r = spawnSync(process.execPath, [join(root, action.runs.main)], {
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

function touchSources() {
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

console.log(`warming ${crate} …`);
runBare();
runPipeline();
for (const mode of ['edited', 'no-op']) {
  const bare = [];
  const pipe = [];
  const startup = [];
  for (let i = 0; i < rounds; i++) {
    // Alternate which goes first so drift on a busy machine hits both alike.
    const order = i % 2 ? ['pipe', 'bare'] : ['bare', 'pipe'];
    for (const which of order) {
      if (mode === 'edited') touchSources();
      if (which === 'bare') bare.push(runBare());
      else {
        const r = runPipeline();
        pipe.push(r.wall);
        startup.push(r.startup);
      }
    }
    process.stdout.write(
      `${mode} round ${i + 1}/${rounds}: bare ${bare.at(-1).toFixed(0)} ms, pipeline ${pipe.at(-1).toFixed(0)} ms\n`,
    );
  }
  const ratio = median(pipe) / median(bare);
  console.log(`\n[${mode}] bare cargo (median of ${rounds}):  ${median(bare).toFixed(0)} ms`);
  console.log(`[${mode}] pipeline (median of ${rounds}):    ${median(pipe).toFixed(0)} ms`);
  console.log(`[${mode}] ratio pipeline ÷ bare:       ${ratio.toFixed(3)}  (target ≤ 1.05)`);
  console.log(
    `[${mode}] pipeline start-up (median):  ${median(startup).toFixed(0)} ms  (target ≤ 150 ms; min ${Math.min(...startup).toFixed(0)}, max ${Math.max(...startup).toFixed(0)})\n`,
  );
}
