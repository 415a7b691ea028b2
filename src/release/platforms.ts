// Image platforms and the Rust targets behind them: which platform a built binary makes, which
// binary an explicit docker-platforms entry gets, and whether this machine can run an image of it.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { ok, stop, type Outcome } from '../context.js';
import { inputRef } from '../inputs/errors.js';

/** The image platform of a Linux target triple; undefined for other targets (Windows, macOS, …). */
export function platformOfTarget(target: string): string | undefined {
  const [arch, , os] = target.split('-');
  if (os !== 'linux' && !target.includes('-linux-')) return undefined;
  if (arch === 'x86_64') return 'linux/amd64';
  if (arch === 'aarch64') return 'linux/arm64';
  if (arch === 'armv7') return 'linux/arm/v7';
  return undefined;
}

/** The platform of Node's process.arch (the host), as docker names it. */
export function hostPlatform(arch: string = process.arch): string {
  if (arch === 'x64') return 'linux/amd64';
  if (arch === 'arm64') return 'linux/arm64';
  if (arch === 'arm') return 'linux/arm/v7';
  return `linux/${arch}`;
}

/** BuildKit's TARGETARCH / TARGETVARIANT of a platform: linux/arm/v7 → arm, v7. */
export function platformParts(platform: string): { os: string; arch: string; variant?: string } {
  const [os = 'linux', arch = '', variant] = platform.split('/');
  return { os, arch, ...(variant ? { variant } : {}) };
}

/** A tag-safe slug of a platform: linux/amd64 → amd64, linux/arm/v7 → armv7. */
export function platformSlug(platform: string): string {
  const { arch, variant } = platformParts(platform);
  return `${arch}${variant ?? ''}`;
}

export interface PlatformBinary {
  platform: string;
  target: string;
  path: string;
}

/**
 * The platform images to build: one per built Linux binary, or exactly the docker-platforms entries
 * (each needing a binary built for it). An entry without a binary stops with an error naming the input.
 */
export function choosePlatforms(
  explicit: readonly string[],
  binaries: readonly { target: string; path: string }[],
): Outcome<PlatformBinary[], string> {
  const built = new Map<string, PlatformBinary>();
  for (const b of binaries) {
    const platform = platformOfTarget(b.target);
    if (platform && !built.has(platform)) built.set(platform, { platform, target: b.target, path: b.path });
  }
  if (explicit.length === 0) return ok([...built.values()]);
  const missing = explicit.filter((p) => !built.has(p));
  if (missing.length)
    return stop(
      `${inputRef('docker-platforms')} names ${missing.join(', ')}, but no binary was built for ${missing.length === 1 ? 'it' : 'them'}: the built targets are ${binaries.map((b) => b.target).join(', ') || 'none'}. Add a matching target to "targets" (x86_64-*-linux-* → linux/amd64, aarch64-*-linux-* → linux/arm64, armv7-*-linux-* → linux/arm/v7), or remove the platform.`,
    );
  return ok(explicit.map((p) => built.get(p)!));
}

const QEMU_NAME: Record<string, string> = {
  'linux/amd64': 'qemu-x86_64',
  'linux/arm64': 'qemu-aarch64',
  'linux/arm/v7': 'qemu-arm',
};

/**
 * Can containers of this platform run here: the host's own, or one with a binfmt_misc handler
 * registered and enabled (qemu-user with the F flag, as docker/setup-qemu-action installs it).
 */
export function canRunPlatform(
  platform: string,
  host = hostPlatform(),
  binfmtDir = '/proc/sys/fs/binfmt_misc',
): boolean {
  if (platform === host) return true;
  const name = QEMU_NAME[platform];
  if (!name) return false;
  const entry = `${binfmtDir}/${name}`;
  if (!existsSync(entry)) return false;
  try {
    return /^enabled$/m.test(readFileSync(entry, 'utf8'));
  } catch {
    return false;
  }
}

/** The build argument naming the platform's binary (relative to the build context) for a user's Dockerfile. */
export const BINARY_ARG = 'BINARY_PATH';

/**
 * Build arguments for a user's Dockerfile: BINARY_PATH (the platform's binary, relative to the
 * context, in "/" form) when the binary lies inside the context, and for the classic builder the
 * TARGET* arguments BuildKit defines by itself (TARGETPLATFORM, TARGETOS, TARGETARCH, TARGETVARIANT).
 */
export function platformBuildArgs(o: {
  context: string;
  binaryPath?: string;
  platform: string;
  buildx: boolean;
}): string[] {
  const args: string[] = [];
  const rel = o.binaryPath === undefined ? undefined : relative(o.context, o.binaryPath);
  if (rel !== undefined && rel !== '' && !rel.startsWith('..') && !isAbsolute(rel))
    args.push(`${BINARY_ARG}=${rel.split(sep).join('/')}`);
  if (!o.buildx) {
    const { os, arch, variant } = platformParts(o.platform);
    args.push(`TARGETPLATFORM=${o.platform}`, `TARGETOS=${os}`, `TARGETARCH=${arch}`, `TARGETVARIANT=${variant ?? ''}`);
  }
  return args;
}
