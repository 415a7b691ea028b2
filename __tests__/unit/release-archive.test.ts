// Release archives: read back by the system's tar, gzip, python's zipfile and sha256sum, and
// written twice from files with other times, owners and modes to show the bytes do not change.
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  archiveEntries,
  archiveName,
  defaultArchiveFiles,
  dosTime,
  sha256File,
  sha256sums,
  writeTarGz,
  writeZip,
} from '../../src/release/archive.js';
import { workspaces } from '../support/rig.js';

const ws = workspaces();
const COMMIT_TIME = 1_700_000_000; // 2023-11-14T22:13:20Z

/** A package directory with a binary and the files an archive ships. */
function pkg(fileTime: number, mode: number): { dir: string; binary: string } {
  const dir = ws.temp('rp-archive-pkg-');
  const binary = join(dir, 'app');
  writeFileSync(binary, Buffer.alloc(100_000, 7));
  writeFileSync(join(dir, 'README.md'), '# app\n');
  writeFileSync(join(dir, 'LICENSE-MIT'), 'MIT\n');
  writeFileSync(join(dir, 'CHANGELOG.md'), '## 1.2.3\n');
  writeFileSync(join(dir, 'Cargo.toml'), '[package]\n');
  for (const f of ['app', 'README.md', 'LICENSE-MIT', 'CHANGELOG.md']) {
    chmodSync(join(dir, f), mode);
    utimesSync(join(dir, f), fileTime, fileTime);
  }
  return { dir, binary };
}

const sh = (cmd: string, args: string[], cwd?: string) =>
  spawnSync(cmd, args, { encoding: 'utf8', cwd, env: { ...process.env, TZ: 'UTC' } });

test.each([
  [1, 'app', '1.2.3', 'x86_64-unknown-linux-musl', 'app-1.2.3-x86_64-unknown-linux-musl.tar.gz'],
  [2, 'app', '2.0.0-rc.1', 'aarch64-unknown-linux-gnu', 'app-2.0.0-rc.1-aarch64-unknown-linux-gnu.tar.gz'],
  [3, 'app', '1.2.3', 'x86_64-pc-windows-gnu', 'app-1.2.3-x86_64-pc-windows-gnu.zip'],
  [4, 'app', '1.2.3', 'aarch64-apple-darwin', 'app-1.2.3-aarch64-apple-darwin.tar.gz'],
])('%i. %s %s for %s is %s', (_n, bin, version, target, name) => {
  expect(archiveName(bin, version, target)).toBe(name);
});

test('the default files are README*, LICENSE*/LICENCE* and CHANGELOG*, sorted, files only', () => {
  const { dir } = pkg(COMMIT_TIME, 0o644);
  writeFileSync(join(dir, 'licence.txt'), 'x');
  writeFileSync(join(dir, 'READ_ME_NOT'), 'x');
  expect(defaultArchiveFiles(dir)).toEqual(['CHANGELOG.md', 'LICENSE-MIT', 'README.md', 'licence.txt']);
  expect(defaultArchiveFiles(join(dir, 'missing'))).toEqual([]);
});

test('entries are sorted by name; the binary is 0755, the rest 0644', () => {
  expect(archiveEntries('/t/release/zed', ['/p/README.md', '/p/CHANGELOG.md'])).toEqual([
    { name: 'CHANGELOG.md', path: '/p/CHANGELOG.md', mode: 0o644 },
    { name: 'README.md', path: '/p/README.md', mode: 0o644 },
    { name: 'zed', path: '/t/release/zed', mode: 0o755 },
  ]);
});

describe('tar.gz', () => {
  async function build(fileTime: number, mode: number): Promise<string> {
    const { dir, binary } = pkg(fileTime, mode);
    const out = join(dir, 'app.tar.gz');
    const extra = ['README.md', 'LICENSE-MIT', 'CHANGELOG.md'].map((f) => join(dir, f));
    await writeTarGz(out, 'app-1.2.3-x', archiveEntries(binary, extra), COMMIT_TIME);
    return out;
  }

  test('tar lists sorted entries with the commit time, root:root, fixed modes', async () => {
    const out = await build(1_234_567_890, 0o600);
    const list = sh('tar', ['--numeric-owner', '--full-time', '-tvzf', out], undefined);
    expect(list.status, list.stderr).toBe(0);
    const rows = list.stdout
      .trim()
      .split('\n')
      .map((l) => l.split(/\s+/))
      .map((f) => [f[0], f[1], f[3], f[4], f[5]]);
    expect(rows).toEqual([
      ['drwxr-xr-x', '0/0', '2023-11-14', '22:13:20', 'app-1.2.3-x/'],
      ['-rw-r--r--', '0/0', '2023-11-14', expect.any(String), 'app-1.2.3-x/CHANGELOG.md'],
      ['-rw-r--r--', '0/0', '2023-11-14', expect.any(String), 'app-1.2.3-x/LICENSE-MIT'],
      ['-rw-r--r--', '0/0', '2023-11-14', expect.any(String), 'app-1.2.3-x/README.md'],
      ['-rwxr-xr-x', '0/0', '2023-11-14', expect.any(String), 'app-1.2.3-x/app'],
    ]);
    const x = ws.temp('rp-archive-x-');
    expect(sh('tar', ['-xzf', out, '-C', x]).status).toBe(0);
    expect(readFileSync(join(x, 'app-1.2.3-x', 'app'))).toEqual(Buffer.alloc(100_000, 7));
    expect(readFileSync(join(x, 'app-1.2.3-x', 'README.md'), 'utf8')).toBe('# app\n');
  });

  test('the gzip header carries no name, no time and an unknown OS', async () => {
    const head = readFileSync(await build(COMMIT_TIME, 0o644)).subarray(0, 10);
    expect(head[3]).toBe(0); // FLG: no FNAME, no FCOMMENT, no FEXTRA
    expect(head.readUInt32LE(4)).toBe(0); // MTIME
    expect(head[9]).toBe(0xff);
  });

  test('other file times and modes give the same bytes', async () => {
    const a = await build(1_000_000_000, 0o600);
    const b = await build(1_600_000_000, 0o777);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });
});

describe('zip', () => {
  function build(fileTime: number, mode: number): string {
    const { dir, binary } = pkg(fileTime, mode);
    const out = join(dir, 'app.zip');
    writeZip(out, 'app-1.2.3-w', archiveEntries(binary, [join(dir, 'README.md')]), COMMIT_TIME);
    return out;
  }

  test("python's zipfile reads sorted entries, Unix modes and the commit time (2-second DOS time, UTC)", () => {
    const out = build(1_234_567_890, 0o600);
    const py = sh('python3', [
      '-c',
      'import sys,zipfile,json;z=zipfile.ZipFile(sys.argv[1]);print(json.dumps([[i.filename,oct(i.external_attr>>16),list(i.date_time),i.create_system,z.read(i).count(7)] for i in z.infolist()]));assert z.testzip() is None',
      out,
    ]);
    expect(py.status, py.stderr).toBe(0);
    expect(JSON.parse(py.stdout)).toEqual([
      ['app-1.2.3-w/', '0o40755', [2023, 11, 14, 22, 13, 20], 3, 0],
      ['app-1.2.3-w/README.md', '0o100644', [2023, 11, 14, 22, 13, 20], 3, 0],
      ['app-1.2.3-w/app', '0o100755', [2023, 11, 14, 22, 13, 20], 3, 100_000],
    ]);
  });

  test('other file times and modes give the same bytes', () => {
    expect(readFileSync(build(1_000_000_000, 0o600)).equals(readFileSync(build(1_600_000_000, 0o777)))).toBe(true);
  });

  test.each([
    [1, COMMIT_TIME, '2023-11-14T22:13:20'],
    [2, 0, '1980-01-01T00:00:00'],
  ])('%i. DOS time of %i has the local fields %s', (_n, t, local) => {
    const d = dosTime(t);
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(
      `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`,
    ).toBe(local);
  });
});

test('SHA256SUMS in sha256sum format is accepted by sha256sum -c', async () => {
  const dir = ws.temp('rp-sums-');
  writeFileSync(join(dir, 'b.zip'), 'bbb');
  writeFileSync(join(dir, 'a.tar.gz'), 'aaa');
  const files = await Promise.all(
    ['b.zip', 'a.tar.gz'].map(async (name) => ({ name, sha256: await sha256File(join(dir, name)) })),
  );
  const text = sha256sums(files);
  expect(text).toBe(
    '9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0  a.tar.gz\n' +
      '3e744b9dc39389baf0c5a0660589b8402f3dbb49b89b3e75f2c9355852a3c677  b.zip\n',
  );
  writeFileSync(join(dir, 'SHA256SUMS'), text);
  const check = sh('sha256sum', ['-c', 'SHA256SUMS'], dir);
  expect(check.status, check.stderr).toBe(0);
  expect(check.stdout).toBe('a.tar.gz: OK\nb.zip: OK\n');
});
