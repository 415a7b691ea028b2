// The audit stage through the built action, with the real cargo-audit, against a local advisory
// database the test creates (a git repository holding real RustSec advisories): nothing is fetched.
// The fixture locks smallvec 0.6.14 (patched) and smallvec 1.6.0 (RUSTSEC-2021-0003), and
// ansi_term 0.12.1 (RUSTSEC-2021-0139, unmaintained).
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshCargoHome, localAdvisoryDb, toolsOrSkip } from '../support/cargo-tools.js';
import { makeWorkspace, removeDir, runAction } from '../support/rig.js';

const skip = toolsOrSkip('cargo-audit');

const made: string[] = [];
function workspace(fixture: string): string {
  const dir = makeWorkspace(fixture);
  made.push(dir);
  return dir;
}
afterAll(() => made.forEach(removeDir));

/** 1-based line of `name = "<name>"` in the [[package]] whose version is `version`, found independently. */
function lockLine(lock: string, name: string, version: string): number {
  const lines = lock.split('\n');
  const i = lines.findIndex((l, j) => l === `name = "${name}"` && lines[j + 1] === `version = "${version}"`);
  if (i < 0) throw new Error(`${name} ${version} not in Cargo.lock`);
  return i + 1;
}

describe.skipIf(skip !== undefined)('audit stage (cargo-audit, local advisory database)', () => {
  const db = localAdvisoryDb();
  made.push(db);

  it('annotates the vulnerable package on its Cargo.lock line, reports the warning, fails, counts', async () => {
    const ws = workspace('vulnerable');
    const lock = readFileSync(join(ws, 'Cargo.lock'), 'utf8');
    const { main } = await runAction({ workspace: ws, inputs: { stages: 'audit', 'audit-db': db }, noPost: true });
    expect(main.code).toBe(1);
    expect(main.outputs.vulnerabilities).toBe('1');
    expect(main.outputs['failed-stages']).toBe('audit');

    const vuln = main.annotations.find((a) => a.title?.startsWith('RUSTSEC-2021-0003'));
    expect(vuln).toMatchObject({ level: 'error', file: 'Cargo.lock', line: lockLine(lock, 'smallvec', '1.6.0') });
    // the patched smallvec 0.6.14 sits earlier in the file: the annotation must not land there
    expect(vuln!.line).not.toBe(lockLine(lock, 'smallvec', '0.6.14'));
    expect(vuln!.title).toBe('RUSTSEC-2021-0003: smallvec 1.6.0');
    expect(vuln!.message).toContain('smallvec 1.6.0: Buffer overflow in SmallVec::insert_many');
    expect(vuln!.message).toContain('Severity: critical (9.8)');
    expect(vuln!.message).toContain('Patched versions: >=0.6.14, <1.0.0; >=1.6.1');

    const warn = main.annotations.find((a) => a.title?.startsWith('RUSTSEC-2021-0139'));
    expect(warn).toMatchObject({ level: 'warning', file: 'Cargo.lock', line: lockLine(lock, 'ansi_term', '0.12.1') });

    expect(main.summary).toMatch(/\| audit \| ❌ failure \| 1 vulnerability, 1 warning \|/);
    expect(main.summary).toContain(
      '| [RUSTSEC-2021-0003](https://rustsec.org/advisories/RUSTSEC-2021-0003) | smallvec | 1.6.0 | vulnerability | critical (9.8) |',
    );
    expect(main.summary).toContain(
      `Advisory database: \`${db}\` (2 advisories, local copy from audit-db, not fetched)`,
    );
    expect(main.summary).toMatch(/\| cargo-audit \| 0\.22\.\d+ \| PATH \|/);
  });

  it('audit-ignore silences the advisory; warnings alone do not fail', async () => {
    const { main } = await runAction({
      workspace: workspace('vulnerable'),
      inputs: { stages: 'audit', 'audit-db': db, 'audit-ignore': 'RUSTSEC-2021-0003' },
      noPost: true,
    });
    expect(main.code, main.stdout).toBe(0);
    expect(main.outputs.vulnerabilities).toBe('0');
    expect(main.annotations.some((a) => a.title?.startsWith('RUSTSEC-2021-0003'))).toBe(false);
    expect(main.annotations.find((a) => a.title?.startsWith('RUSTSEC-2021-0139'))?.level).toBe('warning');
    expect(main.summary).toContain('Ignored (audit-ignore): RUSTSEC-2021-0003');
    expect(main.summary).toMatch(/\| audit \| ✅ success \| 0 vulnerabilities, 1 warning, 1 ignored \|/);
  });

  it('audit-deny-warnings fails on the unmaintained crate', async () => {
    const { main } = await runAction({
      workspace: workspace('vulnerable'),
      inputs: { stages: 'audit', 'audit-db': db, 'audit-ignore': 'RUSTSEC-2021-0003', 'audit-deny-warnings': 'true' },
      noPost: true,
    });
    expect(main.code).toBe(1);
    expect(main.outputs.vulnerabilities).toBe('0');
    expect(main.annotations.find((a) => a.title?.startsWith('RUSTSEC-2021-0139'))?.level).toBe('error');
  });

  it('a crate without advisories passes', async () => {
    const { main } = await runAction({
      workspace: workspace('clean'),
      inputs: { stages: 'audit', 'audit-db': db },
      noPost: true,
    });
    expect(main.code, main.stdout).toBe(0);
    expect(main.outputs.vulnerabilities).toBe('0');
    expect(main.summary).toContain('No advisories for the 1 crate in Cargo.lock.');
  });

  it('without audit-db: the copy under CARGO_HOME/rust-pipeline, fetched today, is used without fetching', async () => {
    const home = freshCargoHome();
    const toolDir = join(home, 'rust-pipeline');
    mkdirSync(toolDir, { recursive: true });
    cpSync(db, join(toolDir, 'advisory-db'), { recursive: true });
    writeFileSync(join(toolDir, 'advisory-db.fetched'), `${new Date().toISOString()}\n`);
    const { main } = await runAction({
      workspace: workspace('vulnerable'),
      inputs: { stages: 'audit' },
      env: { CARGO_HOME: home },
      noPost: true,
    });
    expect(main.outputs.vulnerabilities, main.stdout).toBe('1');
    expect(main.stdout).toContain('--no-fetch');
    expect(main.summary).toMatch(
      new RegExp(
        `Advisory database: \`${join(toolDir, 'advisory-db')}\` \\(2 advisories, fetched today at \\d\\d:\\d\\d UTC, not fetched again\\)`,
      ),
    );
  });

  it('an audit-db that does not exist is named in the error', async () => {
    const { main } = await runAction({
      workspace: workspace('vulnerable'),
      inputs: { stages: 'audit', 'audit-db': '/nonexistent/advisory-db' },
      noPost: true,
    });
    expect(main.code).toBe(1);
    expect(main.annotations.find((a) => a.title === 'audit-db')?.message).toMatch(
      /^Input "audit-db" names "\/nonexistent\/advisory-db", which does not exist\./,
    );
  });
});
