import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import { exec, formatCommand, killPlan, LineSplitter, Tail, KILL_GRACE_MS } from '../../src/exec.js';

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

  it("hands the child's pid to onSpawn once it started", async () => {
    const pids: number[] = [];
    const r = await exec('sh', ['-c', 'echo $$'], { echo: 'none', onSpawn: (pid) => pids.push(pid) });
    expect(pids).toEqual([Number(r.stdout.trim())]);
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

  it('writes a promised input once it resolves, and counts the time bound from then', async () => {
    let give!: (s: string) => void;
    const input = new Promise<string>((r) => (give = r));
    const running = exec('cat', [], { input, echo: 'none', timeoutMs: 300 });
    // Longer than the bound: the child waits for its input unbounded.
    setTimeout(() => give('late\n'), 500);
    const r = await running;
    expect(r).toMatchObject({ code: 0, stdout: 'late\n' });
    expect(r.killed).toBeUndefined();
    expect(r.ms).toBeGreaterThanOrEqual(450);
  });

  it('stops a child that runs past the bound counted from its promised input', async () => {
    const r = await exec('sh', ['-c', 'cat >/dev/null; sleep 30'], {
      input: Promise.resolve(''),
      echo: 'none',
      timeoutMs: 200,
    });
    expect(r.killed).toBe('timeout');
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

describe('stopping a process tree', () => {
  test.each([
    ['linux', 'SIGTERM', { kind: 'signal', pid: -4242, signal: 'SIGTERM' }],
    ['darwin', 'SIGKILL', { kind: 'signal', pid: -4242, signal: 'SIGKILL' }],
    ['win32', 'SIGTERM', { kind: 'command', cmd: 'taskkill', args: ['/T', '/F', '/PID', '4242'] }],
    ['win32', 'SIGKILL', { kind: 'command', cmd: 'taskkill', args: ['/T', '/F', '/PID', '4242'] }],
  ] as const)('on %s, %s', (platform, signal, expected) => {
    expect(killPlan(4242, signal, platform)).toEqual(expected);
  });

  it.runIf(process.platform === 'linux')(
    'gives the result of a timed-out child only once its whole tree is gone (one ignoring SIGTERM too)',
    async () => {
      const script = 'trap "" TERM; (trap "" TERM; while :; do sleep 0.1; done) & echo $!; wait';
      const started = Date.now();
      const r = await exec('sh', ['-c', script], { echo: 'none', timeoutMs: 300 });
      expect(r.killed).toBe('timeout');
      expect(Date.now() - started).toBeGreaterThanOrEqual(KILL_GRACE_MS);
      const grandchild = r.stdout.trim();
      const state = existsSync(`/proc/${grandchild}/status`)
        ? /^State:\s+(\S)/m.exec(readFileSync(`/proc/${grandchild}/status`, 'utf8'))?.[1]
        : 'gone';
      expect(['gone', 'Z']).toContain(state);
    },
  );
});

describe('bounded output', () => {
  it('keeps only the end of a flood, counts what it dropped, and still streams every line', async () => {
    let lines = 0;
    let last = '';
    const r = await exec('sh', ['-c', 'yes 0123456789abcdef | head -c 17000000; echo; echo the end'], {
      echo: 'none',
      keepBytes: 64 * 1024,
      onStdoutLine: (l) => {
        lines++;
        last = l;
      },
    });
    expect(r.code).toBe(0);
    expect(Buffer.byteLength(r.stdout)).toBeLessThanOrEqual(64 * 1024);
    expect(r.stdout.endsWith('the end\n')).toBe(true);
    expect(r.stdout.startsWith('0123456789abcdef\n')).toBe(true);
    expect(r.stdoutDropped).toBeGreaterThan(16_900_000);
    expect(lines).toBe(1_000_000 + 2); // a million lines, the empty one, "the end"
    expect(last).toBe('the end');
  });

  it('cuts a line longer than the bound, saying how much it left out', async () => {
    const seen: string[] = [];
    const r = await exec('sh', ['-c', 'head -c 3000000 /dev/zero | tr "\\0" x; echo; echo short >&2'], {
      echo: 'none',
      onStdoutLine: (l) => seen.push(l),
      onStderrLine: (l) => seen.push(`err:${l}`),
    });
    expect(r.code).toBe(0);
    expect(seen).toHaveLength(2);
    expect(seen[0]!.startsWith('x'.repeat(1024 * 1024))).toBe(true);
    expect(seen[0]!.endsWith(` … [${3000000 - 1024 * 1024} characters cut]`)).toBe(true);
    expect(seen[1]).toBe('err:short');
  });

  test('Tail keeps the last bytes over many and over huge chunks', () => {
    const t = new Tail(10);
    for (const c of ['abc', 'defgh', 'ijklmnop']) t.push(Buffer.from(c));
    expect(Buffer.from(t.text()).toString()).toBe('ghijklmnop');
    expect(t.dropped).toBe(6);
    t.push(Buffer.from('0123456789012345'));
    expect(t.text()).toBe('6789012345');
    expect(t.dropped).toBe(22);
  });

  test('LineSplitter keeps a character split across chunks whole, and a last line without newline', () => {
    const lines: string[] = [];
    const s = new LineSplitter((l) => lines.push(l), 5);
    const euro = Buffer.from('€\r\nabcdefgh\nlast');
    s.write(euro.subarray(0, 1));
    s.write(euro.subarray(1));
    s.end();
    expect(lines).toEqual(['€', 'abcde … [3 characters cut]', 'last']);
  });
});
