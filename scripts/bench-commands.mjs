#!/usr/bin/env node
// How many cargo, rustc and rustup processes the pipeline itself starts, and how long a run takes.
// Runs the built CLI on a warm copy of the example crate with cargo, rustc and rustup behind PATH
// shims that log each call the pipeline makes (calls cargo makes itself are not counted), several
// rounds, and prints the counts per run and the median time. Two runs:
//   default  fmt, clippy, test (the CLI's defaults, local cache on)
//   release  test, build, docker (docker only when dockerd answers; the image is not pushed)
// Several CLIs can be compared (e.g. a build of another commit); their rounds alternate.
//
//   npm run bench:commands [-- --rounds 5 --crate examples/greeter --cli dist/cli/index.js --cli /tmp/old/dist/cli/index.js]
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    crate: { type: 'string', default: 'examples/greeter' },
    cli: { type: 'string', multiple: true },
  },
});
const rounds = Number(values.rounds);
const clis = (values.cli ?? [join(root, 'dist', 'cli', 'index.js')]).map((c) => resolve(c));
const work = mkdtempSync(join(tmpdir(), 'rp-bench-commands-'));
const PROGRAMS = ['cargo', 'rustc', 'rustup'];

/** Where a program is on PATH (before the shims go in front). */
function which(program) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const r = spawnSync('test', ['-x', join(dir, program)]);
    if (r.status === 0) return join(dir, program);
  }
  throw new Error(`${program} is not on PATH`);
}

// A shim logs its argv when the pipeline called it (not cargo or a build script), then becomes the real program.
const shimDir = join(work, 'shims');
mkdirSync(shimDir);
for (const p of PROGRAMS) {
  const real = which(p);
  const file = join(shimDir, p);
  writeFileSync(
    file,
    `#!/bin/sh\n[ -n "$RP_BENCH_INNER" ] || printf '%s\\n' "${p} $*" >> "$RP_BENCH_LOG"\nRP_BENCH_INNER=1 exec "${real}" "$@"\n`,
  );
  chmodSync(file, 0o755);
}

function workspace(src) {
  const dir = join(work, 'crate');
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

const crate = workspace(resolve(root, values.crate));
const docker = spawnSync('docker', ['info'], { stdio: 'ignore' }).status === 0;
const RUNS = {
  default: [],
  release: [
    '--stages',
    docker ? 'test, build, docker' : 'test, build',
    '--docker-image',
    'rp-bench/greeter',
    '--push',
    'false',
  ],
};

function run(cli, args) {
  const log = join(work, 'calls.log');
  rmSync(log, { force: true });
  writeFileSync(log, '');
  const started = performance.now();
  const r = spawnSync(
    process.execPath,
    [cli, ...args, '--cache-dir', join(work, 'cache'), '--report', join(work, 'report.json'), crate],
    {
      cwd: crate,
      env: { ...process.env, PATH: `${shimDir}${delimiter}${process.env.PATH}`, RP_BENCH_LOG: log },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const ms = performance.now() - started;
  if (r.status !== 0)
    throw new Error(
      `${cli} ${args.join(' ')} failed (exit ${r.status}):\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-2000)}`,
    );
  const calls = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  return { ms, calls };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const results = {};
try {
  for (const [name, args] of Object.entries(RUNS)) {
    // Warm the target directory and the local cache once per CLI; those runs are not counted.
    for (const cli of clis) run(cli, args);
    for (const cli of clis) results[`${name} ${cli}`] = { times: [], calls: [] };
    for (let i = 0; i < rounds; i++) {
      for (const cli of clis) {
        const { ms, calls } = run(cli, args);
        results[`${name} ${cli}`].times.push(ms);
        results[`${name} ${cli}`].calls = calls;
      }
    }
  }
  for (const [label, r] of Object.entries(results)) {
    const byProgram = PROGRAMS.map((p) => `${p} ${r.calls.filter((c) => c.startsWith(`${p} `)).length}`).join(', ');
    console.log(
      `${label}\n  processes: ${r.calls.length} (${byProgram})\n  time: median ${(median(r.times) / 1000).toFixed(2)} s of ${r.times.length} (${r.times.map((t) => (t / 1000).toFixed(2)).join(', ')})`,
    );
    const counts = new Map();
    for (const c of r.calls) counts.set(c, (counts.get(c) ?? 0) + 1);
    for (const [c, n] of counts) console.log(`    ${n} × ${c}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
