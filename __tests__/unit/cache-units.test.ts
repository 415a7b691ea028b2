// The unit ledger (src/cargo/units.ts) and pruning by use, on cargo's real JSON messages: a
// `cargo test --no-run` of bench/fixtures/cache-bench (about 40 crates.io packages), the same after
// serde_json's `preserve_order` feature was turned on, a clippy run of it, and a failing cargo test
// whose stdout interleaves cargo's messages with the test binary's output (cargo 1.95).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planPrune } from '../../src/cache/prune.js';
import { reportingUnits, testCommand } from '../../src/cargo/commands.js';
import { parseLibtest } from '../../src/cargo/libtest.js';
import {
  isCargoMessage,
  ledgerPath,
  readUsedUnits,
  recordUnits,
  resetLedger,
  UnitCollector,
  unitOfPath,
  withoutCargoMessages,
  type CommandUnits,
} from '../../src/cargo/units.js';

const CAPTURED = join(__dirname, 'captured');
const CAPTURED_TARGET = '/tmp/cap/target';
const root = mkdtempSync(join(tmpdir(), 'rp-units-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function captured(name: string): string[] {
  return readFileSync(join(CAPTURED, name), 'utf8').split('\n');
}

function collect(lines: readonly string[]): CommandUnits {
  const c = new UnitCollector();
  for (const l of lines) c.line(l);
  return c.result();
}

const TEST = captured('cargo-units-test.jsonl');
const TEST_PRESERVE_ORDER = captured('cargo-units-test-preserve-order.jsonl');
const CLIPPY = captured('cargo-units-clippy.jsonl');
const PROFILE = `${CAPTURED_TARGET}/debug`;

describe('UnitCollector', () => {
  it('lists every unit of a build: libraries, proc macros, build-script compiles and runs', () => {
    const units = collect(TEST);
    expect(units.complete).toBe(true);
    expect([...units.profiles.keys()]).toEqual([PROFILE]);
    const hashes = units.profiles.get(PROFILE)!;
    // 51 compiler artifacts + 10 build-script runs, as many as cargo's .fingerprint folders.
    expect(hashes.size).toBe(61);
    expect(hashes).toContain('01fa69198b2170f5'); // proc-macro2's build script (compile)
    expect(hashes).toContain('f8c6e72b1927d8db'); // proc-macro2's build script (run): its out dir
  });

  it('reads clippy output (check units, other hashes than the test build)', () => {
    const units = collect(CLIPPY);
    expect(units.complete).toBe(true);
    const check = units.profiles.get(PROFILE)!;
    expect(check.size).toBeGreaterThan(40);
    const test = collect(TEST).profiles.get(PROFILE)!;
    // Build scripts and proc macros are shared between check and test builds; libraries are not.
    expect([...check].filter((h) => !test.has(h)).length).toBeGreaterThan(20);
  });

  it('is incomplete without a successful build-finished message', () => {
    expect(collect(TEST.filter((l) => !l.includes('"build-finished"'))).complete).toBe(false);
    expect(collect([...TEST.slice(0, 5), '{"reason":"build-finished","success":false}']).complete).toBe(false);
  });

  it('maps output paths to profile directory and hash', () => {
    expect(unitOfPath('/w/target/x86_64-unknown-linux-musl/release/deps/libserde-0123456789abcdef.rlib')).toEqual({
      profile: '/w/target/x86_64-unknown-linux-musl/release',
      hash: '0123456789abcdef',
    });
    expect(unitOfPath('/w/target/debug/build/anyhow-0123456789abcdef/out')).toEqual({
      profile: '/w/target/debug',
      hash: '0123456789abcdef',
    });
    // An uplifted binary names no unit.
    expect(unitOfPath('/w/target/debug/cache-bench')).toBeUndefined();
  });
});

describe('routing cargo test output', () => {
  const output = captured('cargo-test-json-failing.txt').join('\n');

  it('takes cargo messages out and leaves the test output as libtest wrote it', () => {
    const rest = withoutCargoMessages(output);
    expect(rest.split('\n').some(isCargoMessage)).toBe(false);
    expect(rest).toContain('test tests::average_rounds_up ... FAILED');
    const report = parseLibtest(rest);
    expect(report.failed).toBe(1);
    expect(report.passed).toBeGreaterThan(0);
    expect(report.failures[0]!.name).toBe('tests::average_rounds_up');
    expect(collect(output.split('\n')).complete).toBe(true);
  });

  it('asks cargo test for JSON messages before the test binaries arguments', () => {
    const cmd = testCommand({ locked: true, features: { label: 'default', args: [] }, extra: ['--', '--nocapture'] });
    expect(cmd.args).toEqual([
      'test',
      '--workspace',
      '--no-fail-fast',
      '--locked',
      '--message-format=json-render-diagnostics',
      '--',
      '--nocapture',
    ]);
    expect(cmd.units).toBe('route');
    const own = reportingUnits({ args: ['build', '--message-format', 'short'], env: {} });
    expect(own).toEqual({ args: ['build', '--message-format', 'short'], env: {}, units: 'unknown' });
  });
});

describe('the ledger file', () => {
  it('merges the commands of a run and reads back only hashes under absolute profile paths', () => {
    const dir = mkdtempSync(join(root, 'ledger-'));
    recordUnits(dir, collect(TEST));
    recordUnits(dir, collect(CLIPPY));
    const used = readUsedUnits(dir)!;
    const all = new Set([...collect(TEST).profiles.get(PROFILE)!, ...collect(CLIPPY).profiles.get(PROFILE)!]);
    expect(used.get(PROFILE)).toEqual(all);
    resetLedger(dir);
    expect(readUsedUnits(dir)).toBeUndefined();
  });

  it('gives nothing once a command could not list its units, or a build did not finish', () => {
    const a = mkdtempSync(join(root, 'ledger-'));
    recordUnits(a, collect(TEST));
    recordUnits(a, 'unknown');
    expect(readUsedUnits(a)).toBeUndefined();
    const b = mkdtempSync(join(root, 'ledger-'));
    recordUnits(b, collect(TEST.slice(0, 10)));
    expect(readUsedUnits(b)).toBeUndefined();
  });

  it('drops what is not a hash or not an absolute profile path (a tampered file)', () => {
    const dir = mkdtempSync(join(root, 'ledger-'));
    const profiles = { [PROFILE]: ['0123456789abcdef', '../../etc', 'x'], 'target/debug': ['0123456789abcdef'] };
    writeFileSync(ledgerPath(dir), JSON.stringify({ version: 1, incomplete: false, profiles }));
    expect(readUsedUnits(dir)).toEqual(new Map([[PROFILE, new Set(['0123456789abcdef'])]]));
    writeFileSync(ledgerPath(dir), 'not json');
    expect(readUsedUnits(dir)).toBeUndefined();
  });
});

function put(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, 'x');
}

/** Lays out target/ as the captured builds left it: each unit's .fingerprint folder and its outputs. */
function layOut(target: string, lines: readonly string[]): void {
  for (const line of lines.filter(isCargoMessage)) {
    const msg = JSON.parse(line.replaceAll(CAPTURED_TARGET, target)) as {
      package_id?: string;
      filenames?: string[];
      out_dir?: string;
    };
    const pkg = /#([^@]+)@/.exec(msg.package_id ?? '')?.[1];
    for (const f of [...(msg.filenames ?? []), ...(msg.out_dir ? [msg.out_dir] : [])]) {
      const unit = unitOfPath(f);
      if (!unit || !pkg) continue;
      put(f === msg.out_dir ? join(f, 'output') : f);
      put(join(unit.profile, '.fingerprint', `${pkg}-${unit.hash}`, 'invoked.timestamp'));
    }
  }
}

/** The prune plan for the captured crate's target/ (no lockfile rules, no cargo home) with `used` as the ledger. */
function pruneBy(target: string, used: ReadonlyMap<string, ReadonlySet<string>>): ReturnType<typeof planPrune> {
  return planPrune({
    targetDirs: [target],
    cargoHome: join(root, 'no-cargo-home'),
    members: ['cache-bench'],
    locked: new Set(),
    runStartMs: 0,
    used,
  });
}

describe('pruning by use', () => {
  it('removes the units of the feature combination this run did not build, and nothing it used', () => {
    const target = join(mkdtempSync(join(root, 'prune-')), 'target');
    layOut(target, TEST);
    layOut(target, TEST_PRESERVE_ORDER);
    const profile = join(target, 'debug');
    const used = new Map([[profile, collect(TEST_PRESERVE_ORDER).profiles.get(PROFILE)!]]);
    const plan = pruneBy(target, used);
    const byReason = (r: string): string[] =>
      plan.items
        .filter((i) => i.reason === r && i.path.includes('.fingerprint'))
        .map((i) => i.path.slice(-16))
        .sort();
    const before = collect(TEST).profiles.get(PROFILE)!;
    const after = used.get(profile)!;
    const memberHashes = new Set(
      TEST.concat(TEST_PRESERVE_ORDER)
        .filter((l) => l.includes('#cache-bench@'))
        .flatMap((l) => (JSON.parse(l) as { filenames: string[] }).filenames.map((f) => unitOfPath(f)?.hash)),
    );
    const expected = [...before].filter((h) => !after.has(h) && !memberHashes.has(h)).sort();
    // serde_json's library and build script (compile and run) and what depends on it.
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(byReason('unused units')).toEqual(expected);
    const pruned = new Set(plan.items.map((i) => i.path));
    for (const hash of after) {
      if (memberHashes.has(hash)) continue;
      expect([...pruned].filter((p) => p.includes(hash))).toEqual([]);
    }
  });

  it('keeps to the other rules in a profile directory the ledger does not list', () => {
    const target = join(mkdtempSync(join(root, 'prune-')), 'target');
    layOut(target, TEST);
    layOut(target, TEST_PRESERVE_ORDER);
    const plan = pruneBy(target, new Map([[join(target, 'release'), new Set(['0123456789abcdef'])]]));
    expect(plan.items.filter((i) => i.reason === 'unused units')).toEqual([]);
  });
});
