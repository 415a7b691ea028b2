// One image per architecture under one tag, against the real dockerd and registry: the docker stage
// gets the static binaries of two targets (x86_64 and aarch64 musl, cross-built here with rust-lld)
// as the build stage hands them over (BuildData.binaries), builds a FROM scratch image for each
// platform, smoke-tests the one this machine can run, pushes each by digest and one manifest list
// per tag. The registry's API must show the list with both platforms, each image's config with
// its architecture, and inside each image the binary of that architecture (ELF e_machine).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { result, type StageContext, type StageResult } from '../../src/context.js';
import { exec } from '../../src/exec.js';
import { Profiler } from '../../src/profiler.js';
import type { BuildData } from '../../src/release/build-plan.js';
import { dockerStage } from '../../src/stages/docker.js';
import { parseGiven } from '../support/inputs.js';
import { makeWorkspace, removeDir } from '../support/rig.js';
import { removeImages, requireRegistry, type TestRegistry } from '../support/registry.js';

/** The musl targets the fixtures are built for; under CI=true a missing one fails, elsewhere skips. */
function requireTargets(targets: readonly string[]): boolean {
  const installed = spawnSync('rustup', ['target', 'list', '--installed'], { encoding: 'utf8' }).stdout ?? '';
  const missing = targets.filter((t) => !installed.split('\n').includes(t));
  if (missing.length === 0) return true;
  const why = `rustup target ${missing.join(', ')} is not installed: source scripts/setup/35-images.sh.`;
  if (process.env.CI === 'true') throw new Error(why);
  console.warn(`Skipping: ${why}`);
  return false;
}

const registry = requireRegistry();
const made: string[] = [];
const refs: string[] = [];
const targetDir = mkdtempSync(join(tmpdir(), 'rp-multiarch-target-'));
const run = `${process.pid.toString(36)}${Date.now().toString(36)}`;
const TARGETS = ['x86_64-unknown-linux-musl', 'aarch64-unknown-linux-musl'] as const;
const ready = Boolean(registry) && requireTargets(TARGETS);
const binary = (target: string): string => join(targetDir, target, 'release', 'smoke-service');

const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
].join(', ');

async function registryGet(r: TestRegistry, path: string): Promise<Buffer> {
  const res = await fetch(`http://${r.host}/v2/${path}`, {
    headers: { Authorization: `Basic ${Buffer.from(`${r.user}:${r.password}`).toString('base64')}`, Accept: ACCEPT },
  });
  if (!res.ok) throw new Error(`GET /v2/${path}: HTTP ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}
const json = async <T>(r: TestRegistry, path: string): Promise<T> =>
  JSON.parse((await registryGet(r, path)).toString('utf8')) as T;

/** The bytes of one file in a (gzipped) tar layer. */
function fileInLayer(layer: Buffer, name: string): Buffer | undefined {
  const tar = layer[0] === 0x1f && layer[1] === 0x8b ? gunzipSync(layer) : layer;
  for (let at = 0; at + 512 <= tar.length;) {
    const entry = tar
      .subarray(at, at + 100)
      .toString('utf8')
      .replace(/\0.*$/s, '');
    if (entry === '') break;
    const size = parseInt(
      tar
        .subarray(at + 124, at + 136)
        .toString('utf8')
        .replace(/\0.*$/s, '')
        .trim() || '0',
      8,
    );
    if (entry.replace(/^\.?\//, '') === name) return tar.subarray(at + 512, at + 512 + size);
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return undefined;
}

/** ELF e_machine: 0x3e x86-64, 0xb7 AArch64. */
function elfMachine(bytes: Buffer): number {
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('\x7fELF');
  return bytes.readUInt16LE(18);
}

function buildData(): BuildData {
  const first = binary(TARGETS[0]);
  return {
    binaryPath: first,
    binaryName: 'smoke-service',
    size: statSync(first).size,
    static: true,
    elf: 'static',
    needed: [],
    target: TARGETS[0],
    profile: 'release',
    package: { name: 'smoke-service', version: '0.1.0' },
    buildMs: 0,
    archives: [],
    version: '0.1.0',
    binaries: TARGETS.map((target) => ({
      target,
      path: binary(target),
      name: 'smoke-service',
      size: statSync(binary(target)).size,
      static: true,
      verified: target,
    })),
  };
}

async function dockerRun(given: Record<string, string>, log: string[]): Promise<StageResult> {
  const ws = makeWorkspace('smoke-service');
  made.push(ws);
  const temp = mkdtempSync(join(tmpdir(), 'rp-multiarch-temp-'));
  made.push(temp);
  const ctx: StageContext = {
    inputs: parseGiven(given, ws),
    cwd: ws,
    repoRoot: ws,
    env: process.env,
    toolchains: ['stable'],
    toolchain: 'stable',
    toolchainLabels: {},
    exec,
    log: {
      info: (m) => void log.push(m),
      warning: (m) => void log.push(`warning: ${m}`),
      group: (_n, fn) => fn(),
      secret: () => undefined,
    },
    profiler: new Profiler(),
    event: { name: 'push', ref: 'refs/tags/v1.2.3', sha: '', repositoryUrl: '' },
    tempDir: temp,
    toolDir: temp,
    previous: new Map([['build', result('success', 'built', { data: buildData() })]]),
    saveState: () => undefined,
  };
  const r = await dockerStage.run(ctx);
  refs.push(...((r.data as { platformRefs?: string[] } | undefined)?.platformRefs ?? []));
  return r;
}

beforeAll(() => {
  if (!ready) return;
  for (const target of TARGETS) {
    const build = spawnSync(
      'cargo',
      ['build', '--release', '--offline', '--target', target, '--target-dir', targetDir],
      {
        cwd: join(__dirname, '..', 'fixtures', 'smoke-service'),
        encoding: 'utf8',
        // A foreign musl target links with rust-lld: no cross C toolchain is needed for std only.
        env: { ...process.env, CARGO_TARGET_AARCH64_UNKNOWN_LINUX_MUSL_LINKER: 'rust-lld' },
      },
    );
    expect(build.status, build.stderr).toBe(0);
  }
}, 300_000);
afterAll(() => {
  made.forEach(removeDir);
  removeDir(targetDir);
  removeImages(refs);
});

describe.skipIf(!ready)('one image per architecture, one manifest list per tag', () => {
  it('linux/amd64 and linux/arm64 under 1.2.3 and latest, each with its own binary', async () => {
    const repo = `rp-test/multiarch-${run}`;
    const log: string[] = [];
    const r = await dockerRun(
      {
        'docker-image': `${registry!.host}/${repo}`,
        'docker-username': registry!.user,
        'docker-password': registry!.password,
        push: 'true',
        'smoke-test': 'command',
      },
      log,
    );
    expect(r.status, `${r.summary}\n${r.findings.map((f) => f.message).join('\n')}\n${log.join('\n')}`).toBe('success');
    expect(r.outputs['image-platforms']).toBe('linux/amd64,linux/arm64');
    const index = await json<{
      mediaType: string;
      manifests: { digest: string; platform: { architecture: string; os: string } }[];
    }>(registry!, `${repo}/manifests/1.2.3`);
    expect(index.mediaType).toMatch(/manifest\.list|image\.index/);
    expect(index.manifests.map((m) => `${m.platform.os}/${m.platform.architecture}`).sort()).toEqual([
      'linux/amd64',
      'linux/arm64',
    ]);
    // image-digest is the list's digest, the same under every tag.
    const head = await fetch(`http://${registry!.host}/v2/${repo}/manifests/latest`, {
      method: 'HEAD',
      headers: {
        Authorization: `Basic ${Buffer.from(`${registry!.user}:${registry!.password}`).toString('base64')}`,
        Accept: ACCEPT,
      },
    });
    expect(head.headers.get('docker-content-digest')).toBe(r.outputs['image-digest']);
    const machines: Record<string, number> = {};
    for (const m of index.manifests) {
      const manifest = await json<{ config: { digest: string }; layers: { digest: string }[] }>(
        registry!,
        `${repo}/manifests/${m.digest}`,
      );
      const config = await json<{ architecture: string; os: string }>(
        registry!,
        `${repo}/blobs/${manifest.config.digest}`,
      );
      expect(config.architecture).toBe(m.platform.architecture);
      const layers = await Promise.all(manifest.layers.map((l) => registryGet(registry!, `${repo}/blobs/${l.digest}`)));
      const bin = layers.map((l) => fileInLayer(l, 'smoke-service')).find(Boolean);
      expect(bin, `no /smoke-service in the ${config.architecture} image`).toBeDefined();
      machines[config.architecture] = elfMachine(bin!);
    }
    expect(machines).toEqual({ amd64: 0x3e, arm64: 0xb7 });
    // The host's image was smoke-tested; the arm64 one (no binfmt handler here) says it was not.
    expect(r.blocks.find((b) => b.kind === 'table' && b.header[0] === 'platform')).toMatchObject({
      rows: [
        ['linux/amd64', '✅ passed', expect.any(String), '—', '0', 'ran with "--version", exit code 0'],
        ['linux/arm64', '⚠️ not smoke-tested', '—', '—', '—', expect.stringContaining('no binfmt handler')],
      ],
    });
  });

  it('docker-platforms naming a platform without a binary: an error naming docker-platforms, the platform and the targets', async () => {
    const r = await dockerRun(
      {
        'docker-image': `${registry!.host}/rp-test/multiarch-missing-${run}`,
        'docker-platforms': 'linux/amd64,linux/arm/v7',
        push: 'false',
      },
      [],
    );
    expect(r.status).toBe('failure');
    expect(r.findings[0]).toMatchObject({ title: 'docker-platforms' });
    expect(r.findings[0]!.message).toContain(
      'Input "docker-platforms" names linux/arm/v7, but no binary was built for it: the built targets are x86_64-unknown-linux-musl, aarch64-unknown-linux-musl.',
    );
  });
});
