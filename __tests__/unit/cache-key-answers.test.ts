// The key's questions remembered between runs (cache/key-answers.ts): used while what they were
// given for is unchanged, asked again as soon as anything they depend on changes.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KeyAnswers } from '../../src/cache/key-answers.js';
import { planCache } from '../../src/cache/plan.js';
import { cargoMetadata, rustcVersion } from '../../src/cargo/metadata.js';
import { scriptedExec, stageContext } from '../support/fakes.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A machine: rustup on PATH, one installed stable toolchain (rustc and cargo), a crate, a tool dir. */
function machine() {
  const root = mkdtempSync(join(tmpdir(), 'rp-key-answers-'));
  dirs.push(root);
  const bin = join(root, 'bin');
  const toolchainBin = join(root, 'rustup', 'toolchains', 'stable-x86_64-unknown-linux-gnu', 'bin');
  mkdirSync(bin, { recursive: true });
  mkdirSync(toolchainBin, { recursive: true });
  writeFileSync(join(bin, 'rustup'), '');
  for (const b of ['rustc', 'cargo']) {
    writeFileSync(join(toolchainBin, b), `${b} 1.95.0`);
    chmodSync(join(toolchainBin, b), 0o755);
  }
  const crate = join(root, 'crate');
  mkdirSync(join(crate, 'src'), { recursive: true });
  writeFileSync(join(crate, 'Cargo.toml'), '[package]\nname = "app"\nversion = "0.1.0"\n');
  writeFileSync(join(crate, 'Cargo.lock'), 'version = 4\n');
  const env = {
    PATH: bin,
    RUSTUP_HOME: join(root, 'rustup'),
    CARGO_HOME: join(root, 'cargo'),
    HOME: root,
  };
  return { root, crate, env, toolchainBin, toolDir: join(root, 'tools') };
}

type Machine = ReturnType<typeof machine>;

const metadata = (crate: string, target = join(crate, 'target'), manifest = join(crate, 'Cargo.toml')) =>
  JSON.stringify({
    packages: [{ name: 'app', version: '0.1.0', id: 'app-id', manifest_path: manifest }],
    workspace_members: ['app-id'],
    workspace_root: crate,
    target_directory: target,
  });

/** One run's key: the plan, and the questions it asked the toolchain. */
async function plan(m: Machine, env: Record<string, string> = {}, manifest?: string) {
  const exec = scriptedExec([
    [['cargo', 'metadata'], { stdout: metadata(m.crate, undefined, manifest) }],
    [['rustc', '-vV'], { stdout: 'rustc 1.95.0 (59807616e 2026-04-14)\nrelease: 1.95.0\n' }],
  ]);
  const ctx = stageContext({
    cwd: m.crate,
    repoRoot: m.crate,
    env: { ...m.env, ...env },
    toolDir: m.toolDir,
    exec: exec.exec,
  });
  const p = await planCache(ctx, { scope: 'job', os: 'Linux', arch: 'X64', withCargoHome: true });
  // The stages ask the same questions of the same run afterwards.
  const stages = await Promise.all([cargoMetadata(ctx, 'stable'), rustcVersion(ctx, 'stable')]);
  return { plan: p, stages, asked: exec.lines().map((l) => l.split(' ').slice(0, 2).join(' ')) };
}

describe('remembered key answers', () => {
  it('a second run on an unchanged machine asks nothing and makes the same key', async () => {
    const m = machine();
    const one = await plan(m);
    expect(one.asked.sort()).toEqual(['cargo metadata', 'rustc -vV']);
    const two = await plan(m);
    expect(two.asked).toEqual([]);
    expect(two.plan).toEqual(one.plan);
    // The stages get the remembered answers too, without a process.
    expect(two.stages).toEqual(one.stages);
    expect(two.stages.every((a) => a.ok)).toBe(true);
  });

  it('does not remember the metadata of a workspace with a member outside the files the key reads', async () => {
    const m = machine();
    const outside = join(m.root, 'elsewhere', 'Cargo.toml');
    await plan(m, {}, outside);
    expect((await plan(m, {}, outside)).asked).toEqual(['cargo metadata']);
  });

  it.each<[string, (m: Machine) => Record<string, string> | void, string[]]>([
    [
      'a manifest byte changed',
      (m) => writeFileSync(join(m.crate, 'Cargo.toml'), '[package]\nname = "app"\nversion = "0.1.1"\n'),
      ['cargo metadata'],
    ],
    [
      'a new member manifest',
      (m) => (
        mkdirSync(join(m.crate, 'sub')),
        writeFileSync(join(m.crate, 'sub', 'Cargo.toml'), '[package]\nname = "sub"\n')
      ),
      ['cargo metadata'],
    ],
    [
      'a cargo config appeared',
      (m) => (
        mkdirSync(join(m.crate, '.cargo')),
        writeFileSync(join(m.crate, '.cargo', 'config.toml'), '[build]\ntarget-dir = "out"\n')
      ),
      ['cargo metadata'],
    ],
    ['CARGO_TARGET_DIR set', () => ({ CARGO_TARGET_DIR: '/elsewhere' }), ['cargo metadata']],
    ['RUSTFLAGS set', () => ({ RUSTFLAGS: '-Dwarnings' }), ['cargo metadata']],
    [
      'the toolchain updated (rustc and cargo replaced)',
      (m) => {
        for (const b of ['rustc', 'cargo'])
          utimesSync(join(m.toolchainBin, b), new Date(), new Date(Date.now() + 5000));
      },
      ['cargo metadata', 'rustc -vV'],
    ],
  ])('asks again when %s', async (_, change, again) => {
    const m = machine();
    await plan(m);
    const env = change(m) ?? {};
    expect((await plan(m, env)).asked.sort()).toEqual(again);
    // What it learnt is remembered in turn.
    expect((await plan(m, env)).asked).toEqual([]);
  });

  it('remembers nothing without rustup (the binaries cannot be told apart), and nothing an unanswered question said', async () => {
    const m = machine();
    const noRustup = { PATH: join(m.root, 'elsewhere') };
    await plan(m, noRustup);
    expect((await plan(m, noRustup)).asked.sort()).toEqual(['cargo metadata', 'rustc -vV']);
    const failing = scriptedExec([], { code: 1, stderr: 'error: no toolchain' });
    const ctx = stageContext({ cwd: m.crate, repoRoot: m.crate, env: m.env, toolDir: m.toolDir, exec: failing.exec });
    await planCache(ctx, { scope: 'job', os: 'Linux', arch: 'X64', withCargoHome: true });
    expect((await plan(m)).asked.sort()).toEqual(['cargo metadata', 'rustc -vV']);
  });

  it('an answers file of another layout, or with a malformed answer, is not used', async () => {
    const m = machine();
    await plan(m);
    const file = join(m.toolDir, 'key-answers.json');
    const stored = JSON.parse(readFileSync(file, 'utf8')) as {
      version: number;
      metadata: Record<string, { answer: object }>;
    };
    writeFileSync(file, JSON.stringify({ ...stored, version: 1 }));
    expect((await plan(m)).asked.sort()).toEqual(['cargo metadata', 'rustc -vV']);
    const again = JSON.parse(readFileSync(file, 'utf8')) as typeof stored;
    for (const e of Object.values(again.metadata)) e.answer = { targetDirectory: '/t', members: ['app'] };
    writeFileSync(file, JSON.stringify(again));
    expect((await plan(m)).asked).toEqual(['cargo metadata']);
  });

  it('a broken answers file is as none; the file keeps the newest 32 answers per question', () => {
    const m = machine();
    mkdirSync(m.toolDir, { recursive: true });
    writeFileSync(join(m.toolDir, 'key-answers.json'), '{');
    const answers = new KeyAnswers(m.toolDir);
    expect(answers.rustc('x')).toBeUndefined();
    for (let i = 0; i < 40; i++) answers.learnRustc(`rustc-${i}`, `version ${i}`);
    answers.save();
    const kept = JSON.parse(readFileSync(join(m.toolDir, 'key-answers.json'), 'utf8')) as { rustc: object };
    expect(Object.keys(kept.rustc)).toHaveLength(32);
    const again = new KeyAnswers(m.toolDir);
    expect(again.rustc('rustc-39')).toBe('version 39');
    expect(again.rustc('rustc-7')).toBeUndefined();
  });
});
