import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { closedPort } from '../support/cargo-tools.js';
import { describe, expect, it, test } from 'vitest';
import { exec as realExec, type Exec, type ExecResult } from '../../src/exec.js';
import { CHECKSUMS_ENV, loadChecksums, parseChecksums } from '../../src/tools/checksums.js';
import { ChecksumError, DownloadError, downloadVerified } from '../../src/tools/download.js';
import {
  cargoInstallArgs,
  extractArgs,
  findOnPath,
  installTool,
  isSuitable,
  parseVersion,
  type InstallOptions,
  type ToolCache,
} from '../../src/tools/install.js';
import { assetFor, TOOL_TABLE, TOOL_NAMES } from '../../src/tools/table.js';

describe('the tool table', () => {
  test.each([
    [
      'cargo-audit',
      '0.22.2',
      'linux-x64',
      undefined,
      'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.22.2/cargo-audit-x86_64-unknown-linux-musl-v0.22.2.tgz',
    ],
    [
      'cargo-tarpaulin',
      '0.37.5',
      'linux-x64',
      undefined,
      'https://github.com/xd009642/tarpaulin/releases/download/0.37.5/cargo-tarpaulin-x86_64-unknown-linux-musl.tar.gz',
    ],
    [
      'cargo-nextest',
      '0.9.123',
      'darwin-arm64',
      undefined,
      'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.123/cargo-nextest-0.9.123-universal-apple-darwin.tar.gz',
    ],
    [
      'cargo-tarpaulin',
      '0.37.5',
      'linux-x64',
      'https://mirror.example/tools/',
      'https://mirror.example/tools/cargo-tarpaulin/0.37.5/cargo-tarpaulin-x86_64-unknown-linux-musl.tar.gz',
    ],
    [
      'cargo-audit',
      '0.22.2',
      'win32-x64',
      'http://127.0.0.1:8080',
      'http://127.0.0.1:8080/cargo-audit/0.22.2/cargo-audit-x86_64-pc-windows-msvc-v0.22.2.zip',
    ],
  ] as const)('%s %s on %s (mirror %s)', (tool, version, platform, mirror, url) => {
    expect(assetFor(tool, version, platform, mirror)?.url).toBe(url);
  });

  it('has no archive for platforms without a release', () => {
    expect(assetFor('cargo-audit', '0.22.2', 'darwin-arm64')).toBeUndefined();
    expect(assetFor('cargo-audit', '0.22.2', 'freebsd-x64')).toBeUndefined();
  });

  it('holds only well-formed checksums (none unless verified)', () => {
    for (const tool of TOOL_NAMES) {
      for (const [key, sha] of Object.entries(TOOL_TABLE[tool].sha256)) {
        expect(key).toMatch(/^\d+\.\d+\.\d+\/\S+$/);
        expect(sha).toMatch(/^[0-9a-f]{64}$/);
      }
    }
    expect(assetFor('cargo-audit', '0.22.2', 'linux-x64')?.sha256).toBeUndefined();
  });
});

describe('checksum file (RUST_PIPELINE_TOOL_CHECKSUMS)', () => {
  const sha = 'a'.repeat(64);
  it('reads sha256sum output keyed by mirror path', () => {
    const map = parseChecksums(
      `# tools\n${sha}  cargo-audit/0.22.2/x.tgz\n${'B'.repeat(64)} *./cargo-tarpaulin/0.37.5/y.tar.gz\n\n`,
      'f',
    );
    expect([...map]).toEqual([
      ['cargo-audit/0.22.2/x.tgz', sha],
      ['cargo-tarpaulin/0.37.5/y.tar.gz', 'b'.repeat(64)],
    ]);
  });
  it('names the file and line of a malformed entry', () => {
    expect(() => parseChecksums(`${sha}  ok\nnot-a-hash file\n`, 'sums.txt')).toThrow(/^sums\.txt:2: expected/);
  });
  it('is empty when the variable is unset, and says when the file is missing', () => {
    expect(loadChecksums({}).size).toBe(0);
    expect(() => loadChecksums({ [CHECKSUMS_ENV]: '/nonexistent/sums' })).toThrow(
      /RUST_PIPELINE_TOOL_CHECKSUMS names "\/nonexistent\/sums"/,
    );
  });
});

describe('argv builders and version checks', () => {
  it('cargo install is locked, pinned and rooted privately', () => {
    expect(cargoInstallArgs('cargo-audit', '0.22.2', '/tmp/r')).toEqual([
      'install',
      '--locked',
      '--version',
      '0.22.2',
      '--root',
      '/tmp/r',
      'cargo-audit',
    ]);
  });
  test.each([
    ['/a/x.tgz', ['-xzf', '/a/x.tgz', '-C', '/d']],
    ['/a/x.tar.gz', ['-xzf', '/a/x.tar.gz', '-C', '/d']],
    ['/a/x.zip', ['-xf', '/a/x.zip', '-C', '/d']],
  ])('extract %s', (archive, expected) => {
    expect(extractArgs(archive, '/d')).toEqual(expected);
  });
  test.each([
    ['cargo-audit-audit 0.22.2\n', '0.22.2'],
    ['cargo-tarpaulin-tarpaulin 0.37.5', '0.37.5'],
    ['cargo-nextest-nextest 0.9.123 (abc 2026-01-01)', '0.9.123'],
    ['no version here', undefined],
  ])('parseVersion(%j)', (out, v) => {
    expect(parseVersion(out)).toBe(v);
  });
  test.each([
    ['0.22.2', '0.22.2', true],
    ['0.22.5', '0.22.2', true],
    ['0.22.1', '0.22.2', false],
    ['0.23.0', '0.22.2', false],
    ['1.4.0', '1.2.0', true],
    ['2.0.0', '1.2.0', false],
  ])('found %s for pinned %s → %s', (found, pinned, ok) => {
    expect(isSuitable(found, pinned)).toBe(ok);
  });
});

// A fake world for installTool: executables are files whose content is their version.
function fakeExec(calls: { cmd: string; args: readonly string[]; cwd?: string }[]): Exec {
  return async (cmd, args, opts = {}) => {
    calls.push({ cmd, args, cwd: opts.cwd });
    const ok = (stdout: string, code = 0): ExecResult => ({ code, stdout, stderr: '', ms: 1 });
    if (args[1] === '--version')
      return existsSync(cmd) ? ok(`cargo-audit-audit ${readFileSync(cmd, 'utf8')}`) : ok('', 127);
    if (cmd === 'cargo' && args[0] === 'install') {
      const root = args[args.indexOf('--root') + 1]!;
      mkdirSync(join(root, 'bin'), { recursive: true });
      writeFileSync(join(root, 'bin', args[args.length - 1]!), args[args.indexOf('--version') + 1]!);
      return ok('');
    }
    if (cmd === 'tar') return realExec(cmd, args, { ...opts, env: process.env, echo: 'none' });
    throw new Error(`unexpected command ${cmd} ${args.join(' ')}`);
  };
}

function fakeToolCache(root: string): ToolCache & { dirs: string[] } {
  const dirs: string[] = [];
  return {
    dirs,
    find: (tool, version, arch) => (existsSync(join(root, tool, version, arch)) ? join(root, tool, version, arch) : ''),
    cacheDir: async (src, tool, version, arch) => {
      const dest = join(root, tool, version, arch);
      mkdirSync(dest, { recursive: true });
      for (const f of ['cargo-audit'])
        if (existsSync(join(src, f))) writeFileSync(join(dest, f), readFileSync(join(src, f)));
      dirs.push(dest);
      return dest;
    },
  };
}

function world(over: Partial<InstallOptions> = {}): {
  o: InstallOptions;
  calls: { cmd: string; args: readonly string[]; cwd?: string }[];
  root: string;
  cache: ReturnType<typeof fakeToolCache>;
} {
  const root = mkdtempSync(join(tmpdir(), 'rp-tools-'));
  const calls: { cmd: string; args: readonly string[]; cwd?: string }[] = [];
  const cache = fakeToolCache(join(root, 'tool-cache'));
  mkdirSync(join(root, 'bin'));
  const o: InstallOptions = {
    exec: fakeExec(calls),
    env: { PATH: join(root, 'bin') },
    toolDir: join(root, 'tools'),
    tempDir: join(root, 'tmp'),
    log: { info: () => undefined },
    platform: 'linux-x64',
    arch: 'x64',
    toolCache: cache,
    checksums: new Map(),
    ...over,
  };
  return { o, calls, root, cache };
}

async function tarball(root: string, version: string): Promise<{ file: string; sha: string }> {
  const dir = join(root, 'pkg', `cargo-audit-x86_64-unknown-linux-musl-v${version}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'cargo-audit'), version);
  const file = join(root, `cargo-audit-x86_64-unknown-linux-musl-v${version}.tgz`);
  const r = await realExec(
    'tar',
    ['-czf', file, '-C', join(root, 'pkg'), `cargo-audit-x86_64-unknown-linux-musl-v${version}`],
    { echo: 'none' },
  );
  expect(r.code).toBe(0);
  return { file, sha: createHash('sha256').update(readFileSync(file)).digest('hex') };
}

describe('installTool: where a tool comes from', () => {
  it('PATH at a suitable version wins and nothing else runs', async () => {
    const { o, root, calls } = world();
    writeFileSync(join(root, 'bin', 'cargo-audit'), '0.22.4');
    const t = await installTool('cargo-audit', '0.22.2', o);
    expect(t).toMatchObject({
      source: 'path',
      version: '0.22.4',
      path: join(root, 'bin', 'cargo-audit'),
      subcommand: 'audit',
    });
    expect(calls.map((c) => c.cmd)).toEqual([join(root, 'bin', 'cargo-audit')]);
  });

  it('PATH at another line: cargo install --locked of the pinned version, away from the project, then cached', async () => {
    const { o, root, calls, cache } = world();
    writeFileSync(join(root, 'bin', 'cargo-audit'), '0.21.0');
    const t = await installTool('cargo-audit', '0.22.2', o);
    expect(t.source).toBe('cargo-install');
    const install = calls.find((c) => c.cmd === 'cargo')!;
    expect(install.args).toEqual([
      'install',
      '--locked',
      '--version',
      '0.22.2',
      '--root',
      expect.stringContaining(o.tempDir),
      'cargo-audit',
    ]);
    expect(install.cwd!.startsWith(o.tempDir)).toBe(true);
    expect(t.path).toBe(join(o.toolDir, 'cargo-audit', '0.22.2', 'cargo-audit'));
    expect(readFileSync(t.path, 'utf8')).toBe('0.22.2');
    expect(cache.dirs).toEqual([join(root, 'tool-cache', 'cargo-audit', '0.22.2', 'x64')]);
    expect(t.detail).toContain(
      'no verified sha256 for cargo-audit/0.22.2/cargo-audit-x86_64-unknown-linux-musl-v0.22.2.tgz',
    );
  });

  it('the tool cache comes before the shared cache, and fills the shared cache', async () => {
    const { o, root, calls } = world();
    mkdirSync(join(root, 'tool-cache', 'cargo-audit', '0.22.2', 'x64'), { recursive: true });
    writeFileSync(join(root, 'tool-cache', 'cargo-audit', '0.22.2', 'x64', 'cargo-audit'), '0.22.2');
    const t = await installTool('cargo-audit', '0.22.2', o);
    expect(t.source).toBe('tool-cache');
    expect(readFileSync(join(o.toolDir, 'cargo-audit', '0.22.2', 'cargo-audit'), 'utf8')).toBe('0.22.2');
    expect(calls.some((c) => c.cmd === 'cargo')).toBe(false);
  });

  it('the shared cache (restored toolDir) fills the tool cache', async () => {
    const { o, cache } = world();
    mkdirSync(join(o.toolDir, 'cargo-audit', '0.22.2'), { recursive: true });
    writeFileSync(join(o.toolDir, 'cargo-audit', '0.22.2', 'cargo-audit'), '0.22.2');
    const t = await installTool('cargo-audit', '0.22.2', o);
    expect(t.source).toBe('shared-cache');
    expect(cache.dirs).toHaveLength(1);
  });

  it('outside a runner (no tool cache) the shared cache still works', async () => {
    const { o } = world({ toolCache: undefined });
    const first = await installTool('cargo-audit', '0.22.2', o);
    const second = await installTool('cargo-audit', '0.22.2', o);
    expect([first.source, second.source]).toEqual(['cargo-install', 'shared-cache']);
  });

  it('downloads from the mirror when a checksum is known, verifies and extracts', async () => {
    const { o, root, calls } = world();
    const { file, sha } = await tarball(root, '0.22.2');
    const mirror = pathToFileURL(join(root, 'mirror')).href;
    mkdirSync(join(root, 'mirror', 'cargo-audit', '0.22.2'), { recursive: true });
    writeFileSync(
      join(root, 'mirror', 'cargo-audit', '0.22.2', 'cargo-audit-x86_64-unknown-linux-musl-v0.22.2.tgz'),
      readFileSync(file),
    );
    const t = await installTool('cargo-audit', '0.22.2', {
      ...o,
      mirror,
      checksums: new Map([['cargo-audit/0.22.2/cargo-audit-x86_64-unknown-linux-musl-v0.22.2.tgz', sha]]),
    });
    expect(t.source).toBe('download');
    expect(t.detail).toContain(`${mirror}/cargo-audit/0.22.2/`);
    expect(calls.some((c) => c.cmd === 'cargo')).toBe(false);
    expect(readFileSync(t.path, 'utf8')).toBe('0.22.2');
  });

  it('a wrong checksum fails with a clear error and installs nothing', async () => {
    const { o, root, cache } = world();
    const { file } = await tarball(root, '0.22.2');
    mkdirSync(join(root, 'mirror', 'cargo-audit', '0.22.2'), { recursive: true });
    writeFileSync(
      join(root, 'mirror', 'cargo-audit', '0.22.2', 'cargo-audit-x86_64-unknown-linux-musl-v0.22.2.tgz'),
      readFileSync(file),
    );
    const opts = {
      ...o,
      mirror: pathToFileURL(join(root, 'mirror')).href,
      checksums: new Map([['cargo-audit/0.22.2/cargo-audit-x86_64-unknown-linux-musl-v0.22.2.tgz', '0'.repeat(64)]]),
    };
    await expect(installTool('cargo-audit', '0.22.2', opts)).rejects.toThrow(
      /Could not install cargo-audit 0\.22\.2: sha256 mismatch for .* expected 0{64}, got [0-9a-f]{64}\. The archive was deleted and nothing was installed\./,
    );
    expect(existsSync(join(o.toolDir, 'cargo-audit'))).toBe(false);
    expect(cache.dirs).toEqual([]);
  });

  it('an archive holding another version is refused', async () => {
    const { o, root } = world();
    const { file, sha } = await tarball(root, '0.22.1');
    mkdirSync(join(root, 'mirror', 'cargo-audit', '0.22.2'), { recursive: true });
    writeFileSync(
      join(root, 'mirror', 'cargo-audit', '0.22.2', 'cargo-audit-x86_64-unknown-linux-musl-v0.22.2.tgz'),
      readFileSync(file),
    );
    const opts = {
      ...o,
      mirror: pathToFileURL(join(root, 'mirror')).href,
      checksums: new Map([['cargo-audit/0.22.2/cargo-audit-x86_64-unknown-linux-musl-v0.22.2.tgz', sha]]),
    };
    await expect(installTool('cargo-audit', '0.22.2', opts)).rejects.toThrow(
      /holds cargo-audit 0\.22\.1, not 0\.22\.2/,
    );
  });

  it('an unreachable mirror falls back to cargo install', async () => {
    const { o, calls } = world();
    const port = await closedPort();
    const t = await installTool('cargo-audit', '0.22.2', {
      ...o,
      mirror: `http://127.0.0.1:${port}`,
      checksums: new Map([['cargo-audit/0.22.2/cargo-audit-x86_64-unknown-linux-musl-v0.22.2.tgz', 'a'.repeat(64)]]),
    });
    expect(t.source).toBe('cargo-install');
    expect(t.detail).toMatch(/could not download http:\/\/127\.0\.0\.1:\d+\/cargo-audit\/0\.22\.2\/.*ECONNREFUSED/);
    expect(calls.filter((c) => c.cmd === 'cargo')).toHaveLength(1);
  });

  it('a failing cargo install says what was tried', async () => {
    const { o } = world();
    const failing: Exec = async (cmd, args, opts) =>
      cmd === 'cargo'
        ? { code: 101, stdout: '', stderr: 'error: failed to compile `cargo-audit`', ms: 1 }
        : o.exec(cmd, args, opts);
    await expect(installTool('cargo-audit', '0.22.2', { ...o, exec: failing })).rejects.toThrow(
      /cargo install failed \(exit 101\):\nerror: failed to compile `cargo-audit`\nTried: not in the runner tool cache; not in the shared cache; no verified sha256/,
    );
  });
});

describe('downloadVerified', () => {
  it('hashes while writing and removes a mismatching file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rp-dl-'));
    writeFileSync(join(dir, 'a.bin'), 'hello');
    const sha = createHash('sha256').update('hello').digest('hex');
    expect(await downloadVerified(pathToFileURL(join(dir, 'a.bin')).href, join(dir, 'b.bin'), sha)).toBe(5);
    await expect(
      downloadVerified(pathToFileURL(join(dir, 'a.bin')).href, join(dir, 'c.bin'), 'f'.repeat(64)),
    ).rejects.toBeInstanceOf(ChecksumError);
    expect(existsSync(join(dir, 'c.bin'))).toBe(false);
    await expect(downloadVerified(`http://127.0.0.1:${await closedPort()}/x`, join(dir, 'd.bin'), sha)).rejects.toThrow(
      /ECONNREFUSED/,
    );
    await expect(
      downloadVerified(`http://127.0.0.1:${await closedPort()}/x`, join(dir, 'd.bin'), sha),
    ).rejects.toBeInstanceOf(DownloadError);
  });
});

describe('findOnPath', () => {
  it('returns the first match in PATH order', () => {
    const a = mkdtempSync(join(tmpdir(), 'rp-p-'));
    const b = mkdtempSync(join(tmpdir(), 'rp-p-'));
    writeFileSync(join(b, 'tool'), '');
    expect(findOnPath('tool', `${a}:${b}`)).toBe(join(b, 'tool'));
    expect(findOnPath('other', `${a}:${b}`)).toBeUndefined();
  });
});
