import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  appendRustflags,
  binaryPath,
  configRustflagFiles,
  cargoBuildCommand,
  formatSizeChange,
  parseMetadata,
  parseRustcHost,
  planBuild,
  rustupInstalledTargetsCommand,
  rustupTargetAddCommand,
  selectBinary,
  SIZE_PROFILE_ENV,
  targetAddError,
  wantStatic,
} from '../../src/release/build-plan.js';
import { formatBytes } from '../../src/text.js';
import { rustupError } from '../../src/cargo/rustup.js';
import { aptArgv, ccEnv, muslCcCandidates, userCc } from '../../src/tools/musl.js';

const HOST = 'x86_64-unknown-linux-gnu';

describe('planBuild', () => {
  test.each([
    {
      name: 'host, static auto (linux) → crt-static with explicit --target',
      o: { static: 'auto' },
      want: { target: HOST, explicitTarget: true, static: true, staticVia: 'crt-static', needsTarget: false },
    },
    {
      name: 'host, static false → plain host build',
      o: { static: 'false' },
      want: { target: HOST, explicitTarget: false, static: false, needsTarget: false },
    },
    {
      name: 'musl target → static by default, target added',
      o: { target: 'x86_64-unknown-linux-musl', static: 'auto' },
      want: {
        target: 'x86_64-unknown-linux-musl',
        explicitTarget: true,
        static: true,
        staticVia: 'musl',
        needsTarget: true,
      },
    },
    {
      name: 'aarch64 musl',
      o: { target: 'aarch64-unknown-linux-musl', static: 'true' },
      want: {
        target: 'aarch64-unknown-linux-musl',
        explicitTarget: true,
        static: true,
        staticVia: 'musl',
        needsTarget: true,
      },
    },
    {
      name: 'glibc host named explicitly',
      o: { target: HOST, static: 'true' },
      want: { target: HOST, explicitTarget: true, static: true, staticVia: 'crt-static', needsTarget: false },
    },
    {
      name: 'windows target, auto → not static',
      o: { target: 'x86_64-pc-windows-msvc', static: 'auto' },
      want: { target: 'x86_64-pc-windows-msvc', explicitTarget: true, static: false, needsTarget: true },
    },
    {
      name: 'macOS target, auto → not static',
      o: { target: 'aarch64-apple-darwin', static: 'auto' },
      want: { target: 'aarch64-apple-darwin', explicitTarget: true, static: false, needsTarget: true },
    },
  ] as const)('$name', ({ o, want }) => {
    expect(planBuild({ host: HOST, ...o })).toEqual(want);
  });

  test.each([
    ['auto', 'x86_64-unknown-linux-gnu', true],
    ['auto', 'armv7-unknown-linux-gnueabihf', true],
    ['auto', 'x86_64-apple-darwin', false],
    ['true', 'x86_64-apple-darwin', true],
    ['false', 'x86_64-unknown-linux-musl', false],
  ] as const)('wantStatic(%s, %s) = %s', (setting, target, want) => {
    expect(wantStatic(setting, target)).toBe(want);
  });
});

describe('cargo build argv and env', () => {
  const crtPlan = planBuild({ host: HOST, static: 'auto' });
  const muslPlan = planBuild({ host: HOST, target: 'x86_64-unknown-linux-musl', static: 'auto' });
  const dynPlan = planBuild({ host: HOST, static: 'false' });
  test.each([
    {
      name: 'crt-static, locked, size profile',
      o: { plan: crtPlan, profile: 'size', locked: true, bin: 'svc', baseEnv: {} },
      args: ['build', '--release', '--locked', '--bin', 'svc', '--target', HOST],
      env: { ...SIZE_PROFILE_ENV, RUSTFLAGS: '-C target-feature=+crt-static' },
    },
    {
      name: "crt-static appended to the user's RUSTFLAGS",
      o: {
        plan: crtPlan,
        profile: 'release',
        locked: false,
        bin: 'svc',
        baseEnv: { RUSTFLAGS: '-C target-cpu=native' },
      },
      args: ['build', '--release', '--bin', 'svc', '--target', HOST],
      env: { RUSTFLAGS: '-C target-cpu=native -C target-feature=+crt-static' },
    },
    {
      name: 'musl: no RUSTFLAGS needed, target passed',
      o: { plan: muslPlan, profile: 'release', locked: true, bin: 'svc', baseEnv: { RUSTFLAGS: '-D warnings' } },
      args: ['build', '--release', '--locked', '--bin', 'svc', '--target', 'x86_64-unknown-linux-musl'],
      env: {},
    },
    {
      name: 'musl with the C compiler found for it: CC_/AR_ of the target for the cc crate',
      o: {
        plan: muslPlan,
        profile: 'size',
        locked: true,
        bin: 'svc',
        baseEnv: {},
        ccEnv: ccEnv('x86_64-unknown-linux-musl', '/usr/bin/musl-gcc', '/usr/bin/ar'),
      },
      args: ['build', '--release', '--locked', '--bin', 'svc', '--target', 'x86_64-unknown-linux-musl'],
      env: {
        ...SIZE_PROFILE_ENV,
        CC_x86_64_unknown_linux_musl: '/usr/bin/musl-gcc',
        AR_x86_64_unknown_linux_musl: '/usr/bin/ar',
      },
    },
    {
      name: 'dynamic host build in a workspace, reference target dir',
      o: {
        plan: dynPlan,
        profile: 'release',
        locked: true,
        package: 'svc-pkg',
        bin: 'svc',
        targetDir: '/t/ref',
        baseEnv: {},
      },
      args: ['build', '--release', '--locked', '--package', 'svc-pkg', '--bin', 'svc', '--target-dir', '/t/ref'],
      env: {},
    },
  ] as const)('$name', ({ o, args, env }) => {
    expect(cargoBuildCommand(o)).toEqual({ args, env });
  });

  test('size profile is exactly opt-level z, LTO, one codegen unit, strip, abort', () => {
    expect(SIZE_PROFILE_ENV).toEqual({
      CARGO_PROFILE_RELEASE_OPT_LEVEL: 'z',
      CARGO_PROFILE_RELEASE_LTO: 'true',
      CARGO_PROFILE_RELEASE_CODEGEN_UNITS: '1',
      CARGO_PROFILE_RELEASE_STRIP: 'true',
      CARGO_PROFILE_RELEASE_PANIC: 'abort',
    });
  });

  test.each([
    { env: {}, want: { RUSTFLAGS: '-C target-feature=+crt-static' } },
    { env: { RUSTFLAGS: '  ' }, want: { RUSTFLAGS: '-C target-feature=+crt-static' } },
    {
      env: { RUSTFLAGS: '--cfg tokio_unstable' },
      want: { RUSTFLAGS: '--cfg tokio_unstable -C target-feature=+crt-static' },
    },
    { env: { RUSTFLAGS: '-C  target-feature=+crt-static' }, want: { RUSTFLAGS: '-C  target-feature=+crt-static' } },
    {
      env: { CARGO_ENCODED_RUSTFLAGS: '--cfg\x1ffoo' },
      want: { CARGO_ENCODED_RUSTFLAGS: '--cfg\x1ffoo\x1f-C\x1ftarget-feature=+crt-static' },
    },
  ])('appendRustflags($env)', ({ env, want }) => {
    expect(appendRustflags(env, '-C target-feature=+crt-static')).toEqual(want);
  });

  test.each([
    { plan: crtPlan, want: `/w/target/${HOST}/release/svc` },
    { plan: dynPlan, want: '/w/target/release/svc' },
    {
      plan: planBuild({ host: HOST, target: 'x86_64-pc-windows-gnu', static: 'auto' }),
      want: '/w/target/x86_64-pc-windows-gnu/release/svc.exe',
    },
  ])('binaryPath → $want', ({ plan, want }) => {
    expect(binaryPath('/w/target', plan, 'svc')).toBe(want);
  });
});

describe('rustup and rustc', () => {
  test.each([
    {
      t: undefined,
      add: ['target', 'add', '--', 'x86_64-unknown-linux-musl'],
      list: ['target', 'list', '--installed'],
    },
    {
      t: '1.80',
      add: ['target', 'add', '--toolchain=1.80', '--', 'x86_64-unknown-linux-musl'],
      list: ['target', 'list', '--installed', '--toolchain=1.80'],
    },
  ])('rustup argv with toolchain $t', ({ t, add, list }) => {
    expect(rustupTargetAddCommand('x86_64-unknown-linux-musl', t)).toEqual(add);
    expect(rustupInstalledTargetsCommand(t)).toEqual(list);
  });

  test('a failed target add names the target, the toolchain and the fix (musl: the command, and the crt-static alternative)', () => {
    const msg = targetAddError(
      'x86_64-unknown-linux-musl',
      "info: downloading component 'rust-std'\nerror: could not download file from 'https://static.rust-lang.org/dist/…'\n",
      '1.85',
    );
    expect(msg).toContain('Could not add the Rust target x86_64-unknown-linux-musl to the toolchain 1.85 with rustup');
    expect(msg).toContain('error: could not download file');
    expect(msg).toContain('`rustup target add --toolchain=1.85 -- x86_64-unknown-linux-musl`');
    expect(msg).toContain('target: x86_64-unknown-linux-gnu) with static: true');
  });

  test('rustup output (captured, download refused) boils down to the error and its last causes, no backtrace', () => {
    const out = [
      'info: downloading component rust-std',
      'info: rolling back changes',
      'error: component download failed for rust-std-x86_64-unknown-linux-musl',
      '',
      'Caused by:',
      '    0: partially downloaded file was kept for resumption, please try again',
      "    1: could not download file from 'http://127.0.0.1:5999/dist/2026-04-16/rust-std-1.95.0-x86_64-unknown-linux-musl.tar.xz' to '/root/.rustup/downloads/aee5.partial'",
      '    5: tcp connect error',
      '    6: Connection refused (os error 111)',
      '',
      'Stack backtrace:',
      '   0: <E as anyhow::context::ext::StdError>::ext_context',
      '   1: rustup::download::download_file_with_resume::{{closure}}',
    ].join('\n');
    expect(rustupError(out)).toBe(
      'error: component download failed for rust-std-x86_64-unknown-linux-musl\n5: tcp connect error\n6: Connection refused (os error 111)',
    );
    expect(rustupError('something odd\nhappened')).toBe('something odd\nhappened');
  });

  test('rustc -vV host line (real output shape)', () => {
    const out =
      'rustc 1.95.0 (59807616e 2026-04-14)\nbinary: rustc\ncommit-hash: 59807616e1fa2540724bfbac14d7976d7e4a3860\ncommit-date: 2026-04-14\nhost: x86_64-unknown-linux-gnu\nrelease: 1.95.0\nLLVM version: 22.1.2\n';
    expect(parseRustcHost(out)).toBe('x86_64-unknown-linux-gnu');
    expect(parseRustcHost('garbage')).toBeUndefined();
  });
});

describe('cargo metadata and the binary to build', () => {
  // Real `cargo metadata --no-deps --format-version 1` output of the release fixture, trimmed of absolute paths.
  const fixtureMeta = JSON.stringify({
    packages: [
      {
        name: 'fixture-release',
        version: '1.2.3',
        id: 'path+file:///w/release-bin#fixture-release@1.2.3',
        license: 'MIT',
        description: 'A small binary crate.',
        targets: [{ kind: ['bin'], crate_types: ['bin'], name: 'fixture-release' }],
      },
    ],
    workspace_members: ['path+file:///w/release-bin#fixture-release@1.2.3'],
    target_directory: '/w/release-bin/target',
  });
  const workspaceMeta = JSON.stringify({
    packages: [
      { name: 'core-lib', version: '0.1.0', id: 'a', targets: [{ kind: ['lib'], name: 'core_lib' }] },
      {
        name: 'api',
        version: '2.0.0',
        id: 'b',
        description: null,
        license: null,
        targets: [
          { kind: ['bin'], name: 'api' },
          { kind: ['lib'], name: 'api' },
        ],
      },
      {
        name: 'tools',
        version: '2.0.0',
        id: 'c',
        targets: [
          { kind: ['bin'], name: 'migrate' },
          { kind: ['bin'], name: 'seed' },
        ],
      },
      { name: 'not-a-member', version: '1.0.0', id: 'z', targets: [{ kind: ['bin'], name: 'other' }] },
    ],
    workspace_members: ['a', 'b', 'c'],
    target_directory: '/w/target',
  });

  test('single package', () => {
    const meta = parseMetadata(fixtureMeta);
    expect(meta).toEqual({
      targetDirectory: '/w/release-bin/target',
      packages: [
        {
          name: 'fixture-release',
          version: '1.2.3',
          license: 'MIT',
          description: 'A small binary crate.',
          bins: ['fixture-release'],
        },
      ],
    });
    expect(selectBinary(meta.packages, undefined).bin).toBe('fixture-release');
  });

  test('the fixture crate on disk agrees with the trimmed metadata', () => {
    const toml = readFileSync(join(__dirname, '..', 'fixtures', 'release-bin', 'Cargo.toml'), 'utf8');
    expect(toml).toContain('name = "fixture-release"');
    expect(toml).toContain('version = "1.2.3"');
  });

  test.each([
    { bin: 'seed', want: { pkg: 'tools', bin: 'seed' } },
    { bin: 'api', want: { pkg: 'api', bin: 'api' } },
  ])('workspace: bin $bin', ({ bin, want }) => {
    const s = selectBinary(parseMetadata(workspaceMeta).packages, bin);
    expect({ pkg: s.package.name, bin: s.bin }).toEqual(want);
  });

  test.each([
    {
      name: 'several binaries and no bin input',
      meta: workspaceMeta,
      bin: undefined,
      msg: 'The workspace has 3 binaries (api, migrate, seed); set the "bin" input to the one to build.',
    },
    {
      name: 'unknown bin',
      meta: workspaceMeta,
      bin: 'nope',
      msg: 'Input "bin" has an invalid value "nope": no such binary; allowed: api, migrate, seed.',
    },
    {
      name: 'library only',
      meta: JSON.stringify({
        packages: [{ name: 'l', version: '1.0.0', id: 'l', targets: [{ kind: ['lib'], name: 'l' }] }],
        workspace_members: ['l'],
        target_directory: '/t',
      }),
      bin: undefined,
      msg: 'The crate has no binary target to build (no src/main.rs or [[bin]]); the build stage needs one.',
    },
  ])('error: $name', ({ meta, bin, msg }) => {
    expect(() => selectBinary(parseMetadata(meta).packages, bin)).toThrow(msg);
  });
});

test.each([
  [512, '512 B'],
  [2048, '2.0 KiB'],
  [1_431_560, '1.37 MiB'],
])('formatBytes(%d) = %s', (n, s) => {
  expect(formatBytes(n)).toBe(s);
});

test.each([
  [1_431_560, 1_127_872, '-21.2% (1.37 MiB → 1.08 MiB)'],
  [1000, 1000, '+0.0% (1000 B → 1000 B)'],
])('formatSizeChange(%d, %d)', (a, b, s) => {
  expect(formatSizeChange(a, b)).toBe(s);
});

describe('cargo config files whose rustflags RUSTFLAGS would override', () => {
  const files: Record<string, string> = {
    '/repo/crate/.cargo/config.toml': '[build]\nrustflags = ["--cfg", "x"]\n',
    '/repo/.cargo/config': '[net]\nretry = 3\n',
    '/home/u/.cargo/config.toml': '[target.x86_64-unknown-linux-gnu]\n  rustflags = ["-C", "target-cpu=native"]\n',
  };
  test.each([
    {
      dir: '/repo/crate',
      stopAt: '/repo',
      home: '/home/u/.cargo',
      want: ['/repo/crate/.cargo/config.toml', '/home/u/.cargo/config.toml'],
    },
    { dir: '/repo', stopAt: '/repo', home: undefined, want: [] },
    { dir: '/repo/crate', stopAt: '/repo/crate', home: '/nowhere', want: ['/repo/crate/.cargo/config.toml'] },
  ])('$dir up to $stopAt', ({ dir, stopAt, home, want }) => {
    expect(configRustflagFiles(dir, stopAt, home, (p) => files[p])).toEqual(want);
  });
});

describe('the musl C toolchain', () => {
  test.each([
    ['x86_64-unknown-linux-musl', 'x64', ['x86_64-linux-musl-gcc', 'musl-gcc']],
    ['aarch64-unknown-linux-musl', 'arm64', ['aarch64-linux-musl-gcc', 'musl-gcc']],
    // musl-gcc compiles for the host CPU only: a cross target needs the cross toolchain
    ['aarch64-unknown-linux-musl', 'x64', ['aarch64-linux-musl-gcc']],
  ])('%s on a %s host looks for %j', (target, arch, names) => {
    expect(muslCcCandidates(target, arch)).toEqual(names);
  });

  test.each([
    ['x86_64-unknown-linux-musl', { CC_x86_64_unknown_linux_musl: 'cc', AR_x86_64_unknown_linux_musl: 'ar' }],
    [
      'armv7-unknown-linux-musleabihf',
      { CC_armv7_unknown_linux_musleabihf: 'cc', AR_armv7_unknown_linux_musleabihf: 'ar' },
    ],
  ])('ccEnv(%s)', (target, env) => {
    expect(ccEnv(target, 'cc', 'ar')).toEqual(env);
  });

  test.each([
    [
      0,
      {
        cmd: 'env',
        args: [
          'DEBIAN_FRONTEND=noninteractive',
          'apt-get',
          'install',
          '-y',
          '-q',
          '--no-install-recommends',
          'musl-tools',
        ],
      },
    ],
    [
      1001,
      {
        cmd: 'sudo',
        args: [
          '-n',
          'env',
          'DEBIAN_FRONTEND=noninteractive',
          'apt-get',
          'install',
          '-y',
          '-q',
          '--no-install-recommends',
          'musl-tools',
        ],
      },
    ],
  ])('apt-get install as uid %d', (uid, argv) => {
    expect(aptArgv('install', uid)).toEqual(argv);
    expect(aptArgv('update', uid).args).toContain('update');
  });

  test('a compiler the user chose for the target is kept', () => {
    const t = 'x86_64-unknown-linux-musl';
    expect(userCc({ CC_x86_64_unknown_linux_musl: '/opt/cc' }, t)).toBe('/opt/cc');
    expect(userCc({ 'CC_x86_64-unknown-linux-musl': '/opt/cc2' }, t)).toBe('/opt/cc2');
    expect(userCc({ TARGET_CC: 'clang' }, t)).toBe('clang');
    expect(userCc({}, t)).toBeUndefined();
  });
});
