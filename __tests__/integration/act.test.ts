// The built action under nektos/act (an independent runner that parses action.yml as GitHub's
// runner does), in host mode: no images, no network (local action only, offline mode, no version
// check), act's own cache server on 127.0.0.1 (the older cache protocol, ACTIONS_CACHE_URL),
// a throwaway HOME and CARGO_HOME. scripts/setup/30-act.sh installs act and exports RP_ACT.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeCargoHome } from '../support/cargo-home.js';
import { ROOT } from '../support/rig.js';

const ACT = process.env.RP_ACT ?? join(homedir(), 'go', 'bin', 'act');
const reason = existsSync(ACT)
  ? existsSync(join(ROOT, 'dist', 'main', 'index.js'))
    ? undefined
    : 'dist/ is missing: run npm run bundle'
  : `act is not installed at ${ACT} (scripts/setup/30-act.sh installs it)`;
if (reason && process.env.CI === 'true') throw new Error(reason);

/** The node act runs node24 actions with in host mode: RP_NODE24's, else the machine's. */
function nodeDir(): string {
  const n24 = process.env.RP_NODE24;
  return n24 && existsSync(n24) ? dirname(n24) : dirname(process.execPath);
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(name: string): string {
  const d = mkdtempSync(join(tmpdir(), `rp-act-${name}-`));
  dirs.push(d);
  return d;
}

/** A git repository holding a fixture crate, the built action at ./action and one workflow. */
function repo(fixture: string, workflow: string): string {
  const r = tempDir('repo');
  cpSync(join(ROOT, '__tests__', 'fixtures', fixture), r, { recursive: true });
  mkdirSync(join(r, 'action'));
  cpSync(join(ROOT, 'action.yml'), join(r, 'action', 'action.yml'));
  cpSync(join(ROOT, 'dist'), join(r, 'action', 'dist'), { recursive: true });
  mkdirSync(join(r, '.github', 'workflows'), { recursive: true });
  writeFileSync(join(r, '.github', 'workflows', 'ci.yml'), workflow);
  const git = (...args: string[]): void => {
    const g = spawnSync('git', args, { cwd: r, encoding: 'utf8' });
    if (g.status !== 0) throw new Error(`git ${args.join(' ')}: ${g.stderr}`);
  };
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-qm', 'fixture');
  return r;
}

interface Runner {
  home: string;
  cargoHome: string;
  cacheDir: string;
}

function runner(): Runner {
  return { home: tempDir('home'), cargoHome: makeCargoHome(), cacheDir: tempDir('cache-server') };
}

interface ActRun {
  code: number | null;
  log: string;
  ms: number;
}

function act(repoDir: string, r: Runner): ActRun {
  const cargoBin = join(process.env.CARGO_HOME ?? join(homedir(), '.cargo'), 'bin');
  const env: NodeJS.ProcessEnv = {
    PATH: [nodeDir(), cargoBin, process.env.PATH ?? ''].join(delimiter),
    HOME: r.home,
    XDG_CACHE_HOME: join(r.home, '.cache'),
    XDG_CONFIG_HOME: join(r.home, '.config'),
    RUSTUP_HOME: process.env.RUSTUP_HOME ?? join(homedir(), '.rustup'),
    CARGO_HOME: r.cargoHome,
    ACT_DISABLE_VERSION_CHECK: '1',
    LANG: 'C.UTF-8',
  };
  const args = [
    'push',
    '-W',
    '.github/workflows/ci.yml',
    '-P',
    'ubuntu-latest=-self-hosted',
    '--action-offline-mode',
    '--pull=false',
    '--cache-server-path',
    r.cacheDir,
    '--cache-server-addr',
    '127.0.0.1',
    '--cache-server-port',
    '0',
    '--artifact-server-addr',
    '127.0.0.1',
    '--action-cache-path',
    join(r.home, 'act-actions'),
    '--env-file',
    '/dev/null',
    '--secret-file',
    '/dev/null',
    '--var-file',
    '/dev/null',
    '--input-file',
    '/dev/null',
  ];
  const start = Date.now();
  const p = spawnSync(ACT, args, { cwd: repoDir, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: p.status, log: `${p.stdout}\n${p.stderr}`, ms: Date.now() - start };
}

const READ_OUTPUTS = `      - name: read
        if: always()
        run: echo "read result=\${{ steps.rp.outputs.result }} hit=\${{ steps.rp.outputs.cache-hit }} match=\${{ steps.rp.outputs.cache-match }} failed=\${{ steps.rp.outputs.failed-stages }}"
`;

function workflow(stages: string): string {
  return `name: ci
on: push
jobs:
  checks:
    runs-on: ubuntu-latest
    steps:
      # act copies the local repository here for a local actions/checkout, without fetching it.
      - uses: actions/checkout@v4
      - id: rp
        uses: ./action
        with:
          stages: ${stages}
${READ_OUTPUTS}`;
}

/** The cache entries act's server stored (one blob file per finished entry). */
function storedEntries(cacheDir: string): number {
  const count = (d: string): number =>
    readdirSync(d, { withFileTypes: true }).reduce(
      (n, e) => n + (e.isDirectory() ? count(join(d, e.name)) : /^\d+$/.test(e.name) ? 1 : 0),
      0,
    );
  return existsSync(cacheDir) ? count(cacheDir) : 0;
}

describe.skipIf(reason !== undefined)('the action under nektos/act (host mode)', () => {
  it('PR checks twice: the manifest loads, run 1 saves, run 2 is an exact hit that saves nothing', () => {
    const r = runner();
    const dir = repo('clean', workflow('fmt, clippy, test'));
    const one = act(dir, r);
    console.log(`act run 1: ${one.ms} ms`);
    expect(one.code, one.log).toBe(0);
    expect(one.log).toContain('read result=success hit=false match=none');
    expect(one.log).toMatch(/Cache save[\s\S]*saved/);
    expect(storedEntries(r.cacheDir)).toBe(1);

    // Each act run gets a fresh workspace copy (no target/) and the same CARGO_HOME, emptied of what the cache holds.
    for (const d of ['registry', 'git']) rmSync(join(r.cargoHome, d), { recursive: true, force: true });
    const two = act(dir, r);
    const cacheLines = two.log.split('\n').filter((l) => /cache|Cache/.test(l) && !/Compiling|Checking/.test(l));
    console.log(`act run 2: ${two.ms} ms\n${cacheLines.join('\n')}`);
    expect(two.code, two.log).toBe(0);
    expect(two.log).toContain('read result=success hit=true match=exact');
    expect(two.log).toContain('not saved: the cache has the exact key already');
    expect(storedEntries(r.cacheDir)).toBe(1);
  });

  it('a failing test fails the step, with error annotations in the log, and the outputs say so', () => {
    const r = runner();
    const run = act(repo('failing-test', workflow('test')), r);
    console.log(`act failing-test run: ${run.ms} ms`);
    expect(run.code).not.toBe(0);
    expect(run.log).toMatch(/::error/);
    expect(run.log).toContain('read result=failure hit=false match=none failed=test');
  });
});
