// Pure builders for the release build: which target, whether and how to link statically, the size
// profile, the cargo argv and environment, and where the binary lands.
import { dirname, join } from 'node:path';
import type { CargoCommand } from '../cargo/commands.js';
import { rustupError } from '../cargo/rustup.js';
import { parseCargoMetadata, type MetadataPackage } from '../cargo/metadata.js';
import type { Tristate } from '../inputs/types.js';
import { formatBytes } from '../text.js';
import type { RefInfo } from './tags.js';
import { inputProblem } from '../inputs/errors.js';

/** opt-level z, fat LTO, one codegen unit, symbols stripped, abort on panic — all through env, no file is edited. */
export const SIZE_PROFILE_ENV: Readonly<Record<string, string>> = {
  CARGO_PROFILE_RELEASE_OPT_LEVEL: 'z',
  CARGO_PROFILE_RELEASE_LTO: 'true',
  CARGO_PROFILE_RELEASE_CODEGEN_UNITS: '1',
  CARGO_PROFILE_RELEASE_STRIP: 'true',
  CARGO_PROFILE_RELEASE_PANIC: 'abort',
};

export const CRT_STATIC = '-C target-feature=+crt-static';

/**
 * GNU ld stamps a PE file with the link time by default: without it, a Windows binary (and its
 * archive) built twice from one commit would differ.
 */
export const NO_PE_TIMESTAMP = '-C link-arg=-Wl,--no-insert-timestamp';

export function isLinuxTarget(triple: string): boolean {
  return /-linux-/.test(triple) || triple.endsWith('-linux');
}

export function isMuslTarget(triple: string): boolean {
  return /-linux-musl/.test(triple);
}

export function isWindowsTarget(triple: string): boolean {
  return triple.includes('-windows-');
}

/** The triple in `rustc -vV` output ("host: x86_64-unknown-linux-gnu"). */
export function parseRustcHost(vV: string): string | undefined {
  return /^host:\s*(\S+)\s*$/m.exec(vV)?.[1];
}

/** static: auto means true for linux targets (musl or glibc), false elsewhere. */
export function wantStatic(setting: Tristate, target: string): boolean {
  return setting === 'auto' ? isLinuxTarget(target) : setting === 'true';
}

export interface BuildPlan {
  /** The target triple the binary is built for. */
  target: string;
  /** Whether --target is passed (always when linking statically with crt-static, see below). */
  explicitTarget: boolean;
  static: boolean;
  /** How static linking is obtained: musl links statically by default; glibc needs crt-static. */
  staticVia?: 'musl' | 'crt-static';
  /** The target must be installed with rustup first (a non-host target). */
  needsTarget: boolean;
}

/**
 * Decides how to build. On a glibc target, crt-static goes in RUSTFLAGS; --target is then always
 * passed, because with --target cargo applies RUSTFLAGS to the target only, not to build scripts
 * and proc-macros (which cannot be built with crt-static).
 */
export function planBuild(o: { target?: string; host: string; static: Tristate }): BuildPlan {
  const target = o.target ?? o.host;
  const isStatic = wantStatic(o.static, target);
  const staticVia = !isStatic ? undefined : isMuslTarget(target) ? 'musl' : 'crt-static';
  return {
    target,
    explicitTarget: o.target !== undefined || staticVia === 'crt-static',
    static: isStatic,
    ...(staticVia ? { staticVia } : {}),
    needsTarget: target !== o.host,
  };
}

/** RUSTFLAGS with crt-static added to what the user already set (never replacing it). */
export function appendRustflags(env: NodeJS.ProcessEnv, flags: string): Record<string, string> {
  // CARGO_ENCODED_RUSTFLAGS wins over RUSTFLAGS in cargo: extend whichever one is in effect.
  const encoded = env.CARGO_ENCODED_RUSTFLAGS;
  if (encoded !== undefined && encoded !== '') {
    return { CARGO_ENCODED_RUSTFLAGS: [encoded, ...flags.split(/\s+/)].join('\x1f') };
  }
  const current = (env.RUSTFLAGS ?? '').trim();
  if (current.split(/\s+/).join(' ').includes(flags)) return { RUSTFLAGS: current };
  return { RUSTFLAGS: current ? `${current} ${flags}` : flags };
}

/**
 * Cargo config files (from `dir` up to `stopAt`, then CARGO_HOME) that set rustflags: cargo ignores
 * those once RUSTFLAGS is set in the environment, so the build warns about them.
 */
export function configRustflagFiles(
  dir: string,
  stopAt: string,
  cargoHome: string | undefined,
  read: (path: string) => string | undefined,
): string[] {
  const dirs: string[] = [];
  let cur = dir;
  for (;;) {
    dirs.push(join(cur, '.cargo'));
    const up = dirname(cur);
    if (cur === stopAt || up === cur || !cur.startsWith(stopAt)) break;
    cur = up;
  }
  if (cargoHome) dirs.push(cargoHome);
  const hits: string[] = [];
  for (const d of dirs) {
    for (const name of ['config.toml', 'config']) {
      const text = read(join(d, name));
      if (text !== undefined && /^\s*rustflags\s*=/m.test(text)) hits.push(join(d, name));
    }
  }
  return hits;
}

export interface CargoBuildOptions {
  plan: BuildPlan;
  profile: 'release' | 'size';
  locked: boolean;
  package?: string;
  bin: string;
  /** A different target directory (used for the reference build with the default profile). */
  targetDir?: string;
  /** The environment the build runs in (to extend RUSTFLAGS rather than replace it). */
  baseEnv: NodeJS.ProcessEnv;
  /** The target's C toolchain for the cc crate (CC_<target>, AR_<target>), e.g. musl-gcc for a musl target. */
  ccEnv?: Readonly<Record<string, string>>;
}

/** The flags the release build adds to RUSTFLAGS: crt-static for a static glibc build, no PE time stamp for windows-gnu. */
export function releaseRustflags(plan: BuildPlan): string[] {
  const flags: string[] = [];
  if (plan.staticVia === 'crt-static') flags.push(CRT_STATIC);
  if (/-windows-gnu/.test(plan.target) && plan.explicitTarget) flags.push(NO_PE_TIMESTAMP);
  return flags;
}

export function cargoBuildCommand(o: CargoBuildOptions): CargoCommand {
  const args = ['build', '--release'];
  if (o.locked) args.push('--locked');
  if (o.package) args.push('--package', o.package);
  args.push('--bin', o.bin);
  if (o.plan.explicitTarget) args.push('--target', o.plan.target);
  if (o.targetDir) args.push('--target-dir', o.targetDir);
  const env: Record<string, string> = {};
  if (o.profile === 'size') Object.assign(env, SIZE_PROFILE_ENV);
  const flags = releaseRustflags(o.plan);
  if (flags.length) Object.assign(env, appendRustflags(o.baseEnv, flags.join(' ')));
  if (o.ccEnv) Object.assign(env, o.ccEnv);
  return { args, env };
}

/** Where cargo puts the binary: <target-dir>[/<triple>]/release/<bin>[.exe]. */
export function binaryPath(targetDir: string, plan: BuildPlan, bin: string): string {
  const name = isWindowsTarget(plan.target) ? `${bin}.exe` : bin;
  return plan.explicitTarget ? join(targetDir, plan.target, 'release', name) : join(targetDir, 'release', name);
}

export function rustupTargetAddCommand(target: string, toolchain?: string): string[] {
  return ['target', 'add', ...(toolchain ? [`--toolchain=${toolchain}`] : []), '--', target];
}

export function rustupInstalledTargetsCommand(toolchain?: string): string[] {
  return ['target', 'list', '--installed', ...(toolchain ? [`--toolchain=${toolchain}`] : [])];
}

/** The message when `rustup target add` failed: what happened, for which toolchain, and how to fix it. */
export function targetAddError(target: string, output: string, toolchain?: string): string {
  const detail = rustupError(output);
  const command = ['rustup', ...rustupTargetAddCommand(target, toolchain)].join(' ');
  return [
    `Could not add the Rust target ${target} to the toolchain ${toolchain ?? 'that this directory selects'} with rustup${detail ? `:\n${detail}` : '.'}`,
    `Fix: install it before this step (\`${command}\`), e.g. in your rust-toolchain.toml (targets = ["${target}"]),`,
    isMuslTarget(target)
      ? `or build for the glibc target (target: ${target.replace(/-musl\w*$/, '-gnu')}) with static: true, which links with crt-static and needs no extra target.`
      : 'or leave the target input empty to build for the host.',
  ].join('\n');
}

export interface CargoPackage {
  name: string;
  /** The directory of its Cargo.toml (where README*, LICENSE*, CHANGELOG* are looked for). */
  dir?: string;
  version: string;
  description?: string;
  license?: string;
  bins: string[];
}

/** The packages with their binaries, as the build stage chooses among them. */
export function cargoPackages(packages: readonly MetadataPackage[]): CargoPackage[] {
  return packages.map((p) => ({
    name: p.name,
    ...(p.manifestPath ? { dir: dirname(p.manifestPath) } : {}),
    version: p.version,
    ...(p.description ? { description: p.description } : {}),
    ...(p.license ? { license: p.license } : {}),
    bins: p.targets.filter((t) => t.kind.includes('bin')).map((t) => t.name),
  }));
}

/** The workspace members' packages and their binaries, from `cargo metadata --no-deps --format-version 1`. */
export function parseMetadata(json: string): { packages: CargoPackage[]; targetDirectory: string } {
  const meta = parseCargoMetadata(json);
  return { targetDirectory: meta.targetDirectory, packages: cargoPackages(meta.packages) };
}

/** Picks the binary to build: the `bin` input, else the only binary of the workspace. Throws a message naming the choices. */
export function selectBinary(
  packages: readonly CargoPackage[],
  bin: string | undefined,
): { package: CargoPackage; bin: string } {
  const all = packages.flatMap((p) => p.bins.map((b) => ({ package: p, bin: b })));
  if (bin !== undefined) {
    const hits = all.filter((x) => x.bin === bin);
    if (hits.length === 0) {
      throw new Error(
        inputProblem(
          'bin',
          bin,
          `no such binary; allowed: ${all.length ? all.map((x) => x.bin).join(', ') : '(the workspace has no binary)'}.`,
        ),
      );
    }
    return hits[0]!;
  }
  if (all.length === 0)
    throw new Error('The crate has no binary target to build (no src/main.rs or [[bin]]); the build stage needs one.');
  if (all.length > 1) {
    throw new Error(
      `The workspace has ${all.length} binaries (${all.map((x) => x.bin).join(', ')}); set the "bin" input to the one to build.`,
    );
  }
  return all[0]!;
}

/** "1.2 MiB" style sizes for the summary. */
/** "-41.3% (1.36 MiB → 820.0 KiB)" */
export function formatSizeChange(before: number, after: number): string {
  const pct = before > 0 ? ((after - before) / before) * 100 : 0;
  return `${pct >= 0 ? '+' : ''}${pct.toFixed(1)}% (${formatBytes(before)} → ${formatBytes(after)})`;
}

/** The targets `rustc --print target-list` prints, one per line. */
export function parseTargetList(stdout: string): Set<string> {
  return new Set(
    stdout
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  );
}

/** The version of a release: the tag's semver version (without "v"), else the package's. */
export function releaseVersion(ref: RefInfo, packageVersion: string): string {
  return ref.kind === 'tag' && ref.version ? ref.version.version : packageVersion;
}

/** One target's binary, as later stages (images, SBOMs, publishing) read it. */
export interface BuiltBinary {
  target: string;
  path: string;
  /** The file name (`app`, `app.exe`). */
  name: string;
  size: number;
  /** ELF binaries: whether statically linked; absent when the check does not apply. */
  static?: boolean;
  /** What its header is, e.g. "ELF 64-bit LSB aarch64" (checked against the target). */
  verified: string;
}

/** One release archive in `<target dir>/rust-pipeline/dist/`. */
export interface ReleaseArchive {
  target: string;
  path: string;
  /** The file name, `<bin>-<version>-<target>.tar.gz` or `.zip`. */
  name: string;
  sha256: string;
  size: number;
  /** Files published beside the archive: `<archive>.sha256` (and its SBOM once there is one). */
  assets: string[];
}

/** What the docker stage (and the JSON report) learn about the build. */
export interface BuildData {
  /** Every target's binary, in the order of the targets input (the fields above describe the first). */
  binaries: BuiltBinary[];
  /** The release archives, in the same order; empty when a target failed. */
  archives: ReleaseArchive[];
  /** Path of SHA256SUMS, which lists every archive by file name. */
  checksums?: string;
  /** The tag without "v", else the package's version. */
  version: string;
  binaryPath: string;
  binaryName: string;
  size: number;
  /** true/false for ELF files; undefined when the check does not apply. */
  static?: boolean;
  elf: string;
  needed: string[];
  target: string;
  profile: 'release' | 'size';
  package: Pick<CargoPackage, 'name' | 'version' | 'description' | 'license'>;
  /** Size with the default release profile, when profile is size and the reference build worked. */
  defaultProfileSize?: number;
  buildMs: number;
  referenceMs?: number;
}
