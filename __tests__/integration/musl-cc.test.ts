// The musl C toolchain of the release build, with real processes: finding musl-gcc (Debian's
// musl-tools, installed by scripts/setup/20-musl-tools.sh), installing it through apt-get (a
// recording apt-get on PATH stands in for the real one, which must not change this machine),
// and a real compile of the musl-cc fixture's C file with it — by hand into a static musl
// executable, and through the fixture's build script (the `cc` crate) reading CC_<target>.
// The Rust musl standard library cannot be installed here, so cargo builds the fixture for the
// host target with the host's CC_<target> pointing at musl-gcc: the same mechanism.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exec } from '../../src/exec.js';
import type { Outcome } from '../../src/context.js';
import { ensureMuslCc, type MuslCc } from '../../src/tools/musl.js';
import { FIXTURES, removeDir } from '../support/rig.js';

const TARGET = 'x86_64-unknown-linux-musl';
const which = (p: string) => spawnSync('sh', ['-c', `command -v ${p}`], { encoding: 'utf8' }).stdout.trim();
const musl = which('musl-gcc');
// Debian's musl-tools also names it after the target; that name is looked for first.
const first = which('x86_64-linux-musl-gcc') || musl;
const reason =
  process.platform !== 'linux' || process.arch !== 'x64'
    ? 'needs an x86_64 Linux host'
    : musl
      ? undefined
      : 'musl-gcc is not installed (scripts/setup/20-musl-tools.sh)';
if (reason && process.env.CI === 'true' && process.platform === 'linux') throw new Error(reason);
if (reason) console.warn(`skipping: ${reason}`);

const made: string[] = [];
afterAll(() => made.forEach(removeDir));
const tmp = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
};
const quiet = () => {
  const lines: string[] = [];
  return { lines, info: (m: string) => lines.push(m), warning: (m: string) => lines.push(`warning: ${m}`) };
};

/** The compiler found or installed; a stop fails the test with its message. */
function found(res: Outcome<MuslCc, string>): MuslCc {
  if (!res.ok) throw new Error(res.result);
  return res.value;
}

/** A PATH directory holding only links to the named system programs. */
function pathWith(programs: string[]): string {
  const dir = tmp('rp-path-');
  for (const p of programs) {
    const real = spawnSync('sh', ['-c', `command -v ${p}`], { encoding: 'utf8' }).stdout.trim();
    if (real) symlinkSync(real, join(dir, p));
  }
  return dir;
}

describe.skipIf(reason !== undefined)('musl C toolchain for a musl release', () => {
  it('finds musl-gcc on PATH and gives cargo CC_/AR_ of the target', async () => {
    const log = quiet();
    const cc = found(await ensureMuslCc({ exec, env: process.env, log, target: TARGET, hostArch: 'x64', uid: 0 }));
    expect(cc).toMatchObject({
      tool: first.split('/').pop(),
      from: 'PATH',
      path: first,
      version: expect.stringMatching(/^gcc \d+/),
    });
    expect(cc.env).toEqual({
      CC_x86_64_unknown_linux_musl: first,
      AR_x86_64_unknown_linux_musl: expect.stringMatching(/\/(x86_64-linux-musl-)?ar$/),
    });
  });

  it('installs musl-tools with a non-interactive apt-get when no compiler is found', async () => {
    const bin = pathWith(['env', 'sh', 'gcc']);
    const record = join(tmp('rp-apt-'), 'argv');
    writeFileSync(
      join(bin, 'apt-get'),
      [
        '#!/bin/sh',
        `printf "%s\\n" "DEBIAN_FRONTEND=$DEBIAN_FRONTEND" "$@" >> '${record}'`,
        `printf '#!/bin/sh\\nexec ${musl} "$@"\\n' > '${bin}/musl-gcc'`,
        `/bin/chmod 755 '${bin}/musl-gcc'`,
        '',
      ].join('\n'),
    );
    chmodSync(join(bin, 'apt-get'), 0o755);
    const log = quiet();
    const cc = found(
      await ensureMuslCc({
        exec,
        env: { PATH: bin },
        log,
        target: TARGET,
        hostArch: 'x64',
        uid: 0,
      }),
    );
    expect(readFileSync(record, 'utf8').trim().split('\n')).toEqual([
      'DEBIAN_FRONTEND=noninteractive',
      'install',
      '-y',
      '-q',
      '--no-install-recommends',
      'musl-tools',
    ]);
    expect(cc).toMatchObject({ tool: 'musl-gcc', from: 'apt-get (musl-tools)', path: join(bin, 'musl-gcc') });
    expect(cc.env.CC_x86_64_unknown_linux_musl).toBe(join(bin, 'musl-gcc'));
    expect(log.lines.join('\n')).toContain('installing musl-tools');
  });

  it('says clearly when it cannot install (not root, no sudo)', async () => {
    const res = await ensureMuslCc({
      exec,
      env: { PATH: pathWith(['env', 'sh']) },
      log: quiet(),
      target: TARGET,
      hostArch: 'x64',
      uid: 1000,
    });
    expect(!res.ok && res.result).toMatch(
      /^No C compiler for x86_64-unknown-linux-musl \(looked for x86_64-linux-musl-gcc, musl-gcc\) and musl-tools could not be installed: not running as root and sudo is not available\. .*set CC_x86_64_unknown_linux_musl\.$/,
    );
  });

  it("compiles the fixture's C file with musl-gcc into a static musl executable", () => {
    const dir = tmp('rp-musl-');
    writeFileSync(
      join(dir, 'main.c'),
      '#include <stdio.h>\nint fixture_answer(int);\nint main(void) { printf("answer %d\\n", fixture_answer(7)); return 0; }\n',
    );
    const out = join(dir, 'answer');
    const cc = spawnSync(
      musl,
      ['-static', '-o', out, join(FIXTURES, 'musl-cc', 'src', 'answer.c'), join(dir, 'main.c')],
      { encoding: 'utf8' },
    );
    expect(cc.status, cc.stderr).toBe(0);
    expect(spawnSync(out, { encoding: 'utf8' }).stdout).toBe('answer 42\n');
    expect(spawnSync('file', [out], { encoding: 'utf8' }).stdout || 'statically linked').toMatch(
      /statically linked|static-pie/,
    );
  });

  it('the cc crate in the build script compiles with the compiler named by CC_<target>', async () => {
    const ws = tmp('rp-musl-cc-');
    cpSync(join(FIXTURES, 'musl-cc'), ws, { recursive: true });
    const host = /^host: (\S+)$/m.exec(spawnSync('rustc', ['-vV'], { encoding: 'utf8' }).stdout)![1]!;
    const env = { ...process.env, [`CC_${host.replace(/-/g, '_')}`]: musl, CARGO_TARGET_DIR: join(ws, 'target') };
    const res = await exec('cargo', ['build', '--locked', '--release', '-vv'], {
      cwd: ws,
      env,
      echo: 'none',
      timeoutMs: 10 * 60_000,
    });
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).toContain(`C compiler: ${musl}`);
    expect(spawnSync(join(ws, 'target', 'release', 'fixture-musl-cc'), { encoding: 'utf8' }).stdout).toBe(
      'answer 42\n',
    );
  }, 600_000);
});
