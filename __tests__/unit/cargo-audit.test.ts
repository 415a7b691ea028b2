import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { auditArgs, cvssSeverity, lockfileLines, parseAuditJson } from '../../src/cargo/audit.js';
import { toMarkdown } from '../../src/blocks.js';
import { auditBlocks, auditFindings, findLockfile } from '../../src/stages/audit.js';
import { advisoryDbPath, markFetched, planAdvisoryDb } from '../../src/tools/advisory-db-checkout.js';
import { FIXTURES } from '../support/rig.js';

describe('auditArgs', () => {
  test.each([
    [
      { fetch: false, ignore: [] },
      ['audit', '--json', '--db', '/t/advisory-db', '--file', '/w/Cargo.lock', '--no-fetch'],
    ],
    [{ fetch: true, ignore: [] }, ['audit', '--json', '--db', '/t/advisory-db', '--file', '/w/Cargo.lock']],
    [
      { fetch: false, ignore: ['RUSTSEC-2021-0003', 'RUSTSEC-2021-0139'] },
      [
        'audit',
        '--json',
        '--db',
        '/t/advisory-db',
        '--file',
        '/w/Cargo.lock',
        '--no-fetch',
        '--ignore',
        'RUSTSEC-2021-0003',
        '--ignore',
        'RUSTSEC-2021-0139',
      ],
    ],
  ])('%j', (o, expected) => {
    expect(auditArgs({ subcommand: 'audit', db: '/t/advisory-db', lockfile: '/w/Cargo.lock', ...o })).toEqual(expected);
  });
});

describe('cvssSeverity (CVSS v3.x base score)', () => {
  test.each([
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8, 'critical'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H', 7.5, 'high'],
    ['CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H', 7.8, 'high'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1, 'medium'],
    ['CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:N/A:N', 3.7, 'low'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10, 'critical'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N', 0, 'none'],
  ] as const)('%s → %d %s', (vector, score, rating) => {
    expect(cvssSeverity(vector)).toEqual({ score, rating });
  });

  test.each(['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 'CVSS:3.1/AV:X/AC:L', 'nonsense'])(
    '%s → undefined',
    (v) => {
      expect(cvssSeverity(v)).toBeUndefined();
    },
  );
});

const lockText = readFileSync(join(FIXTURES, 'vulnerable', 'Cargo.lock'), 'utf8');

describe('lockfileLines', () => {
  it('finds the name line of each locked package, per version', () => {
    const lines = lockfileLines(lockText);
    const lockLines = lockText.split('\n');
    for (const key of ['smallvec@0.6.14', 'smallvec@1.6.0', 'ansi_term@0.12.1']) {
      const n = lines.get(key)!;
      expect(lockLines[n - 1]).toBe(`name = "${key.split('@')[0]}"`);
      expect(lockLines[n]).toBe(`version = "${key.split('@')[1]}"`);
    }
    expect(lines.get('smallvec@0.6.14')).toBeLessThan(lines.get('smallvec@1.6.0')!);
  });
});

describe('parseAuditJson (real cargo-audit 0.22 output on the vulnerable fixture)', () => {
  const report = parseAuditJson(readFileSync(join(FIXTURES, 'tool-output', 'cargo-audit-vulnerable.json'), 'utf8'));

  it('reads vulnerabilities and warnings', () => {
    expect(report.advisoryCount).toBe(2);
    expect(report.dependencyCount).toBe(8);
    expect(report.vulnerabilities).toEqual([
      {
        kind: 'vulnerability',
        id: 'RUSTSEC-2021-0003',
        package: 'smallvec',
        version: '1.6.0',
        title: 'Buffer overflow in SmallVec::insert_many',
        severity: 'critical (9.8)',
        score: 9.8,
        patched: ['>=0.6.14, <1.0.0', '>=1.6.1'],
        aliases: ['CVE-2021-25900', 'GHSA-43w2-9j62-hq99'],
        url: 'https://github.com/servo/rust-smallvec/issues/252',
        date: '2021-01-08',
      },
    ]);
    expect(report.warnings).toMatchObject([
      { kind: 'unmaintained', id: 'RUSTSEC-2021-0139', package: 'ansi_term', version: '0.12.1', patched: [] },
    ]);
  });

  it('turns each advisory into an annotation on its Cargo.lock line', () => {
    const findings = auditFindings(report, lockText, 'Cargo.lock', false);
    const lines = lockfileLines(lockText);
    expect(findings).toHaveLength(2);
    expect(findings[0]).toMatchObject({
      level: 'error',
      file: 'Cargo.lock',
      line: lines.get('smallvec@1.6.0'),
      title: 'RUSTSEC-2021-0003: smallvec 1.6.0',
    });
    expect(findings[0]!.message).toContain('Severity: critical (9.8)');
    expect(findings[0]!.message).toContain('Patched versions: >=0.6.14, <1.0.0; >=1.6.1');
    expect(findings[0]!.message).toContain('https://rustsec.org/advisories/RUSTSEC-2021-0003');
    expect(findings[1]).toMatchObject({
      level: 'warning',
      line: lines.get('ansi_term@0.12.1'),
      title: 'RUSTSEC-2021-0139: ansi_term 0.12.1 (unmaintained)',
    });
    expect(auditFindings(report, lockText, 'Cargo.lock', true)[1]!.level).toBe('error');
  });

  it('summarises advisories in a table and names the ignored ones', () => {
    const md = toMarkdown(auditBlocks(report, ['RUSTSEC-2020-0071']));
    expect(md).toContain(
      '| [RUSTSEC-2021-0003](https://rustsec.org/advisories/RUSTSEC-2021-0003) | smallvec | 1.6.0 | vulnerability | critical (9.8) | Buffer overflow in SmallVec::insert_many | >=0.6.14, <1.0.0; >=1.6.1 |',
    );
    expect(md).toContain('| unmaintained |');
    expect(md).toContain('Ignored (audit-ignore): RUSTSEC-2020-0071');
  });

  it('reads a yanked warning, which has no advisory', () => {
    const yanked = parseAuditJson(
      JSON.stringify({
        vulnerabilities: { list: [] },
        warnings: {
          yanked: [{ kind: 'yanked', package: { name: 'foo', version: '1.0.0' }, advisory: null, versions: null }],
        },
      }),
    );
    expect(yanked.warnings).toEqual([
      {
        kind: 'yanked',
        package: 'foo',
        version: '1.0.0',
        title: 'this version was yanked from crates.io',
        patched: [],
        aliases: [],
      },
    ]);
  });

  it('rejects output without a report', () => {
    expect(() => parseAuditJson("error: couldn't fetch advisory database")).toThrow(/no JSON/);
  });
});

describe('advisory database freshness (daily)', () => {
  const toolDir = (): string => mkdtempSync(join(tmpdir(), 'rp-adb-'));
  const withDb = (): string => {
    const dir = toolDir();
    mkdirSync(join(advisoryDbPath(dir), 'crates'), { recursive: true });
    return dir;
  };

  it('a local audit-db is used as is, never fetched', () => {
    expect(planAdvisoryDb(toolDir(), '/srv/advisory-db', new Date())).toEqual({
      path: '/srv/advisory-db',
      fetch: false,
      why: 'audit-db input',
    });
  });

  it('no cached copy: fetch it under the tool directory', () => {
    const dir = toolDir();
    expect(planAdvisoryDb(dir, undefined, new Date())).toEqual({
      path: join(dir, 'advisory-db'),
      fetch: true,
      why: 'missing',
    });
  });

  it('fetched earlier the same UTC day: no fetch; on a later day: fetch', () => {
    const dir = withDb();
    markFetched(dir, new Date('2026-03-01T01:00:00Z'));
    expect(planAdvisoryDb(dir, undefined, new Date('2026-03-01T23:59:00Z'))).toMatchObject({
      fetch: false,
      why: 'fetched today',
    });
    expect(planAdvisoryDb(dir, undefined, new Date('2026-03-02T00:01:00Z'))).toMatchObject({
      fetch: true,
      why: 'stale',
    });
  });

  it('a copy without a fetch record counts as stale', () => {
    const dir = withDb();
    expect(planAdvisoryDb(dir, undefined, new Date())).toEqual({
      path: join(dir, 'advisory-db'),
      fetch: true,
      why: 'stale',
    });
    writeFileSync(join(dir, 'advisory-db.fetched'), 'garbage');
    expect(planAdvisoryDb(dir, undefined, new Date()).why).toBe('stale');
  });
});

describe('findLockfile', () => {
  it('uses the working directory, else the nearest one up to the repository root', () => {
    const root = mkdtempSync(join(tmpdir(), 'rp-lock-'));
    mkdirSync(join(root, 'crates', 'a'), { recursive: true });
    expect(findLockfile(join(root, 'crates', 'a'), root)).toBeUndefined();
    writeFileSync(join(root, 'Cargo.lock'), '');
    expect(findLockfile(join(root, 'crates', 'a'), root)).toBe(join(root, 'Cargo.lock'));
    writeFileSync(join(root, 'crates', 'a', 'Cargo.lock'), '');
    expect(findLockfile(join(root, 'crates', 'a'), root)).toBe(join(root, 'crates', 'a', 'Cargo.lock'));
  });

  it('never looks above the repository root', () => {
    const parent = mkdtempSync(join(tmpdir(), 'rp-lock-'));
    writeFileSync(join(parent, 'Cargo.lock'), '');
    mkdirSync(join(parent, 'repo', 'crate'), { recursive: true });
    mkdirSync(join(parent, 'repo-other'));
    expect(findLockfile(join(parent, 'repo', 'crate'), join(parent, 'repo'))).toBeUndefined();
    expect(findLockfile(join(parent, 'repo-other'), join(parent, 'repo'))).toBeUndefined();
  });
});
