import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  canRunPlatform,
  choosePlatforms,
  hostPlatform,
  platformBuildArgs,
  platformOfTarget,
  platformParts,
  platformSlug,
} from '../../src/release/platforms.js';

describe('platformOfTarget', () => {
  test.each([
    ['x86_64-unknown-linux-musl', 'linux/amd64'],
    ['x86_64-unknown-linux-gnu', 'linux/amd64'],
    ['aarch64-unknown-linux-gnu', 'linux/arm64'],
    ['aarch64-unknown-linux-musl', 'linux/arm64'],
    ['armv7-unknown-linux-musleabihf', 'linux/arm/v7'],
    ['armv7-unknown-linux-gnueabihf', 'linux/arm/v7'],
    ['x86_64-pc-windows-gnu', undefined],
    ['aarch64-apple-darwin', undefined],
    ['riscv64gc-unknown-linux-gnu', undefined],
  ])('%s → %s', (target, want) => {
    expect(platformOfTarget(target)).toBe(want);
  });
});

describe('platform names', () => {
  test.each([
    ['x64', 'linux/amd64'],
    ['arm64', 'linux/arm64'],
    ['arm', 'linux/arm/v7'],
  ])('hostPlatform(%s) = %s', (arch, want) => {
    expect(hostPlatform(arch)).toBe(want);
  });

  test.each([
    ['linux/amd64', { os: 'linux', arch: 'amd64' }, 'amd64'],
    ['linux/arm/v7', { os: 'linux', arch: 'arm', variant: 'v7' }, 'armv7'],
  ])('%s: parts and slug', (platform, parts, slug) => {
    expect(platformParts(platform)).toEqual(parts);
    expect(platformSlug(platform)).toBe(slug);
  });
});

describe('choosePlatforms', () => {
  const amd = { target: 'x86_64-unknown-linux-musl', path: '/t/x86_64-unknown-linux-musl/release/app' };
  const arm = { target: 'aarch64-unknown-linux-gnu', path: '/t/aarch64-unknown-linux-gnu/release/app' };
  const win = { target: 'x86_64-pc-windows-gnu', path: '/t/x86_64-pc-windows-gnu/release/app.exe' };

  test.each([
    {
      name: 'follows the built Linux targets',
      explicit: [],
      bins: [amd, arm, win],
      want: ['linux/amd64', 'linux/arm64'],
    },
    {
      name: 'explicit entries, in their order',
      explicit: ['linux/arm64', 'linux/amd64'],
      bins: [amd, arm],
      want: ['linux/arm64', 'linux/amd64'],
    },
    { name: 'an explicit subset', explicit: ['linux/arm64'], bins: [amd, arm], want: ['linux/arm64'] },
    { name: 'no Linux binary: no platform', explicit: [], bins: [win], want: [] },
  ])('$name', ({ explicit, bins, want }) => {
    const r = choosePlatforms(explicit, bins);
    expect(r.ok && r.value.map((p) => p.platform)).toEqual(want);
  });

  test('each platform gets its own binary', () => {
    expect(choosePlatforms([], [amd, arm])).toEqual({
      ok: true,
      value: [
        { platform: 'linux/amd64', target: amd.target, path: amd.path },
        { platform: 'linux/arm64', target: arm.target, path: arm.path },
      ],
    });
  });

  test('an explicit platform without a binary names docker-platforms, the platform and targets', () => {
    expect(choosePlatforms(['linux/amd64', 'linux/arm/v7'], [amd, arm])).toEqual({
      ok: false,
      result:
        'Input "docker-platforms" names linux/arm/v7, but no binary was built for it: the built targets are x86_64-unknown-linux-musl, aarch64-unknown-linux-gnu. Add a matching target to "targets" (x86_64-*-linux-* → linux/amd64, aarch64-*-linux-* → linux/arm64, armv7-*-linux-* → linux/arm/v7), or remove the platform.',
    });
  });
});

describe('platformBuildArgs', () => {
  test.each([
    {
      name: 'classic builder: BINARY_PATH relative to the context, and the TARGET* arguments',
      o: {
        context: '/ws',
        binaryPath: '/ws/target/aarch64-unknown-linux-gnu/release/app',
        platform: 'linux/arm64',
        buildx: false,
      },
      want: [
        'BINARY_PATH=target/aarch64-unknown-linux-gnu/release/app',
        'TARGETPLATFORM=linux/arm64',
        'TARGETOS=linux',
        'TARGETARCH=arm64',
        'TARGETVARIANT=',
      ],
    },
    {
      name: 'buildx defines TARGET* itself',
      o: { context: '/ws', binaryPath: '/ws/target/release/app', platform: 'linux/amd64', buildx: true },
      want: ['BINARY_PATH=target/release/app'],
    },
    {
      name: 'a binary outside the context gets no BINARY_PATH',
      o: { context: '/ws', binaryPath: '/elsewhere/app', platform: 'linux/arm/v7', buildx: false },
      want: ['TARGETPLATFORM=linux/arm/v7', 'TARGETOS=linux', 'TARGETARCH=arm', 'TARGETVARIANT=v7'],
    },
    { name: 'no binary (stages: docker only)', o: { context: '/ws', platform: 'linux/amd64', buildx: true }, want: [] },
  ])('$name', ({ o, want }) => {
    expect(platformBuildArgs(o)).toEqual(want);
  });
});

describe('canRunPlatform', () => {
  test.each([
    { name: "the host's own platform", platform: 'linux/amd64', entry: undefined, want: true },
    { name: 'no binfmt handler', platform: 'linux/arm64', entry: undefined, want: false },
    {
      name: 'an enabled qemu handler',
      platform: 'linux/arm64',
      entry: 'enabled\ninterpreter /usr/bin/qemu-aarch64-static\nflags: F\n',
      want: true,
    },
    { name: 'a disabled handler', platform: 'linux/arm64', entry: 'disabled\n', want: false },
  ])('$name', ({ platform, entry, want }) => {
    const dir = mkdtempSync(join(tmpdir(), 'rp-binfmt-'));
    try {
      mkdirSync(dir, { recursive: true });
      if (entry !== undefined) writeFileSync(join(dir, 'qemu-aarch64'), entry);
      expect(canRunPlatform(platform, 'linux/amd64', dir)).toBe(want);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
