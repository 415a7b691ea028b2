import { describe, expect, it, test } from 'vitest';
import { exec, formatCommand } from '../../src/exec.js';

describe('exec', () => {
  it('passes arguments literally, with no shell in between', async () => {
    const r = await exec('printf', ['%s|', '$(id)', 'a b', ';', '`x`'], { echo: 'none' });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('$(id)|a b|;|`x`|');
  });

  it('captures stdout and stderr, streams lines, feeds stdin', async () => {
    const lines: string[] = [];
    const r = await exec('sh', ['-c', 'cat; echo err >&2; printf "tail"'], { input: 'one\ntwo\n', echo: 'none', onStdoutLine: (l) => lines.push(l) });
    expect(r.stdout).toBe('one\ntwo\ntail');
    expect(r.stderr).toBe('err\n');
    expect(lines).toEqual(['one', 'two', 'tail']);
  });

  it('reports the exit code, and 127 with a message when the program does not exist', async () => {
    expect((await exec('sh', ['-c', 'exit 3'], { echo: 'none' })).code).toBe(3);
    const missing = await exec('no-such-program-rp', [], { echo: 'none' });
    expect(missing.code).toBe(127);
    expect(missing.spawnError).toMatch(/ENOENT/);
  });

  it('kills the whole process group on timeout', async () => {
    const started = Date.now();
    const r = await exec('sh', ['-c', 'sleep 30 & sleep 30; wait'], { echo: 'none', timeoutMs: 200 });
    expect(r.killed).toBe('timeout');
    expect(r.code).toBe(128 + 15);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

test.each([
  [['cargo', ['test', '--all']], 'cargo test --all'],
  [['cargo', ['clippy', '--', '-D', 'warnings']], 'cargo clippy -- -D warnings'],
  [['git', ['commit', '-m', "it's here"]], `git commit -m 'it'\\''s here'`],
  [['echo', ['a b', '$HOME', '']], `echo 'a b' '$HOME' ''`],
] as const)('formatCommand %j', ([cmd, args], expected) => {
  expect(formatCommand(cmd, args)).toBe(expected);
});
