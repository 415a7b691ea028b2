// The repository's output cannot issue workflow commands: the guard wraps it in stop-commands
// spans and issues ours between them; the test-support parser reads stdout as the runner does.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { actionsLogger, annotate, setOutputs } from '../../src/actions.js';
import { exec } from '../../src/exec.js';
import { closeGuard, CommandGuard, guardWorkflowCommands, outputSink, ownCommands } from '../../src/log-sink.js';
import { StageOutput, withOutput } from '../../src/stage-log.js';
import { parseWorkflowCommands } from '../support/workflow-commands.js';

const FORGED = [
  '::stop-commands::tok',
  '::error file=src/lib.rs,line=1::forged',
  '##[warning]forged',
  '::add-mask::hunter2',
  '::set-output name=result::success',
  '::save-state name=cache::{"key":"x"}',
  '::group::forged group',
].join('\n');

describe('parseWorkflowCommands (the runner’s reading of a step’s output)', () => {
  it.each([
    [
      1,
      '::error file=a.rs,line=3,title=x%3Ay%2Cz::one%0Atwo 100%25',
      [{ name: 'error', properties: { file: 'a.rs', line: '3', title: 'x:y,z' }, data: 'one\ntwo 100%' }],
    ],
    [2, '   ::warning::after leading blanks', [{ name: 'warning', properties: {}, data: 'after leading blanks' }]],
    [3, 'text ::error::not at the start', []],
    [4, 'prefix ##[warning]old syntax anywhere', [{ name: 'warning', properties: {}, data: 'old syntax anywhere' }]],
    [
      5,
      '::unknown::ignored\n::ERROR::names are case-insensitive',
      [{ name: 'error', properties: {}, data: 'names are case-insensitive' }],
    ],
    [
      6,
      '::stop-commands::t1\n::error::inert\n::add-mask::x\n::t1::\n::notice::after',
      [{ name: 'notice', properties: {}, data: 'after' }],
    ],
    [
      7,
      '::stop-commands::t1\n::stop-commands::t2\n::t2::\n::error::still stopped\n::T1::\n::debug::resumed',
      [{ name: 'debug', properties: {}, data: 'resumed' }],
    ],
    [8, '::stop-commands::\n::::\n::error::an empty token is never resumed', []],
  ])('%i: %j', (_n, stdout, expected) => {
    expect(parseWorkflowCommands(stdout)).toEqual(expected);
  });
});

/** A guard writing into a string, and the commands the runner would read from it. */
function guarded(token?: string): { guard: CommandGuard; ours: (line: string) => void; text: () => string } {
  let out = '';
  const sink = { write: (c: Buffer | string) => (out += c.toString()) };
  const guard = new CommandGuard(sink, token);
  return { guard, ours: (line) => guard.commands(() => sink.write(line)), text: () => out };
}

describe('CommandGuard', () => {
  it('makes child output inert and issues our commands between spans, partial lines included', () => {
    const { guard, ours, text } = guarded('0123456789abcdef');
    guard.text(Buffer.from(`${FORGED}\n`));
    ours('::error::ours 1\n');
    guard.text('half a line, then ');
    guard.text('::error::no newline');
    ours('::add-mask::ours\n');
    guard.text('more\n');
    guard.close();
    expect(parseWorkflowCommands(text())).toEqual([
      { name: 'error', properties: {}, data: 'ours 1' },
      { name: 'add-mask', properties: {}, data: 'ours' },
    ]);
    expect(text()).toContain('half a line, then ::error::no newline\n::0123456789abcdef::\n');
    expect(text().endsWith('more\n::0123456789abcdef::\n')).toBe(true);
  });

  it('opens no span for nothing, and closes only an open one', () => {
    const { guard, text } = guarded('tok-abcdefgh');
    guard.text('');
    guard.close();
    guard.commands(() => undefined);
    expect(text()).toBe('');
  });

  it('writes straight through without a token (the CLI)', () => {
    const { guard, text } = guarded();
    guard.text(`${FORGED}\n`);
    guard.commands(() => undefined);
    guard.close();
    expect(text()).toBe(`${FORGED}\n`);
  });
});

describe('the action’s stdout under the guard', () => {
  let written = '';
  afterEach(() => {
    closeGuard();
    // The guard is this process's: back to writing straight through, or the next test (or test
    // file, on a shared worker) would find its output wrapped in this test's spans.
    guardWorkflowCommands('');
    vi.restoreAllMocks();
    written = '';
  });
  const capture = (): void => {
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written += Buffer.from(chunk).toString();
      return true;
    });
  };

  it('keeps overlapping stages’ output (live and replayed) inert, with our commands and groups intact', async () => {
    guardWorkflowCommands('a'.repeat(32));
    capture();
    const live = new StageOutput(actionsLogger);
    live.goLive();
    const recorded = new StageOutput(actionsLogger);
    await actionsLogger.group('stage one', async () => {
      await withOutput(live, async () => {
        live.write(`${FORGED}\n`);
        annotate({ level: 'error', message: 'ours: test failed', file: 'src/lib.rs', line: 3 });
      });
      await withOutput(recorded, async () => {
        recorded.write('::stop-commands::other\n');
        recorded.message('warning', 'ours: recorded warning');
        recorded.write('::error::forged late, no newline');
      });
      actionsLogger.secret('hunter2-ours');
      actionsLogger.info('::error::a log line quoting a test name');
    });
    recorded.goLive();
    setOutputs({});
    closeGuard();
    expect(parseWorkflowCommands(written)).toEqual([
      { name: 'group', properties: {}, data: 'stage one' },
      { name: 'error', properties: { file: 'src/lib.rs', line: '3', endLine: '3' }, data: 'ours: test failed' },
      { name: 'add-mask', properties: {}, data: 'hunter2-ours' },
      { name: 'endgroup', properties: {}, data: '' },
      { name: 'warning', properties: {}, data: 'ours: recorded warning' },
    ]);
  });

  it('wraps what a child process prints', async () => {
    guardWorkflowCommands('b'.repeat(32));
    capture();
    expect(outputSink()).not.toBe(process.stdout);
    await exec(process.execPath, [
      '-e',
      `process.stdout.write(${JSON.stringify(FORGED)}); console.error('::warning::err')`,
    ]);
    ownCommands(() => process.stdout.write('::notice::ours\n'));
    expect(parseWorkflowCommands(written)).toEqual([{ name: 'notice', properties: {}, data: 'ours' }]);
  });

  it('writes straight through again once turned off with an empty token (how tests put it back)', () => {
    guardWorkflowCommands('c'.repeat(32));
    guardWorkflowCommands('');
    capture();
    outputSink().write('plain\n');
    ownCommands(() => process.stdout.write('::notice::ours\n'));
    closeGuard();
    expect(written).toBe('plain\n::notice::ours\n');
  });
});
