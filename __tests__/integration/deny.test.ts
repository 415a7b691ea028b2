// The deny stage through the built action, with the real cargo-deny, against the local advisory
// database fixture. The supply-chain fixture takes every dependency from vendor/ (a directory
// source replacing crates.io): a GPL crate its deny.toml does not allow, a banned crate, two
// versions of one crate, smallvec 1.6.0 (RUSTSEC-2021-0003); the test adds a git dependency from
// a local repository. Nothing leaves the machine.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshCargoHome, localAdvisoryDb, toolsOrSkip } from '../support/cargo-tools.js';
import { makeWorkspace, removeDir, runAction } from '../support/rig.js';

const skip = toolsOrSkip('cargo-deny');

const made: string[] = [];
function workspace(fixture: string): string {
  const dir = makeWorkspace(fixture);
  made.push(dir);
  return dir;
}
afterAll(() => made.forEach(removeDir));

function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): void {
  const r = spawnSync(cmd, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
}

/** A crate in a local git repository, for a `git = "file://…"` dependency. */
function gitCrate(): string {
  const dir = join(workspace('clean'), 'fixture-git');
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'Cargo.toml'),
    '[package]\nname = "fixture-git"\nversion = "0.1.0"\nedition = "2021"\nlicense = "MIT"\n',
  );
  writeFileSync(join(dir, 'src', 'lib.rs'), 'pub fn value() -> u32 { 1 }\n');
  const git = ['-c', 'user.email=git@example.invalid', '-c', 'user.name=git'];
  run('git', ['init', '-q', '-b', 'main'], dir);
  run('git', ['add', '-A'], dir);
  run('git', [...git, 'commit', '-q', '-m', 'crate'], dir);
  return dir;
}

/** 1-based line of `name = "<name>"` in the [[package]] whose version is `version`. */
function lockLine(lock: string, name: string, version: string): number {
  const lines = lock.split('\n');
  const i = lines.findIndex((l, j) => l === `name = "${name}"` && lines[j + 1] === `version = "${version}"`);
  if (i < 0) throw new Error(`${name} ${version} not in Cargo.lock`);
  return i + 1;
}

function configLine(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

describe.skipIf(skip !== undefined)('deny stage (cargo-deny, local advisory database)', () => {
  const db = localAdvisoryDb();
  made.push(db);

  it('annotates each finding at its line: license, ban, duplicate, git source, advisory; fails', async () => {
    const ws = workspace('supply-chain');
    const home = freshCargoHome();
    made.push(home);
    appendFileSync(join(ws, 'Cargo.toml'), `fixture-git = { git = "file://${gitCrate()}" }\n`);
    run('cargo', ['generate-lockfile'], ws, { CARGO_HOME: home });
    const lock = readFileSync(join(ws, 'Cargo.lock'), 'utf8');

    const { main } = await runAction({
      workspace: ws,
      inputs: { stages: 'deny', 'audit-db': db },
      env: { CARGO_HOME: home },
      noPost: true,
    });
    expect(main.code).toBe(1);
    expect(main.outputs['failed-stages']).toBe('deny');
    const at = (title: string) => main.annotations.find((a) => a.title === title);
    expect(at('licenses: rejected fixture-gpl 1.0.0')).toMatchObject({
      level: 'error',
      file: 'Cargo.lock',
      line: lockLine(lock, 'fixture-gpl', '1.0.0'),
    });
    const banned = at('bans: banned fixture-banned 1.0.0');
    expect(banned).toMatchObject({
      level: 'error',
      file: 'Cargo.lock',
      line: lockLine(lock, 'fixture-banned', '1.0.0'),
    });
    const config = readFileSync(join(ws, 'deny.toml'), 'utf8');
    expect(banned!.message).toContain(`banned here (deny.toml line ${configLine(config, 'crate = "fixture-banned"')})`);
    expect(at('bans: duplicate fixture-dup 1.0.0')).toMatchObject({
      level: 'error',
      file: 'Cargo.lock',
      line: lockLine(lock, 'fixture-dup', '1.0.0'),
    });
    expect(at('sources: source-not-allowed fixture-git 0.1.0')).toMatchObject({
      level: 'error',
      file: 'Cargo.lock',
      line: lockLine(lock, 'fixture-git', '0.1.0'),
    });
    expect(at('advisories: RUSTSEC-2021-0003 smallvec 1.6.0')).toMatchObject({
      level: 'error',
      file: 'Cargo.lock',
      line: lockLine(lock, 'smallvec', '1.6.0'),
    });
    expect(main.summary).toMatch(
      /\| deny \| ❌ failure \| 5 errors, 0 warnings \(advisories, bans, licenses, sources\) \|/,
    );
    for (const check of ['advisories', 'bans', 'licenses', 'sources']) expect(main.summary).toContain(`**${check}**\n`);
    expect(main.summary).toContain('| fixture-gpl | 1.0.0 | ❌ rejected: failed to satisfy license requirements |');
    expect(main.summary).toContain(`Advisory database: \`${db}\` (local copy from audit-db)`);
  });

  it('a policy problem in deny.toml is annotated on its config line', async () => {
    const ws = workspace('supply-chain');
    const home = freshCargoHome();
    made.push(home);
    writeFileSync(
      join(ws, 'deny.toml'),
      '[licenses]\nallow = ["MIT", "Apache-2.0"]\n\n[bans]\nmultiple-versions = "sometimes"\n',
    );
    const { main } = await runAction({
      workspace: ws,
      inputs: { stages: 'deny', 'deny-checks': 'bans', 'audit-db': db },
      env: { CARGO_HOME: home },
      noPost: true,
    });
    expect(main.code).toBe(1);
    expect(main.annotations.find((a) => a.file === 'deny.toml')).toMatchObject({ level: 'error', line: 5 });
  });

  it('a deny.toml that does not parse: the error names the file and line', async () => {
    const ws = workspace('supply-chain');
    writeFileSync(join(ws, 'deny.toml'), '[licenses]\nallow = ["MIT"\n[bans]\n');
    const { main } = await runAction({ workspace: ws, inputs: { stages: 'deny', 'audit-db': db }, noPost: true });
    expect(main.code).toBe(1);
    const a = main.annotations.find((x) => x.title === 'deny config does not parse');
    expect(a).toMatchObject({ level: 'error', file: 'deny.toml' });
    expect(a!.message).toMatch(/deny\.toml:\d+: /);
  });

  it('an unknown check name is refused, naming the input and the allowed checks', async () => {
    const { main } = await runAction({
      workspace: workspace('clean'),
      inputs: { stages: 'deny', 'deny-checks': 'bans, licences' },
      noPost: true,
    });
    expect(main.code).toBe(1);
    expect(main.stdout + main.summary).toContain(
      'unknown check "licences"; allowed: advisories, bans, licenses, sources',
    );
  });

  it('no config: licenses reported as unchecked, the clean crate passes', async () => {
    const home = freshCargoHome();
    made.push(home);
    const ws = workspace('clean');
    rmSync(join(ws, 'deny.toml'), { force: true });
    const { main } = await runAction({
      workspace: ws,
      inputs: { stages: 'deny', 'audit-db': db },
      env: { CARGO_HOME: home },
      noPost: true,
    });
    expect(main.code).toBe(0);
    expect(main.summary).toMatch(/\| deny \| ✅ success \| 0 errors, 0 warnings \(advisories, bans, sources\) \|/);
    expect(main.summary).toContain('Licenses were not checked: there is no license policy');
  });
});
