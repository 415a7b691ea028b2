// npm run screenshots: docs/summary-passing.png and docs/summary-failing.png, the job summary as a person sees it.
// Runs the built action (dist/main) as a runner would on two fixture crates (clean; one failing fmt, clippy and a
// unit test), draws each step summary with GitHub's Markdown stylesheet, marked and Mermaid in headless Chromium
// (scripts/summary-render.mjs), then takes Chromium's own screenshot of the drawn page.
//   node scripts/screenshots.mjs [--out DIR] [--tz ZONE]     (default: docs/, UTC)
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT, renderPages, screenshot, staticPage, summaryPage } from './summary-render.mjs';

const RUNS = [
  { name: 'passing', fixture: 'clean' },
  { name: 'failing', fixture: 'summary-faults' },
];
const WIDTH = 1012;

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/** A fresh checkout of a fixture: a git repository with one commit. */
function checkout(fixture, into) {
  cpSync(join(ROOT, '__tests__', 'fixtures', fixture), into, {
    recursive: true,
    filter: (p) => !p.split(/[\\/]/).includes('target'),
  });
  const git = (...args) => {
    const r = spawnSync('git', ['-c', 'user.email=ci@example.invalid', '-c', 'user.name=ci', ...args], {
      cwd: into,
      stdio: 'ignore',
    });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed in ${into}`);
  };
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'fixture');
  return spawnSync('git', ['rev-parse', 'HEAD'], { cwd: into, encoding: 'utf8' }).stdout.trim();
}

/** Runs dist/main once, as a runner would (action.yml's input defaults, fresh command files); returns the step summary. */
async function runAction(fixture, dir) {
  const workspace = join(dir, 'workspace');
  const sha = checkout(fixture, workspace);
  const files = Object.fromEntries(['output', 'state', 'env', 'summary'].map((f) => [f, join(dir, f)]));
  for (const f of Object.values(files)) writeFileSync(f, '');
  mkdirSync(join(dir, 'temp'));
  mkdirSync(join(dir, 'tool-cache'));
  const yml = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
  const inputs = Object.fromEntries(Object.entries(yml.inputs).map(([n, spec]) => [n, spec.default ?? '']));
  inputs.cache = 'false';
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^(INPUT|STATE|GITHUB|RUNNER|ACTIONS)_/.test(k)) delete env[k];
  for (const [n, v] of Object.entries(inputs)) env[`INPUT_${n.replace(/ /g, '_').toUpperCase()}`] = v;
  Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: join(dir, 'temp'),
    RUNNER_TOOL_CACHE: join(dir, 'tool-cache'),
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: sha,
    GITHUB_REPOSITORY: 'acme/greeter',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_JOB: 'checks',
    GITHUB_RUN_ID: '1',
  });
  const node = process.env.RP_NODE24 && existsSync(process.env.RP_NODE24) ? process.env.RP_NODE24 : process.execPath;
  const child = spawn(node, [join(ROOT, yml.runs.main)], { cwd: workspace, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c) => (stderr += c.toString()));
  const code = await new Promise((resolveExit) => child.on('exit', resolveExit));
  const summary = readFileSync(files.summary, 'utf8');
  if (!summary.trim()) throw new Error(`the action wrote no step summary for ${fixture} (exit ${code}): ${stderr}`);
  return summary;
}

async function main() {
  const out = arg('--out', join(ROOT, 'docs'));
  const timeZone = arg('--tz', 'UTC');
  if (!existsSync(join(ROOT, 'dist', 'main', 'index.js'))) throw new Error('dist/ is missing: run npm run bundle');
  const work = mkdtempSync(join(tmpdir(), 'rp-screenshots-'));
  try {
    const pages = [];
    for (const run of RUNS) {
      const dir = join(work, run.name);
      mkdirSync(dir);
      const markdown = await runAction(run.fixture, dir);
      const file = join(dir, 'summary.html');
      writeFileSync(file, summaryPage([{ id: run.name, markdown }], { width: WIDTH }));
      pages.push({ run, file });
    }
    const rendered = await renderPages(
      pages.map((p) => ({ file: p.file })),
      { env: { TZ: timeZone } },
    );
    mkdirSync(out, { recursive: true });
    for (const [i, { run }] of pages.entries()) {
      const page = rendered[i];
      const doc = page.docs[0];
      const broken = doc.charts.filter((c) => c.error);
      if (broken.length) throw new Error(`Mermaid could not draw the ${run.name} summary's chart: ${broken[0].error}`);
      const drawn = join(work, `${run.name}-drawn.html`);
      writeFileSync(drawn, staticPage(doc, { width: WIDTH }));
      const png = join(out, `summary-${run.name}.png`);
      await screenshot(drawn, png, { width: WIDTH, height: page.height + 2 });
      console.log(`${png}: ${WIDTH}x${page.height + 2}, ${Math.round(statSync(png).size / 1024)} KB`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
