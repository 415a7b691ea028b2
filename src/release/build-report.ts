// What the build stage reports: the binaries table, the release table (target, archive, size,
// sha256, static, verified), the outputs, the summary line and BuildData for later stages.
import type { Outputs } from '../action-outputs.js';
import type { Finding, StageContext, StageResult } from '../context.js';
import { result } from '../context.js';
import { repoRelative } from '../paths.js';
import {
  formatSizeChange,
  type selectBinary,
  type BuildData,
  type BuildPlan,
  type BuiltBinary,
  type ReleaseArchive,
} from './build-plan.js';
import { describeElf, type ElfInfo } from './elf.js';
import type { BinaryHeader, HeaderCheck } from './header.js';
import type { Block } from '../blocks.js';
import { formatBytes } from '../text.js';
import { toolBlocks, type CrossCc } from '../tools/index.js';
import { basename } from 'node:path';

/** What the steps before the builds settle: the toolchain, the host, the targets rustc knows. */
export interface Prepared {
  toolchain: string | undefined;
  host: string;
  /** The targets to build, in order; undefined stands for the host without --target. */
  targets: (string | undefined)[];
}

/** One target's build, with what its checks found (a wrong header, a dynamic binary where static was asked). */
export interface Built {
  path: string;
  size: number;
  elf: ElfInfo;
  header: BinaryHeader;
  verified: HeaderCheck;
  plan: BuildPlan;
  buildMs: number;
  reference?: { size?: number; ms: number };
  cc?: CrossCc;
  problems: Finding[];
}

/** What every target's build shares: the chosen binary, the target directory, --locked, --package. */
export interface Common {
  prepared: Prepared;
  chosen: ReturnType<typeof selectBinary>;
  targetDirectory: string;
  locked: boolean;
  many: boolean;
}

export function builtBinary(b: Built): BuiltBinary {
  const isStatic = b.elf.kind === 'elf' ? b.elf.static : undefined;
  return {
    target: b.plan.target,
    path: b.path,
    name: basename(b.path),
    size: b.size,
    ...(isStatic !== undefined ? { static: isStatic } : {}),
    verified: b.verified.found,
  };
}

export interface Packed {
  archives: ReleaseArchive[];
  checksums?: string;
  version: string;
}

function buildData(ctx: StageContext, c: Common, built: readonly Built[], packed: Packed): BuildData {
  const { build } = ctx.inputs;
  const first = built[0]!;
  const { chosen } = c;
  const isStatic = first.elf.kind === 'elf' ? first.elf.static : undefined;
  const defaultProfileSize = first.reference?.size;
  return {
    binaryPath: first.path,
    binaryName: chosen.bin,
    size: first.size,
    ...(isStatic !== undefined ? { static: isStatic } : {}),
    elf: describeElf(first.elf),
    needed: first.elf.kind === 'elf' ? first.elf.needed : [],
    target: first.plan.target,
    profile: build.profile,
    package: {
      name: chosen.package.name,
      version: chosen.package.version,
      description: chosen.package.description,
      license: chosen.package.license,
    },
    ...(defaultProfileSize !== undefined ? { defaultProfileSize } : {}),
    buildMs: built.reduce((t, b) => t + b.buildMs, 0),
    ...(first.reference ? { referenceMs: first.reference.ms } : {}),
    binaries: built.map(builtBinary),
    archives: packed.archives,
    ...(packed.checksums ? { checksums: packed.checksums } : {}),
    version: packed.version,
  };
}

function blocksOf(ctx: StageContext, built: readonly Built[], packed: Packed): Block[] {
  const header = ['binary', 'target', 'profile', 'size', 'linking'];
  const first = built[0]!;
  const sizeChange =
    first.reference?.size !== undefined ? formatSizeChange(first.reference.size, first.size) : undefined;
  if (sizeChange !== undefined) header.push('vs default release profile');
  const rows = built.map((b, i) => {
    const row = [
      `\`${repoRelative(b.path, ctx.repoRoot, ctx.repoRoot) ?? b.path}\``,
      b.plan.target,
      ctx.inputs.build.profile,
      formatBytes(b.size),
      describeElf(b.elf),
    ];
    if (sizeChange !== undefined) row.push(i === 0 ? sizeChange : '');
    return row;
  });
  const blocks: Block[] = [{ kind: 'table', header, rows }];
  if (packed.archives.length) blocks.push(releaseTable(built, packed.archives));
  const tools = built.flatMap((b) => (b.cc ? [b.cc] : []));
  return [...blocks, ...toolBlocks(tools)];
}

/** The release table: target, archive, size, sha256 (short), static, verified. */
function releaseTable(built: readonly Built[], archives: readonly ReleaseArchive[]): Block {
  return {
    kind: 'table',
    header: ['target', 'archive', 'size', 'sha256', 'static', 'verified'],
    align: ['left', 'left', 'right', 'left', 'left', 'left'],
    rows: archives.map((a, i) => {
      const b = built[i]!;
      const isStatic = b.elf.kind === 'elf' ? (b.elf.static ? 'yes' : 'no') : 'n/a';
      const verified =
        b.verified.ok === true
          ? `✓ ${b.verified.found}`
          : b.verified.ok === false
            ? `✗ ${b.verified.found}`
            : `unchecked (${b.verified.found})`;
      return [a.target, `\`${a.name}\``, formatBytes(a.size), `\`${a.sha256.slice(0, 12)}\``, isStatic, verified];
    }),
  };
}

function outputsOf(built: readonly Built[], packed: Packed): Outputs {
  const first = built[0]!;
  const isStatic = first.elf.kind === 'elf' ? first.elf.static : undefined;
  return {
    'binary-path': first.path,
    'binary-size': String(first.size),
    static: isStatic === undefined ? '' : String(isStatic),
    archives: packed.archives.length
      ? JSON.stringify(packed.archives.map((a) => ({ target: a.target, path: a.path, sha256: a.sha256, size: a.size })))
      : '',
    checksums: packed.checksums ?? '',
  };
}

function summaryOf(c: Common, built: readonly Built[], packed: Packed): string {
  const first = built[0]!;
  if (built.length > 1) {
    const ok = built.filter((b) => b.problems.length === 0).length;
    return `${c.chosen.bin} for ${built.length} targets (${ok} verified), ${packed.archives.length} archives`;
  }
  const sizeChange =
    first.reference?.size !== undefined ? formatSizeChange(first.reference.size, first.size) : undefined;
  const isStatic = first.elf.kind === 'elf' ? first.elf.static : undefined;
  const linking = isStatic === undefined ? 'static check n/a' : isStatic ? 'static' : 'dynamic';
  const needed = first.elf.kind === 'elf' && first.elf.needed.length ? ` (needs ${first.elf.needed.join(', ')})` : '';
  return `${c.chosen.bin} ${formatBytes(first.size)}${sizeChange !== undefined ? ` (${sizeChange.split(' ')[0]} vs release)` : ''}, ${linking}${isStatic === false ? needed : ''}`;
}

export function report(ctx: StageContext, c: Common, built: readonly Built[], packed: Packed): StageResult {
  const findings = built.flatMap((b) => b.problems);
  return result(findings.length ? 'failure' : 'success', summaryOf(c, built, packed), {
    findings,
    outputs: outputsOf(built, packed),
    blocks: blocksOf(ctx, built, packed),
    data: buildData(ctx, c, built, packed),
  });
}
