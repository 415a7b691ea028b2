// Parses the human output of `cargo test` (libtest's harness: unit, integration and doc tests).
//
// Only the test binaries' stdout is needed: every binary starts with "running N tests", lists
// "test NAME ... ok|FAILED|ignored", prints a "---- NAME stdout ----" section per failure (with the
// panic message and location) and ends with "test result: ...". cargo's own lines ("Running …",
// "Doc-tests …") go to stderr and are not relied upon.
import { stripAnsi } from '../paths.js';
import { resolveReported } from './workspace.js';

export interface TestCounts {
  passed: number;
  failed: number;
  ignored: number;
}

export interface FailedTest {
  name: string;
  /** Panic location as printed: path (relative to the workspace root, or absolute) and line. */
  file?: string;
  line?: number;
  column?: number;
  /** Panic message, or what the test printed when it failed without a panic location. */
  message?: string;
  /** Set for doc tests ("src/lib.rs - add (line 5)"): the documented file and the line of the example. */
  doc?: { file: string; line: number; item: string };
}

export interface TestReport extends TestCounts {
  failures: FailedTest[];
  /** Number of "test result:" lines seen (one per test binary that ran). */
  suites: number;
}

const RUNNING = /^running \d+ tests?$/;
const RESULT = /^test result: (?:ok|FAILED)\. (\d+) passed; (\d+) failed; (\d+) ignored/;
// "test NAME ... FAILED" (default format) or "NAME --- FAILED" (terse format of `cargo test -q`).
const FAILED_LINE = /^(?:test (.+?) \.\.\. FAILED|(.+?) --- FAILED)$/;
const SECTION = /^---- (.+?) stdout ----$/;
// "thread 'name' panicked at src/lib.rs:10:5:" (Rust 1.73+, with a thread id since 1.88),
// or "thread 'name' panicked at 'message', src/lib.rs:10:5" (older).
const PANIC_NEW = /^thread '(.*?)'(?: \(\d+\))? panicked at (.+?):(\d+):(\d+):$/;
const PANIC_OLD = /^thread '(.*?)'(?: \(\d+\))? panicked at '(.*)', (.+?):(\d+):(\d+)$/;
const MESSAGE_END = /^(note: |stack backtrace:|\s*\d+: |thread '.*' panicked)/;
// Doc test names: "src/lib.rs - add (line 5)", "src/lib.rs - Type::method (line 12)", "src/lib.rs - (line 1)".
const DOC_NAME = /^(.+?) - (?:(.+?) )?\(line (\d+)\)(?: - compile(?: fail)?)?$/;

export function parseDocTestName(name: string): FailedTest['doc'] | undefined {
  const m = DOC_NAME.exec(name);
  if (!m) return undefined;
  return { file: m[1]!, item: m[2] ?? '', line: Number(m[3]) };
}

/** Lines of a failure's message kept from the output (libtest and nextest alike). */
export const MAX_MESSAGE_LINES = 30;

/** Failing tests a summary shows with their cause; the annotations and the JSON report have them all. */
export const SUMMARY_FAILURE_ROWS = 15;
/** Lines of a panic message a summary shows (the assertion and its left/right values). */
export const SUMMARY_MESSAGE_LINES = 4;

/**
 * A failure's "---- NAME stdout ----" section, bounded: what the test printed may be gigabytes, but
 * the message is at its start (a test returning Err) or its end (the panic, printed last), so the
 * first and last lines are enough.
 */
export class SectionLines {
  readonly head: string[] = [];
  private tail: string[] = [];
  dropped = 0;
  constructor(private readonly keep = SECTION_KEEP_LINES) {}

  push(line: string): void {
    if (this.head.length < this.keep) {
      this.head.push(line);
      return;
    }
    this.tail.push(line);
    // Trimmed in batches, so that a flood of lines costs no more than a copy per `keep` lines.
    if (this.tail.length >= 2 * this.keep) {
      this.dropped += this.tail.length - this.keep;
      this.tail = this.tail.slice(-this.keep);
    }
  }

  lines(): string[] {
    const tail = this.tail.slice(-this.keep);
    const dropped = this.dropped + this.tail.length - tail.length;
    return dropped > 0 ? [...this.head, `… ${dropped} lines left out …`, ...tail] : [...this.head, ...tail];
  }
}

/** Lines kept at each end of a failure's output section. */
export const SECTION_KEEP_LINES = 200;

/** Reads libtest's output line by line as it arrives, with bounded memory whatever the tests print. */
export class LibtestParser {
  private readonly report: TestReport = { passed: 0, failed: 0, ignored: 0, failures: [], suites: 0 };
  // Failures of the binary being read, by name (names are unique within one binary).
  private inBinary = new Map<string, FailedTest>();
  private section: { test: FailedTest; lines: SectionLines } | undefined;
  private binaryStart = 0;

  line(raw: string): void {
    const line = stripAnsi(raw).replace(/\r$/, '');
    if (RUNNING.test(line)) {
      this.closeSection();
      this.endBinary();
      this.inBinary = new Map();
      return;
    }
    const res = RESULT.exec(line);
    if (res) {
      this.closeSection();
      this.report.passed += Number(res[1]);
      this.report.failed += Number(res[2]);
      this.report.ignored += Number(res[3]);
      this.report.suites++;
      return;
    }
    const header = SECTION.exec(line);
    if (header) {
      this.closeSection();
      const test = this.inBinary.get(header[1]!) ?? this.addFailure(header[1]!);
      this.section = { test, lines: new SectionLines() };
      return;
    }
    if (this.section) {
      // The list of failed names after the sections ends them.
      if (line === 'failures:') this.closeSection();
      else this.section.lines.push(line);
      return;
    }
    const failed = FAILED_LINE.exec(line);
    if (failed) {
      const name = failed[1] ?? failed[2]!;
      if (!this.inBinary.has(name)) this.addFailure(name);
    }
  }

  finish(): TestReport {
    this.closeSection();
    this.endBinary();
    return this.report;
  }

  // Tests run in parallel, so a binary's failures come in any order: sort them by name (as
  // libtest's own "failures:" list is) for stable annotations.
  private endBinary(): void {
    const mine = this.report.failures
      .splice(this.binaryStart)
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    this.report.failures.push(...mine);
    this.binaryStart = this.report.failures.length;
  }

  private closeSection(): void {
    if (!this.section) return;
    describeFailure(this.section.test, this.section.lines.lines());
    this.section = undefined;
  }

  private addFailure(name: string): FailedTest {
    const doc = parseDocTestName(name);
    const f: FailedTest = { name, ...(doc ? { doc } : {}) };
    this.report.failures.push(f);
    this.inBinary.set(name, f);
    return f;
  }
}

export function parseLibtest(output: string): TestReport {
  const parser = new LibtestParser();
  for (const line of output.split('\n')) parser.line(line);
  return parser.finish();
}

/** Fills in the panic location and message from a failure's "---- NAME stdout ----" section. */
function describeFailure(test: FailedTest, section: string[]): void {
  for (let i = 0; i < section.length; i++) {
    const line = section[i]!;
    const pn = PANIC_NEW.exec(line);
    if (pn) {
      test.file = pn[2]!;
      test.line = Number(pn[3]);
      test.column = Number(pn[4]);
      const msg: string[] = [];
      for (let j = i + 1; j < section.length && !MESSAGE_END.test(section[j]!); j++) msg.push(section[j]!);
      test.message = trimMessage(msg);
      return;
    }
    const po = PANIC_OLD.exec(line);
    if (po) {
      test.file = po[3]!;
      test.line = Number(po[4]);
      test.column = Number(po[5]);
      test.message = po[2]!;
      return;
    }
  }
  // No panic: e.g. a test returning Err ("Error: …"), or a doc test that did not compile.
  const text = trimMessage(section.filter((l) => !/^note: run with `RUST_BACKTRACE/.test(l)));
  if (text) test.message = text;
}

function trimMessage(lines: string[]): string {
  const kept = lines.slice(0, MAX_MESSAGE_LINES);
  while (kept.length && kept[0]!.trim() === '') kept.shift();
  while (kept.length && kept[kept.length - 1]!.trim() === '') kept.pop();
  if (lines.length > MAX_MESSAGE_LINES) kept.push('…');
  return kept.join('\n');
}

/** Where to annotate a failure: a doc test on its example's line, another test at its panic location. */
export function failureLocation(
  f: FailedTest,
  bases: readonly string[],
  repoRoot: string,
): { file?: string; line?: number; column?: number } {
  if (f.doc) {
    const file = resolveReported(f.doc.file, bases, repoRoot);
    return file ? { file, line: f.doc.line } : {};
  }
  if (f.file && f.line) {
    const file = resolveReported(f.file, bases, repoRoot);
    return file ? { file, line: f.line, ...(f.column ? { column: f.column } : {}) } : {};
  }
  return {};
}
