#!/usr/bin/env node
// Benchmark: a 2×2 test matrix (toolchains × feature sets) on examples/greeter through the CLI,
// warm (after one run that builds everything), against the same cargo test commands run directly.
//   node scripts/bench-matrix.mjs [--runs N] [--toolchains stable,1.95.0] [--feature-sets default,all] [crate dir]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    toolchains: { type: 'string', default: 'stable,1.95.0' },
    'feature-sets': { type: 'string', default: 'default,all' },
  },
  allowPositionals: true,
});
const crate = resolve(positionals[0] ?? join(root, 'examples', 'greeter'));
const runs = Number(values.runs);
const toolchains = values.toolchains.split(',');
const featureSets = values['feature-sets'].split(',');
const featureArgs = { default: [], all: ['--all-features'], none: ['--no-default-features'] };
const tmp = mkdtempSync(join(tmpdir(), 'rp-bench-'));
const cli = join(root, 'dist', 'cli', 'index.js');

function pipelineRun() {
  const report = join(tmp, 'report.json');
  const started = performance.now();
  const r = spawnSync(
    process.execPath,
    [
      cli,
      '--stages',
      'test',
      '--toolchains',
      values.toolchains,
      '--feature-sets',
      values['feature-sets'],
      '--report',
      report,
      crate,
    ],
    { encoding: 'utf8' },
  );
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`pipeline run failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  const json = JSON.parse(readFileSync(report, 'utf8'));
  const test = json.stages.find((s) => s.name === 'test');
  return {
    ms,
    stageMs: test.ms,
    cells: test.data.cells.map((c) => ({ cell: `${c.toolchain}/${c.features}`, ms: c.ms, passed: c.passed })),
  };
}

function directRun() {
  const started = performance.now();
  for (const t of toolchains) {
    for (const f of featureSets) {
      const args = [
        'test',
        '--workspace',
        '--no-fail-fast',
        '--locked',
        ...(featureArgs[f] ?? ['--features', f.replace(/\+/g, ',')]),
      ];
      const r = spawnSync('cargo', args, {
        cwd: crate,
        env: { ...process.env, RUSTUP_TOOLCHAIN: t },
        encoding: 'utf8',
      });
      if (r.status !== 0) throw new Error(`cargo ${args.join(' ')} failed:\n${r.stderr}`);
    }
  }
  return performance.now() - started;
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1] };
};
const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;

try {
  console.log(
    `crate: ${crate}\nmatrix: ${toolchains.join(', ')} × ${featureSets.join(', ')}  (${runs} warm runs after one warm-up)`,
  );
  const warm = pipelineRun();
  console.log(`warm-up (builds what is missing): ${fmt(warm.ms)}`);
  const pipe = [];
  const direct = [];
  for (let i = 0; i < runs; i++) {
    pipe.push(pipelineRun());
    direct.push(directRun());
  }
  const p = stats(pipe.map((r) => r.ms));
  const st = stats(pipe.map((r) => r.stageMs));
  const d = stats(direct);
  console.log(`\n${'what'.padEnd(42)} ${'median'.padStart(8)} ${'min'.padStart(8)} ${'max'.padStart(8)}`);
  console.log(
    `${'CLI, whole run (node start to exit)'.padEnd(42)} ${fmt(p.median).padStart(8)} ${fmt(p.min).padStart(8)} ${fmt(p.max).padStart(8)}`,
  );
  console.log(
    `${'test stage (all cells)'.padEnd(42)} ${fmt(st.median).padStart(8)} ${fmt(st.min).padStart(8)} ${fmt(st.max).padStart(8)}`,
  );
  for (const [i, c] of pipe[0].cells.entries()) {
    const s = stats(pipe.map((r) => r.cells[i].ms));
    console.log(
      `${`  cell ${c.cell} (${c.passed} passed)`.padEnd(42)} ${fmt(s.median).padStart(8)} ${fmt(s.min).padStart(8)} ${fmt(s.max).padStart(8)}`,
    );
  }
  console.log(
    `${'same cargo test commands run directly'.padEnd(42)} ${fmt(d.median).padStart(8)} ${fmt(d.min).padStart(8)} ${fmt(d.max).padStart(8)}`,
  );
  console.log(`\noverhead of the pipeline over plain cargo (median): ${fmt(p.median - d.median)}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
