// Parses the human output of `cargo test` (libtest's harness, unit, integration and doc tests).
import { stripAnsi } from './paths.js';

export interface TestCounts {
  passed: number;
  failed: number;
  ignored: number;
}

export interface FailedTest {
  name: string;
  /** Panic location as printed: path (relative to the package, or absolute) and line. */
  file?: string;
  line?: number;
  column?: number;
  message?: string;
  /** Which test binary it came from, e.g. "unittests src/lib.rs" or "Doc-tests mycrate". */
  suite?: string;
}

export interface TestReport extends TestCounts {
  failures: FailedTest[];
  /** Number of "test result:" lines seen (one per test binary). */
  suites: number;
}

const RESULT = /^test result: (?:ok|FAILED)\. (\d+) passed; (\d+) failed; (\d+) ignored/;
const RUNNING = /^\s*(?:Running (.+?)(?: \(.*\))?|Doc-tests (\S+))\s*$/;
const FAILED_LINE = /^test (.+?) \.\.\. FAILED$/;
const STDOUT_HEADER = /^---- (.+?) stdout ----$/;
// "thread 'name' panicked at src/lib.rs:10:5:" (1.73+) or "... panicked at 'msg', src/lib.rs:10:5" (older).
const PANIC_NEW = /^thread '(.+?)' (?:\(\d+\) )?panicked at (.+?):(\d+):(\d+):$/;
const PANIC_OLD = /^thread '(.+?)' panicked at '(.*)', (.+?):(\d+):(\d+)$/;

export function parseLibtest(output: string): TestReport {
  const report: TestReport = { passed: 0, failed: 0, ignored: 0, failures: [], suites: 0 };
  const lines = stripAnsi(output).split(/\r?\n/);
  let suite: string | undefined;
  const bySuiteName = new Map<string, FailedTest>();
  let current: FailedTest | undefined;
  let expectMessage = false;
  for (const line of lines) {
    const run = RUNNING.exec(line);
    if (run) {
      suite = run[1] ? run[1] : `Doc-tests ${run[2]}`;
      continue;
    }
    const res = RESULT.exec(line);
    if (res) {
      report.passed += Number(res[1]);
      report.failed += Number(res[2]);
      report.ignored += Number(res[3]);
      report.suites++;
      current = undefined;
      continue;
    }
    const failed = FAILED_LINE.exec(line);
    if (failed) {
      const f: FailedTest = { name: failed[1]!, ...(suite ? { suite } : {}) };
      report.failures.push(f);
      bySuiteName.set(`${suite}|${f.name}`, f);
      continue;
    }
    const header = STDOUT_HEADER.exec(line);
    if (header) {
      current = bySuiteName.get(`${suite}|${header[1]}`);
      expectMessage = false;
      continue;
    }
    const pn = PANIC_NEW.exec(line);
    if (pn) {
      const f = current ?? bySuiteName.get(`${suite}|${pn[1]}`);
      if (f && f.file === undefined) {
        f.file = pn[2]!;
        f.line = Number(pn[3]);
        f.column = Number(pn[4]);
        expectMessage = true;
      }
      continue;
    }
    const po = PANIC_OLD.exec(line);
    if (po) {
      const f = current ?? bySuiteName.get(`${suite}|${po[1]}`);
      if (f && f.file === undefined) {
        f.message = po[2]!;
        f.file = po[3]!;
        f.line = Number(po[4]);
        f.column = Number(po[5]);
      }
      continue;
    }
    if (expectMessage && current && line.trim() !== '' && !line.startsWith('note:')) {
      current.message = current.message ? `${current.message}\n${line}` : line;
    } else if (line.startsWith('note:') || line.trim() === '') {
      expectMessage = false;
    }
  }
  return report;
}
