// The action's entry points as a runner and a terminal use them: bad inputs, cancellation,
// arguments with shell metacharacters, and the local CLI.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspaces, readReport, ROOT, runAction, startStep } from '../support/rig.js';

const workspace = workspaces();

describe('the action', () => {
  it('fails before any work on a bad input, naming the input, the value and what is allowed', async () => {
    const ws = workspace('clean');
    const { main, post } = await runAction({ workspace: ws, inputs: { stages: 'fmt, lint' } });
    expect(main.code).toBe(1);
    expect(main.stdout).toContain(
      '::error::Input "stages" has an invalid value "fmt, lint": unknown stage "lint"; allowed: ',
    );
    expect(main.stdout).not.toContain('cargo');
    expect(existsSync(join(ws, 'target'))).toBe(false);
    expect(main.outputs).toEqual({});
    // post has nothing to do when main never started its work
    expect(post?.code).toBe(0);
    expect(post?.stdout).toContain('nothing to clean up');
  });

  it('passes inputs with shell metacharacters as literal arguments, never through a shell', async () => {
    const ws = workspace('clean');
    const odd = 'my crate;$(touch pwned)&`touch pwned2`';
    mkdirSync(join(ws, odd));
    for (const f of ['Cargo.toml', 'Cargo.lock', 'src']) renameSync(join(ws, f), join(ws, odd, f));
    const { main } = await runAction({
      workspace: ws,
      inputs: {
        'working-directory': odd,
        stages: 'clippy, test',
        'test-args': '-- --test-threads=1 ;touch${IFS}pwned3',
      },
    });
    // cargo receives ";touch${IFS}pwned3" as a test-name filter: nothing matches, nothing runs.
    expect(main.outputs.result, main.stdout).toBe('success');
    expect(JSON.parse(main.outputs['test-counts']!)).toMatchObject({ passed: 0, failed: 0 });
    for (const f of ['pwned', 'pwned2', 'pwned3']) {
      expect(existsSync(join(ws, f))).toBe(false);
      expect(existsSync(join(ws, odd, f))).toBe(false);
    }
  });

  it.each(['true', 'false'])(
    'on SIGTERM during cargo test (parallel: %s): kills cargo and the test, reports the stage cancelled, exits non-zero within 5 s',
    async (parallel) => {
      const ws = workspace('slow-test');
      const step = startStep('main', { workspace: ws, inputs: { stages: 'fmt, test, clippy', parallel } });
      let seen = '';
      await new Promise<void>((resolveSeen, reject) => {
        const timer = setTimeout(() => reject(new Error(`slow test never started:\n${seen}`)), 120_000);
        step.child.stdout!.on('data', (c: Buffer) => {
          seen += c.toString();
          if (seen.includes('running 1 test')) {
            clearTimeout(timer);
            resolveSeen();
          }
        });
      });
      const sent = Date.now();
      step.child.kill('SIGTERM');
      const res = await step.done;
      const took = Date.now() - sent;
      expect(took).toBeLessThan(5000);
      expect(res.code).not.toBe(0);
      expect(res.outputs.result).toBe('cancelled');
      const report = readReport(res);
      expect(report.stages.map((s: { name: string; status: string }) => [s.name, s.status])).toEqual([
        ['fmt', 'success'],
        ['clippy', 'success'],
        ['test', 'cancelled'],
      ]);
      expect(res.summary).toContain('🛑 cancelled');
      // Neither cargo nor the test binary outlives the step.
      const left = spawnSync('pgrep', ['-f', ws], { encoding: 'utf8' }).stdout.trim();
      expect(left).toBe('');
    },
  );
});

describe('the CLI', () => {
  const cli = join(ROOT, 'dist', 'cli', 'index.js');
  const run = (args: string[], cwd = ROOT) =>
    spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: '' } });

  it('runs the pipeline on a crate and writes the same JSON report, exit 0', () => {
    const ws = workspace('clean');
    const report = join(ws, 'out', 'report.json');
    const r = run(['--stages', 'fmt,test', '--report', report, ws]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/rust-pipeline: ✅ passed/);
    expect(r.stdout).toContain('Phase profile');
    const json = JSON.parse(readFileSync(report, 'utf8'));
    expect(json).toMatchObject({ schema: 1, result: 'success', failedStages: [] });
    expect(json.stages.map((s: { name: string }) => s.name)).toEqual(['fmt', 'test']);
  });

  it('exits 1 and lists findings as file:line when a stage fails', () => {
    const ws = workspace('clippy-warning');
    const r = run(['--stages', 'clippy', ws]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/src\/lib\.rs:3:5: error \[clippy::needless_return\]/);
    expect(existsSync(join(ws, 'target', 'rust-pipeline', 'report.json'))).toBe(true);
  });

  it('exits 2 with the option named on a bad value or an unknown option', () => {
    const bad = run(['--profile', 'fast', '.']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Option --profile has an invalid value "fast": allowed: release, size.');
    const unknown = run(['--frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--frobnicate'");
  });

  it('takes inputs from RUST_PIPELINE_<NAME> environment variables, options winning', () => {
    const ws = workspace('clean');
    const report = join(ws, 'r.json');
    const env = { ...process.env, CI: '', RUST_PIPELINE_STAGES: 'fmt', RUST_PIPELINE_CLIPPY_DENY_WARNINGS: 'maybe' };
    const bad = spawnSync(process.execPath, [cli, '--report', report, ws], { encoding: 'utf8', env });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Option --clippy-deny-warnings has an invalid value "maybe"');
    const ok = spawnSync(process.execPath, [cli, '--report', report, '--clippy-deny-warnings', 'true', ws], {
      encoding: 'utf8',
      env,
    });
    expect(ok.status, ok.stdout).toBe(0);
    expect(JSON.parse(readFileSync(report, 'utf8')).stages.map((s: { name: string }) => s.name)).toEqual(['fmt']);
  });

  it('keeps the registry password from RUST_PIPELINE_DOCKER_PASSWORD out of child processes and the output', () => {
    const ws = workspace('release-bin');
    const secret = 'cli-Secret-9f3a';
    const r = spawnSync(process.execPath, [cli, '--stages', 'clippy', ws], {
      encoding: 'utf8',
      env: { ...process.env, CI: '', RUST_PIPELINE_DOCKER_PASSWORD: secret },
    });
    // The fixture's build script panics when it can see the variable.
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout + r.stderr).not.toContain(secret);
  });

  it('--help and a cache-off run never load the cache modules or the HTTP stack (@actions/*, undici)', () => {
    // A copy of dist/ without the chunks that hold them: loading one would fail.
    const copy = workspace.temp('rp-dist-');
    cpSync(join(ROOT, 'dist'), copy, { recursive: true });
    const dir = join(copy, 'cli');
    const heavy = (f: string): boolean => /node_modules\/(@actions\/|undici)/.test(readFileSync(join(dir, f), 'utf8'));
    const chunks = readdirSync(dir).filter((f) => /^\d+\.index\.js$/.test(f));
    expect(chunks.filter(heavy).length).toBeGreaterThan(0);
    expect(heavy('run.js')).toBe(false);
    for (const f of chunks.filter(heavy)) rmSync(join(dir, f));
    const lean = (args: string[]) =>
      spawnSync(process.execPath, [join(dir, 'index.js'), ...args], {
        encoding: 'utf8',
        env: { ...process.env, CI: '' },
      });
    const help = lean(['--help']);
    expect(help.status, help.stderr).toBe(0);
    const ws = workspace('clean');
    const r = lean(['--stages', 'fmt, clippy', '--cache', 'false', ws]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('Cache: off (--cache false).');
  });

  it('--help lists every input as an option', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--feature-sets');
    expect(r.stdout).toContain('--cache-dir');
  });

  it('fails clearly when the path holds no Cargo.toml', () => {
    const empty = join(workspace('clean'), 'nothing-here');
    mkdirSync(empty);
    const r = run(['--stages', 'fmt', empty]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('No Cargo.toml in');
    rmSync(empty, { recursive: true });
  });
});
