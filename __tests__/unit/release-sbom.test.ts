// The CycloneDX SBOM of a release binary, from real `cargo metadata --filter-platform` output of
// the fixtures (path and vendored dependencies only: nothing is downloaded): valid against the
// CycloneDX 1.5 schema, and listing exactly the crates `cargo tree -e normal --target <t>` shows.
import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
import * as Validation from '@cyclonedx/cyclonedx-library/Validation';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSbom, type Metadata } from '../../src/release/sbom.js';
import { FIXTURES } from '../support/rig.js';

const TARGET = 'x86_64-unknown-linux-gnu';

function cargo(dir: string, args: string[]): string {
  return execFileSync('cargo', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, CARGO_NET_OFFLINE: 'true' },
  });
}

/** `name@version` of every crate `cargo tree -e normal` lists for the target (the package itself included). */
function treeCrates(dir: string): string[] {
  const out = cargo(dir, ['tree', '-e', 'normal', '--target', TARGET, '--prefix', 'none', '--format', '{p}']);
  const crates = out
    .split('\n')
    .map((l) => /^(\S+) v(\S+)/.exec(l.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => `${m[1]}@${m[2]}`);
  return [...new Set(crates)].sort();
}

describe.each(['release-bin', 'supply-chain'])('SBOM of %s', (fixture) => {
  const dir = join(FIXTURES, fixture);
  const meta = JSON.parse(
    cargo(dir, ['metadata', '--format-version', '1', '--filter-platform', TARGET]),
  ) as Metadata & {
    resolve: { root: string };
  };
  const json = buildSbom({
    meta,
    root: meta.resolve.root,
    lockText: readFileSync(join(dir, 'Cargo.lock'), 'utf8'),
    binary: { name: 'app', sha256: 'ab'.repeat(32) },
    target: TARGET,
  });
  const bom = JSON.parse(json) as {
    specVersion: string;
    metadata: { component: { name: string; hashes: { alg: string; content: string }[] } };
    components: { name: string; version: string; purl: string; hashes?: { content: string }[] }[];
    dependencies: { ref: string; dependsOn?: string[] }[];
  };

  it('validates against the CycloneDX 1.5 JSON schema', async () => {
    expect(bom.specVersion).toBe('1.5');
    expect(await new Validation.JsonStrictValidator(Spec.Version.v1dot5).validate(json)).toBeNull();
  });

  it('lists exactly the crates cargo tree -e normal shows, with purls; the binary is the main component', () => {
    const tree = treeCrates(dir);
    const listed = [...bom.components.map((c) => `${c.name}@${c.version}`)].sort();
    expect(listed).toEqual(
      tree.filter((c) => !c.startsWith(`${meta.packages.find((p) => p.id === meta.resolve.root)!.name}@`)),
    );
    for (const c of bom.components) expect(c.purl).toBe(`pkg:cargo/${c.name}@${c.version}`);
    expect(bom.metadata.component).toMatchObject({
      name: 'app',
      hashes: [{ alg: 'SHA-256', content: 'ab'.repeat(32) }],
    });
    expect(bom.dependencies.length).toBeGreaterThan(0);
  });
});

it('registry crates carry the sha256 of Cargo.lock', () => {
  const dir = join(FIXTURES, 'supply-chain');
  const meta = JSON.parse(
    cargo(dir, ['metadata', '--format-version', '1', '--filter-platform', TARGET]),
  ) as Metadata & {
    resolve: { root: string };
  };
  const lock = readFileSync(join(dir, 'Cargo.lock'), 'utf8');
  const bom = JSON.parse(
    buildSbom({
      meta,
      root: meta.resolve.root,
      lockText: lock,
      binary: { name: 'x', sha256: '0'.repeat(64) },
      target: TARGET,
    }),
  ) as { components: { name: string; hashes?: { content: string }[] }[] };
  const gpl = bom.components.find((c) => c.name === 'fixture-gpl')!;
  expect(lock).toContain(`checksum = "${gpl.hashes![0]!.content}"`);
});
