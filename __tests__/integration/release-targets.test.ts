// Release builds for several targets through the built action, with real cross toolchains (Debian's
// gcc-aarch64-linux-gnu, gcc-mingw-w64-x86-64, musl-tools: scripts/setup/30-cross.sh): headers
// verified, the aarch64 binary run under qemu-aarch64-static and the musl one natively, archives
// that a second build reproduces byte for byte, a SHA256SUMS sha256sum accepts; the cc crate
// compiled by each target's C compiler; a missing target added with rustup; and bad input.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readReport, runAction, workspaces, type StepResult } from '../support/rig.js';

const which = (p: string): string => spawnSync('sh', ['-c', `command -v ${p}`], { encoding: 'utf8' }).stdout.trim();
const NEEDED = ['aarch64-linux-gnu-gcc', 'x86_64-w64-mingw32-gcc', 'musl-gcc', 'qemu-aarch64-static', 'rustup'];
const missing = NEEDED.filter((p) => !which(p));
const reason =
  process.platform !== 'linux' || process.arch !== 'x64'
    ? 'needs an x86_64 Linux host'
    : missing.length
      ? `${missing.join(', ')} not installed (scripts/setup/30-cross.sh)`
      : undefined;
if (reason && process.env.CI === 'true' && process.platform === 'linux') throw new Error(reason);
if (reason) console.warn(`skipping: ${reason}`);

const ws = workspaces();
const MUSL = 'x86_64-unknown-linux-musl';
const ARM = 'aarch64-unknown-linux-gnu';
const WIN = 'x86_64-pc-windows-gnu';
const TAG = { GITHUB_REF: 'refs/tags/v1.2.3', GITHUB_EVENT_NAME: 'push' };

interface ArchiveOutput {
  target: string;
  path: string;
  sha256: string;
  size: number;
}
const archivesOf = (step: StepResult): ArchiveOutput[] => JSON.parse(step.outputs.archives!) as ArchiveOutput[];
const run = (cmd: string, args: string[], cwd?: string) => spawnSync(cmd, args, { encoding: 'utf8', cwd });

/** The release fixture with a README, a LICENSE and a CHANGELOG, committed at a fixed time. */
function releaseWorkspace(): string {
  const dir = ws('release-bin');
  writeFileSync(join(dir, 'README.md'), '# fixture-release\n');
  writeFileSync(join(dir, 'LICENSE'), 'MIT\n');
  writeFileSync(join(dir, 'CHANGELOG.md'), '## 1.2.3\n- first\n');
  const env = { ...process.env, GIT_COMMITTER_DATE: '2026-01-02T03:04:05Z', GIT_AUTHOR_DATE: '2026-01-02T03:04:05Z' };
  const git = (...args: string[]) =>
    spawnSync('git', ['-c', 'user.email=ci@example.invalid', '-c', 'user.name=ci', ...args], { cwd: dir, env });
  git('add', '-A');
  git('commit', '-q', '-m', 'docs');
  return dir;
}

describe.skipIf(reason !== undefined)('release for several targets', () => {
  const three = {
    stages: 'build',
    auditable: 'false',
    profile: 'size',
    targets: `${MUSL}, ${ARM}\n${WIN}`,
    static: 'true',
  };
  let first: StepResult;
  let repo: string;

  it('v1.2.3 for musl, aarch64 gnu (static) and windows gnu: verified, runnable, archived, checksummed', async () => {
    repo = releaseWorkspace();
    const targetDir = ws.temp('rp-targets-a-');
    first = (
      await runAction({ workspace: repo, inputs: three, env: { ...TAG, CARGO_TARGET_DIR: targetDir }, noPost: true })
    ).main;
    expect(first.code, first.stdout).toBe(0);

    const report = readReport(first);
    const data = report.stages[0].data;
    expect(data.version).toBe('1.2.3');
    expect(
      data.binaries.map((b: { target: string; verified: string; static?: boolean }) => [
        b.target,
        b.verified,
        b.static,
      ]),
    ).toEqual([
      [MUSL, 'ELF 64-bit LSB x86-64', true],
      [ARM, 'ELF 64-bit LSB aarch64', true],
      [WIN, 'PE32+ x86-64', undefined],
    ]);
    // the musl binary runs here, the aarch64 one under qemu
    const [musl, arm] = data.binaries as { path: string }[];
    expect(run(musl!.path, ['--version']).stdout).toBe('fixture-release 1.2.3\n');
    expect(run('qemu-aarch64-static', [arm!.path, '--version']).stdout).toBe('fixture-release 1.2.3\n');

    // one archive per target, a zip for Windows, in <target dir>/rust-pipeline/dist
    const dist = join(targetDir, 'rust-pipeline', 'dist');
    const archives = archivesOf(first);
    expect(archives.map((a) => basename(a.path))).toEqual([
      `fixture-release-1.2.3-${MUSL}.tar.gz`,
      `fixture-release-1.2.3-${ARM}.tar.gz`,
      `fixture-release-1.2.3-${WIN}.zip`,
    ]);
    expect(archives.every((a) => dirname(a.path) === dist)).toBe(true);
    expect(first.outputs.checksums).toBe(join(dist, 'SHA256SUMS'));
    // Beside each archive: its checksum and its SBOM, both published with it.
    expect(data.archives.map((a: { assets: string[] }) => a.assets)).toEqual(
      archives.map((a) => [`${a.path}.sha256`, `${a.path}.cdx.json`]),
    );
    const sums = run('sha256sum', ['-c', 'SHA256SUMS'], dist);
    expect(sums.status, sums.stderr).toBe(0);
    expect(sums.stdout.trim().split('\n')).toHaveLength(3);
    for (const a of archives) expect(run('sha256sum', ['-c', `${basename(a.path)}.sha256`], dist).status).toBe(0);

    // what each archive holds
    const tarList = run('tar', ['-tzf', archives[1]!.path]).stdout.trim().split('\n');
    const top = `fixture-release-1.2.3-${ARM}`;
    expect(tarList).toEqual([
      `${top}/`,
      `${top}/CHANGELOG.md`,
      `${top}/LICENSE`,
      `${top}/README.md`,
      `${top}/fixture-release`,
    ]);
    const zipList = run('python3', [
      '-c',
      'import sys,zipfile;print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))',
      archives[2]!.path,
    ]);
    expect(zipList.stdout.trim().split('\n')).toEqual([
      `fixture-release-1.2.3-${WIN}/`,
      `fixture-release-1.2.3-${WIN}/CHANGELOG.md`,
      `fixture-release-1.2.3-${WIN}/LICENSE`,
      `fixture-release-1.2.3-${WIN}/README.md`,
      `fixture-release-1.2.3-${WIN}/fixture-release.exe`,
    ]);

    // the release table in the summary
    expect(first.summary).toContain('| target | archive | size | sha256 | static | verified |');
    expect(first.summary).toMatch(
      new RegExp(
        `\\| ${ARM} \\| \`${top}\\.tar\\.gz\` \\| [\\d.]+ KiB \\| \`[0-9a-f]{12}\` \\| yes \\| ✓ ELF 64-bit LSB aarch64 \\|`,
      ),
    );
    expect(first.summary).toMatch(
      /\| x86_64-pc-windows-gnu \| `[^`]+\.zip` \| [\d.]+ KiB \| `[0-9a-f]{12}` \| n\/a \| ✓ PE32\+ x86-64 \|/,
    );
  }, 900_000);

  it('a second build of the same commit, in another target directory, gives the same bytes', async () => {
    expect(first?.code).toBe(0);
    // Other file times on the checkout: the archives carry the commit's time, not the files'.
    spawnSync('touch', ['-d', '2030-01-01', join(repo, 'README.md'), join(repo, 'LICENSE')]);
    const again = (
      await runAction({
        workspace: repo,
        inputs: three,
        env: { ...TAG, CARGO_TARGET_DIR: ws.temp('rp-targets-b-') },
        noPost: true,
      })
    ).main;
    expect(again.code, again.stdout).toBe(0);
    expect(archivesOf(again).map((a) => [a.target, a.sha256, a.size])).toEqual(
      archivesOf(first).map((a) => [a.target, a.sha256, a.size]),
    );
    expect(readFileSync(again.outputs.checksums!, 'utf8')).toBe(readFileSync(first.outputs.checksums!, 'utf8'));
  }, 900_000);
});

describe.skipIf(reason !== undefined)('C code through the cc crate, cross-compiled', () => {
  it('aarch64 gnu compiles with aarch64-linux-gnu-gcc, x86_64 musl with musl-gcc; both binaries run', async () => {
    const repo = ws('musl-cc');
    const { main } = await runAction({
      workspace: repo,
      inputs: { stages: 'build', auditable: 'false', targets: `${MUSL}, ${ARM}`, static: 'true' },
      env: { CARGO_TARGET_DIR: ws.temp('rp-targets-cc-') },
      noPost: true,
    });
    expect(main.code, main.stdout).toBe(0);
    // the fixture's build script prints the compiler cc chose
    expect(main.stdout).toMatch(/C compiler: \S*(x86_64-linux-musl-gcc|musl-gcc)\b/);
    expect(main.stdout).toMatch(/C compiler: \S*aarch64-linux-gnu-gcc\b/);
    expect(main.stdout).toContain(`CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER=${which('aarch64-linux-gnu-gcc')}`);
    const [musl, arm] = readReport(main).stages[0].data.binaries as { path: string; static: boolean }[];
    expect(run(musl!.path, []).stdout).toBe('answer 42\n');
    expect(run('qemu-aarch64-static', [arm!.path]).stdout).toBe('answer 42\n');
    expect([musl!.static, arm!.static]).toEqual([true, true]);
    // the tools table names both C toolchains
    expect(main.summary).toMatch(/\| aarch64-linux-gnu-gcc \| gcc [\d.]+ \| PATH \|/);
  }, 900_000);
});

describe.skipIf(reason !== undefined)('aarch64 musl', () => {
  it('links with rust-lld into a static aarch64 binary that runs under qemu', async () => {
    const { main } = await runAction({
      workspace: ws('release-bin'),
      inputs: { stages: 'build', auditable: 'false', targets: 'aarch64-unknown-linux-musl' },
      env: { CARGO_TARGET_DIR: ws.temp('rp-targets-arm-musl-') },
      noPost: true,
    });
    expect(main.code, main.stdout).toBe(0);
    expect(main.stdout).toContain('CARGO_TARGET_AARCH64_UNKNOWN_LINUX_MUSL_LINKER=rust-lld');
    const [bin] = readReport(main).stages[0].data.binaries as { path: string; verified: string; static: boolean }[];
    expect(bin).toMatchObject({ verified: 'ELF 64-bit LSB aarch64', static: true });
    expect(run('qemu-aarch64-static', [bin!.path, '--version']).stdout).toBe('fixture-release 1.2.3\n');
  }, 600_000);
});

describe.skipIf(reason !== undefined)('a target that is not installed', () => {
  // i686 musl: small, used by nothing else here; removed again afterwards when it was not there before.
  const TARGET = 'i686-unknown-linux-musl';
  const installed = () => run('rustup', ['target', 'list', '--installed']).stdout.split('\n').includes(TARGET);
  const before = reason === undefined && installed();
  afterAll(() => {
    if (!before && installed()) run('rustup', ['target', 'remove', TARGET]);
  });

  it('is added with rustup target add, links with rust-lld and is verified as 32-bit x86', async () => {
    if (installed()) run('rustup', ['target', 'remove', TARGET]);
    expect(installed()).toBe(false);
    const { main } = await runAction({
      workspace: ws('release-bin'),
      inputs: { stages: 'build', auditable: 'false', targets: TARGET },
      env: { CARGO_TARGET_DIR: ws.temp('rp-targets-add-') },
      noPost: true,
    });
    expect(main.code, main.stdout).toBe(0);
    expect(main.stdout).toMatch(new RegExp(`\\[command\\]rustup target add (--toolchain=\\S+ -- )?${TARGET}\\n`));
    expect(main.stdout).not.toContain('apt-get');
    expect(installed()).toBe(true);
    const [bin] = readReport(main).stages[0].data.binaries as { verified: string; static: boolean }[];
    expect(bin).toMatchObject({ verified: 'ELF 32-bit LSB x86', static: true });
  }, 900_000);
});

/** A PATH directory with every program of /usr/bin except the ones named (and apt-get, sudo). */
function pathWithout(prefixes: string[]): string {
  const dir = ws.temp('rp-path-');
  for (const name of readdirSync('/usr/bin')) {
    if (['apt-get', 'sudo'].includes(name) || prefixes.some((p) => name.startsWith(p))) continue;
    symlinkSync(join('/usr/bin', name), join(dir, name));
  }
  return dir;
}

describe.skipIf(reason !== undefined)('bad input', () => {
  const fails = async (inputs: Record<string, string>, env: Record<string, string> = {}) => {
    const { main } = await runAction({
      workspace: ws('release-bin'),
      inputs: { stages: 'build', auditable: 'false', ...inputs },
      env,
      noPost: true,
    });
    expect(main.code).toBe(1);
    return main;
  };

  it('an empty entry in targets names the input', async () => {
    const main = await fails({ targets: `${MUSL},,${ARM}` });
    expect(main.stdout).toContain(`Input "targets" has an invalid value "${MUSL},,${ARM}": an entry is empty`);
  });

  it('a triple rustc does not know names the input and the value', async () => {
    const main = await fails({ targets: `${MUSL}, x86_64-unknown-linux-muslx` });
    expect(main.stdout).toMatch(
      /Input "targets" has an invalid value "x86_64-unknown-linux-muslx": rustc( \(toolchain \S+\))? knows no such target/,
    );
    expect(main.stdout).toContain('rustc --print target-list');
  });

  it('a binary whose header does not fit its target fails the stage and is not archived', async () => {
    // A "linker" that writes a host (x86-64) executable wherever cargo asks for the aarch64 binary.
    const dir = ws.temp('rp-fake-linker-');
    const linker = join(dir, 'fake-ld');
    writeFileSync(
      linker,
      '#!/bin/sh\nwhile [ $# -gt 0 ]; do if [ "$1" = -o ]; then cp /bin/true "$2"; exit 0; fi; shift; done\nexit 1\n',
    );
    chmodSync(linker, 0o755);
    const main = await fails(
      { targets: ARM, static: 'false' },
      { CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER: linker, CARGO_TARGET_DIR: ws.temp('rp-targets-wrong-') },
    );
    expect(main.stdout).toMatch(
      /::error title=header check::\S+\/aarch64-unknown-linux-gnu\/release\/fixture-release is ELF 64-bit LSB x86-64, but a binary for aarch64-unknown-linux-gnu must be ELF 64-bit LSB aarch64\./,
    );
    expect(main.outputs.archives).toBe('');
    expect(main.summary).not.toContain('| target | archive |');
  }, 300_000);

  it('a Windows target without mingw and no way to install it says what to install', async () => {
    const cargoBin = join(process.env.CARGO_HOME ?? join(homedir(), '.cargo'), 'bin');
    const bin = pathWithout(['x86_64-w64-mingw32-', 'i686-w64-mingw32-']);
    expect(existsSync(join(bin, 'x86_64-w64-mingw32-gcc'))).toBe(false);
    const main = await fails(
      { targets: WIN },
      { PATH: `${cargoBin}:${bin}`, CARGO_TARGET_DIR: ws.temp('rp-targets-win-') },
    );
    expect(main.stdout).toContain(
      'No C cross toolchain for x86_64-pc-windows-gnu: x86_64-w64-mingw32-gcc is not on PATH and gcc-mingw-w64-x86-64 could not be installed (apt-get is not available (not a Debian or Ubuntu system)).',
    );
    expect(main.stdout).toContain('sudo apt-get install gcc-mingw-w64-x86-64');
    expect(main.stdout).toContain('CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER');
  }, 300_000);
});
