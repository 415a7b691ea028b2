// Multi-platform images without buildx: each platform image is pushed by digest under a platform
// tag, then one manifest list per tag (`docker manifest create` / `push`) names them all. Pure
// builders of those command lines, and the readers of their output.
import { platformSlug } from './platforms.js';

/** The tag a platform image is pushed under before the list: 1.2.3 + linux/arm64 → 1.2.3-arm64. */
export function platformTag(tag: string, platform: string): string {
  return `${tag}-${platformSlug(platform)}`.slice(0, 128);
}

/**
 * `docker manifest` talks to registries itself (not through the daemon), so a plain-http registry
 * needs --insecure; like dockerd, we assume that only for loopback registries.
 */
export function isLoopbackRegistry(host: string): boolean {
  return /^(localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])(:\d+)?$/.test(host);
}

export function manifestCreateArgs(list: string, images: readonly string[], insecure: boolean): string[] {
  return ['manifest', 'create', ...(insecure ? ['--insecure'] : []), list, ...images];
}

export function manifestPushArgs(list: string, insecure: boolean): string[] {
  return ['manifest', 'push', ...(insecure ? ['--insecure'] : []), '--purge', list];
}

export function manifestRmArgs(list: string): string[] {
  return ['manifest', 'rm', list];
}

/** `docker manifest push` prints the list's digest ("sha256:…") as its last line. */
export function parseManifestPushDigest(output: string): string | undefined {
  const all = output.match(/sha256:[0-9a-f]{64}/g);
  return all?.[all.length - 1];
}
