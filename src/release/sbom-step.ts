// The build stage's SBOM step: `cargo metadata --filter-platform <target>` for the binary's target,
// then `<binary>.cdx.json` beside the binary (beside its archive once archives exist).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { toolchainEnv } from '../cargo/commands.js';
import { findUp } from '../paths.js';
import { logCommand, ok, stop, type Finding, type Outcome, type StageContext, type StageResult } from '../context.js';
import { WHOLE_OUTPUT_BYTES } from '../exec.js';
import { lastLines } from '../text.js';
import { buildSbom, rootPackage, type Metadata } from './sbom.js';

export function sbomMetadataArgs(target: string): string[] {
  return ['metadata', '--format-version', '1', '--filter-platform', target];
}

export interface SbomWanted {
  toolchain: string | undefined;
  target: string;
  /** The binary's package and the binary. */
  packageName: string;
  binary: string;
  binName: string;
}

/** Writes `<binary>.cdx.json`; returns its path, or a finding saying why it could not. */
export async function writeSbom(ctx: StageContext, w: SbomWanted): Promise<Outcome<string, Finding>> {
  const args = sbomMetadataArgs(w.target);
  logCommand(ctx.log, 'cargo', args, w.toolchain);
  const res = await ctx.profiler.measure('SBOM (cargo metadata)', () =>
    ctx.exec('cargo', args, {
      cwd: ctx.cwd,
      env: { ...ctx.env, ...toolchainEnv(w.toolchain) },
      echo: 'stderr',
      keepBytes: WHOLE_OUTPUT_BYTES,
    }),
  );
  const fail = (message: string) => stop<Finding>({ level: 'error', title: 'SBOM', message });
  if (res.code !== 0) return fail(`cargo ${args.join(' ')} failed:\n${lastLines(res.stderr)}`);
  const meta = JSON.parse(res.stdout) as Metadata & { workspace_members?: string[] };
  const root = rootPackage(meta, w.packageName);
  if (!root) return fail(`package ${w.packageName} is not among the workspace members of cargo metadata.`);
  const lock = findUp(ctx.cwd, ctx.repoRoot, ['Cargo.lock']);
  const sha256 = createHash('sha256').update(readFileSync(w.binary)).digest('hex');
  const json = buildSbom({
    meta,
    root,
    lockText: lock ? readFileSync(lock, 'utf8') : '',
    binary: { name: w.binName, sha256 },
    target: w.target,
  });
  const path = `${w.binary}.cdx.json`;
  writeFileSync(path, json);
  return ok(path);
}

/** The build's result with the SBOM: output `sbom` and a summary line; a failure to write it fails the build. */
export function withSbom(built: StageResult, sbom: Outcome<string, Finding>): StageResult {
  if (!sbom.ok) return { ...built, status: 'failure', findings: [...built.findings, sbom.result] };
  return {
    ...built,
    outputs: { ...built.outputs, sbom: sbom.value },
    blocks: [...built.blocks, { kind: 'text', text: `SBOM (CycloneDX 1.5): \`${sbom.value}\`` }],
  };
}
