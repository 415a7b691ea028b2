// Helpers for tests that run the real cargo tools: whether they are installed at the pinned
// versions, a PATH/CARGO_HOME without them (to exercise the installer), a local advisory
// database, and a static file server on 127.0.0.1 for tool archives.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { delimiter, join, normalize, sep } from 'node:path';
import { INPUT_SPECS } from '../../src/inputs/specs.js';
import { FIXTURES } from './rig.js';

export function pinnedVersion(tool: 'cargo-audit' | 'cargo-tarpaulin' | 'cargo-nextest' | 'cargo-deny'): string {
  return INPUT_SPECS.find((s) => s.name === `${tool}-version`)!.default;
}

const SUBCOMMAND = { 'cargo-audit': 'audit', 'cargo-tarpaulin': 'tarpaulin', 'cargo-deny': 'deny' } as const;
type Probed = keyof typeof SUBCOMMAND;

/** Path of an installed tool at its pinned version, or a reason why it is not usable. */
export function findTool(tool: Probed): { path?: string; problem?: string } {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const p = join(dir, tool);
    try {
      if (!statSync(p).isFile()) continue;
    } catch {
      continue;
    }
    const out = spawnSync(p, [SUBCOMMAND[tool], '--version'], { encoding: 'utf8' }).stdout ?? '';
    const want = pinnedVersion(tool);
    if (out.includes(want)) return { path: p };
    return { problem: `${p} is not version ${want} (${out.trim()})` };
  }
  return { problem: `${tool} is not on PATH` };
}

/**
 * Skips (with the reason) when a tool is missing, except under CI=true where a missing tool
 * fails the file: scripts/setup/10-cargo-tools.sh installs them.
 */
export function toolsOrSkip(...tools: Probed[]): string | undefined {
  const problems = tools.map((t) => findTool(t).problem).filter(Boolean);
  if (problems.length === 0) return undefined;
  const reason = `${problems.join('; ')} (run scripts/setup/10-cargo-tools.sh and 30-supply-tools.sh)`;
  if (process.env.CI === 'true') throw new Error(reason);
  console.warn(`skipping: ${reason}`);
  return reason;
}

function cargoBinDir(): string {
  return join(process.env.CARGO_HOME ?? join(homedir(), '.cargo'), 'bin');
}

/**
 * An environment whose PATH has the Rust toolchain (rustup proxies) but none of `hide`, and a
 * fresh CARGO_HOME sharing the machine's registry (so no crate is downloaded again). The
 * action keeps its tools under CARGO_HOME/rust-pipeline, so each CARGO_HOME is a fresh
 * "shared cache".
 */
export function isolatedCargo(
  hide: string[],
  root = mkdtempSync(join(tmpdir(), 'rp-cargo-')),
): { PATH: string; CARGO_HOME: string; binDir: string } {
  const binDir = join(root, 'bin');
  mkdirSync(binDir, { recursive: true });
  const real = cargoBinDir();
  for (const name of readdirSync(real)) {
    if (!hide.includes(name)) symlinkSync(join(real, name), join(binDir, name));
  }
  const home = freshCargoHome(root);
  const rest = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((d) => d && normalize(d) !== normalize(real) && !d.startsWith(real + sep));
  return { PATH: [binDir, ...rest].join(delimiter), CARGO_HOME: home, binDir };
}

export function freshCargoHome(root = mkdtempSync(join(tmpdir(), 'rp-cargo-'))): string {
  const home = mkdtempSync(join(root, 'home-'));
  symlinkSync(join(process.env.CARGO_HOME ?? join(homedir(), '.cargo'), 'registry'), join(home, 'registry'));
  return home;
}

/** A local RustSec advisory database: a git repository with the fixture advisories, one commit. */
export function localAdvisoryDb(dest = mkdtempSync(join(tmpdir(), 'rp-advisory-db-'))): string {
  cpSync(join(FIXTURES, 'advisory-db'), dest, { recursive: true });
  const git = (...args: string[]): void => {
    const r = spawnSync('git', ['-c', 'user.email=db@example.invalid', '-c', 'user.name=db', ...args], {
      cwd: dest,
      stdio: 'ignore',
    });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed in ${dest}`);
  };
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'advisories');
  return dest;
}

export interface FileServer {
  url: string;
  /** Requests per path. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

/** Serves files under `root` on 127.0.0.1 (port chosen by the system). */
export async function serveFiles(root: string): Promise<FileServer> {
  const hits = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const file = normalize(join(root, path));
    let size = -1;
    try {
      if (file.startsWith(root) && statSync(file).isFile()) size = statSync(file).size;
    } catch {
      /* missing */
    }
    if (size < 0) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': size });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** A loopback port nothing listens on (bound, then closed). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

/**
 * A `cargo` for PATH that refuses `cargo install` (exit 101, after writing its argv one per line
 * to `argvFile`) and runs `realCargo` for everything else: the installer's last resort, observed
 * without building anything.
 */
export function refusingCargo(dir: string, realCargo: string): { dir: string; argvFile: string } {
  mkdirSync(dir, { recursive: true });
  const argvFile = join(dir, 'install-argv');
  writeFileSync(
    join(dir, 'cargo'),
    [
      '#!/bin/sh',
      'if [ "$1" = "install" ]; then',
      `  printf "%s\\n" "$@" > '${argvFile}'`,
      '  echo "error: cargo install refused by the test" >&2',
      '  exit 101',
      'fi',
      `exec '${realCargo}' "$@"`,
      '',
    ].join('\n'),
  );
  chmodSync(join(dir, 'cargo'), 0o755);
  return { dir, argvFile };
}
