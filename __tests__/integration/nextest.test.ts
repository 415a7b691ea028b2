// test-runner: nextest through the built action, with cargo-nextest from the tool installer.
// cargo-nextest is not built here (minutes on two cores): a local HTTP server on 127.0.0.1 serves a
// release archive in nextest's layout (a single `cargo-nextest` executable at the archive root)
// whose executable is a stand-in written by the test. It answers `nextest --version` like
// cargo-nextest and prints, for `nextest run`, the output nextest prints for the test-failures
// fixture (status lines, output sections, the Summary line), recording its argv and environment.
// The doc tests run with the real `cargo test --doc`. The archive's sha256 reaches the action
// through the RUST_PIPELINE_TOOL_CHECKSUMS file, as for the other tools.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  freshCargoHome,
  isolatedCargo,
  pinnedVersion,
  refusingCargo,
  serveFiles,
  type FileServer,
} from '../support/cargo-tools.js';
import {
  FIXTURES,
  makeWorkspace,
  readReport,
  removeDir,
  runAction,
  type Annotation,
  type StepResult,
} from '../support/rig.js';
import { TEST_FAILURES_ANNOTATIONS, TEST_FAILURES_COUNTS } from '../support/expected.js';

const VERSION = pinnedVersion('cargo-nextest');
const TRIPLE = process.arch === 'arm64' ? 'aarch64-unknown-linux-gnu' : 'x86_64-unknown-linux-musl';
const ARCHIVE = `cargo-nextest-${VERSION}-${TRIPLE}.tar.gz`;
const MIRROR_PATH = `cargo-nextest/${VERSION}/${ARCHIVE}`;
const ARCH = process.arch;
const OUTPUT = join(FIXTURES, 'tool-output', 'nextest-test-failures.txt');

const made: string[] = [];
afterAll(() => made.forEach(removeDir));
function tmp(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
}
function workspace(fixture: string): string {
  const ws = makeWorkspace(fixture);
  made.push(ws);
  return ws;
}

/** The stand-in cargo-nextest: `nextest --version`, and `nextest run` printing OUTPUT (exit 100, as nextest does when tests fail). */
function fakeNextest(): string {
  return [
    '#!/bin/sh',
    'if [ "$1" = "nextest" ] && [ "$2" = "--version" ]; then',
    `  echo "cargo-nextest ${VERSION} (stand-in 2026-01-01)"`,
    '  exit 0',
    'fi',
    'if [ "$1" = "nextest" ] && [ "$2" = "run" ]; then',
    '  { printf "%s\\n" "$@"; echo "--"; echo "cwd=$(pwd)"; echo "RUSTUP_TOOLCHAIN=${RUSTUP_TOOLCHAIN:-}"; echo "NEXTEST_HIDE_PROGRESS_BAR=${NEXTEST_HIDE_PROGRESS_BAR:-}"; } > "$RP_NEXTEST_LOG"',
    '  cat "$RP_NEXTEST_OUTPUT" >&2',
    '  exit 100',
    'fi',
    'echo "stand-in cargo-nextest: unexpected arguments: $*" >&2',
    'exit 2',
    '',
  ].join('\n');
}

const located = (as: Annotation[]) =>
  as.filter((a) => a.title).map(({ level, file, line, title }) => ({ level, file, line, title }));
const toolRow = (step: StepResult) => step.summary.split('\n').find((l) => l.startsWith('| cargo-nextest |'));
const testStageOf = (step: StepResult) => readReport(step).stages.find((s: { name: string }) => s.name === 'test');

describe.skipIf(process.platform !== 'linux')('test-runner: nextest', () => {
  let server: FileServer;
  let sums: string;
  let sha: string;
  let cargo: ReturnType<typeof isolatedCargo>;

  beforeAll(async () => {
    const root = tmp('rp-mirror-');
    const stage = tmp('rp-pkg-');
    writeFileSync(join(stage, 'cargo-nextest'), fakeNextest());
    chmodSync(join(stage, 'cargo-nextest'), 0o755);
    mkdirSync(join(root, 'cargo-nextest', VERSION), { recursive: true });
    const tar = spawnSync('tar', ['-czf', join(root, MIRROR_PATH), '-C', stage, 'cargo-nextest']);
    expect(tar.status).toBe(0);
    sha = createHash('sha256')
      .update(readFileSync(join(root, MIRROR_PATH)))
      .digest('hex');
    sums = join(tmp('rp-sums-'), 'tool-checksums.txt');
    writeFileSync(sums, `${sha}  ${MIRROR_PATH}\n`);
    server = await serveFiles(root);
    cargo = isolatedCargo(['cargo-nextest'], tmp('rp-iso-'));
  });
  afterAll(async () => server?.close());

  it('downloads cargo-nextest, runs it for the cell and cargo test --doc for the doc tests; the next run takes it from the tool cache', async () => {
    const runnerDir = tmp('rp-runner-');
    const log = join(tmp('rp-log-'), 'nextest-run');
    const run = (ws: string, home: string) =>
      runAction({
        workspace: ws,
        inputs: { stages: 'test', 'test-runner': 'nextest', 'tool-mirror': server.url },
        env: {
          PATH: cargo.PATH,
          CARGO_HOME: home,
          RUST_PIPELINE_TOOL_CHECKSUMS: sums,
          RP_NEXTEST_LOG: log,
          RP_NEXTEST_OUTPUT: OUTPUT,
        },
        runnerDir,
        noPost: true,
      }).then((r) => r.main);

    const ws = workspace('test-failures');
    const home = freshCargoHome(tmp('rp-h-'));
    const first = await run(ws, home);
    expect(server.hits.get(`/${MIRROR_PATH}`)).toBe(1);
    expect(first.code, first.stdout).toBe(1);
    expect(first.outputs['failed-stages']).toBe('test');
    // The same findings and counts cargo test gives for this fixture (see findings.test.ts).
    expect(located(first.annotations)).toEqual(TEST_FAILURES_ANNOTATIONS);
    expect(JSON.parse(first.outputs['test-counts']!)).toEqual(TEST_FAILURES_COUNTS);
    const byTitle = new Map(first.annotations.map((a) => [a.title, a.message]));
    expect(byTitle.get('test failed: tests::rejects_over_one_hundred')).toBe(
      'assertion `left == right` failed: 101% is out of range\n  left: Some(101)\n right: None',
    );

    // Installed into the runner's tool cache, and into the shared cache (CARGO_HOME/rust-pipeline) as
    // the verified archive with its record; the installed binary ran `nextest run` in the workspace
    // with the cell's toolchain...
    const installed = join(runnerDir, 'tool-cache', 'cargo-nextest', VERSION, ARCH, 'cargo-nextest');
    expect(existsSync(installed)).toBe(true);
    expect(existsSync(join(home, 'rust-pipeline', 'cargo-nextest', VERSION, ARCHIVE))).toBe(true);
    expect(existsSync(join(home, 'rust-pipeline', 'cargo-nextest', VERSION, 'rust-pipeline-install.json'))).toBe(true);
    expect(readFileSync(log, 'utf8').trimEnd().split('\n')).toEqual([
      'nextest',
      'run',
      '--workspace',
      '--no-fail-fast',
      '--locked',
      '--',
      `cwd=${ws}`,
      'RUSTUP_TOOLCHAIN=stable',
      'NEXTEST_HIDE_PROGRESS_BAR=1',
    ]);
    const commands = first.stdout.split('\n').filter((l) => l.startsWith('[command]'));
    expect(commands).toEqual([
      // the archive's extraction by @actions/tool-cache
      expect.stringMatching(/^\[command\]\S*tar xz .* -f \S+\.tar\.gz$/),
      `[command]${installed} nextest run --workspace --no-fail-fast --locked  (toolchain stable)`,
      '[command]cargo test --doc --workspace --no-fail-fast --locked --message-format=json-render-diagnostics  (toolchain stable)',
    ]);
    // ...and the doc tests ran with cargo test --doc (the doc test annotation above comes from it).
    const test = testStageOf(first);
    expect(test.summary).toBe('3 passed, 3 failed, 1 ignored in 1 cell (runner: cargo nextest + cargo test --doc)');
    expect(test.data.runner).toBe('nextest');
    expect(test.data.tool).toMatchObject({
      tool: 'cargo-nextest',
      version: VERSION,
      source: 'download',
      path: installed,
    });
    expect(test.findings.filter((f: { level: string }) => f.level === 'warning')).toEqual([]);
    expect(toolRow(first)).toMatch(
      new RegExp(
        `^\\| cargo-nextest \\| ${VERSION.replace(/\./g, '\\.')} \\| download \\(sha256 verified\\) \\| [\\d.]+ (ms|s) \\| ${server.url}/${MIRROR_PATH.replace(/\./g, '\\.')} \\(\\d+\\.\\d MB, sha256 ${sha.slice(0, 12)}…\\) \\|$`,
      ),
    );
    expect(first.summary).toMatch(/↳ install cargo-nextest \|/);

    // A new job on the same runner (empty shared cache): from the tool cache, no download.
    const second = await run(workspace('test-failures'), freshCargoHome(tmp('rp-h-')));
    expect(server.hits.get(`/${MIRROR_PATH}`)).toBe(1);
    expect(located(second.annotations)).toEqual(TEST_FAILURES_ANNOTATIONS);
    expect(JSON.parse(second.outputs['test-counts']!)).toEqual(TEST_FAILURES_COUNTS);
    expect(toolRow(second)).toMatch(
      new RegExp(`^\\| cargo-nextest \\| ${VERSION.replace(/\./g, '\\.')} \\| runner tool cache \\|`),
    );
    expect(second.stdout).toContain(
      `[command]${join(runnerDir, 'tool-cache', 'cargo-nextest', VERSION, ARCH, 'cargo-nextest')} nextest run `,
    );
  });

  it('when cargo-nextest cannot be installed, a green suite stays green: cargo test runs, a warning and the summary say why', async () => {
    // A tool-mirror without the archive (an empty directory: nothing leaves the machine), so the
    // installer tries `cargo install`, which the cargo on PATH refuses (recording its argv).
    const shim = refusingCargo(tmp('rp-shim-'), join(cargo.binDir, 'cargo'));
    const mirror = pathToFileURL(tmp('rp-empty-mirror-')).href;
    const home = freshCargoHome(tmp('rp-h-'));
    const runnerDir = tmp('rp-runner-');
    const { main } = await runAction({
      workspace: workspace('clean'),
      inputs: { stages: 'test', 'test-runner': 'nextest', 'tool-mirror': mirror },
      env: { PATH: `${shim.dir}:${cargo.PATH}`, CARGO_HOME: home, RUST_PIPELINE_TOOL_CHECKSUMS: '' },
      runnerDir,
      noPost: true,
    });
    expect(readFileSync(shim.argvFile, 'utf8').trimEnd().split('\n')).toEqual([
      'install',
      '--locked',
      '--version',
      VERSION,
      '--root',
      expect.stringMatching(/rust-pipeline\/tools\/cargo-nextest-/),
      'cargo-nextest',
    ]);
    expect(main.code, main.stdout).toBe(0);
    expect(main.outputs.result).toBe('success');
    expect(JSON.parse(main.outputs['test-counts']!)).toMatchObject({ passed: 2, failed: 0, ignored: 1 });
    expect(main.stdout).toContain(
      '[command]cargo test --workspace --no-fail-fast --locked --message-format=json-render-diagnostics  (toolchain stable)',
    );
    expect(main.stdout).not.toContain('nextest run');

    const warnings = main.annotations.filter((a) => a.level === 'warning');
    expect(warnings.map((a) => a.title)).toEqual(['cargo-nextest could not be installed']);
    const message = warnings[0]!.message;
    expect(message).toContain(
      `test-runner is "nextest" but cargo-nextest ${VERSION} could not be installed, so the tests ran with cargo test (doc tests included).`,
    );
    expect(message).toContain(
      `Could not install cargo-nextest ${VERSION}: cargo install failed (exit 101):\nerror: cargo install refused by the test`,
    );
    expect(message).toContain(`could not download ${mirror}/${MIRROR_PATH}: ENOENT`);
    expect(message).toContain('Set test-runner: cargo to stop using nextest.');

    const test = testStageOf(main);
    expect(test.status).toBe('success');
    expect(test.summary).toBe(
      '2 passed, 0 failed, 1 ignored in 1 cell (runner: cargo test; cargo-nextest could not be installed)',
    );
    expect(test.data.runner).toBe('cargo');
    expect(main.summary).toContain(
      `⚠️ **cargo-nextest ${VERSION} could not be installed, so these tests ran with cargo test** (doc tests included).`,
    );
    expect(main.summary).toContain('<details><summary>why cargo-nextest could not be installed</summary>');
    expect(toolRow(main)).toBeUndefined();
    // Nothing was installed anywhere.
    expect(existsSync(join(runnerDir, 'tool-cache', 'cargo-nextest'))).toBe(false);
    expect(existsSync(join(home, 'rust-pipeline', 'cargo-nextest'))).toBe(false);
  });

  it('a wrong checksum installs nothing: the warning quotes both digests and cargo test runs', async () => {
    const bad = join(tmp('rp-sums-'), 'bad.txt');
    writeFileSync(bad, `${'0'.repeat(64)}  ${MIRROR_PATH}\n`);
    const before = server.hits.get(`/${MIRROR_PATH}`) ?? 0;
    const home = freshCargoHome(tmp('rp-h-'));
    const runnerDir = tmp('rp-runner-');
    const { main } = await runAction({
      workspace: workspace('clean'),
      inputs: { stages: 'test', 'test-runner': 'nextest', 'tool-mirror': server.url },
      env: { PATH: cargo.PATH, CARGO_HOME: home, RUST_PIPELINE_TOOL_CHECKSUMS: bad },
      runnerDir,
      noPost: true,
    });
    expect(server.hits.get(`/${MIRROR_PATH}`)).toBe(before + 1);
    expect(main.code, main.stdout).toBe(0);
    const warning = main.annotations.find((a) => a.title === 'cargo-nextest could not be installed');
    expect(warning?.message).toContain(
      `sha256 mismatch for ${server.url}/${MIRROR_PATH}: expected ${'0'.repeat(64)}, got ${sha}. The archive was deleted and nothing was installed.`,
    );
    expect(testStageOf(main).summary).toBe(
      '2 passed, 0 failed, 1 ignored in 1 cell (runner: cargo test; cargo-nextest could not be installed)',
    );
    expect(existsSync(join(runnerDir, 'tool-cache', 'cargo-nextest'))).toBe(false);
    expect(existsSync(join(home, 'rust-pipeline', 'cargo-nextest'))).toBe(false);
  });
});
