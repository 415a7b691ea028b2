// The tool installer through the built action. A local HTTP server on 127.0.0.1 serves a
// release archive packaged by the test from the locally built cargo-audit, laid out as on a
// `tool-mirror`; its sha256 reaches the action through the RUST_PIPELINE_TOOL_CHECKSUMS file.
// PATH holds the Rust toolchain but not cargo-audit, and every run gets its own CARGO_HOME
// (the action keeps tools under CARGO_HOME/rust-pipeline), so each source is exercised alone.
// The audit stage then runs the installed tool against a local advisory database.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closedPort,
  findTool,
  freshCargoHome,
  isolatedCargo,
  localAdvisoryDb,
  pinnedVersion,
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
    expect(existsSync(join(home1, 'rust-pipeline', 'cargo-audit', VERSION, 'cargo-audit'))).toBe(true);

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
    expect(toolSummaryRow(third)).toMatch(/\| shared cache \|/);
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

  it('no server: falls back to cargo install --locked --version (observed through a cargo shim)', async () => {
    // The shim stands in for `cargo install` only (a real build takes minutes, see the benchmark):
    // it records its argv and puts the locally built binary where cargo install would.
    const shimDir = tmp('rp-shim-');
    const argvFile = join(shimDir, 'argv');
    writeFileSync(
      join(shimDir, 'cargo'),
      [
        '#!/bin/sh',
        'if [ "$1" = "install" ]; then',
        '  printf "%s\\n" "$@" > "$RP_SHIM_ARGV"',
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
    const runnerDir = tmp('rp-runner-');
    const home = freshCargoHome(tmp('rp-h-'));
    const port = await closedPort();
    const step = await run({
      runnerDir,
      cargoHome: home,
      mirror: `http://127.0.0.1:${port}`,
      path: `${shimDir}:${cargo.PATH}`,
      env: {
        RP_SHIM_ARGV: argvFile,
        RP_SHIM_TOOL: findTool('cargo-audit').path!,
        RP_SHIM_CARGO: join(cargo.binDir, 'cargo'),
      },
    });
    const argv = readFileSync(argvFile, 'utf8').trimEnd().split('\n');
    expect(argv).toEqual([
      'install',
      '--locked',
      '--version',
      VERSION,
      '--root',
      expect.stringMatching(/rust-pipeline\/tools\/cargo-audit-/),
      'cargo-audit',
    ]);
    expect(step.outputs.vulnerabilities, step.stdout).toBe('1');
    expect(toolSummaryRow(step)).toMatch(
      new RegExp(
        `\\| cargo install \\| .*could not download http://127\\.0\\.0\\.1:${port}/${MIRROR_PATH.replace(/\./g, '\\.')}: ECONNREFUSED`,
      ),
    );
    expect(existsSync(join(runnerDir, 'tool-cache', 'cargo-audit', VERSION, ARCH, 'cargo-audit'))).toBe(true);
    expect(existsSync(join(home, 'rust-pipeline', 'cargo-audit', VERSION, 'cargo-audit'))).toBe(true);
  });

  it('without a verified checksum the archive is never downloaded', async () => {
    const empty = join(tmp('rp-sums-'), 'empty.txt');
    writeFileSync(empty, '');
    const shimDir = tmp('rp-shim-');
    writeFileSync(
      join(shimDir, 'cargo'),
      '#!/bin/sh\nif [ "$1" = "install" ]; then echo "install refused by the test" >&2; exit 101; fi\nexec "$RP_SHIM_CARGO" "$@"\n',
    );
    chmodSync(join(shimDir, 'cargo'), 0o755);
    const before = server.hits.get(`/${MIRROR_PATH}`) ?? 0;
    const step = await run({
      runnerDir: tmp('rp-runner-'),
      cargoHome: freshCargoHome(tmp('rp-h-')),
      mirror: server.url,
      checksums: empty,
      path: `${shimDir}:${cargo.PATH}`,
      env: { RP_SHIM_CARGO: join(cargo.binDir, 'cargo') },
    });
    expect(server.hits.get(`/${MIRROR_PATH}`) ?? 0).toBe(before);
    const err = step.annotations.find((a) => a.title === 'cargo-audit');
    expect(err?.message).toContain(`no verified sha256 for ${MIRROR_PATH}, so it is not downloaded`);
    expect(err?.message).toContain('cargo install failed (exit 101):\ninstall refused by the test');
  });
});
