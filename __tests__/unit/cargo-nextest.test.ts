// cargo-nextest: argv, the "could not be installed" message, and the parser of its human output.
// nextest is not installed on the machines this suite runs on, so the output below is written in
// the format nextest documents and prints (status lines, "stderr ───" sections, the Summary line),
// for the failing-test fixture; the older "--- STDERR: …" section format is covered too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNextest } from '../../src/cargo/nextest.js';
import { cellCommands, nextestFallbackMessage } from '../../src/stages/test.js';
import { FIXTURES } from '../support/rig.js';

// The output nextest prints for the test-failures fixture (also what the stand-in cargo-nextest of
// the integration tests prints).
const CURRENT = readFileSync(join(FIXTURES, 'tool-output', 'nextest-test-failures.txt'), 'utf8');

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
        {
          binary: 'fixture-test-failures',
          name: 'tests::rejects_over_one_hundred',
          file: 'src/lib.rs',
          line: 35,
          message: 'assertion `left == right` failed: 101% is out of range\n  left: Some(101)\n right: None',
        },
        {
          binary: 'fixture-test-failures::cli',
          name: 'shows_with_space',
          file: 'tests/cli.rs',
          line: 11,
          message: 'expected a space in "9%"',
        },
      ],
    ],
    [
      'older "--- STDERR:" format',
      OLDER,
      { passed: 1, failed: 1, ignored: 0 },
      [
        {
          binary: 'fixture-failing',
          name: 'tests::average_rounds_up',
          file: 'src/lib.rs',
          line: 17,
          message: 'assertion `left == right` failed: expected rounding up\n  left: 1\n right: 2',
        },
      ],
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
    expect(
      r.failures.map((f) => ({ binary: f.binary, name: f.name, file: f.file, line: f.line, message: f.message })),
    ).toEqual(failures);
  });
});

describe('nextest runner', () => {
  const features = { label: 'all', args: ['--all-features'] };
  it.each([
    [
      'cargo',
      [
        [
          'test',
          '--workspace',
          '--no-fail-fast',
          '--locked',
          '--all-features',
          '--release',
          '--message-format=json-render-diagnostics',
        ],
      ],
    ],
    [
      'nextest',
      [
        ['nextest', 'run', '--workspace', '--no-fail-fast', '--locked', '--all-features', '--release'],
        [
          'test',
          '--doc',
          '--workspace',
          '--no-fail-fast',
          '--locked',
          '--all-features',
          '--message-format=json-render-diagnostics',
        ],
      ],
    ],
  ] as const)('%s: the commands of one cell', (runner, want) => {
    expect(cellCommands(runner, { locked: true, features, extra: ['--release'] }).map((c) => c.cmd.args)).toEqual(want);
  });

  it.each([
    [
      'the installed cargo-nextest, run directly with its subcommand',
      '/tools/cargo-nextest/0.9.123/cargo-nextest',
      '/tools/cargo-nextest/0.9.123/cargo-nextest',
    ],
    ['cargo nextest when no executable is given', undefined, undefined],
  ])('%s; doc tests with cargo', (_label, nextest, program) => {
    const cmds = cellCommands('nextest', {
      locked: false,
      features: { label: 'default', args: [] },
      extra: [],
      ...(nextest ? { nextest } : {}),
    });
    expect(cmds.map((c) => [c.cmd.program, c.cmd.args, c.kind])).toEqual([
      [program, ['nextest', 'run', '--workspace', '--no-fail-fast'], 'nextest'],
      [
        undefined,
        ['test', '--doc', '--workspace', '--no-fail-fast', '--message-format=json-render-diagnostics'],
        'libtest',
      ],
    ]);
    expect(cmds[0]!.cmd.env).toEqual({ NEXTEST_HIDE_PROGRESS_BAR: '1' });
  });

  it('the cargo runner ignores an installed cargo-nextest', () => {
    const cmds = cellCommands('cargo', {
      locked: false,
      features: { label: 'default', args: [] },
      extra: [],
      nextest: '/x/cargo-nextest',
    });
    expect(cmds.map((c) => [c.cmd.program, c.cmd.args])).toEqual([
      [undefined, ['test', '--workspace', '--no-fail-fast', '--message-format=json-render-diagnostics']],
    ]);
  });

  it('says why cargo-nextest is missing and what to do', () => {
    const m = nextestFallbackMessage(
      '0.9.123',
      'Could not install cargo-nextest 0.9.123: cargo install failed (exit 101):\nerror: no network',
    );
    expect(m.split('\n')).toEqual([
      'test-runner is "nextest" but cargo-nextest 0.9.123 could not be installed, so the tests ran with cargo test (doc tests included).',
      'Could not install cargo-nextest 0.9.123: cargo install failed (exit 101):',
      'error: no network',
      expect.stringMatching(
        /^To fix it: give the installer a verified archive \(tool-mirror and\/or a RUST_PIPELINE_TOOL_CHECKSUMS file with its sha256\), /,
      ),
    ]);
    expect(m).toContain('"cargo install --locked --version 0.9.123 cargo-nextest"');
    expect(m).toContain('install cargo-nextest 0.9.123 in an earlier step so that it is on PATH');
    expect(m).toContain('Set test-runner: cargo');
  });
});

describe('nextest: a failing test that floods its output', () => {
  it('finds the panic location after a flood of output lines', async () => {
    const { NextestParser } = await import('../../src/cargo/nextest.js');
    const parser = new NextestParser();
    parser.line('        FAIL [   0.005s] (1/1) fixture tests::floods');
    parser.line('  stdout ───');
    for (let i = 0; i < 100_000; i++) parser.line(`    noise ${i}`);
    parser.line("    thread 'tests::floods' panicked at src/lib.rs:7:5:");
    parser.line('    boom');
    parser.line('  ────────────');
    parser.line('     Summary [   0.006s] 1 test run: 0 passed, 1 failed, 0 skipped');
    const report = parser.finish();
    expect(report.failed).toBe(1);
    expect(report.failures).toEqual([
      { name: 'tests::floods', binary: 'fixture', file: 'src/lib.rs', line: 7, column: 5, message: 'boom' },
    ]);
  });
});
