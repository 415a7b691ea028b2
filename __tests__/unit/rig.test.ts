// The test rig reads what @actions/core writes exactly as a runner would.
import { describe, expect, it } from 'vitest';
import { inputEnv, parseAnnotations, parseCommandFile } from '../support/rig.js';

describe('parseCommandFile', () => {
  it('reads name=value lines and multi-line heredoc values', () => {
    const text = 'plain=1\ncounts<<ghadelimiter_abc\n{"a":1}\nline two\nghadelimiter_abc\nempty<<EOF\nEOF\nlast=x=y\n';
    expect(parseCommandFile(text)).toEqual({ plain: '1', counts: '{"a":1}\nline two', empty: '', last: 'x=y' });
  });

  it('rejects an unterminated heredoc', () => {
    expect(() => parseCommandFile('x<<EOF\nvalue\n')).toThrow(/unterminated heredoc/);
  });
});

describe('parseAnnotations', () => {
  it('unescapes properties and messages the way the runner does', () => {
    const out =
      '::error file=src/a b.rs,line=3,endLine=4,col=5,endColumn=9,title=clippy%3A%3Aneedless_return%2C x::line one%0Aline two 100%25\nnot a command\n::notice::plain';
    expect(parseAnnotations(out)).toEqual([
      {
        level: 'error',
        file: 'src/a b.rs',
        line: 3,
        endLine: 4,
        col: 5,
        endColumn: 9,
        title: 'clippy::needless_return, x',
        message: 'line one\nline two 100%',
      },
      { level: 'notice', message: 'plain' },
    ]);
  });
});

describe('inputEnv', () => {
  it('gives every declared input its default, upper-cased with hyphens kept, and rejects undeclared ones', () => {
    const env = inputEnv({ stages: 'fmt' });
    expect(env.INPUT_STAGES).toBe('fmt');
    expect(env['INPUT_WORKING-DIRECTORY']).toBe('.');
    expect(() => inputEnv({ 'no-such-input': 'x' })).toThrow(/does not declare/);
  });
});
