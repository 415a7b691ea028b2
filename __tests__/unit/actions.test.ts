// The runner's commands actions.ts issues itself, compared with what @actions/core issues for the
// same call: the same bytes on stdout, the same file-command records, the same summary text.
import * as core from '@actions/core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import {
  actionsLogger,
  annotate,
  appendSummary,
  fail,
  getInput,
  saveState,
  setOutputs,
  type AnnotationProperties,
} from '../../src/actions.js';
import type { Finding } from '../../src/context.js';

const dir = mkdtempSync(join(tmpdir(), 'rp-actions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  process.exitCode = undefined;
});

/** What `fn` writes to stdout. */
function stdoutOf(fn: () => void): string {
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += Buffer.from(chunk).toString();
    return true;
  });
  try {
    fn();
  } finally {
    vi.restoreAllMocks();
  }
  return out;
}

/** A file command's records with the random delimiter named the same way each time. */
function records(file: string): string {
  return readFileSync(file, 'utf8').replace(/ghadelimiter_[0-9a-f-]+/g, 'ghadelimiter_X');
}

const MESSAGES = ['plain', 'two\nlines\r\n', '100% done: a, b', '::warning::inside', ''];
const PROPERTIES: AnnotationProperties[] = [
  {},
  { file: 'src/lib.rs', startLine: 3, endLine: 4 },
  { title: 'a: b, c%', file: 'x,y.rs', startLine: 1, endLine: 1, startColumn: 2, endColumn: 9 },
  { title: '', startLine: 0 },
];

describe('workflow commands, byte for byte as @actions/core writes them', () => {
  test.each(MESSAGES.flatMap((m) => PROPERTIES.map((p, i) => [m, i, p] as const)))(
    'annotations: %j with properties #%i',
    (message, _i, props) => {
      for (const level of ['error', 'warning', 'notice'] as const) {
        const finding: Finding = {
          level,
          message,
          ...(props.title ? { title: props.title } : {}),
          ...(props.file ? { file: props.file } : {}),
          ...(props.startLine ? { line: props.startLine, endLine: props.endLine ?? props.startLine } : {}),
          ...(props.startColumn ? { column: props.startColumn, endColumn: props.endColumn ?? props.startColumn } : {}),
        } as Finding;
        const expected = stdoutOf(() =>
          core[level](message, {
            ...(finding.title ? { title: finding.title } : {}),
            ...(finding.file ? { file: finding.file } : {}),
            ...(finding.line ? { startLine: finding.line, endLine: finding.endLine } : {}),
            ...(finding.column ? { startColumn: finding.column, endColumn: finding.endColumn } : {}),
          }),
        );
        expect(stdoutOf(() => annotate(finding))).toBe(expected);
      }
    },
  );

  test.each(MESSAGES)('log commands: %j', (message) => {
    expect(stdoutOf(() => actionsLogger.warning(message))).toBe(stdoutOf(() => core.warning(message)));
    expect(stdoutOf(() => actionsLogger.secret(message))).toBe(stdoutOf(() => core.setSecret(message)));
  });

  test.each(MESSAGES)('a group: %j', async (message) => {
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += Buffer.from(chunk).toString();
      return true;
    });
    await actionsLogger.group(message, async () => undefined);
    vi.restoreAllMocks();
    expect(out).toBe(
      stdoutOf(() => {
        core.startGroup(message);
        core.endGroup();
      }),
    );
  });

  test('fail: an error annotation and exit code 1', () => {
    const expected = stdoutOf(() => core.setFailed('it broke:\nhere'));
    expect(process.exitCode).toBe(1);
    process.exitCode = undefined;
    expect(stdoutOf(() => fail('it broke:\nhere'))).toBe(expected);
    expect(process.exitCode).toBe(1);
  });
});

describe('file commands and inputs as @actions/core handles them', () => {
  test.each([
    ['state', 'a value'],
    ['multi', 'line one\nline two\n'],
    ['empty', ''],
  ])('saveState and setOutputs: %s', (name, value) => {
    for (const [kind, ours, theirs] of [
      ['STATE', () => saveState(name, value), () => core.saveState(name, value)],
      ['OUTPUT', () => setOutputs({ [name]: value }), () => core.setOutput(name, value)],
    ] as const) {
      const mine = join(dir, `${kind}-${name}-ours`);
      const core_ = join(dir, `${kind}-${name}-core`);
      writeFileSync(mine, '');
      writeFileSync(core_, '');
      vi.stubEnv(`GITHUB_${kind}`, mine);
      ours();
      vi.stubEnv(`GITHUB_${kind}`, core_);
      theirs();
      expect(records(mine)).toBe(records(core_));
      expect(records(mine)).toContain(`${name}<<ghadelimiter_X`);
    }
  });

  test('without the files, the stdout commands', () => {
    vi.stubEnv('GITHUB_STATE', '');
    vi.stubEnv('GITHUB_OUTPUT', '');
    expect(stdoutOf(() => saveState('s', 'v%\n'))).toBe(stdoutOf(() => core.saveState('s', 'v%\n')));
    expect(stdoutOf(() => setOutputs({ result: 'v' }))).toBe(stdoutOf(() => core.setOutput('result', 'v')));
  });

  test.each([
    ['docker-password', '  s3cret \n', 's3cret'],
    ['cache directories', 'a b', 'a b'],
    ['missing', undefined, ''],
  ])('getInput(%j)', (name, value, expected) => {
    if (value !== undefined) vi.stubEnv(`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value);
    expect(getInput(name)).toBe(expected);
    expect(getInput(name)).toBe(core.getInput(name));
  });

  test('appendSummary appends the text and a line end, as summary.addRaw(text, true).write() does', async () => {
    const mine = join(dir, 'summary-ours');
    const core_ = join(dir, 'summary-core');
    writeFileSync(mine, 'before\n');
    writeFileSync(core_, 'before\n');
    vi.stubEnv('GITHUB_STEP_SUMMARY', mine);
    await appendSummary('| a | b |');
    vi.stubEnv('GITHUB_STEP_SUMMARY', core_);
    await core.summary.addRaw('| a | b |', true).write();
    expect(readFileSync(mine, 'utf8')).toBe(readFileSync(core_, 'utf8'));
    expect(readFileSync(mine, 'utf8')).toBe('before\n| a | b |\n');
  });

  // (core.summary keeps the first file it found, so core itself cannot be asked again here.)
  test('appendSummary without a summary file says so, in the words core uses', async () => {
    vi.stubEnv('GITHUB_STEP_SUMMARY', '');
    await expect(appendSummary('x')).rejects.toThrow(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
    );
  });
});
