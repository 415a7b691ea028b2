import { existsSync, readFileSync } from 'node:fs';
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
    const r = await exec('sh', ['-c', 'cat; echo err >&2; printf "tail"'], {
      input: 'one\ntwo\n',
      echo: 'none',
      onStdoutLine: (l) => lines.push(l),
    });
    expect(r.stdout).toBe('one\ntwo\ntail');
    expect(r.stderr).toBe('err\n');
    expect(lines).toEqual(['one', 'two', 'tail']);
  });

  it('reports the exit code, and 127 with a message when the program does not exist', async () => {
    expect((await exec('sh', ['-c', 'exit 3'], { echo: 'none' })).code).toBe(3);
    const missing = await exec('no-such-program-rp', [], { echo: 'none' });
    expect(missing.code).toBe(127);
    expect(missing.spawnError).toMatch(/ENOENT/);
    expect(missing.stderr).toMatch(/^no-such-program-rp could not be started: .*ENOENT/);
  });

  it.runIf(process.platform === 'linux')(
    'does not wait for processes the child left running with its output open, and stops them',
    async () => {
      const started = Date.now();
      const r = await exec('sh', ['-c', 'sleep 30 & echo $! ; echo done'], { echo: 'none' });
      expect(Date.now() - started).toBeLessThan(5000);
      expect(r.code).toBe(0);
      const [leftover, done] = r.stdout.trim().split('\n');
      expect(done).toBe('done');
      await new Promise((resolveWait) => setTimeout(resolveWait, 300));
      // Gone, or a zombie waiting for whoever adopted it to reap it: not running any more.
      const state = existsSync(`/proc/${leftover}/status`)
        ? /^State:\s+(\S)/m.exec(readFileSync(`/proc/${leftover}/status`, 'utf8'))?.[1]
        : 'gone';
      expect(['gone', 'Z']).toContain(state);
    },
  );

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
