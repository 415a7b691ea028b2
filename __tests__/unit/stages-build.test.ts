// The build stage on a scripted rustup, rustc and cargo (nothing is compiled): which targets it
// plans and builds in what order, a failed build stopping before anything is packed, and a binary
// that fails its header check reported and not packed.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStage } from '../../src/stages/build.js';
import type { BuildData } from '../../src/release/build-plan.js';
import { distDir } from '../../src/release/pack.js';
import { scriptedExec, stageContext, type ExecAnswer, type ExecCall, type ExecPattern } from '../support/fakes.js';

const HOST = 'x86_64-unknown-linux-gnu';
const MACHINE = { x86_64: 62, aarch64: 183 } as const;

/** The first 64 bytes of a static 64-bit little-endian ELF executable for `arch`: enough for the header and static checks. */
function elf(arch: keyof typeof MACHINE): Buffer {
  const b = Buffer.alloc(64);
  b.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1], 0);
  b.writeUInt16LE(2, 16); // ET_EXEC
  b.writeUInt16LE(MACHINE[arch], 18);
  b.writeUInt32LE(1, 20);
  b.writeUInt16LE(64, 52);
  b.writeUInt16LE(56, 54);
  return b;
}

function metadata(cwd: string): string {
  const pkg = {
    name: 'app',
    version: '1.2.3',
    id: 'path+file:///app#1.2.3',
    manifest_path: join(cwd, 'Cargo.toml'),
    targets: [{ kind: ['bin'], name: 'app', src_path: join(cwd, 'src/main.rs') }],
    dependencies: [],
  };
  return JSON.stringify({
    packages: [pkg],
    workspace_members: [pkg.id],
    workspace_root: cwd,
    target_directory: join(cwd, 'target'),
    resolve: { root: pkg.id, nodes: [{ id: pkg.id, deps: [] }] },
  });
}

/** Where cargo would put the binary of this `cargo build` call. */
function binaryOf(cwd: string, call: ExecCall): string {
  const i = call.args.indexOf('--target');
  return i < 0 ? join(cwd, 'target/release/app') : join(cwd, 'target', call.args[i + 1]!, 'release/app');
}

/** cargo build "builds" an ELF file for `arch` (by default the target's own arch) where cargo would put it. */
const builds =
  (cwd: string, arch?: keyof typeof MACHINE): ExecAnswer =>
  (call) => {
    const path = binaryOf(cwd, call);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, elf(arch ?? (path.includes('aarch64') ? 'aarch64' : 'x86_64')));
    return {};
  };

/** The build stage with a scripted toolchain (every target installed, every C toolchain there), `script` answering first. */
function build(given: Record<string, string>, script: (cwd: string) => [ExecPattern, ExecAnswer][] = () => []) {
  const ctx = stageContext({ given: { auditable: 'false', static: 'false', ...given } });
  const { cwd } = ctx;
  writeFileSync(join(cwd, 'Cargo.toml'), '[package]\nname = "app"\nversion = "1.2.3"\n');
  writeFileSync(join(cwd, 'Cargo.lock'), 'version = 4\n');
  const fake = scriptedExec([
    ...script(cwd),
    [['rustup', 'toolchain', 'list'], { stdout: `stable-${HOST} (default)\n` }],
    [['rustup', 'target', 'list'], { stdout: `${HOST}\nx86_64-unknown-linux-musl\naarch64-unknown-linux-gnu\n` }],
    [['rustc', '-vV'], { stdout: `rustc 1.90.0 (abc 2025-01-01)\nhost: ${HOST}\nrelease: 1.90.0\n` }],
    [
      ['rustc', '--print', 'target-list'],
      { stdout: `${HOST}\nx86_64-unknown-linux-musl\naarch64-unknown-linux-gnu\n` },
    ],
    [['cargo', 'metadata'], { stdout: metadata(cwd) }],
    [['cargo', 'build'], builds(cwd)],
    [[/gcc$/], { stdout: 'gcc 13\n' }],
  ]);
  ctx.exec = fake.exec;
  ctx.env = { SOURCE_DATE_EPOCH: '1700000000', PATH: '/usr/bin:/bin' };
  return { ctx, fake, cwd };
}

const cargoBuilds = (lines: string[]): string[] => lines.filter((l) => l.startsWith('cargo build'));

describe('the build stage', () => {
  it('no targets input: one build for the host, without --target, then its archive', async () => {
    const { ctx, fake, cwd } = build({});
    const res = await buildStage.run(ctx);
    expect(res.status, JSON.stringify(res.findings)).toBe('success');
    expect(cargoBuilds(fake.lines())).toEqual([
      'cargo build --release --locked --bin app --message-format=json-render-diagnostics',
    ]);
    const data = res.data as BuildData;
    expect(data.binaryPath).toBe(join(cwd, 'target/release/app'));
    expect(data.archives.map((a) => a.name)).toEqual([`app-1.2.3-${HOST}.tar.gz`]);
    expect(existsSync(join(distDir(join(cwd, 'target')), `app-1.2.3-${HOST}.tar.gz`))).toBe(true);
  });

  it('targets in the order given, each with --target, one archive each', async () => {
    const { ctx, fake } = build({ targets: `x86_64-unknown-linux-gnu, aarch64-unknown-linux-gnu` });
    const res = await buildStage.run(ctx);
    expect(res.status, JSON.stringify(res.findings)).toBe('success');
    expect(cargoBuilds(fake.lines()).map((l) => l.split('--target ')[1]?.split(' ')[0])).toEqual([
      'x86_64-unknown-linux-gnu',
      'aarch64-unknown-linux-gnu',
    ]);
    const data = res.data as BuildData;
    expect(data.archives.map((a) => a.target)).toEqual(['x86_64-unknown-linux-gnu', 'aarch64-unknown-linux-gnu']);
  });

  it('a target rustc does not know stops the stage before anything builds, naming the targets input', async () => {
    const { ctx, fake } = build({ targets: 'x86_64-unknown-linux-gnu, riscv99-unknown-none' });
    const res = await buildStage.run(ctx);
    expect(res).toMatchObject({ status: 'failure', summary: 'unknown target riscv99-unknown-none' });
    expect(res.findings[0]).toMatchObject({
      title: 'targets',
      message: expect.stringContaining('"riscv99-unknown-none"'),
    });
    expect(cargoBuilds(fake.lines())).toEqual([]);
  });

  it('a failed build of the first target stops the stage: the second is not built, nothing is packed', async () => {
    const { ctx, fake, cwd } = build({ targets: 'x86_64-unknown-linux-gnu, aarch64-unknown-linux-gnu' }, () => [
      [['cargo', 'build'], { code: 101, stderr: 'error[E0425]: cannot find value `x` in this scope\n' }],
    ]);
    const res = await buildStage.run(ctx);
    expect(res.status).toBe('failure');
    expect(res.summary).toBe('cargo build failed for x86_64-unknown-linux-gnu (exit 101)');
    expect(res.findings[0]!.message).toContain('cannot find value `x`');
    expect(cargoBuilds(fake.lines())).toHaveLength(1);
    expect(existsSync(distDir(join(cwd, 'target')))).toBe(false);
    expect(res.data).toBeUndefined();
  });

  it('a binary that fails its header check is reported, and no archive is made', async () => {
    const { ctx } = build({ targets: 'aarch64-unknown-linux-gnu' }, (cwd) => [
      [['cargo', 'build'], builds(cwd, 'x86_64')],
    ]);
    const res = await buildStage.run(ctx);
    expect(res.status).toBe('failure');
    const check = res.findings.find((f) => f.title === 'header check');
    expect(check?.message).toMatch(
      /is ELF 64-bit LSB x86-64, but a binary for aarch64-unknown-linux-gnu must be ELF 64-bit LSB aarch64\.$/,
    );
    expect((res.data as BuildData).archives).toEqual([]);
  });
});
