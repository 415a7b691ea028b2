// The one table of cargo tools the pipeline installs: where each tool's prebuilt release archive
// lives per platform, and the sha256 of each archive that has been verified. Pinned default
// versions are the inputs' defaults (cargo-*-version in src/inputs.ts).
//
// A download is only ever attempted for an archive whose sha256 is known, either from
// `sha256` below or from the checksum file named by RUST_PIPELINE_TOOL_CHECKSUMS (see
// checksums.ts). Without one the installer builds the tool with `cargo install --locked`
// instead: an unverified binary is never run.

export const TOOL_NAMES = ['cargo-audit', 'cargo-tarpaulin', 'cargo-nextest'] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

/** `${process.platform}-${process.arch}` of the machines release archives exist for. */
export type Platform = 'linux-x64' | 'linux-arm64' | 'darwin-x64' | 'darwin-arm64' | 'win32-x64';

export interface ToolSpec {
  /** crates.io crate name, for `cargo install`. */
  crate: string;
  /** Executable name (without .exe). */
  bin: string;
  /** First argument when the executable is run directly rather than through cargo (`cargo-audit audit …`). */
  subcommand: string;
  /** Base URL of the GitHub release downloads. */
  releaseBase: string;
  /** Release tag of a version. */
  tag(version: string): string;
  /** Archive file name per platform; a platform without an entry always falls back to cargo install. */
  assets: Partial<Record<Platform, (version: string) => string>>;
  /**
   * Verified sha256 of release archives, keyed by `<version>/<archive file name>`.
   * Only add a value checked against the published archive.
   */
  sha256: Readonly<Record<string, string>>;
}

export const TOOL_TABLE: Readonly<Record<ToolName, ToolSpec>> = {
  'cargo-audit': {
    crate: 'cargo-audit',
    bin: 'cargo-audit',
    subcommand: 'audit',
    releaseBase: 'https://github.com/rustsec/rustsec/releases/download',
    tag: (v) => `cargo-audit/v${v}`,
    assets: {
      'linux-x64': (v) => `cargo-audit-x86_64-unknown-linux-musl-v${v}.tgz`,
      'linux-arm64': (v) => `cargo-audit-aarch64-unknown-linux-gnu-v${v}.tgz`,
      'darwin-x64': (v) => `cargo-audit-x86_64-apple-darwin-v${v}.tgz`,
      'win32-x64': (v) => `cargo-audit-x86_64-pc-windows-msvc-v${v}.zip`,
    },
    sha256: {},
  },
  'cargo-tarpaulin': {
    crate: 'cargo-tarpaulin',
    bin: 'cargo-tarpaulin',
    subcommand: 'tarpaulin',
    releaseBase: 'https://github.com/xd009642/tarpaulin/releases/download',
    tag: (v) => v,
    assets: {
      'linux-x64': () => 'cargo-tarpaulin-x86_64-unknown-linux-musl.tar.gz',
      'linux-arm64': () => 'cargo-tarpaulin-aarch64-unknown-linux-musl.tar.gz',
      'darwin-x64': () => 'cargo-tarpaulin-x86_64-apple-darwin.tar.gz',
      'darwin-arm64': () => 'cargo-tarpaulin-aarch64-apple-darwin.tar.gz',
      'win32-x64': () => 'cargo-tarpaulin-x86_64-pc-windows-msvc.zip',
    },
    sha256: {},
  },
  'cargo-nextest': {
    crate: 'cargo-nextest',
    bin: 'cargo-nextest',
    subcommand: 'nextest',
    releaseBase: 'https://github.com/nextest-rs/nextest/releases/download',
    tag: (v) => `cargo-nextest-${v}`,
    assets: {
      'linux-x64': (v) => `cargo-nextest-${v}-x86_64-unknown-linux-musl.tar.gz`,
      'linux-arm64': (v) => `cargo-nextest-${v}-aarch64-unknown-linux-gnu.tar.gz`,
      'darwin-x64': (v) => `cargo-nextest-${v}-universal-apple-darwin.tar.gz`,
      'darwin-arm64': (v) => `cargo-nextest-${v}-universal-apple-darwin.tar.gz`,
      'win32-x64': (v) => `cargo-nextest-${v}-x86_64-pc-windows-msvc.tar.gz`,
    },
    sha256: {},
  },
};

export function currentPlatform(platform: string = process.platform, arch: string = process.arch): string {
  return `${platform}-${arch}`;
}

export interface Asset {
  /** Archive file name, e.g. cargo-audit-x86_64-unknown-linux-musl-v0.22.2.tgz. */
  file: string;
  /** Path under a `tool-mirror` base URL: `<tool>/<version>/<file>` (also the checksum file's key). */
  mirrorPath: string;
  /** Where to download it from: the mirror when given, else the GitHub release. */
  url: string;
  /** sha256 from the table, when verified. */
  sha256?: string;
}

/** The release archive of a tool version for a platform; undefined when none is published for it. */
export function assetFor(tool: ToolName, version: string, platform: string, mirror?: string): Asset | undefined {
  const spec = TOOL_TABLE[tool];
  const name = spec.assets[platform as Platform];
  if (!name) return undefined;
  const file = name(version);
  const mirrorPath = `${tool}/${version}/${file}`;
  const url = mirror
    ? `${mirror.replace(/\/+$/, '')}/${mirrorPath}`
    : `${spec.releaseBase}/${spec.tag(version)}/${file}`;
  const sha256 = spec.sha256[`${version}/${file}`];
  return { file, mirrorPath, url, ...(sha256 ? { sha256 } : {}) };
}
