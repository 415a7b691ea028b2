#!/usr/bin/env node
// Benchmark of the cache entry's growth over Cargo.lock changes. A crate with about 40 crates.io
// packages in its lockfile (bench/fixtures/cache-bench) runs fmt + clippy + test through the built
// action, then three changes follow, each run restoring the previous entry by prefix (the key's
// dependency hash changed) on a fresh runner and saving a new one:
//   1. `cargo update -p anyhow --precise <older>` (a version change of a crate with a build script)
//   2. a feature added: serde_json's `preserve_order` (same version, another feature combination)
//   3. `cargo update -p indexmap --precise <older>` (serde_json, same version and features, rebuilt
//      against it: its earlier units stay "locked" and only pruning by use removes them)
// Then a cold run of the final lockfile (empty cache) gives the size the entry should have.
// Prints the entry size per step and the last entry ÷ the cold one (target: ≤ 1.05).
//
//   npm run bundle && npm run bench:cache-growth
//   node scripts/bench-cache-growth.mjs --root <dir>   # another build: <dir>/dist and <dir>/action.yml
//
// --root measures another build of the action (e.g. a copy of main's dist/ and action.yml, with a
// node_modules link), so that the figures before and after a change come from the same script.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshCheckout, importSupport } from './bench/support.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const rootFlag = process.argv.indexOf('--root');
const root = rootFlag > 0 ? resolve(process.argv[rootFlag + 1] ?? '.') : repo;
for (const f of ['dist/main/index.js', 'dist/post/index.js', 'dist/cache-worker/index.js', 'action.yml']) {
  if (!existsSync(join(root, f))) {
    console.error(
      `${join(root, f)} is missing: run npm run bundle first (or give --root a folder with dist/ and action.yml).`,
    );
    process.exit(1);
  }
}
if (!existsSync(join(root, 'node_modules'))) symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));

// The test support modules, bundled where --root says, so that the rig runs the build under test.
const { makeWorkspace, runAction, startCacheServer, makeCargoHome, freshRunner, builtCrates } = await importSupport({
  repo,
  root,
  name: 'bench-growth-support',
  modules: ['rig.ts', 'cache-server.ts', 'cargo-home.ts'].map(
    (f) => `export * from ${JSON.stringify(join(repo, '__tests__', 'support', f))};`,
  ),
});

const fmtBytes = (n) => `${(n / (1024 * 1024)).toFixed(1)} MiB`;

/** Runs cargo in the workspace with the machine's own CARGO_HOME (the lockfile edits need the index, not the run's home). */
function cargo(dir, ...args) {
  const r = spawnSync('cargo', args, { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cargo ${args.join(' ')} failed:\n${r.stderr}`);
}

function setSerdeJsonFeature(dir, on) {
  const manifest = join(dir, 'Cargo.toml');
  const text = readFileSync(manifest, 'utf8').replace(
    /^serde_json = .*$/m,
    on ? 'serde_json = { version = "1", features = ["preserve_order"] }' : 'serde_json = "1"',
  );
  writeFileSync(manifest, text);
  cargo(dir, 'update', '-p', 'serde_json', '--precise', lockedVersion(dir, 'serde_json'));
}

function lockedVersion(dir, name) {
  const m = new RegExp(`name = "${name}"\\nversion = "([^"]+)"`).exec(readFileSync(join(dir, 'Cargo.lock'), 'utf8'));
  if (!m) throw new Error(`${name} is not in the lockfile`);
  return m[1];
}

const CHANGES = [
  {
    name: 'anyhow 1.0.99 (older version)',
    apply: (dir) => cargo(dir, 'update', '-p', 'anyhow', '--precise', '1.0.99'),
  },
  { name: 'serde_json + preserve_order (feature added)', apply: (dir) => setSerdeJsonFeature(dir, true) },
  {
    name: 'indexmap 2.2.6 (older version, serde_json rebuilt)',
    apply: (dir) => cargo(dir, 'update', '-p', 'indexmap', '--precise', '2.2.6'),
  },
];

/** One CI job on a fresh runner: restore, fmt + clippy + test, prune and save. Returns the saved entry. */
async function job(server, what) {
  freshRunner(workspace, cargoHome);
  freshCheckout(workspace);
  const run = await runAction({ workspace, runnerDir, env: { ...server.env(), CARGO_HOME: cargoHome } });
  if (run.main.code !== 0 || run.post?.code !== 0) {
    console.error(`${what} failed:\n${run.main.stdout.slice(-4000)}\n${run.post?.stdout.slice(-2000) ?? ''}`);
    process.exit(1);
  }
  const key = run.main.outputs['cache-key'];
  const entry = server.entries().find((e) => e.finalized && e.key === key);
  if (!entry) {
    console.error(`${what}: no entry was saved:\n${run.post?.stdout ?? ''}`);
    process.exit(1);
  }
  return { entry, hit: run.main.outputs['cache-match'], built: builtCrates(run.main.stdout).length };
}

const row = (cells) => `| ${cells.join(' | ')} |`;
const server = await startCacheServer();
const coldServer = await startCacheServer();
const workspace = makeWorkspace(join(repo, 'bench', 'fixtures', 'cache-bench'));
const cargoHome = makeCargoHome();
const runnerDir = mkdtempSync(join(tmpdir(), 'rp-bench-runner-'));
try {
  console.log(`action under test: ${root}\nworkspace ${workspace}\nCARGO_HOME ${cargoHome}\n`);
  const steps = [];
  console.log('step 0: cold run of the initial lockfile…');
  steps.push({ name: 'initial lockfile (cold)', ...(await job(server, 'step 0')) });
  for (const [i, change] of CHANGES.entries()) {
    change.apply(workspace);
    console.log(`step ${i + 1}: ${change.name}, restoring the previous entry by prefix…`);
    steps.push({ name: change.name, ...(await job(server, `step ${i + 1}`)) });
  }
  console.log('cold run of the final lockfile (empty cache)…');
  const cold = await job(coldServer, 'cold run of the final lockfile');

  console.log('\n## Cache entry growth over Cargo.lock changes\n');
  console.log(row(['step', 'restored', 'crates compiled', 'entry size']));
  console.log(row(['---', '---', '---:', '---:']));
  steps.forEach((s, i) => console.log(row([`${i}. ${s.name}`, s.hit, String(s.built), fmtBytes(s.entry.sizeBytes)])));
  console.log(row(['cold build of the final lockfile', cold.hit, String(cold.built), fmtBytes(cold.entry.sizeBytes)]));
  const ratio = steps.at(-1).entry.sizeBytes / cold.entry.sizeBytes;
  console.log(
    `\nlast entry ÷ cold entry of the same lockfile: ${ratio.toFixed(3)} (target ≤ 1.05: ${ratio <= 1.05 ? 'met' : 'NOT met'})`,
  );
  console.log(
    `\n${JSON.stringify({ steps: steps.map((s) => s.entry.sizeBytes), cold: cold.entry.sizeBytes, ratio: Number(ratio.toFixed(3)) })}`,
  );
} finally {
  await server.stop();
  await coldServer.stop();
  for (const d of [workspace, cargoHome, runnerDir]) rmSync(d, { recursive: true, force: true });
}
