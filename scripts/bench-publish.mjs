#!/usr/bin/env node
// Benchmark: the publishing step (src/release/publish-step.ts, with the real Octokit client) against
// the REST stand-in (__tests__/support/github-server.ts) for 10 assets (5 archives, each with its
// .sha256) plus SHA256SUMS: the first publish (create + 11 uploads), a re-run (nothing uploaded),
// a re-run against an API without digests (every asset downloaded and compared), and a re-run where
// one archive changed (one delete + one upload).
//   node scripts/bench-publish.mjs [--runs N] [--mib SIZE_OF_EACH_ARCHIVE]
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, mib: { type: 'string', default: '4' } },
});
const runs = Number(values.runs);
const tmp = mkdtempSync(join(tmpdir(), 'rp-bench-publish-'));

// The TypeScript sources, bundled for this process (the stand-in is test code, not in dist/).
const entry = join(tmp, 'entry.ts');
writeFileSync(
  entry,
  `export { publishStep } from ${JSON.stringify(join(root, 'src/release/publish-step.ts'))};\nexport { startGithubServer } from ${JSON.stringify(join(root, '__tests__/support/github-server.ts'))};\n`,
);
await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: join(tmp, 'bench.mjs'),
  logLevel: 'error',
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});
const { publishStep, startGithubServer } = await import(pathToFileURL(join(tmp, 'bench.mjs')).href);

function archives(dir, salt) {
  const out = [];
  for (let i = 1; i <= 5; i++) {
    const name = `app-1.2.3-target${i}.tar.gz`;
    const bytes =
      i === 1 && salt
        ? Buffer.concat([randomBytes(16), Buffer.alloc(Number(values.mib) * 1024 * 1024 - 16, i)])
        : Buffer.alloc(Number(values.mib) * 1024 * 1024, i);
    const sha = createHash('sha256').update(bytes).digest('hex');
    writeFileSync(join(dir, name), bytes);
    writeFileSync(join(dir, `${name}.sha256`), `${sha}  ${name}\n`);
    out.push({
      target: `target${i}`,
      path: join(dir, name),
      name,
      sha256: sha,
      size: bytes.length,
      assets: [join(dir, `${name}.sha256`)],
    });
  }
  writeFileSync(join(dir, 'SHA256SUMS'), out.map((a) => `${a.sha256}  ${a.name}`).join('\n') + '\n');
  return out;
}

async function once(gh, dir, list) {
  const started = performance.now();
  const r = await publishStep({
    setting: 'auto',
    token: gh.token,
    event: { name: 'push', ref: 'refs/tags/v1.2.3', repository: 'acme/svc' },
    cargoVersion: '1.2.3',
    archives: list,
    checksums: join(dir, 'SHA256SUMS'),
    changelogDirs: [],
    env: { GITHUB_API_URL: gh.url },
    log: () => {},
  });
  if (r.status !== 'success') throw new Error(r.error);
  return { ms: performance.now() - started, summary: r.summary };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cases = {
  'first publish': [],
  're-run (digests)': [],
  're-run (no digest: download + compare)': [],
  'one archive changed': [],
};
const requests = {};
for (let n = 0; n < runs; n++) {
  const dir = mkdtempSync(join(tmp, 'run-'));
  const gh = await startGithubServer();
  try {
    const list = archives(dir, false);
    const steps = [
      ['first publish', () => once(gh, dir, list)],
      ['re-run (digests)', () => once(gh, dir, list)],
      ['re-run (no digest: download + compare)', () => ((gh.faults.noDigest = true), once(gh, dir, list))],
      ['one archive changed', () => ((gh.faults.noDigest = false), once(gh, dir, archives(dir, true)))],
    ];
    for (const [name, fn] of steps) {
      const before = gh.requests.length;
      const r = await fn();
      cases[name].push(r.ms);
      requests[name] = `${gh.requests.length - before} requests; ${r.summary}`;
    }
  } finally {
    await gh.close();
  }
}
console.log(
  `publish step, 10 assets (5 × ${values.mib} MiB archives + their .sha256) + SHA256SUMS, ${runs} runs, median:`,
);
for (const [name, xs] of Object.entries(cases))
  console.log(`  ${name.padEnd(40)} ${median(xs).toFixed(0).padStart(6)} ms   (${requests[name]})`);
rmSync(tmp, { recursive: true, force: true });
