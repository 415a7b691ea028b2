import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { closedPort, serveFiles } from '../support/cargo-tools.js';
import { afterEach, beforeEach, describe, expect, it, test, vi } from 'vitest';
import { type Exec, type ExecResult } from '../../src/exec.js';
import { CHECKSUMS_ENV, loadChecksums, parseChecksums } from '../../src/tools/checksums.js';
import { ChecksumError, DownloadError, extractArchive, fetchVerified } from '../../src/tools/download.js';
import { actionsToolCache } from '../../src/tools/index.js';
import {
  cargoInstallArgs,
  installTool,
  isSuitable,
  parseVersion,
  type InstallOptions,
} from '../../src/tools/install.js';
import { RECORD_FILE } from '../../src/tools/record.js';
import { findOnPath } from '../../src/paths.js';
import { ARCHIVES_SOURCE, RELEASE_ARCHIVES } from '../../src/tools/archives.generated.js';
import { INPUT_SPECS } from '../../src/inputs/specs.js';
import { assetFor, PLATFORMS, TOOL_TABLE, TOOL_NAMES, type ToolName } from '../../src/tools/table.js';
import { recordingLogger } from '../support/fakes.js';

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
      '0.37.2',
      'linux-x64',
      undefined,
      'https://github.com/xd009642/tarpaulin/releases/download/0.37.2/cargo-tarpaulin-x86_64-unknown-linux-musl.tar.gz',
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
      '0.37.2',
      'linux-x64',
      'https://mirror.example/tools/',
      'https://mirror.example/tools/cargo-tarpaulin/0.37.2/cargo-tarpaulin-x86_64-unknown-linux-musl.tar.gz',
    ],
    [
      'cargo-audit',
      '0.22.2',
      'win32-x64',
      'http://127.0.0.1:8080',
      'http://127.0.0.1:8080/cargo-audit/0.22.2/cargo-audit-x86_64-pc-windows-msvc-v0.22.2.zip',
    ],
    // A version the generated table does not list: named by the table's templates, no sha256.
    [
      'cargo-audit',
      '0.99.0',
      'darwin-arm64',
      undefined,
      'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.99.0/cargo-audit-aarch64-apple-darwin-v0.99.0.tgz',
    ],
  ] as const)('%s %s on %s (mirror %s)', (tool, version, platform, mirror, url) => {
    expect(assetFor(tool, version, platform, mirror)?.url).toBe(url);
  });

  it('has no archive for platforms without a release, and no sha256 for unlisted versions', () => {
    expect(assetFor('cargo-audit', '0.22.2', 'freebsd-x64')).toBeUndefined();
    expect(assetFor('cargo-audit', '0.99.0', 'linux-x64')?.sha256).toBeUndefined();
  });

  // cargo-deny's pinned version is newer than the install-action manifest archives.ts was generated
  // from (rerun `npm run gen:tools` with a current manifest to add it); cargo-auditable publishes
  // .tar.xz archives only. Both are built with cargo install until then.
  const PREBUILT = TOOL_NAMES.filter((t) => t !== 'cargo-deny' && t !== 'cargo-auditable');
  test.each(PREBUILT.flatMap((tool) => PLATFORMS.map((platform) => [tool, platform] as const)))(
    'the pinned default of %s has a published sha256 for %s',
    (tool, platform) => {
      const version = INPUT_SPECS.find((s) => s.name === `${tool}-version`)!.default;
      const asset = assetFor(tool, version, platform);
      expect(asset?.sha256, `${tool} ${version} ${platform}`).toMatch(/^[0-9a-f]{64}$/);
      // Windows releases are zip (tar.gz for nextest), the others tar.gz.
      expect(asset!.file).toMatch(platform === 'win32-x64' ? /\.(zip|tar\.gz)$/ : /\.(tgz|tar\.gz)$/);
    },
  );

  it('lists only well-formed archives of known tools, platforms and release hosts', () => {
    for (const [tool, versions] of Object.entries(RELEASE_ARCHIVES)) {
      expect(TOOL_NAMES).toContain(tool);
      expect(Object.keys(versions).length).toBeGreaterThanOrEqual(3);
      for (const [version, byPlatform] of Object.entries(versions)) {
        expect(version).toMatch(/^\d+\.\d+\.\d+$/);
        for (const [platform, a] of Object.entries(byPlatform)) {
          expect(PLATFORMS).toContain(platform);
          expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
          expect(a.url.startsWith(`${TOOL_TABLE[tool as ToolName].releaseBase}/`)).toBe(true);
          expect(a.url.endsWith(`/${a.file}`)).toBe(true);
        }
      }
    }
    expect(ARCHIVES_SOURCE).toMatch(/^taiki-e\/install-action@[0-9a-f]{7,} \(\d{4}-\d{2}-\d{2}\)$/);
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

// A world for installTool: the real @actions/tool-cache under a temporary RUNNER_TOOL_CACHE, and
// executables that are files whose content is their version (a fake exec answers `--version`;
// "broken" stands for a binary whose shared library is missing).
// tool-cache retries a failed download after 10–20 s; not in these tests (stubbed per test, so
// no later test file inherits it).
beforeEach(() => {
  vi.stubGlobal('TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS', 0);
  vi.stubGlobal('TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS', 0);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

type Call = { cmd: string; args: readonly string[]; cwd?: string };

function fakeExec(calls: Call[]): Exec {
  return async (cmd, args, opts = {}) => {
    calls.push({ cmd, args, cwd: opts.cwd });
    const res = (stdout: string, code = 0, stderr = ''): ExecResult => ({ code, stdout, stderr, ms: 1 });
    if (args[1] === '--version') {
      if (!existsSync(cmd)) return { ...res('', 127), spawnError: 'ENOENT' };
      const content = readFileSync(cmd, 'utf8');
      return content === 'broken'
        ? res('', 127, `${cmd}: error while loading shared libraries: libfake.so: cannot open shared object file`)
        : res(`cargo-audit-audit ${content}`);
    }
    if (cmd === 'cargo' && args[0] === 'install') {
      const root = args[args.indexOf('--root') + 1]!;
      mkdirSync(join(root, 'bin'), { recursive: true });
      writeFileSync(join(root, 'bin', args[args.length - 1]!), args[args.indexOf('--version') + 1]!);
      return res('');
    }
    throw new Error(`unexpected command ${cmd} ${args.join(' ')}`);
  };
}

const AUDIT_FILE = 'cargo-audit-x86_64-unknown-linux-musl-v0.22.2.tgz';
const AUDIT_MIRROR_PATH = `cargo-audit/0.22.2/${AUDIT_FILE}`;

function world(over: Partial<InstallOptions> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'rp-tools-'));
  vi.stubEnv('RUNNER_TOOL_CACHE', join(root, 'tool-cache'));
  vi.stubEnv('RUNNER_TEMP', join(root, 'runner-temp'));
  const calls: Call[] = [];
  const log = recordingLogger();
  mkdirSync(join(root, 'bin'));
  const o: InstallOptions = {
    exec: fakeExec(calls),
    env: { PATH: join(root, 'bin') },
    toolDir: join(root, 'tools'),
    tempDir: join(root, 'tmp'),
    log,
    platform: 'linux-x64',
    arch: 'x64',
    toolCache: actionsToolCache(join(root, 'tools'), join(root, 'tmp')),
    checksums: new Map(),
    ...over,
  };
  const cached = join(root, 'tool-cache', 'cargo-audit', '0.22.2', 'x64');
  const shared = join(root, 'tools', 'cargo-audit', '0.22.2');
  return { o, calls, root, warnings: log.warnings, cached, shared };
}

/** A release-shaped archive (the binary in a versioned folder) on a file: mirror; returns its options. */
function mirrored(root: string, content: string, sha?: string): Partial<InstallOptions> & { sha: string } {
  const inner = `cargo-audit-x86_64-unknown-linux-musl-v0.22.2`;
  mkdirSync(join(root, 'pkg', inner), { recursive: true });
  writeFileSync(join(root, 'pkg', inner, 'cargo-audit'), content);
  mkdirSync(join(root, 'mirror', 'cargo-audit', '0.22.2'), { recursive: true });
  const file = join(root, 'mirror', AUDIT_MIRROR_PATH);
  expect(spawnSync('tar', ['-czf', file, '-C', join(root, 'pkg'), inner]).status).toBe(0);
  const actual = createHash('sha256').update(readFileSync(file)).digest('hex');
  return {
    sha: actual,
    mirror: pathToFileURL(join(root, 'mirror')).href,
    checksums: new Map([[AUDIT_MIRROR_PATH, sha ?? actual]]),
  };
}

describe('installTool: where a tool comes from', () => {
  it('PATH at a suitable version wins and nothing else runs', async () => {
    const { o, root, calls } = world();
    writeFileSync(join(root, 'bin', 'cargo-audit'), '0.22.4');
    const t = await installTool('cargo-audit', '0.22.2', o);
    expect(t).toMatchObject({ source: 'path', version: '0.22.4', path: join(root, 'bin', 'cargo-audit') });
    expect(calls.map((c) => c.cmd)).toEqual([join(root, 'bin', 'cargo-audit')]);
  });

  it('PATH at another line: cargo install --locked, away from the project, recorded in both caches', async () => {
    const { o, root, calls, cached, shared } = world();
    writeFileSync(join(root, 'bin', 'cargo-audit'), '0.21.0');
    const t = await installTool('cargo-audit', '0.22.2', { ...o, mirror: 'http://127.0.0.1:9', checksums: new Map() });
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
    expect(t.path).toBe(join(cached, 'cargo-audit'));
    expect(readFileSync(join(shared, 'cargo-audit'), 'utf8')).toBe('0.22.2');
    const record = JSON.parse(readFileSync(join(shared, RECORD_FILE), 'utf8'));
    expect(record).toEqual({
      tool: 'cargo-audit',
      version: '0.22.2',
      from: 'cargo-install',
      exe: 'cargo-audit',
      sha256: createHash('sha256').update('0.22.2').digest('hex'),
    });
    expect(existsSync(join(cached, RECORD_FILE))).toBe(true);
  });

  it('downloads the published archive, verifies it before extraction, keeps the archive in the shared cache', async () => {
    const { o, root, calls, cached, shared } = world();
    const m = mirrored(root, '0.22.2');
    const t = await installTool('cargo-audit', '0.22.2', { ...o, ...m });
    expect(t.source).toBe('download');
    expect(t.detail).toContain(`${m.mirror}/${AUDIT_MIRROR_PATH}`);
    expect(calls.some((c) => c.cmd === 'cargo')).toBe(false);
    expect(t.path).toBe(join(cached, 'cargo-audit'));
    expect(readFileSync(t.path, 'utf8')).toBe('0.22.2');
    expect(readdirSync(shared).sort()).toEqual([AUDIT_FILE, RECORD_FILE].sort());
    expect(JSON.parse(readFileSync(join(shared, RECORD_FILE), 'utf8')).archive).toEqual({
      file: AUDIT_FILE,
      sha256: m.sha,
    });
  });

  it('the shipped table is used when no checksum file names the archive', async () => {
    const { o, root } = world();
    const m = mirrored(root, '0.22.2');
    await expect(installTool('cargo-audit', '0.22.2', { ...o, ...m, checksums: new Map() })).rejects.toThrow(
      `expected ${assetFor('cargo-audit', '0.22.2', 'linux-x64')!.sha256}, got ${m.sha}`,
    );
  });

  it('a wrong checksum fails with a clear error and installs nothing', async () => {
    const { o, root, shared } = world();
    const m = mirrored(root, '0.22.2', '0'.repeat(64));
    await expect(installTool('cargo-audit', '0.22.2', { ...o, ...m })).rejects.toThrow(
      /Could not install cargo-audit 0\.22\.2: sha256 mismatch for .* expected 0{64}, got [0-9a-f]{64}\. The archive was deleted and nothing was installed\./,
    );
    expect(existsSync(shared)).toBe(false);
    expect(existsSync(join(root, 'tool-cache', 'cargo-audit'))).toBe(false);
  });

  it('an archive holding another version is refused', async () => {
    const { o, root } = world();
    await expect(installTool('cargo-audit', '0.22.2', { ...o, ...mirrored(root, '0.22.1') })).rejects.toThrow(
      /holds cargo-audit 0\.22\.1, not 0\.22\.2/,
    );
  });

  it('a prebuilt binary that does not start here: a warning with the reason, then cargo install', async () => {
    const { o, root, calls, warnings, shared } = world();
    const t = await installTool('cargo-audit', '0.22.2', { ...o, ...mirrored(root, 'broken') });
    expect(t.source).toBe('cargo-install');
    expect(calls.filter((c) => c.cmd === 'cargo')).toHaveLength(1);
    expect(warnings.join('\n')).toMatch(
      /The prebuilt cargo-audit 0\.22\.2 \(cargo-audit-x86_64.*\.tgz\) does not run on this machine: `--version` exited with code 127: .*libfake\.so: cannot open shared object file\. Building it with cargo install instead\./,
    );
    expect(t.detail).toContain('the prebuilt archive does not run here');
    expect(JSON.parse(readFileSync(join(shared, RECORD_FILE), 'utf8')).from).toBe('cargo-install');
  });

  it('an unreachable mirror falls back to cargo install', async () => {
    const { o, calls } = world();
    const port = await closedPort();
    const t = await installTool('cargo-audit', '0.22.2', {
      ...o,
      mirror: `http://127.0.0.1:${port}`,
      checksums: new Map([[AUDIT_MIRROR_PATH, 'a'.repeat(64)]]),
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
    await expect(installTool('cargo-audit', '0.99.0', { ...o, exec: failing })).rejects.toThrow(
      /cargo install failed \(exit 101\):\nerror: failed to compile `cargo-audit`\nTried: not in the runner tool cache; not in the shared cache; no verified sha256/,
    );
  });
});

describe('installTool: cached copies are trusted by hash', () => {
  /** Installs once (download or build), then moves to a fresh runner: empty tool cache, same shared cache. */
  async function installedThenFreshRunner(kind: 'download' | 'build') {
    const w = world();
    const m = kind === 'download' ? mirrored(w.root, '0.22.2') : { mirror: 'http://127.0.0.1:9', checksums: new Map() };
    const first = await installTool('cargo-audit', '0.22.2', { ...w.o, ...m });
    expect(first.source).toBe(kind === 'download' ? 'download' : 'cargo-install');
    rmSync(join(w.root, 'tool-cache'), { recursive: true });
    return { ...w, m, o: { ...w.o, ...m } };
  }

  it('the tool cache comes first and fills an empty shared cache', async () => {
    const { o, shared, calls } = await installedThenFreshRunner('build').then(async (w) => {
      await installTool('cargo-audit', '0.22.2', w.o); // back into the tool cache
      rmSync(w.shared, { recursive: true });
      return w;
    });
    calls.length = 0;
    const t = await installTool('cargo-audit', '0.22.2', o);
    expect(t.source).toBe('tool-cache');
    expect(readFileSync(join(shared, 'cargo-audit'), 'utf8')).toBe('0.22.2');
    expect(calls.some((c) => c.cmd === 'cargo')).toBe(false);
  });

  test.each(['download', 'build'] as const)(
    'a shared-cache copy (%s) is checked and fills the tool cache',
    async (kind) => {
      const { o, cached } = await installedThenFreshRunner(kind);
      const t = await installTool('cargo-audit', '0.22.2', o);
      expect(t.source).toBe('shared-cache');
      expect(t.path).toBe(join(cached, 'cargo-audit'));
      expect(readFileSync(t.path, 'utf8')).toBe('0.22.2');
    },
  );

  it('a tampered built binary in the shared cache is rejected, removed and rebuilt', async () => {
    const { o, shared, warnings, calls } = await installedThenFreshRunner('build');
    writeFileSync(join(shared, 'cargo-audit'), '0.22.2 '); // same --version, other bytes
    calls.length = 0;
    const t = await installTool('cargo-audit', '0.22.2', o);
    expect(t.source).toBe('cargo-install');
    expect(warnings.join('\n')).toMatch(
      /The shared cache's cargo-audit 0\.22\.2 does not match what was recorded when it was installed \(cargo-audit has sha256 [0-9a-f]{64}, recorded [0-9a-f]{64}\)/,
    );
    expect(calls.filter((c) => c.cmd === 'cargo')).toHaveLength(1);
  });

  it('a downloaded archive cannot be swapped in the shared cache, even with its record rewritten', async () => {
    const { o, root, shared, warnings } = await installedThenFreshRunner('download');
    // Another archive (same layout, other content) and a record that claims its hash.
    const other = mirrored(join(root, 'evil'), '0.22.2 ');
    mkdirSync(join(root, 'evil'), { recursive: true });
    copyFileSync(join(root, 'evil', 'mirror', AUDIT_MIRROR_PATH), join(shared, AUDIT_FILE));
    const record = JSON.parse(readFileSync(join(shared, RECORD_FILE), 'utf8'));
    writeFileSync(
      join(shared, RECORD_FILE),
      JSON.stringify({ ...record, archive: { file: AUDIT_FILE, sha256: other.sha } }),
    );
    const t = await installTool('cargo-audit', '0.22.2', o);
    expect(t.source).toBe('download');
    expect(warnings.join('\n')).toContain(`the recorded sha256 of ${AUDIT_FILE} (${other.sha}) is not the published`);
  });

  it('a shared-cache copy without a record is not trusted', async () => {
    const { o, shared } = world();
    mkdirSync(shared, { recursive: true });
    writeFileSync(join(shared, 'cargo-audit'), '0.22.2');
    const t = await installTool('cargo-audit', '0.22.99', { ...o, mirror: 'http://127.0.0.1:9' });
    expect(t.source).toBe('cargo-install');
  });

  it('a tampered binary in the runner tool cache is not used', async () => {
    const { o, cached, warnings } = await installedThenFreshRunner('build');
    await installTool('cargo-audit', '0.22.2', o);
    writeFileSync(join(cached, 'cargo-audit'), '0.22.2\n');
    const t = await installTool('cargo-audit', '0.22.2', o);
    expect(t.source).toBe('shared-cache');
    expect(warnings.join('\n')).toMatch(
      /Ignoring cargo-audit 0\.22\.2 in the runner tool cache .*: cargo-audit has sha256/,
    );
  });
});

describe('fetchVerified and extractArchive', () => {
  it('checks the sha256 of what arrived and removes a mismatching file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rp-dl-'));
    vi.stubEnv('RUNNER_TOOL_CACHE', join(dir, 'tool-cache'));
    vi.stubEnv('RUNNER_TEMP', join(dir, 'runner-temp'));
    const tc = actionsToolCache(join(dir, 'tools'), join(dir, 'tmp'));
    writeFileSync(join(dir, 'a.bin'), 'hello');
    const sha = createHash('sha256').update('hello').digest('hex');
    expect(await fetchVerified(tc, pathToFileURL(join(dir, 'a.bin')).href, join(dir, 'b.bin'), sha)).toBe(5);
    await expect(
      fetchVerified(tc, pathToFileURL(join(dir, 'a.bin')).href, join(dir, 'c.bin'), 'f'.repeat(64)),
    ).rejects.toBeInstanceOf(ChecksumError);
    expect(existsSync(join(dir, 'c.bin'))).toBe(false);
    const server = await serveFiles(dir);
    try {
      expect(await fetchVerified(tc, `${server.url}/a.bin`, join(dir, 'e.bin'), sha)).toBe(5);
      await expect(fetchVerified(tc, `${server.url}/missing`, join(dir, 'f.bin'), sha)).rejects.toThrow(
        `could not download ${server.url}/missing: HTTP 404`,
      );
    } finally {
      await server.close();
    }
    const refused = fetchVerified(tc, `http://127.0.0.1:${await closedPort()}/x`, join(dir, 'd.bin'), sha);
    await expect(refused).rejects.toBeInstanceOf(DownloadError);
    await expect(refused).rejects.toThrow(/ECONNREFUSED/);
  });

  it('unpacks zip and tar.gz by extension, and names an unknown type', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rp-x-'));
    vi.stubEnv('RUNNER_TOOL_CACHE', join(dir, 'tool-cache'));
    vi.stubEnv('RUNNER_TEMP', join(dir, 'runner-temp'));
    const tc = actionsToolCache(join(dir, 'tools'), join(dir, 'tmp'));
    mkdirSync(join(dir, 'src', 'inner'), { recursive: true });
    writeFileSync(join(dir, 'src', 'inner', 'tool'), 'x');
    expect(spawnSync('tar', ['-czf', join(dir, 'a.tgz'), '-C', join(dir, 'src'), 'inner']).status).toBe(0);
    await extractArchive(tc, join(dir, 'a.tgz'), join(dir, 'out-tgz'));
    expect(readFileSync(join(dir, 'out-tgz', 'inner', 'tool'), 'utf8')).toBe('x');
    // Zip archives need python3 (to make one) and unzip (tool-cache unpacks with it); both are on this machine.
    expect(spawnSync('python3', ['-m', 'zipfile', '-c', join(dir, 'a.zip'), join(dir, 'src', 'inner')]).status).toBe(0);
    await extractArchive(tc, join(dir, 'a.zip'), join(dir, 'out-zip'));
    expect(readFileSync(join(dir, 'out-zip', 'inner', 'tool'), 'utf8')).toBe('x');
    await expect(extractArchive(tc, join(dir, 'a.rar'), join(dir, 'out'))).rejects.toThrow(/unknown archive type/);
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

describe('actionsToolCache outside Actions', () => {
  it('points RUNNER_TOOL_CACHE and RUNNER_TEMP under the local cache when they are unset, and keeps them otherwise', () => {
    vi.stubEnv('RUNNER_TOOL_CACHE', undefined);
    vi.stubEnv('RUNNER_TEMP', undefined);
    actionsToolCache('/home/u/.cache/rust-pipeline/tools', '/w/target/rust-pipeline/tmp/tools');
    expect(process.env.RUNNER_TOOL_CACHE).toBe('/home/u/.cache/rust-pipeline/tool-cache');
    expect(process.env.RUNNER_TEMP).toBe('/w/target/rust-pipeline/tmp/tools');
    actionsToolCache('/elsewhere/tools', '/elsewhere/tmp');
    expect(process.env.RUNNER_TOOL_CACHE).toBe('/home/u/.cache/rust-pipeline/tool-cache');
  });
});
