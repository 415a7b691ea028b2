// Auditable release builds through the built action, with the real cargo-auditable and cargo-audit:
// the auditable-bin fixture links smallvec 1.6.0 (RUSTSEC-2021-0003, from its vendor/ directory
// source), so `cargo audit bin` on the built binary finds it and the build stage fails; the local
// advisory database fixture means nothing is fetched.
import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
import * as Validation from '@cyclonedx/cyclonedx-library/Validation';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isolatedCargo, localAdvisoryDb, toolsOrSkip } from '../support/cargo-tools.js';
import { makeWorkspace, removeDir, runAction } from '../support/rig.js';

const skip =
  toolsOrSkip('cargo-audit') ??
  (spawnSync('cargo', ['auditable', 'build', '--help']).status === 0 ? undefined : 'cargo-auditable is not installed');

const made: string[] = [];
function workspace(fixture: string): string {
  const dir = makeWorkspace(fixture);
  made.push(dir);
  return dir;
}
afterAll(() => made.forEach(removeDir));

function lockLine(lock: string, name: string, version: string): number {
  const lines = lock.split('\n');
  return lines.findIndex((l, j) => l === `name = "${name}"` && lines[j + 1] === `version = "${version}"`) + 1;
}

describe.skipIf(skip !== undefined)('auditable builds (cargo auditable build + cargo audit bin)', () => {
  const db = localAdvisoryDb();
  made.push(db);

  it('cargo audit bin finds the vulnerable crate in the built binary: annotated on Cargo.lock, build fails', async () => {
    const ws = workspace('auditable-bin');
    const lock = readFileSync(join(ws, 'Cargo.lock'), 'utf8');
    const { main } = await runAction({ workspace: ws, inputs: { stages: 'build', 'audit-db': db }, noPost: true });
    expect(main.code, main.stdout).toBe(1);
    expect(main.outputs['failed-stages']).toBe('build');
    expect(main.stdout).toMatch(/cargo-auditable auditable build --release/);
    expect(main.annotations.find((a) => a.title === 'binary: RUSTSEC-2021-0003: smallvec 1.6.0')).toMatchObject({
      level: 'error',
      file: 'Cargo.lock',
      line: lockLine(lock, 'smallvec', '1.6.0'),
    });
    expect(main.summary).toContain('cargo audit bin: 1 vulnerability');
  });

  it('audit-ignore lets the binary ship', async () => {
    const { main } = await runAction({
      workspace: workspace('auditable-bin'),
      inputs: { stages: 'build', 'audit-db': db, 'audit-ignore': 'RUSTSEC-2021-0003' },
      noPost: true,
    });
    expect(main.code, main.stdout).toBe(0);
    expect(main.summary).toContain('cargo audit bin: 0 vulnerabilities');
    // the SBOM: valid CycloneDX 1.5, the linked crates, the binary's own sha256
    const sbom = main.outputs.sbom!;
    // Beside the archive it describes, as `<archive>.cdx.json` (published with it).
    const [archive] = JSON.parse(main.outputs.archives!) as { path: string }[];
    expect(sbom).toBe(`${archive!.path}.cdx.json`);
    const json = readFileSync(sbom, 'utf8');
    expect(await new Validation.JsonStrictValidator(Spec.Version.v1dot5).validate(json)).toBeNull();
    const bom = JSON.parse(json) as {
      metadata: { component: { name: string; hashes: { content: string }[] } };
      components: { purl: string }[];
    };
    expect(bom.components.map((c) => c.purl)).toEqual(['pkg:cargo/smallvec@1.6.0']);
    const sha = createHash('sha256').update(readFileSync(main.outputs['binary-path']!)).digest('hex');
    expect(bom.metadata.component).toMatchObject({ name: 'fixture-auditable', hashes: [{ content: sha }] });
  });

  it('cargo-auditable that cannot be installed: a clear failure, no plain build', async () => {
    const cargo = isolatedCargo(['cargo-auditable']);
    made.push(cargo.CARGO_HOME);
    const { main } = await runAction({
      workspace: workspace('auditable-bin'),
      // no registry reachable for cargo install: the install fails
      inputs: { stages: 'build', 'audit-db': db, 'cargo-auditable-version': '0.0.1' },
      env: { PATH: cargo.PATH, CARGO_HOME: cargo.CARGO_HOME, CARGO_NET_OFFLINE: 'true' },
      noPost: true,
    });
    expect(main.code).toBe(1);
    const a = main.annotations.find((x) => x.title === 'cargo-auditable');
    expect(a?.message).toContain('The binary was not built: auditable is true');
    expect(main.stdout).not.toMatch(/\[command\]cargo build --release/);
  });
});
