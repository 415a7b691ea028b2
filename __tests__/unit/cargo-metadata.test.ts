// The run's questions to cargo and rustc: what cargo metadata says, and that each is asked once per run.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import {
  cargoMetadata,
  metadataCommand,
  parseCargoMetadata,
  rustcVersion,
  workspaceHasLockfile,
  workspaceRoot,
  type CargoDeps,
} from '../../src/cargo/metadata.js';
import type { Exec, ExecResult } from '../../src/exec.js';

const captured = (name: string): string => readFileSync(join(__dirname, 'captured', name), 'utf8');
const REPO = '/tmp/rp-capture/with space/workspace';
const RUSTC = 'rustc 1.95.0 (59807616e 2026-04-14)\nbinary: rustc\nhost: x86_64-unknown-linux-gnu\nrelease: 1.95.0\n';

describe('parseCargoMetadata', () => {
  it('reads the workspace root, the target directory and the members of real output (asked in a member)', () => {
    expect(parseCargoMetadata(captured('metadata-workspace.json'))).toEqual({
      workspaceRoot: `${REPO}/rust`,
      targetDirectory: `${REPO}/rust/target`,
      packages: [
        {
          name: 'alpha',
          version: '0.1.0',
          manifestPath: `${REPO}/rust/crates/alpha/Cargo.toml`,
          targets: [
            { name: 'alpha', kind: ['lib'] },
            { name: 'api', kind: ['test'] },
          ],
        },
        {
          name: 'beta',
          version: '0.1.0',
          manifestPath: `${REPO}/rust/crates/beta/Cargo.toml`,
          targets: [{ name: 'beta', kind: ['lib'] }],
        },
      ],
    });
  });

  it('keeps only the workspace members', () => {
    const doc = {
      packages: [
        { name: 'a', version: '1.0.0', id: 'a', targets: [] },
        { name: 'z', version: '1.0.0', id: 'z', targets: [] },
      ],
      workspace_members: ['a'],
      target_directory: '/t',
    };
    expect(parseCargoMetadata(JSON.stringify(doc)).packages.map((p) => p.name)).toEqual(['a']);
  });

  test.each([
    ['not JSON', 'error: could not find `Cargo.toml`'],
    ['no packages', JSON.stringify({ target_directory: '/t' })],
    ['no target directory', JSON.stringify({ packages: [] })],
  ])('%s: throws', (_name, text) => {
    expect(() => parseCargoMetadata(text)).toThrow();
  });

  it('the command', () => {
    expect(metadataCommand().args).toEqual(['metadata', '--format-version', '1', '--no-deps']);
  });
});

/** A run's deps whose exec answers from a script (one answer per call, the last one repeating) and records what ran. */
function scripted(answers: Record<string, Partial<ExecResult>[]>, cwd = '/w'): { deps: CargoDeps; ran: string[] } {
  const ran: string[] = [];
  const exec: Exec = async (cmd, args, opts) => {
    const line = `${cmd} ${args.join(' ')}${opts?.env?.RUSTUP_TOOLCHAIN ? ` (${opts.env.RUSTUP_TOOLCHAIN})` : ''}`;
    const n = ran.filter((r) => r === line).length;
    ran.push(line);
    const list = answers[cmd] ?? [{}];
    return { code: 0, stdout: '', stderr: '', ms: 1, ...list[Math.min(n, list.length - 1)] };
  };
  return { deps: { exec, env: {}, cwd }, ran };
}

const META = { stdout: captured('metadata-workspace.json') };

describe('asked once per run', () => {
  it('cargo metadata: once per toolchain, also when asked at the same time', async () => {
    const { deps, ran } = scripted({ cargo: [META] });
    const [a, b] = await Promise.all([cargoMetadata(deps, 'stable'), workspaceRoot(deps, 'stable')]);
    expect(a.ok && a.value.targetDirectory).toBe(`${REPO}/rust/target`);
    expect(b).toBe(`${REPO}/rust`);
    await cargoMetadata(deps, 'stable', { timeoutMs: 1000 });
    await cargoMetadata(deps, 'beta');
    expect(ran).toEqual([
      'cargo metadata --format-version 1 --no-deps (stable)',
      'cargo metadata --format-version 1 --no-deps (beta)',
    ]);
  });

  it('rustc -vV: once per toolchain', async () => {
    const { deps, ran } = scripted({ rustc: [{ stdout: RUSTC }] });
    for (const t of ['stable', 'stable', 'nightly', 'stable'])
      expect(await rustcVersion(deps, t)).toEqual({ ok: true, value: RUSTC });
    expect(ran).toEqual(['rustc -vV (stable)', 'rustc -vV (nightly)']);
  });

  it('a new run (another context object) asks again', async () => {
    const first = scripted({ rustc: [{ stdout: RUSTC }] });
    await rustcVersion(first.deps, 'stable');
    const second = { ...first.deps };
    await rustcVersion(second, 'stable');
    expect(first.ran).toEqual(['rustc -vV (stable)', 'rustc -vV (stable)']);
  });

  it('a failure is not kept: the next caller asks again (e.g. once the toolchain is installed)', async () => {
    const { deps, ran } = scripted({
      rustc: [{ code: 1, stderr: "error: toolchain 'beta' is not installed" }, { stdout: RUSTC }],
    });
    const failed = await rustcVersion(deps, 'beta');
    expect(failed).toMatchObject({
      ok: false,
      why: 'rustc -vV exited with code 1',
      res: { stderr: "error: toolchain 'beta' is not installed" },
    });
    expect(await rustcVersion(deps, 'beta')).toEqual({ ok: true, value: RUSTC });
    expect(await rustcVersion(deps, 'beta')).toEqual({ ok: true, value: RUSTC });
    expect(ran).toEqual(['rustc -vV (beta)', 'rustc -vV (beta)']);
  });

  test.each([
    ['cargo fails', { code: 101, stderr: 'error: failed to parse manifest' }, 'cargo metadata exited with code 101'],
    [
      'cargo is missing',
      { code: -1, spawnError: 'spawn cargo ENOENT' },
      'cargo metadata could not be started: spawn cargo ENOENT',
    ],
    ['cargo is stopped', { code: -1, killed: 'timeout' as const }, 'cargo metadata was stopped (timeout)'],
    [
      'cargo prints something else',
      { code: 0, stdout: 'warning: nothing' },
      /^cargo metadata printed something else than metadata: /,
    ],
  ])('%s: the working directory stands in for the workspace root', async (_name, answer, why) => {
    const { deps } = scripted({ cargo: [answer] }, '/w/member');
    const meta = await cargoMetadata(deps);
    expect(meta.ok).toBe(false);
    expect(meta.ok ? undefined : meta.why).toMatch(why);
    expect(await workspaceRoot(deps)).toBe('/w/member');
  });
});

describe('workspaceHasLockfile', () => {
  /** A workspace with a member (and Cargo.lock where asked); the metadata cargo would print in the member. */
  function workspace(lockAt: 'root' | 'member' | 'none'): { root: string; member: string; stdout: string } {
    const root = mkdtempSync(join(tmpdir(), 'rp-lock-'));
    const member = join(root, 'crates', 'member');
    mkdirSync(member, { recursive: true });
    if (lockAt !== 'none') writeFileSync(join(lockAt === 'root' ? root : member, 'Cargo.lock'), 'version = 4\n');
    return {
      root,
      member,
      stdout: JSON.stringify({ packages: [], workspace_root: root, target_directory: join(root, 'target') }),
    };
  }

  test.each([
    ['a member whose workspace root has Cargo.lock', 'root', true],
    ['a member of a workspace without Cargo.lock', 'none', false],
  ] as const)('%s: %s', async (_name, lockAt, want) => {
    const w = workspace(lockAt);
    const { deps } = scripted({ cargo: [{ stdout: w.stdout }] }, w.member);
    expect(await workspaceHasLockfile(deps, 'stable')).toBe(want);
  });

  it('cargo metadata fails: the working directory decides, as before', async () => {
    const inMember = workspace('member');
    expect(await workspaceHasLockfile(scripted({ cargo: [{ code: 101 }] }, inMember.member).deps)).toBe(true);
    const inRoot = workspace('root');
    expect(await workspaceHasLockfile(scripted({ cargo: [{ code: 101 }] }, inRoot.member).deps)).toBe(false);
  });
});
