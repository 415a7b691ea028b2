#!/usr/bin/env node
// Benchmarks the tool installer and the coverage stage.
//
//   node scripts/bench-tools.mjs [--runs N] [--cargo-install] [--installer-only]
//
// Installer (src/tools/install.ts, bundled on the fly), for cargo-audit and cargo-tarpaulin at
// their pinned versions, each from one source at a time:
//   cold      empty tool cache and shared cache: download from a mirror on 127.0.0.1 (a
//             release-shaped archive packaged from the locally installed tool) through
//             @actions/tool-cache, sha256 check, extract, record, copy into both caches
//   warm      the runner tool cache has it (a new job on the same runner): record hash + --version
//   shared    the shared cache (restored toolDir) has it, empty tool cache (a fresh hosted runner):
//             the kept archive checked against the published sha256, extracted, cached
//   path      already on PATH at a suitable version
//   cargo install (--cargo-install only: builds from source, minutes on two cores; otherwise the
//             build time cargo reported for the same version on this machine, given with
//             --known-build "<tool>=<seconds>")
// Coverage: the coverage stage of the built CLI (dist/cli) on examples/greeter, first with an
// empty target directory (instrumented build of everything), then again (incremental).
// Needs: npm run bundle, cargo-audit and cargo-tarpaulin installed (scripts/setup/10-cargo-tools.sh).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, createReadStream, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'cargo-install': { type: 'boolean', default: false },
    'installer-only': { type: 'boolean', default: false },
    'known-build': { type: 'string', multiple: true, default: [] },
  },
});
const RUNS = Number(values.runs);

const work = mkdtempSync(join(tmpdir(), 'rp-bench-tools-'));
const benchDir = join(root, '.bench');
mkdirSync(benchDir, { recursive: true });
const entry = join(benchDir, 'tools-entry.mjs');
await build({
  stdin: {
    contents:
      "export { installTool } from './src/tools/install.ts'; export { actionsToolCache } from './src/tools/index.ts'; export { assetFor, currentPlatform } from './src/tools/table.ts'; export { exec } from './src/exec.ts'; export { INPUT_SPECS } from './src/inputs/specs.ts';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: entry,
  packages: 'external',
  logLevel: 'error',
});
const { installTool, actionsToolCache, assetFor, currentPlatform, exec, INPUT_SPECS } = await import(
  pathToFileURL(entry).href
);
process.env.RUNNER_TOOL_CACHE = join(work, 'unused');
// @actions/tool-cache reports through ::debug:: workflow commands; keep them out of the table.
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) =>
  /^(::debug::|\[command\])/.test(String(chunk)) ? true : write(chunk, ...rest);

const pinned = (tool) => INPUT_SPECS.find((s) => s.name === `${tool}-version`).default;
const SUB = { 'cargo-audit': 'audit', 'cargo-tarpaulin': 'tarpaulin' };
const which = (bin) =>
  (process.env.PATH ?? '')
    .split(delimiter)
    .map((d) => join(d, bin))
    .find((p) => {
      try {
        return statSync(p).isFile();
      } catch {
        return false;
      }
    });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) =>
  ms < 1000
    ? `${Math.round(ms)} ms`
    : ms < 60_000
      ? `${(ms / 1000).toFixed(2)} s`
      : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;

// Mirror with archives packaged from the installed tools.
const mirrorRoot = join(work, 'mirror');
const checksums = new Map();
const platform = currentPlatform();
for (const tool of Object.keys(SUB)) {
  const version = pinned(tool);
  const bin = which(tool);
  if (!bin) throw new Error(`${tool} is not on PATH: run scripts/setup/10-cargo-tools.sh`);
  const asset = assetFor(tool, version, platform);
  // The release layout: the executable in a folder named after the archive.
  const pkg = join(work, 'pkg', tool);
  const inner = asset.file.replace(/\.(tgz|tar\.gz)$/, '');
  mkdirSync(join(pkg, inner), { recursive: true });
  cpSync(bin, join(pkg, inner, tool));
  mkdirSync(join(mirrorRoot, tool, version), { recursive: true });
  const archive = join(mirrorRoot, asset.mirrorPath);
  const tar = spawnSync('tar', ['-czf', archive, '-C', pkg, inner]);
  if (tar.status !== 0) throw new Error(`tar failed: ${tar.stderr}`);
  checksums.set(asset.mirrorPath, createHash('sha256').update(readFileSync(archive)).digest('hex'));
}
const server = createServer((req, res) => {
  const file = join(mirrorRoot, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  try {
    res.writeHead(200, { 'content-length': statSync(file).size });
    createReadStream(file).pipe(res);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const mirror = `http://127.0.0.1:${server.address().port}`;

// PATH without the tools, for every source but "path".
const hidden = (process.env.PATH ?? '')
  .split(delimiter)
  .filter(
    (d) =>
      !Object.keys(SUB).some((t) => {
        try {
          return statSync(join(d, t)).isFile();
        } catch {
          return false;
        }
      }),
  )
  .join(delimiter);
const quiet = { info: () => undefined, warning: (m) => console.warn(m) };

function options(over) {
  return {
    exec,
    env: { ...process.env, PATH: hidden },
    toolDir: join(work, 'tooldir'),
    tempDir: join(work, 'tmp'),
    log: quiet,
    mirror,
    platform,
    arch: process.arch,
    toolCache: actionsToolCache(join(work, 'tooldir'), join(work, 'tmp')),
    checksums,
    ...over,
  };
}

async function timeSource(tool, expected, prepare) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const o = await prepare(i);
    const t = await installTool(tool, pinned(tool), o);
    if (t.source !== expected) throw new Error(`${tool}: expected source ${expected}, got ${t.source} (${t.detail})`);
    times.push(t.ms);
  }
  return median(times);
}

const rows = [];
for (const tool of Object.keys(SUB)) {
  const size = statSync(join(mirrorRoot, assetFor(tool, pinned(tool), platform).mirrorPath)).size;
  const fresh = (name, i) => join(work, `${tool}-${name}-${i}`);
  const cold = await timeSource(tool, 'download', (i) => {
    process.env.RUNNER_TOOL_CACHE = fresh('tc-cold', i);
    return options({ toolDir: fresh('td-cold', i) });
  });
  process.env.RUNNER_TOOL_CACHE = join(work, `${tool}-tc-warm`);
  await installTool(tool, pinned(tool), options({ toolDir: fresh('td-seed', 0) }));
  const warm = await timeSource(tool, 'tool-cache', (i) => options({ toolDir: fresh('td-warm', i) }));
  const shared = await timeSource(tool, 'shared-cache', (i) => {
    process.env.RUNNER_TOOL_CACHE = fresh('tc-shared', i);
    return options({ toolDir: fresh('td-seed', 0) });
  });
  const onPath = await timeSource(tool, 'path', () => options({ env: process.env }));
  const known = values['known-build'].map((k) => k.split('=')).find(([t]) => t === tool);
  let cargoInstall = known ? `${fmt(Number(known[1]) * 1000)} (known)` : 'not measured (--cargo-install)';
  if (values['cargo-install']) {
    process.env.RUNNER_TOOL_CACHE = fresh('tc-build', 0);
    const t = await installTool(
      tool,
      pinned(tool),
      options({
        mirror: 'http://127.0.0.1:9',
        checksums: new Map(),
        toolDir: fresh('td-build', 0),
        env: { ...process.env, PATH: hidden, CARGO_TARGET_DIR: fresh('target', 0) },
      }),
    );
    cargoInstall = fmt(t.ms);
  }
  rows.push([
    `${tool} ${pinned(tool)} (${(size / 1048576).toFixed(1)} MB archive)`,
    fmt(cold),
    fmt(warm),
    fmt(shared),
    fmt(onPath),
    cargoInstall,
  ]);
}
server.close();

console.log(
  `\nTool install, median of ${RUNS} (${process.platform}-${process.arch}, ${(await import('node:os')).cpus().length} cores)\n`,
);
const header = ['tool', 'cold: download+verify', 'warm: tool cache', 'shared cache', 'PATH', 'cargo install'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
for (const r of [header, widths.map((w) => '-'.repeat(w)), ...rows])
  console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));

if (values['installer-only']) {
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

// Coverage stage on examples/greeter through the built CLI.
const cli = join(root, 'dist', 'cli', 'index.js');
const greeter = join(work, 'greeter');
cpSync(join(root, 'examples', 'greeter'), greeter, { recursive: true, filter: (p) => !p.includes(`${'/'}target`) });
const coverageRun = () => {
  const r = spawnSync(
    process.execPath,
    [cli, '--stages', 'coverage', '--cache-dir', join(work, 'cli-cache'), greeter],
    { encoding: 'utf8' },
  );
  const report = JSON.parse(readFileSync(join(greeter, 'target', 'rust-pipeline', 'report.json'), 'utf8'));
  const stage = report.stages[0];
  if (stage.status !== 'success') throw new Error(`coverage failed:\n${r.stdout}\n${r.stderr}`);
  const phase = (name) => report.phases.find((p) => p.name === name)?.ms ?? NaN;
  return {
    stage: stage.ms,
    tarpaulin: phase('cargo tarpaulin'),
    install: phase('install cargo-tarpaulin'),
    percent: report.outputs.coverage,
  };
};
const first = coverageRun();
const again = [];
for (let i = 0; i < RUNS; i++) again.push(coverageRun());
console.log(`\nCoverage stage on examples/greeter (${first.percent}% line coverage)`);
console.log(
  `  empty target dir:   stage ${fmt(first.stage)} (cargo tarpaulin ${fmt(first.tarpaulin)}, tool lookup ${fmt(first.install)})`,
);
console.log(
  `  rerun, median of ${RUNS}: stage ${fmt(median(again.map((a) => a.stage)))} (cargo tarpaulin ${fmt(median(again.map((a) => a.tarpaulin)))})`,
);

rmSync(work, { recursive: true, force: true });
