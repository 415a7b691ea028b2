// The release's packing: which files go in, the time they carry, the version in the names, the
// flags a reproducible build adds, and the archives with their checksums in dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exec } from '../../src/exec.js';
import {
  cargoBuildCommand,
  CRT_STATIC,
  NO_PE_TIMESTAMP,
  parseTargetList,
  planBuild,
  releaseRustflags,
  releaseVersion,
} from '../../src/release/build-plan.js';
import { distDir, extraFiles, packRelease, sourceDateEpoch } from '../../src/release/pack.js';
import { parseRef } from '../../src/release/tags.js';
import { workspaces } from '../support/rig.js';

const ws = workspaces();
const HOST = 'x86_64-unknown-linux-gnu';

test.each([
  [1, 'refs/tags/v1.2.3', '0.9.0', '1.2.3'],
  [2, 'refs/tags/2.0.0-rc.1', '0.9.0', '2.0.0-rc.1'],
  [3, 'refs/tags/nightly', '0.9.0', '0.9.0'],
  [4, 'refs/heads/main', '0.9.0', '0.9.0'],
  [5, 'refs/pull/7/merge', '0.9.0', '0.9.0'],
  [6, '', '0.9.0', '0.9.0'],
])('%i. on %s with Cargo.toml at %s the release version is %s', (_n, ref, pkg, version) => {
  expect(releaseVersion(parseRef(ref), pkg)).toBe(version);
});

test('rustc --print target-list is read one target per line', () => {
  const list = parseTargetList('aarch64-apple-darwin\naarch64-unknown-linux-gnu\n\nx86_64-pc-windows-gnu\n');
  expect([...list]).toEqual(['aarch64-apple-darwin', 'aarch64-unknown-linux-gnu', 'x86_64-pc-windows-gnu']);
});

test.each<[number, string, 'true' | 'false' | 'auto', string[]]>([
  [1, 'aarch64-unknown-linux-gnu', 'true', [CRT_STATIC]],
  [2, 'x86_64-unknown-linux-musl', 'true', []],
  [3, 'x86_64-pc-windows-gnu', 'auto', [NO_PE_TIMESTAMP]],
  [4, 'x86_64-pc-windows-gnu', 'true', [CRT_STATIC, NO_PE_TIMESTAMP]],
  [5, 'aarch64-unknown-linux-gnu', 'false', []],
])('%i. %s with static %s adds %j to RUSTFLAGS', (_n, target, staticSetting, flags) => {
  const plan = planBuild({ target, host: HOST, static: staticSetting });
  expect(releaseRustflags(plan)).toEqual(flags);
  const cmd = cargoBuildCommand({ plan, profile: 'release', locked: true, bin: 'app', baseEnv: { RUSTFLAGS: '-g' } });
  expect(cmd.env.RUSTFLAGS).toBe(flags.length ? ['-g', ...flags].join(' ') : undefined);
});

describe('files and time', () => {
  test('archive-files are resolved in the package directory; a missing one names the input', () => {
    const dir = ws.temp('rp-pack-files-');
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'USAGE.md'), 'x');
    writeFileSync(join(dir, 'README.md'), 'x');
    expect(extraFiles(dir, undefined, dir)).toEqual([join(dir, 'README.md')]);
    expect(extraFiles(dir, ['docs/USAGE.md'], dir)).toEqual([join(dir, 'docs', 'USAGE.md')]);
    expect(() => extraFiles(dir, ['docs'], dir)).toThrow(
      `Input "archive-files" names "docs", which is not a file in ${dir}.`,
    );
    expect(() => extraFiles(dir, ['NOTICE'], dir)).toThrow('Input "archive-files" names "NOTICE"');
    expect(() => extraFiles(dir, ['README.md', 'docs/../README.md'], dir)).toThrow(
      'Input "archive-files" names "README.md" and "docs/../README.md": both would be README.md in the archive.',
    );
  });

  test('a file linking out of the repository is refused; a link to the workspace root README is fine', () => {
    const repo = ws.temp('rp-pack-repo-');
    const member = join(repo, 'crates', 'app');
    mkdirSync(member, { recursive: true });
    writeFileSync(join(repo, 'README.md'), '# root\n');
    symlinkSync('../../README.md', join(member, 'README.md'));
    expect(extraFiles(member, undefined, repo)).toEqual([join(member, 'README.md')]);
    const outside = join(ws.temp('rp-pack-outside-'), 'secret');
    writeFileSync(outside, 'x');
    symlinkSync(outside, join(member, 'LICENSE'));
    expect(() => extraFiles(member, undefined, repo)).toThrow(
      /^The archive file "LICENSE", which leads outside the repository \(to .*secret\): it is not packed\.$/,
    );
  });

  test("the time is SOURCE_DATE_EPOCH, else the commit's, else 1980-01-01", async () => {
    const repo = ws('release-bin');
    const ct = Number(spawnSync('git', ['log', '-1', '--format=%ct'], { cwd: repo, encoding: 'utf8' }).stdout.trim());
    expect(await sourceDateEpoch({ ...process.env, SOURCE_DATE_EPOCH: '1700000000' }, exec, repo)).toEqual({
      epoch: 1_700_000_000,
      from: 'SOURCE_DATE_EPOCH',
    });
    expect(await sourceDateEpoch(process.env, exec, repo)).toEqual({ epoch: ct, from: 'the commit' });
    expect((await sourceDateEpoch(process.env, exec, ws.temp('rp-no-git-'))).epoch).toBe(315_532_800);
  });
});

test('packRelease empties dist/, writes one archive and .sha256 per binary, and SHA256SUMS over all', async () => {
  const target = ws.temp('rp-pack-target-');
  const dist = distDir(target);
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'app-0.0.1-old.tar.gz'), 'stale');
  const bin = join(target, 'app');
  const exe = join(target, 'app.exe');
  writeFileSync(bin, 'ELF');
  writeFileSync(exe, 'MZ');
  const { archives, checksums } = await packRelease({
    binaries: [
      { target: 'x86_64-unknown-linux-musl', path: bin, name: 'app', size: 3, static: true, verified: 'x' },
      { target: 'x86_64-pc-windows-gnu', path: exe, name: 'app.exe', size: 2, verified: 'y' },
    ],
    bin: 'app',
    version: '1.2.3',
    dir: dist,
    files: [],
    mtime: 1_700_000_000,
  });
  expect(readdirSync(dist).sort()).toEqual([
    'SHA256SUMS',
    'app-1.2.3-x86_64-pc-windows-gnu.zip',
    'app-1.2.3-x86_64-pc-windows-gnu.zip.sha256',
    'app-1.2.3-x86_64-unknown-linux-musl.tar.gz',
    'app-1.2.3-x86_64-unknown-linux-musl.tar.gz.sha256',
  ]);
  expect(archives.map((a) => [a.target, a.name, a.assets])).toEqual([
    [
      'x86_64-unknown-linux-musl',
      'app-1.2.3-x86_64-unknown-linux-musl.tar.gz',
      [join(dist, 'app-1.2.3-x86_64-unknown-linux-musl.tar.gz.sha256')],
    ],
    [
      'x86_64-pc-windows-gnu',
      'app-1.2.3-x86_64-pc-windows-gnu.zip',
      [join(dist, 'app-1.2.3-x86_64-pc-windows-gnu.zip.sha256')],
    ],
  ]);
  expect(readFileSync(checksums, 'utf8')).toBe(
    archives
      .map((a) => `${a.sha256}  ${a.name}\n`)
      .sort((x, y) => (x.slice(66) < y.slice(66) ? -1 : 1))
      .join(''),
  );
  expect(existsSync(join(dist, 'app-0.0.1-old.tar.gz'))).toBe(false);
  const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dist, encoding: 'utf8' });
  expect(check.status, check.stderr).toBe(0);
});
