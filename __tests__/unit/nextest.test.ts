// cargo-nextest: argv, the "not installed" message, and the parser of its human output. nextest is
// not installed on the machines this suite runs on, so the output below is written in the format
// nextest documents and prints (status lines, "stderr ───" sections, the Summary line), for the
// failing-test fixture; the older "--- STDERR: …" section format is covered too.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNextest } from '../../src/cargo/nextest.js';
import { cellCommands, findProgram, nextestMissingMessage } from '../../src/stages/test.js';

const CURRENT = `    Finished \`test\` profile [unoptimized + debuginfo] target(s) in 0.41s
────────────
 Nextest run ID 0b5f5a3e-7a3c-4b59-a49e-3c9c2f0f8a11 with nextest profile: default
    Starting 4 tests across 2 binaries (1 test skipped)
        PASS [   0.004s] (1/4) fixture-test-failures tests::parses
        FAIL [   0.005s] (2/4) fixture-test-failures tests::rejects_over_one_hundred
  stdout ───

    running 1 test
    test tests::rejects_over_one_hundred ... FAILED

    failures:

    failures:
        tests::rejects_over_one_hundred

    test result: FAILED. 0 passed; 1 failed; 0 ignored; 0 measured; 2 filtered out; finished in 0.00s

  stderr ───

    thread 'tests::rejects_over_one_hundred' (4242) panicked at src/lib.rs:35:9:
    assertion \`left == right\` failed: 101% is out of range
      left: Some(101)
     right: None
    note: run with \`RUST_BACKTRACE=1\` environment variable to display a backtrace

        PASS [   0.003s] (3/4) fixture-test-failures::cli shows_zero
        FAIL [   0.004s] (4/4) fixture-test-failures::cli shows_with_space
  stderr ───

    thread 'shows_with_space' (4250) panicked at tests/cli.rs:11:5:
    expected a space in "9%"
    note: run with \`RUST_BACKTRACE=1\` environment variable to display a backtrace

────────────
     Summary [   0.012s] 4 tests run: 2 passed, 2 failed, 1 skipped
        FAIL [   0.005s] (2/4) fixture-test-failures tests::rejects_over_one_hundred
        FAIL [   0.004s] (4/4) fixture-test-failures::cli shows_with_space
error: test run failed
`;

const OLDER = `    Starting 2 tests across 1 binary
        PASS [   0.002s] fixture-failing tests::average_of_one
        FAIL [   0.003s] fixture-failing tests::average_rounds_up

--- STDOUT:              fixture-failing tests::average_rounds_up ---

running 1 test
test tests::average_rounds_up ... FAILED

--- STDERR:              fixture-failing tests::average_rounds_up ---
thread 'tests::average_rounds_up' panicked at src/lib.rs:17:9:
assertion \`left == right\` failed: expected rounding up
  left: 1
 right: 2
note: run with \`RUST_BACKTRACE=1\` environment variable to display a backtrace

------------
     Summary [   0.004s] 2 tests run: 1 passed, 1 failed, 0 skipped
        FAIL [   0.003s] fixture-failing tests::average_rounds_up
error: test run failed
`;

describe('parseNextest', () => {
  it.each([
    [
      'current format, with ANSI colours',
      CURRENT.replace(/\b(PASS|FAIL)\b/g, '\u001b[32;1m$1\u001b[0m'),
      { passed: 2, failed: 2, ignored: 1 },
      [
        { binary: 'fixture-test-failures', name: 'tests::rejects_over_one_hundred', file: 'src/lib.rs', line: 35, message: 'assertion `left == right` failed: 101% is out of range\n  left: Some(101)\n right: None' },
        { binary: 'fixture-test-failures::cli', name: 'shows_with_space', file: 'tests/cli.rs', line: 11, message: 'expected a space in "9%"' },
      ],
    ],
    [
      'older "--- STDERR:" format',
      OLDER,
      { passed: 1, failed: 1, ignored: 0 },
      [{ binary: 'fixture-failing', name: 'tests::average_rounds_up', file: 'src/lib.rs', line: 17, message: 'assertion `left == right` failed: expected rounding up\n  left: 1\n right: 2' }],
    ],
    [
      'a timed-out test and a summary with extra counts',
      '        TIMEOUT [  60.001s] app::it slow_one\n     Summary [  61.000s] 8/10 tests run: 5 passed (1 slow, 1 flaky), 2 failed, 1 timed out, 2 skipped\n',
      { passed: 5, failed: 3, ignored: 2 },
      [{ binary: 'app::it', name: 'slow_one', file: undefined, line: undefined, message: 'timeout' }],
    ],
  ])('%s', (_label, text, counts, failures) => {
    const r = parseNextest(text);
    expect({ passed: r.passed, failed: r.failed, ignored: r.ignored }).toEqual(counts);
    expect(r.failures.map((f) => ({ binary: f.binary, name: f.name, file: f.file, line: f.line, message: f.message }))).toEqual(failures);
  });
});

describe('nextest runner', () => {
  const features = { label: 'all', args: ['--all-features'] };
  it.each([
    ['cargo', [['test', '--workspace', '--no-fail-fast', '--locked', '--all-features', '--release']]],
    [
      'nextest',
      [
        ['nextest', 'run', '--workspace', '--no-fail-fast', '--locked', '--all-features', '--release'],
        ['test', '--doc', '--workspace', '--no-fail-fast', '--locked', '--all-features'],
      ],
    ],
  ] as const)('%s: the commands of one cell', (runner, want) => {
    expect(cellCommands(runner, { locked: true, features, extra: ['--release'] }).map((c) => c.cmd.args)).toEqual(want);
  });

  it('finds cargo-nextest only where it is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rp-path-'));
    try {
      const env = { PATH: join(dir, 'bin'), CARGO_HOME: join(dir, 'cargo-home') };
      expect(findProgram('cargo-nextest', env)).toBeUndefined();
      mkdirSync(join(dir, 'cargo-home', 'bin'), { recursive: true });
      const exe = join(dir, 'cargo-home', 'bin', 'cargo-nextest');
      writeFileSync(exe, '#!/bin/sh\n');
      expect(findProgram('cargo-nextest', env)).toBeUndefined(); // not executable
      chmodSync(exe, 0o755);
      expect(findProgram('cargo-nextest', env)).toBe(exe);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says what to do when cargo-nextest is missing', () => {
    const m = nextestMissingMessage('0.9.123');
    expect(m).toContain('cargo-nextest is not installed');
    expect(m).toContain('cargo install --locked cargo-nextest --version 0.9.123');
    expect(m).toContain('test-runner: cargo');
  });
});
