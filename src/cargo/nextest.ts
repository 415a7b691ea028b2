// Parses the human output of `cargo nextest run` (what it prints to stderr).
//
//         PASS [   0.004s] (1/3) fixture-failing tests::average_of_one
//         FAIL [   0.005s] (2/3) fixture-failing tests::average_rounds_up
//   stderr ───
//     thread 'tests::average_rounds_up' panicked at src/lib.rs:17:9:
//     …
//   ────────────
//      Summary [   0.006s] 3 tests run: 2 passed, 1 failed, 1 skipped
//
// Older releases print the output sections as "--- STDERR: <binary> <test> ---". Each failing
// test's output follows its FAIL line; the final list repeats FAIL lines without output.
import { MAX_MESSAGE_LINES, parseDocTestName, type FailedTest, type TestReport } from './libtest.js';
import { stripAnsi } from '../paths.js';

const STATUS =
  /^\s*(PASS|FAIL|FLAKY(?: \d+\/\d+)?|LEAK|LEAK-FAIL|TIMEOUT|SIGSEGV|SIGABRT|SIGBUS|SIGILL|SIGKILL|SIGTERM|ABORT|SKIP|TRY \d+ (?:FAIL|TIMEOUT|PASS)|RETRY \d+\/\d+|SLOW(?: \[.*?\])?) +\[[^\]]*\] +(?:\[[^\]]*\] +)?(?:\(\s*\d+\/\d+\) +)?(\S+) +(.+?)\s*$/;
const FAILING = /^(FAIL|TIMEOUT|SIG\w+|ABORT|LEAK-FAIL)$/;
const SUMMARY = /^\s*Summary \[[^\]]*\] +(?:\d+\/)?\d+ tests? run: (.*)$/;
const PANIC = /^\s*thread '(.*?)'(?: \(\d+\))? panicked at (.+?):(\d+):(\d+):$/;
const MESSAGE_END =
  /^\s*(note: |stack backtrace:|\d+: |thread '.*' panicked|[─-]{4,}|(stdout|stderr|output) ─+$|--- STD(OUT|ERR))/;

export interface NextestFailure extends FailedTest {
  /** nextest's binary id, e.g. "alpha" (a library's unit tests) or "alpha::api" (an integration test). */
  binary: string;
}

export interface NextestReport extends TestReport {
  failures: NextestFailure[];
}

function countOf(text: string, word: string): number {
  const m = new RegExp(`(\\d+) ${word}`).exec(text);
  return m ? Number(m[1]) : 0;
}

/** Reads nextest's output line by line as it arrives, with bounded memory whatever the tests print. */
export class NextestParser {
  private readonly report: NextestReport = { passed: 0, failed: 0, ignored: 0, failures: [], suites: 0 };
  private readonly byId = new Map<string, NextestFailure>();
  /** The failing test whose output is being read, until its panic location is found. */
  private current: NextestFailure | undefined;
  /** The panic message being read (the lines after the panic location), for `current`'s failure. */
  private message: { test: NextestFailure; lines: string[] } | undefined;
  private passedLines = 0;
  private skippedLines = 0;
  private sawSummary = false;

  line(raw: string): void {
    const line = stripAnsi(raw).replace(/\r$/, '');
    if (this.message && (MESSAGE_END.test(line) || STATUS.test(line) || SUMMARY.test(line))) this.endMessage();
    if (this.message) {
      const msg = this.message.lines;
      if (msg.length < MAX_MESSAGE_LINES && (line.trim() !== '' || msg.length > 0)) msg.push(line.replace(/^ {4}/, ''));
      return;
    }
    const summary = SUMMARY.exec(line);
    if (summary) {
      this.sawSummary = true;
      const text = summary[1]!;
      this.report.passed = countOf(text, 'passed');
      this.report.failed = countOf(text, 'failed') + countOf(text, 'timed out') + countOf(text, 'exec failed');
      this.report.ignored = countOf(text, 'skipped');
      this.current = undefined;
      return;
    }
    const status = STATUS.exec(line);
    if (status) {
      const [, word, binary, name] = status as unknown as [string, string, string, string];
      this.status(word, binary, name);
      return;
    }
    const panic = this.current ? PANIC.exec(line) : null;
    if (this.current && panic) {
      this.current.file = panic[2]!;
      this.current.line = Number(panic[3]);
      this.current.column = Number(panic[4]);
      this.message = { test: this.current, lines: [] };
      this.current = undefined;
    }
  }

  finish(): NextestReport {
    this.endMessage();
    const report = this.report;
    if (!this.sawSummary) {
      report.passed = this.passedLines;
      report.failed = report.failures.length;
      report.ignored = this.skippedLines;
    }
    report.suites = this.sawSummary ? 1 : 0;
    // Binaries and tests run in parallel: order failures by binary, then name, for stable annotations.
    report.failures.sort(
      (a, b) => a.binary.localeCompare(b.binary) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
    return report;
  }

  private status(word: string, binary: string, name: string): void {
    this.current = undefined;
    if (word === 'PASS' || word.startsWith('FLAKY')) this.passedLines++;
    else if (word === 'SKIP') this.skippedLines++;
    else if (FAILING.test(word)) {
      const id = `${binary} ${name}`;
      let f = this.byId.get(id);
      if (!f) {
        const doc = parseDocTestName(name);
        f = { name, binary, ...(doc ? { doc } : {}) };
        if (word !== 'FAIL') f.message = `${word.toLowerCase()}`;
        this.byId.set(id, f);
        this.report.failures.push(f);
      }
      this.current = f.file === undefined ? f : undefined;
    }
  }

  private endMessage(): void {
    if (!this.message) return;
    const msg = this.message.lines;
    while (msg.length && msg[msg.length - 1]!.trim() === '') msg.pop();
    this.message.test.message = msg.join('\n');
    this.message = undefined;
  }
}

export function parseNextest(output: string): NextestReport {
  const parser = new NextestParser();
  for (const line of output.split('\n')) parser.line(line);
  return parser.finish();
}
