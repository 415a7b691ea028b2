// cargo-deny: the argv builder, the JSON-lines parser on captured output, and the findings/tables
// made from it. captured/cargo-deny-check.json is cargo-deny 0.20.2 on the supply-chain fixture
// (plus a git dependency), offline; captured/cargo-deny-bad-config.json on a deny.toml with an
// unexpected value and an unknown key.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { checkOfCode, denyArgs, parseDenyJson } from '../../src/cargo/deny.js';
import { denyBlocks, denyFindings, withoutIndexFailures } from '../../src/cargo/deny-report.js';

const captured = (name: string): string => readFileSync(join(__dirname, 'captured', name), 'utf8');
const LOCK = [
  'version = 4',
  '',
  '[[package]]',
  'name = "fixture-banned"',
  'version = "1.0.0"',
  '',
  '[[package]]',
  'name = "smallvec"',
  'version = "1.6.0"',
].join('\n');

describe('denyArgs', () => {
  test.each([
    [
      { offline: true, checks: ['bans'] as const },
      ['deny', '--format', 'json', '--color', 'never', '--metadata-path', 'm.json', '--offline', 'check', 'bans'],
    ],
    [
      { offline: false, config: 'ci/deny.toml', checks: ['advisories', 'licenses'] as const },
      [
        'deny',
        '--format',
        'json',
        '--color',
        'never',
        '--metadata-path',
        'm.json',
        '--config',
        'ci/deny.toml',
        'check',
        'advisories',
        'licenses',
      ],
    ],
  ])('%j', (o, want) => {
    expect(denyArgs({ subcommand: 'deny', metadata: 'm.json', ...o })).toEqual(want);
  });
});

describe('checkOfCode', () => {
  test.each([
    ['vulnerability', 'advisories'],
    ['banned', 'bans'],
    ['duplicate', 'bans'],
    ['rejected', 'licenses'],
    ['source-not-allowed', 'sources'],
    ['unexpected-value', 'config'],
  ])('%s → %s', (code, check) => expect(checkOfCode(code)).toBe(check));
});

describe('parseDenyJson on captured output', () => {
  const report = parseDenyJson(captured('cargo-deny-check.json'));

  it('reads every diagnostic with its check, crates and advisory id, and the summary', () => {
    const brief = report.diagnostics.map((d) => [
      d.check,
      d.code,
      d.severity,
      d.crates.map((c) => `${c.name}@${c.version}`),
    ]);
    expect(brief).toContainEqual(['advisories', 'vulnerability', 'error', ['smallvec@1.6.0']]);
    expect(brief).toContainEqual(['bans', 'banned', 'error', ['fixture-banned@1.0.0']]);
    expect(brief).toContainEqual(['bans', 'duplicate', 'error', ['fixture-dup@1.0.0', 'fixture-dup@2.0.0']]);
    expect(brief).toContainEqual(['licenses', 'rejected', 'error', ['fixture-gpl@1.0.0']]);
    expect(brief).toContainEqual(['sources', 'source-not-allowed', 'error', ['fixture-git@0.1.0']]);
    expect(report.diagnostics.find((d) => d.code === 'vulnerability')!.advisoryId).toBe('RUSTSEC-2021-0003');
    expect(report.summary).toEqual({
      advisories: { errors: 1, warnings: 4 },
      bans: { errors: 2, warnings: 0 },
      licenses: { errors: 1, warnings: 0 },
      sources: { errors: 1, warnings: 0 },
    });
    // cargo-deny's own log: it could not fetch the git crate's sources in that offline run (and went on)
    expect(report.errors).toEqual([expect.stringContaining('failed to fetch crates')]);
  });

  it('drops the offline index failures, counting them', () => {
    const { report: r, dropped } = withoutIndexFailures(report);
    expect(dropped).toBe(4);
    expect(r.diagnostics.some((d) => d.code === 'index-failure')).toBe(false);
  });

  it('annotates crates on their Cargo.lock line and names the config line that bans them', () => {
    const findings = denyFindings(report, { lockText: LOCK, lock: 'Cargo.lock', config: 'deny.toml' });
    expect(findings.find((f) => f.title === 'bans: banned fixture-banned 1.0.0')).toMatchObject({
      level: 'error',
      file: 'Cargo.lock',
      line: 4,
    });
    expect(findings.find((f) => f.title === 'bans: banned fixture-banned 1.0.0')!.message).toContain(
      'banned here (deny.toml line 9); reason: replaced by fixture-dup',
    );
    expect(findings.find((f) => f.title === 'advisories: RUSTSEC-2021-0003 smallvec 1.6.0')).toMatchObject({
      file: 'Cargo.lock',
      line: 8,
    });
  });

  it('one table per check', () => {
    const blocks = denyBlocks(
      withoutIndexFailures(report).report,
      ['advisories', 'bans', 'licenses', 'sources'],
      'deny.toml',
    );
    expect(blocks.filter((b) => b.kind === 'table')).toHaveLength(4);
    expect(blocks.filter((b) => b.kind === 'text').map((b) => (b as { text: string }).text)).toEqual([
      '**advisories**',
      '**bans**',
      '**licenses**',
      '**sources**',
    ]);
  });
});

describe('parseDenyJson on a config cargo-deny rejects', () => {
  const report = parseDenyJson(captured('cargo-deny-bad-config.json'));

  it('config diagnostics point at the config lines; the failure is kept; no summary', () => {
    expect(report.summary).toBeUndefined();
    expect(report.errors).toEqual([expect.stringContaining('failed to deserialize config')]);
    const findings = denyFindings(report, { lockText: '', config: 'deny.toml' });
    expect(findings.map((f) => [f.title, f.file, f.line])).toEqual([
      ['config: unexpected-value', 'deny.toml', 5],
      ['config: unexpected-keys', 'deny.toml', 3],
    ]);
  });

  it('lines that are not JSON are errors', () => {
    expect(parseDenyJson("error: invalid value 'bogus' for '[WHICH]...'\n").errors).toEqual([
      "error: invalid value 'bogus' for '[WHICH]...'",
    ]);
  });
});
