// The C cross toolchain of a foreign target: which compiler and Debian packages, what cargo gets,
// and finding or installing it (scripts on a PATH of their own stand in for gcc and apt-get).
import { chmodSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exec } from '../../src/exec.js';
import { crossEnv, crossProblem, crossSpec, ensureCrossCc, linkerVar, type CrossCc } from '../../src/tools/cross.js';
import { workspaces } from '../support/rig.js';

const ws = workspaces();
const HOST = 'x86_64-unknown-linux-gnu';

test.each([
  [
    1,
    'aarch64-unknown-linux-gnu',
    { gcc: 'aarch64-linux-gnu-gcc', packages: ['gcc-aarch64-linux-gnu', 'libc6-dev-arm64-cross'] },
  ],
  [
    2,
    'armv7-unknown-linux-gnueabihf',
    { gcc: 'arm-linux-gnueabihf-gcc', packages: ['gcc-arm-linux-gnueabihf', 'libc6-dev-armhf-cross'] },
  ],
  [
    3,
    'armv7-unknown-linux-gnueabi',
    { gcc: 'arm-linux-gnueabi-gcc', packages: ['gcc-arm-linux-gnueabi', 'libc6-dev-armel-cross'] },
  ],
  [
    4,
    'riscv64gc-unknown-linux-gnu',
    { gcc: 'riscv64-linux-gnu-gcc', packages: ['gcc-riscv64-linux-gnu', 'libc6-dev-riscv64-cross'] },
  ],
  [
    5,
    'i686-unknown-linux-gnu',
    { gcc: 'i686-linux-gnu-gcc', packages: ['gcc-i686-linux-gnu', 'libc6-dev-i386-cross'] },
  ],
  [6, 'x86_64-pc-windows-gnu', { gcc: 'x86_64-w64-mingw32-gcc', packages: ['gcc-mingw-w64-x86-64'] }],
  [7, 'i686-pc-windows-gnu', { gcc: 'i686-w64-mingw32-gcc', packages: ['gcc-mingw-w64-i686'] }],
  [8, 'aarch64-unknown-linux-musl', { lld: true, gcc: 'aarch64-linux-gnu-gcc', packages: [] }],
  [9, 'x86_64-unknown-linux-musl', undefined],
  [10, 'x86_64-unknown-linux-gnu', undefined],
  [11, 'aarch64-apple-darwin', undefined],
  [12, 'x86_64-pc-windows-msvc', undefined],
])('%i. %s from an x86_64 Linux host: %j', (_n, target, spec) => {
  expect(crossSpec(target, HOST)).toEqual(spec);
});

test('on an aarch64 host, aarch64 gnu is native and x86_64 gnu is the foreign one', () => {
  expect(crossSpec('aarch64-unknown-linux-musl', 'aarch64-unknown-linux-gnu')).toBeUndefined();
  expect(crossSpec('x86_64-unknown-linux-gnu', 'aarch64-unknown-linux-gnu')).toEqual({
    gcc: 'x86_64-linux-gnu-gcc',
    packages: ['gcc-x86_64-linux-gnu', 'libc6-dev-amd64-cross'],
  });
});

test.each([
  [1, 'aarch64-unknown-linux-gnu', 'CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER'],
  [2, 'x86_64-pc-windows-gnu', 'CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER'],
  [3, 'thumbv7neon-unknown-linux-gnueabihf', 'CARGO_TARGET_THUMBV7NEON_UNKNOWN_LINUX_GNUEABIHF_LINKER'],
])('%i. %s links through %s', (_n, target, name) => {
  expect(linkerVar(target)).toBe(name);
});

test('cargo gets the linker and the cc crate its CC_/AR_ of the target', () => {
  expect(
    crossEnv('aarch64-unknown-linux-gnu', '/usr/bin/aarch64-linux-gnu-gcc', {
      cc: '/usr/bin/aarch64-linux-gnu-gcc',
      ar: '/usr/bin/aarch64-linux-gnu-ar',
    }),
  ).toEqual({
    CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER: '/usr/bin/aarch64-linux-gnu-gcc',
    CC_aarch64_unknown_linux_gnu: '/usr/bin/aarch64-linux-gnu-gcc',
    AR_aarch64_unknown_linux_gnu: '/usr/bin/aarch64-linux-gnu-ar',
  });
  expect(crossEnv('aarch64-unknown-linux-musl', 'rust-lld')).toEqual({
    CARGO_TARGET_AARCH64_UNKNOWN_LINUX_MUSL_LINKER: 'rust-lld',
  });
});

test('the missing-toolchain message names the target, the packages and both fixes', () => {
  expect(crossProblem('x86_64-pc-windows-gnu', crossSpec('x86_64-pc-windows-gnu', HOST)!, 'apt-get failed')).toBe(
    'No C cross toolchain for x86_64-pc-windows-gnu: x86_64-w64-mingw32-gcc is not on PATH and gcc-mingw-w64-x86-64 could not be installed (apt-get failed).\n' +
      'Fix: install it before this step (sudo apt-get install gcc-mingw-w64-x86-64), or set CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER to a linker for x86_64-pc-windows-gnu.',
  );
});

describe('finding and installing', () => {
  const quiet = () => {
    const lines: string[] = [];
    return { lines, info: (m: string) => lines.push(m), warning: (m: string) => lines.push(`warning: ${m}`) };
  };
  function script(dir: string, name: string, body: string): void {
    writeFileSync(join(dir, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(dir, name), 0o755);
  }
  const run = (env: NodeJS.ProcessEnv, target: string, uid = 0) =>
    ensureCrossCc({ exec, env, log: quiet(), target, host: HOST, uid });
  /** The toolchain found or installed; a stop or no toolchain fails the test. */
  const found = async (env: NodeJS.ProcessEnv, target: string): Promise<CrossCc> => {
    const res = await run(env, target);
    if (!res.ok) throw new Error(res.result);
    if (!res.value) throw new Error(`no toolchain for ${target}`);
    return res.value;
  };

  test('a compiler on PATH is used with its own ar', async () => {
    const bin = ws.temp('rp-cross-');
    script(bin, 'aarch64-linux-gnu-gcc', 'echo 12');
    script(bin, 'aarch64-linux-gnu-ar', 'true');
    const cc = await found({ PATH: `${bin}:/usr/bin:/bin` }, 'aarch64-unknown-linux-gnu');
    expect(cc).toMatchObject({ tool: 'aarch64-linux-gnu-gcc', version: 'gcc 12', from: 'PATH' });
    expect(cc.env).toEqual({
      CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER: join(bin, 'aarch64-linux-gnu-gcc'),
      CC_aarch64_unknown_linux_gnu: join(bin, 'aarch64-linux-gnu-gcc'),
      AR_aarch64_unknown_linux_gnu: join(bin, 'aarch64-linux-gnu-ar'),
    });
  });

  test('a missing compiler is installed with apt-get: the gcc and the C library of the target', async () => {
    const bin = ws.temp('rp-cross-');
    const record = join(bin, 'argv');
    script(bin, 'env', 'shift; exec "$@"');
    // Only these programs: /bin is /usr/bin on merged-/usr systems, where the real mingw gcc may be.
    for (const p of ['sh', 'chmod']) symlinkSync(`/bin/${p}`, join(bin, p));
    script(
      bin,
      'apt-get',
      `printf "%s\\n" "$@" >> '${record}'\nprintf '#!/bin/sh\\necho 13\\n' > '${bin}/x86_64-w64-mingw32-gcc'\nchmod 755 '${bin}/x86_64-w64-mingw32-gcc'`,
    );
    const cc = await found({ PATH: bin }, 'x86_64-pc-windows-gnu');
    expect(readFileSync(record, 'utf8').trim().split('\n')).toEqual([
      'install',
      '-y',
      '-q',
      '--no-install-recommends',
      'gcc-mingw-w64-x86-64',
    ]);
    expect(cc).toMatchObject({ from: 'apt-get (gcc-mingw-w64-x86-64)', version: 'gcc 13' });
  });

  test('not root and no sudo: a problem naming the fix', async () => {
    const bin = ws.temp('rp-cross-');
    const res = await run({ PATH: bin }, 'x86_64-pc-windows-gnu', 1000);
    expect(!res.ok && res.result).toMatch(
      /^No C cross toolchain for x86_64-pc-windows-gnu: .*\(not running as root and sudo is not available\)\.\nFix: /,
    );
  });

  test('a linker the user set is left alone', async () => {
    const cc = await found(
      { PATH: '', CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER: '/opt/x/gcc' },
      'aarch64-unknown-linux-gnu',
    );
    expect(cc).toMatchObject({ path: '/opt/x/gcc', env: {}, from: 'CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER' });
  });

  test('a foreign musl target links with rust-lld, and compiles C with the gnu cross gcc when there is one', async () => {
    const bin = ws.temp('rp-cross-');
    expect((await found({ PATH: bin }, 'aarch64-unknown-linux-musl')).env).toEqual({
      CARGO_TARGET_AARCH64_UNKNOWN_LINUX_MUSL_LINKER: 'rust-lld',
    });
    script(bin, 'aarch64-linux-gnu-gcc', 'echo 12');
    script(bin, 'ar', 'true');
    expect((await found({ PATH: bin }, 'aarch64-unknown-linux-musl')).env).toEqual({
      CARGO_TARGET_AARCH64_UNKNOWN_LINUX_MUSL_LINKER: 'rust-lld',
      CC_aarch64_unknown_linux_musl: join(bin, 'aarch64-linux-gnu-gcc'),
      AR_aarch64_unknown_linux_musl: join(bin, 'ar'),
    });
  });

  test('the host target needs nothing', async () => {
    expect(await run({ PATH: '' }, HOST)).toEqual({ ok: true, value: undefined });
  });
});
