// libtest output parser, on output captured from real cargo test runs (scripts/capture-outputs.sh).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocTestName, parseLibtest } from '../../src/cargo/libtest.js';
import { parseRustcErrors } from '../../src/cargo/rustc.js';

const captured = (name: string): string => readFileSync(join(__dirname, 'captured', name), 'utf8');

describe('parseLibtest on captured cargo test output', () => {
  const packageExpectation = {
    counts: { passed: 3, failed: 3, ignored: 1, suites: 3 },
    failures: [
      { name: 'tests::rejects_over_one_hundred', file: 'src/lib.rs', line: 35, column: 9, doc: undefined },
      { name: 'shows_with_space', file: 'tests/cli.rs', line: 11, column: 5, doc: undefined },
      {
        name: 'src/lib.rs - percent (line 5)',
        file: 'src/lib.rs',
        line: 7,
        column: 1,
        doc: { file: 'src/lib.rs', line: 5, item: 'percent' },
      },
    ],
  };
  it.each([
    ['libtest-package.txt (colours off)', 'libtest-package.txt', packageExpectation],
    ['libtest-package-ansi.txt (ANSI colours)', 'libtest-package-ansi.txt', packageExpectation],
    [
      'libtest-package-quiet-backtrace.txt (cargo test -q, RUST_BACKTRACE=1)',
      'libtest-package-quiet-backtrace.txt',
      packageExpectation,
    ],
    [
      'libtest-workspace.txt (workspace: paths relative to the workspace root)',
      'libtest-workspace.txt',
      {
        counts: { passed: 4, failed: 2, ignored: 0, suites: 5 },
        failures: [
          { name: 'halve_then_square', file: 'crates/alpha/tests/api.rs', line: 11, column: 5, doc: undefined },
          {
            name: 'crates/alpha/src/lib.rs - square (line 14)',
            file: 'crates/alpha/src/lib.rs',
            line: 7,
            column: 1,
            doc: { file: 'crates/alpha/src/lib.rs', line: 14, item: 'square' },
          },
        ],
      },
    ],
    [
      'libtest-failing-test.txt (unit test)',
      'libtest-failing-test.txt',
      {
        counts: { passed: 1, failed: 1, ignored: 0, suites: 2 },
        failures: [{ name: 'tests::average_rounds_up', file: 'src/lib.rs', line: 17, column: 9, doc: undefined }],
      },
    ],
  ])('%s', (_label, file, want) => {
    const r = parseLibtest(captured(file));
    expect({ passed: r.passed, failed: r.failed, ignored: r.ignored, suites: r.suites }).toEqual(want.counts);
    expect(r.failures.map((f) => ({ name: f.name, file: f.file, line: f.line, column: f.column, doc: f.doc }))).toEqual(
      want.failures,
    );
  });

  it('keeps the panic message without the backtrace or the RUST_BACKTRACE note', () => {
    const [unit, integration] = parseLibtest(captured('libtest-package-quiet-backtrace.txt')).failures;
    expect(unit!.message).toBe(
      'assertion `left == right` failed: 101% is out of range\n  left: Some(101)\n right: None',
    );
    expect(integration!.message).toBe('expected a space in "9%"');
  });

  it('reads the message of a test that fails without a panic (returns Err)', () => {
    const out =
      'running 1 test\ntest fails_with_err ... FAILED\n\nfailures:\n\n---- fails_with_err stdout ----\nError: "bad input"\n\n\nfailures:\n    fails_with_err\n\ntest result: FAILED. 0 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s\n';
    expect(parseLibtest(out).failures).toEqual([{ name: 'fails_with_err', message: 'Error: "bad input"' }]);
  });

  it('reads the pre-1.73 panic format', () => {
    const out =
      "running 1 test\ntest t ... FAILED\n\nfailures:\n\n---- t stdout ----\nthread 't' panicked at 'boom', src/lib.rs:4:5\n\nfailures:\n    t\n\ntest result: FAILED. 0 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out\n";
    expect(parseLibtest(out).failures).toEqual([
      { name: 't', file: 'src/lib.rs', line: 4, column: 5, message: 'boom' },
    ]);
  });

  it('keeps same-named failures of two test binaries apart', () => {
    const bin = (file: string): string =>
      `running 1 test\ntest it_works ... FAILED\n\nfailures:\n\n---- it_works stdout ----\n\nthread 'it_works' (1) panicked at ${file}:2:5:\nno\n\nfailures:\n    it_works\n\ntest result: FAILED. 0 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s\n\n`;
    const r = parseLibtest(bin('a/tests/x.rs') + bin('b/tests/x.rs'));
    expect(r.failures.map((f) => `${f.name}@${f.file}`)).toEqual(['it_works@a/tests/x.rs', 'it_works@b/tests/x.rs']);
  });
});

describe('parseDocTestName', () => {
  it.each([
    ['src/lib.rs - add (line 5)', { file: 'src/lib.rs', item: 'add', line: 5 }],
    ['crates/alpha/src/lib.rs - square (line 14)', { file: 'crates/alpha/src/lib.rs', item: 'square', line: 14 }],
    ['src/my dir/lib.rs - Point::new (line 40)', { file: 'src/my dir/lib.rs', item: 'Point::new', line: 40 }],
    ['src/lib.rs - (line 1)', { file: 'src/lib.rs', item: '', line: 1 }],
    ['src/lib.rs - bad (line 9) - compile fail', { file: 'src/lib.rs', item: 'bad', line: 9 }],
    ['tests::adds', undefined],
  ])('%s', (name, want) => {
    expect(parseDocTestName(name)).toEqual(want);
  });
});

describe('parseRustcErrors on captured cargo test stderr', () => {
  it("finds each error with its code and location, not cargo's closing lines", () => {
    const errors = parseRustcErrors(captured('cargo-test-build-error.txt'));
    expect(errors.map((e) => [e.code, e.message, e.file, e.line, e.column])).toEqual([
      ['E0425', 'cannot find value `missing` in this scope', 'src/lib.rs', 3, 9],
      ['E0308', 'mismatched types', 'src/lib.rs', 2, 18],
    ]);
    expect(errors[1]!.rendered).toContain('expected `u32`, found `&str`');
    expect(errors[1]!.rendered).not.toContain('Some errors have');
  });
});

describe('a failing test that floods its output', () => {
  it('still gives the failure its panic location and message, holding only the ends of its output', async () => {
    const { LibtestParser } = await import('../../src/cargo/libtest.js');
    const parser = new LibtestParser();
    const feed = (text: string): void => text.split('\n').forEach((l) => parser.line(l));
    feed('running 2 tests\ntest ok_one ... ok\ntest floods ... FAILED\n\nfailures:\n\n---- floods stdout ----');
    for (let i = 0; i < 200_000; i++) parser.line(`noise line ${i} ${'x'.repeat(40)}`);
    feed("\nthread 'floods' panicked at src/lib.rs:42:9:\nassertion failed: done\nnote: run with `RUST_BACKTRACE=1`");
    feed('\n\nfailures:\n    floods\n\ntest result: FAILED. 1 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out');
    const report = parser.finish();
    expect(report).toMatchObject({ passed: 1, failed: 1, suites: 1 });
    expect(report.failures).toEqual([
      { name: 'floods', file: 'src/lib.rs', line: 42, column: 9, message: 'assertion failed: done' },
    ]);
  });

  it('a section keeps its first and last lines and counts the rest', async () => {
    const { SectionLines } = await import('../../src/cargo/libtest.js');
    const s = new SectionLines(2);
    for (let i = 1; i <= 10; i++) s.push(`l${i}`);
    expect(s.lines()).toEqual(['l1', 'l2', '… 6 lines left out …', 'l9', 'l10']);
  });
});
