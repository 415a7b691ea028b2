// The tool installer through the built action. A local HTTP server on 127.0.0.1 serves a
// release-shaped archive (the binary in a versioned folder, as the real release) packaged by the
// test from the locally built cargo-audit, laid out as on a `tool-mirror`; its sha256 reaches the
// action through the RUST_PIPELINE_TOOL_CHECKSUMS file (which takes precedence over the shipped
// table, whose sha256 is the real release's).
// PATH holds the Rust toolchain but not cargo-audit, and every run gets its own CARGO_HOME
// (the action keeps tools under CARGO_HOME/rust-pipeline), so each source is exercised alone.
// The audit stage then runs the installed tool against a local advisory database.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findTool,
  freshCargoHome,
  isolatedCargo,
  localAdvisoryDb,
  pinnedVersion,
  refusingCargo,
  serveFiles,
  toolsOrSkip,
  type FileServer,
} from '../support/cargo-tools.js';
import { makeWorkspace, removeDir, runAction, type StepResult } from '../support/rig.js';

const skip = toolsOrSkip('cargo-audit');
const VERSION = pinnedVersion('cargo-audit');
const TRIPLE = process.arch === 'arm64' ? 'aarch64-unknown-linux-gnu' : 'x86_64-unknown-linux-musl';
const ARCHIVE = `cargo-audit-${TRIPLE}-v${VERSION}.tgz`;
const MIRROR_PATH = `cargo-audit/${VERSION}/${ARCHIVE}`;
const ARCH = process.arch;

const made: string[] = [];
afterAll(() => made.forEach(removeDir));
function tmp(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
}

function toolSummaryRow(step: StepResult): string | undefined {
  return step.summary.split('\n').find((l) => l.startsWith('| cargo-audit |'));
}

describe.skipIf(skip !== undefined || process.platform !== 'linux')('tool installer (cargo-audit)', () => {
  let server: FileServer;
  let sums: string;
  let sha: string;
  let db: string;
  let cargo: ReturnType<typeof isolatedCargo>;

  beforeAll(async () => {
    const root = tmp('rp-mirror-');
    const stage = tmp('rp-pkg-');
    const inner = `cargo-audit-${TRIPLE}-v${VERSION}`;
    mkdirSync(join(stage, inner));
    writeFileSync(join(stage, inner, 'cargo-audit'), readFileSync(findTool('cargo-audit').path!));
    chmodSync(join(stage, inner, 'cargo-audit'), 0o755);
    mkdirSync(join(root, 'cargo-audit', VERSION), { recursive: true });
    const tar = spawnSync('tar', ['-czf', join(root, MIRROR_PATH), '-C', stage, inner]);
    expect(tar.status).toBe(0);
    sha = createHash('sha256')
      .update(readFileSync(join(root, MIRROR_PATH)))
      .digest('hex');
    sums = join(tmp('rp-sums-'), 'tool-checksums.txt');
    writeFileSync(sums, `${sha}  ${MIRROR_PATH}\n`);
    server = await serveFiles(root);
    db = localAdvisoryDb(tmp('rp-db-'));
    cargo = isolatedCargo(['cargo-audit', 'cargo-tarpaulin', 'cargo-nextest'], tmp('rp-iso-'));
  });
  afterAll(async () => server?.close());

  const run = (o: {
    runnerDir: string;
    cargoHome: string;
    mirror: string;
    checksums?: string;
    path?: string;
    env?: Record<string, string>;
  }) =>
    runAction({
      workspace: (() => {
        const ws = makeWorkspace('vulnerable');
        made.push(ws);
        return ws;
      })(),
      inputs: { stages: 'audit', 'audit-db': db, 'tool-mirror': o.mirror },
      env: {
        PATH: o.path ?? cargo.PATH,
        CARGO_HOME: o.cargoHome,
        RUST_PIPELINE_TOOL_CHECKSUMS: o.checksums ?? sums,
        ...o.env,
      },
      runnerDir: o.runnerDir,
      noPost: true,
    }).then((r) => r.main);

  it('first run downloads and verifies the archive; the next run takes it from the tool cache', async () => {
    const runnerDir = tmp('rp-runner-');
    const home1 = freshCargoHome(tmp('rp-h-'));
    const first = await run({ runnerDir, cargoHome: home1, mirror: server.url });
    expect(server.hits.get(`/${MIRROR_PATH}`)).toBe(1);
    expect(first.outputs.vulnerabilities, first.stdout).toBe('1');
    expect(toolSummaryRow(first)).toMatch(
      new RegExp(
        `^\\| cargo-audit \\| ${VERSION.replace(/\./g, '\\.')} \\| download \\(sha256 verified\\) \\| [\\d.]+ (ms|s) \\| ${server.url}/${MIRROR_PATH} \\(\\d+\\.\\d MB, sha256 ${sha.slice(0, 12)}…\\) \\|$`,
      ),
    );
    // installed into the runner's tool cache and the shared cache (CARGO_HOME/rust-pipeline)
    expect(existsSync(join(runnerDir, 'tool-cache', 'cargo-audit', VERSION, ARCH, 'cargo-audit'))).toBe(true);
    expect(existsSync(join(runnerDir, 'tool-cache', 'cargo-audit', VERSION, `${ARCH}.complete`))).toBe(true);
    // the shared cache keeps the verified archive and its record, not a bare binary
    expect(readdirSync(join(home1, 'rust-pipeline', 'cargo-audit', VERSION)).sort()).toEqual(
      [ARCHIVE, 'rust-pipeline-install.json'].sort(),
    );

    // a new job on the same runner: empty shared cache, warm tool cache
    const second = await run({ runnerDir, cargoHome: freshCargoHome(tmp('rp-h-')), mirror: server.url });
    expect(server.hits.get(`/${MIRROR_PATH}`)).toBe(1);
    expect(second.outputs.vulnerabilities).toBe('1');
    expect(toolSummaryRow(second)).toMatch(
      new RegExp(`^\\| cargo-audit \\| ${VERSION.replace(/\./g, '\\.')} \\| runner tool cache \\|`),
    );

    // a fresh runner whose shared cache was restored: no download either
    const third = await run({ runnerDir: tmp('rp-runner-'), cargoHome: home1, mirror: server.url });
    expect(server.hits.get(`/${MIRROR_PATH}`)).toBe(1);
    expect(toolSummaryRow(third)).toMatch(/\| shared cache \(sha256 checked\) \|/);

    // a restored shared cache whose archive was swapped: rejected, downloaded again
    const cached = join(home1, 'rust-pipeline', 'cargo-audit', VERSION, ARCHIVE);
    writeFileSync(cached, Buffer.concat([readFileSync(cached), Buffer.from('x')]));
    const fourth = await run({ runnerDir: tmp('rp-runner-'), cargoHome: home1, mirror: server.url });
    expect(server.hits.get(`/${MIRROR_PATH}`)).toBe(2);
    expect(toolSummaryRow(fourth)).toMatch(/\| download \(sha256 verified\) \|/);
    expect(fourth.annotations.find((a) => a.level === 'warning')?.message).toMatch(
      new RegExp(
        `The shared cache's cargo-audit ${VERSION.replace(/\./g, '\\.')} does not match .*${ARCHIVE} has sha256 [0-9a-f]{64}, published ${sha}`,
      ),
    );
  });

  it('a wrong checksum fails clearly and installs nothing', async () => {
    const runnerDir = tmp('rp-runner-');
    const home = freshCargoHome(tmp('rp-h-'));
    const bad = join(tmp('rp-sums-'), 'bad.txt');
    writeFileSync(bad, `${'0'.repeat(64)}  ${MIRROR_PATH}\n`);
    const before = server.hits.get(`/${MIRROR_PATH}`) ?? 0;
    const step = await run({ runnerDir, cargoHome: home, mirror: server.url, checksums: bad });
    expect(server.hits.get(`/${MIRROR_PATH}`)).toBe(before + 1);
    expect(step.code).toBe(1);
    expect(step.outputs['failed-stages']).toBe('audit');
    const err = step.annotations.find((a) => a.title === 'cargo-audit');
    expect(err?.level).toBe('error');
    expect(err?.message).toContain(
      `Could not install cargo-audit ${VERSION}: sha256 mismatch for ${server.url}/${MIRROR_PATH}: expected ${'0'.repeat(64)}, got ${sha}. The archive was deleted and nothing was installed.`,
    );
    expect(existsSync(join(runnerDir, 'tool-cache', 'cargo-audit'))).toBe(false);
    expect(existsSync(join(home, 'rust-pipeline', 'cargo-audit'))).toBe(false);
    expect(step.summary).toMatch(/\| audit \| ❌ failure \| cargo-audit could not be installed \|/);
  });

  /**
   * A `cargo` earlier on PATH standing in for `cargo install` only (a real build takes minutes, see
   * the benchmark): it appends its argv to a file and puts the locally built binary where cargo
   * install would; everything else goes to the real cargo.
   */
  function buildingCargo(): { path: string; env: Record<string, string>; installs: () => string[][] } {
    const shimDir = tmp('rp-shim-');
    const argvFile = join(shimDir, 'argv');
    writeFileSync(
      join(shimDir, 'cargo'),
      [
        '#!/bin/sh',
        'if [ "$1" = "install" ]; then',
        '  printf "%s\\n" "$@" "--" >> "$RP_SHIM_ARGV"',
        '  root=""; prev=""',
        '  for a in "$@"; do [ "$prev" = "--root" ] && root="$a"; prev="$a"; done',
        '  mkdir -p "$root/bin" && cp "$RP_SHIM_TOOL" "$root/bin/cargo-audit"',
        '  exit 0',
        'fi',
        'exec "$RP_SHIM_CARGO" "$@"',
        '',
      ].join('\n'),
    );
    chmodSync(join(shimDir, 'cargo'), 0o755);
    return {
      path: `${shimDir}:${cargo.PATH}`,
      env: {
        RP_SHIM_ARGV: argvFile,
        RP_SHIM_TOOL: findTool('cargo-audit').path!,
        RP_SHIM_CARGO: join(cargo.binDir, 'cargo'),
      },
      installs: () =>
        existsSync(argvFile)
          ? readFileSync(argvFile, 'utf8')
              .split('--\n')
              .filter(Boolean)
              .map((a) => a.trimEnd().split('\n'))
          : [],
    };
  }

  const installArgv = [
    'install',
    '--locked',
    '--version',
    VERSION,
    '--root',
    expect.stringMatching(/rust-pipeline\/tools\/cargo-audit-/),
    'cargo-audit',
  ];

  it('a mirror without the archive: cargo install --locked --version, then both caches; a tampered build is rebuilt', async () => {
    const shim = buildingCargo();
    const runnerDir = tmp('rp-runner-');
    const home = freshCargoHome(tmp('rp-h-'));
    const mirror = `${server.url}/nothing-here`;
    const step = await run({ runnerDir, cargoHome: home, mirror, path: shim.path, env: shim.env });
    expect(shim.installs()).toEqual([installArgv]);
    expect(step.outputs.vulnerabilities, step.stdout).toBe('1');
    expect(toolSummaryRow(step)).toMatch(
      new RegExp(`\\| cargo install \\| .*could not download ${mirror}/${MIRROR_PATH.replace(/\./g, '\\.')}: HTTP 404`),
    );
    expect(existsSync(join(runnerDir, 'tool-cache', 'cargo-audit', VERSION, ARCH, 'cargo-audit'))).toBe(true);
    const built = join(home, 'rust-pipeline', 'cargo-audit', VERSION, 'cargo-audit');
    const record = JSON.parse(readFileSync(join(dirname(built), 'rust-pipeline-install.json'), 'utf8'));
    expect(record).toMatchObject({
      from: 'cargo-install',
      sha256: createHash('sha256').update(readFileSync(built)).digest('hex'),
    });

    // A fresh runner restores that shared cache, whose binary was replaced (it still answers --version).
    writeFileSync(built, `#!/bin/sh\necho "cargo-audit-audit ${VERSION}"\n`);
    const again = await run({ runnerDir: tmp('rp-runner-'), cargoHome: home, mirror, path: shim.path, env: shim.env });
    expect(shim.installs()).toEqual([installArgv, installArgv]);
    expect(again.outputs.vulnerabilities).toBe('1');
    expect(again.annotations.find((a) => a.level === 'warning')?.message).toMatch(
      /does not match what was recorded when it was installed \(cargo-audit has sha256 [0-9a-f]{64}, recorded [0-9a-f]{64}\)/,
    );
  });

  it('a prebuilt binary that cannot start (its shared library is missing) falls back to the build', async () => {
    // A real ELF executable linked against libfake.so, which is then removed: the dynamic loader
    // refuses to start it, as a binary built for another libc would be refused.
    const src = tmp('rp-elf-');
    writeFileSync(join(src, 'fake.c'), 'int fake(void) { return 0; }\n');
    writeFileSync(join(src, 'main.c'), 'int fake(void);\nint main(void) { return fake(); }\n');
    expect(spawnSync('gcc', ['-shared', '-fPIC', '-o', join(src, 'libfake.so'), join(src, 'fake.c')]).status).toBe(0);
    const inner = `cargo-audit-${TRIPLE}-v${VERSION}`;
    mkdirSync(join(src, inner));
    const cc = spawnSync('gcc', ['-o', join(src, inner, 'cargo-audit'), join(src, 'main.c'), `-L${src}`, '-lfake']);
    expect(cc.status, String(cc.stderr)).toBe(0);
    rmSync(join(src, 'libfake.so'));
    const root = tmp('rp-mirror-broken-');
    mkdirSync(join(root, 'cargo-audit', VERSION), { recursive: true });
    expect(spawnSync('tar', ['-czf', join(root, MIRROR_PATH), '-C', src, inner]).status).toBe(0);
    const brokenSha = createHash('sha256')
      .update(readFileSync(join(root, MIRROR_PATH)))
      .digest('hex');
    const sums = join(tmp('rp-sums-'), 'sums.txt');
    writeFileSync(sums, `${brokenSha}  ${MIRROR_PATH}\n`);
    const broken = await serveFiles(root);
    try {
      const shim = buildingCargo();
      const home = freshCargoHome(tmp('rp-h-'));
      const step = await run({
        runnerDir: tmp('rp-runner-'),
        cargoHome: home,
        mirror: broken.url,
        checksums: sums,
        path: shim.path,
        env: shim.env,
      });
      expect(broken.hits.get(`/${MIRROR_PATH}`)).toBe(1);
      expect(shim.installs()).toEqual([installArgv]);
      expect(step.outputs.vulnerabilities, step.stdout).toBe('1');
      const warning = step.annotations.find((a) => a.level === 'warning' && a.message.includes('does not run'));
      expect(warning?.message).toMatch(
        new RegExp(
          `The prebuilt cargo-audit ${VERSION.replace(/\./g, '\\.')} \\(${ARCHIVE.replace(/\./g, '\\.')}\\) does not run on this machine: .*libfake\\.so`,
        ),
      );
      expect(toolSummaryRow(step)).toMatch(/\| cargo install \| .*the prebuilt archive does not run here/);
    } finally {
      await broken.close();
    }
  });

  it('without a verified checksum the archive is never downloaded', async () => {
    const empty = join(tmp('rp-sums-'), 'empty.txt');
    writeFileSync(empty, '');
    const refusing = refusingCargo(tmp('rp-shim-'), join(cargo.binDir, 'cargo'));
    const unlisted = '0.21.99'; // not in the shipped table
    const step = await runAction({
      workspace: (() => {
        const ws = makeWorkspace('vulnerable');
        made.push(ws);
        return ws;
      })(),
      inputs: { stages: 'audit', 'audit-db': db, 'tool-mirror': server.url, 'cargo-audit-version': unlisted },
      env: {
        PATH: `${refusing.dir}:${cargo.PATH}`,
        CARGO_HOME: freshCargoHome(tmp('rp-h-')),
        RUST_PIPELINE_TOOL_CHECKSUMS: empty,
      },
      runnerDir: tmp('rp-runner-'),
      noPost: true,
    }).then((r) => r.main);
    expect([...server.hits.keys()].some((k) => k.includes(unlisted))).toBe(false);
    const err = step.annotations.find((a) => a.title === 'cargo-audit');
    expect(err?.message).toContain(
      `no verified sha256 for cargo-audit/${unlisted}/cargo-audit-${TRIPLE}-v${unlisted}.tgz, so it is not downloaded`,
    );
    expect(err?.message).toContain('cargo install failed (exit 101):\nerror: cargo install refused by the test');
  });
});
