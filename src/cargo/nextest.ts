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
import { parseDocTestName, type FailedTest, type TestReport } from './libtest.js';
import { stripAnsi } from './paths.js';

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

export function parseNextest(output: string): NextestReport {
  const report: NextestReport = { passed: 0, failed: 0, ignored: 0, failures: [], suites: 0 };
  const byId = new Map<string, NextestFailure>();
  let current: NextestFailure | undefined;
  let passedLines = 0;
  let skippedLines = 0;
  let sawSummary = false;
  const lines = stripAnsi(output).split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const summary = SUMMARY.exec(line);
    if (summary) {
      sawSummary = true;
      const text = summary[1]!;
      report.passed = countOf(text, 'passed');
      report.failed = countOf(text, 'failed') + countOf(text, 'timed out') + countOf(text, 'exec failed');
      report.ignored = countOf(text, 'skipped');
      current = undefined;
      continue;
    }
    const status = STATUS.exec(line);
    if (status) {
      const [, word, binary, name] = status as unknown as [string, string, string, string];
      current = undefined;
      if (word === 'PASS' || word.startsWith('FLAKY')) passedLines++;
      else if (word === 'SKIP') skippedLines++;
      else if (FAILING.test(word)) {
        const id = `${binary} ${name}`;
        let f = byId.get(id);
        if (!f) {
          const doc = parseDocTestName(name);
          f = { name, binary, ...(doc ? { doc } : {}) };
          if (word !== 'FAIL') f.message = `${word.toLowerCase()}`;
          byId.set(id, f);
          report.failures.push(f);
        }
        current = f.file === undefined ? f : undefined;
      }
      continue;
    }
    if (!current) continue;
    const panic = PANIC.exec(line);
    if (panic) {
      current.file = panic[2]!;
      current.line = Number(panic[3]);
      current.column = Number(panic[4]);
      const msg: string[] = [];
      for (let j = i + 1; j < lines.length && !MESSAGE_END.test(lines[j]!) && !STATUS.test(lines[j]!); j++) {
        if (lines[j]!.trim() !== '' || msg.length > 0) msg.push(lines[j]!.replace(/^ {4}/, ''));
      }
      while (msg.length && msg[msg.length - 1]!.trim() === '') msg.pop();
      current.message = msg.slice(0, 30).join('\n');
      current = undefined;
    }
  }
  if (!sawSummary) {
    report.passed = passedLines;
    report.failed = report.failures.length;
    report.ignored = skippedLines;
  }
  report.suites = sawSummary ? 1 : 0;
  // Binaries and tests run in parallel: order failures by binary, then name, for stable annotations.
  report.failures.sort((a, b) => a.binary.localeCompare(b.binary) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return report;
}
