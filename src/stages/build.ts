// The build stage: a release binary for the chosen target, statically linked when asked, checked
// by reading its ELF headers; the size profile is applied through CARGO_PROFILE_RELEASE_* env.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { reportingUnits, toolchainEnv, type CargoCommand } from '../cargo/commands.js';
import { cargoMetadata, rustcVersion } from '../cargo/metadata.js';
import { auditableCommand, auditBinary, requireAuditable, withBinaryAudit } from '../release/auditable.js';
import { withSbom, writeSbom } from '../release/sbom-step.js';
import { cargoHomeOf, repoRelative } from '../cargo/paths.js';
import { formatCommand, type ExecResult } from '../exec.js';
import {
  binaryPath,
  cargoBuildCommand,
  cargoPackages,
  configRustflagFiles,
  formatSizeChange,
  parseRustcHost,
  planBuild,
  rustupInstalledTargetsCommand,
  rustupTargetAddCommand,
  selectBinary,
  targetAddError,
  type BuildPlan,
  type BuildData,
} from '../release/build.js';
import { describeElf, ElfError, readElfFile, type ElfInfo } from '../release/elf.js';
import { requireMuslCc, toolBlocks, type MuslCc } from '../tools/index.js';
import { firstToolchain, hasLockfile, runCargo } from './cargo-run.js';
import { formatBytes, lastLines } from '../text.js';
import { result, type Finding, type Stage, type StageContext, type StageResult } from '../context.js';

function fail(summary: string, message: string, title = 'build'): StageResult {
  return result('failure', summary, { findings: [{ level: 'error', title, message }] });
}

async function hostTriple(ctx: StageContext, toolchain: string | undefined): Promise<string | StageResult> {
  const res = await rustcVersion(ctx, toolchain);
  const host = res.ok ? parseRustcHost(res.value) : undefined;
  if (!host)
    return fail(
      'rustc not usable',
      `Could not run \`rustc -vV\` to learn the host target: ${res.ok ? 'no host in its output' : (res.res.spawnError ?? lastLines(res.res.stderr, 5))}`,
    );
  return host;
}

/** Adds a missing target with rustup; a clear error naming the fix when that is impossible. */
async function ensureTarget(
  ctx: StageContext,
  plan: BuildPlan,
  toolchain: string | undefined,
): Promise<StageResult | undefined> {
  if (!plan.needsTarget) return undefined;
  const env = { ...ctx.env, ...toolchainEnv(toolchain) };
  const list = await ctx.exec('rustup', rustupInstalledTargetsCommand(toolchain), { cwd: ctx.cwd, env, echo: 'none' });
  if (list.code === 0 && list.stdout.split('\n').some((l) => l.trim() === plan.target)) return undefined;
  if (list.spawnError) {
    return fail(
      'target missing',
      targetAddError(plan.target, 'rustup is not installed, so the target cannot be added automatically.'),
      'rustup target add',
    );
  }
  const args = rustupTargetAddCommand(plan.target, toolchain);
  ctx.log.info(`[command]${formatCommand('rustup', args)}`);
  const add = await ctx.exec('rustup', args, { cwd: ctx.cwd, env, timeoutMs: 10 * 60_000 });
  if (add.killed === 'cancelled') return result('cancelled', 'cancelled');
  if (add.code !== 0)
    return fail('target missing', targetAddError(plan.target, `${add.stderr}\n${add.stdout}`), 'rustup target add');
  return undefined;
}

/** What the steps before `cargo build` settle: the toolchain, the plan, the target's C compiler. */
interface Prepared {
  toolchain: string | undefined;
  plan: BuildPlan;
  cc?: MuslCc;
}

async function prepare(ctx: StageContext): Promise<Prepared | StageResult> {
  const { toolchain, failed } = await firstToolchain(ctx, []);
  if (failed) return failed;
  const host = await ctx.profiler.measure('host target', () => hostTriple(ctx, toolchain));
  if (typeof host !== 'string') return host;
  const plan = planBuild({ target: ctx.inputs.build.target, host, static: ctx.inputs.build.static });
  const added = await ctx.profiler.measure('rustup target', () => ensureTarget(ctx, plan, toolchain));
  if (added) return added;
  const cc = await requireMuslCc(ctx, plan.target);
  if (cc && 'problem' in cc) ctx.log.warning(cc.problem);
  return { toolchain, plan, ...(cc && !('problem' in cc) ? { cc } : {}) };
}

async function chooseBinary(
  ctx: StageContext,
  toolchain: string | undefined,
): Promise<{ targetDirectory: string; chosen: ReturnType<typeof selectBinary>; many: boolean } | StageResult> {
  const meta = await cargoMetadata(ctx, toolchain, { echo: 'stderr' });
  if (!meta.ok)
    return fail(
      'cargo metadata failed',
      `cargo metadata failed:\n${meta.res.code !== 0 ? lastLines(meta.res.stderr, 10) : meta.why}`,
    );
  const packages = cargoPackages(meta.value.packages);
  try {
    return {
      targetDirectory: meta.value.targetDirectory,
      chosen: selectBinary(packages, ctx.inputs.build.bin),
      many: packages.length > 1,
    };
  } catch (e) {
    return fail('no binary', (e as Error).message, 'bin');
  }
}

/** crt-static goes through RUSTFLAGS, which makes cargo ignore config-file rustflags: say so. */
function warnIgnoredRustflags(ctx: StageContext, plan: BuildPlan): void {
  if (plan.staticVia !== 'crt-static' || ctx.env.RUSTFLAGS || ctx.env.CARGO_ENCODED_RUSTFLAGS) return;
  const read = (p: string): string | undefined => {
    try {
      return readFileSync(p, 'utf8');
    } catch {
      return undefined;
    }
  };
  const files = configRustflagFiles(ctx.cwd, ctx.repoRoot, cargoHomeOf(ctx.env), read);
  if (files.length) {
    ctx.log.warning(
      `Static linking sets RUSTFLAGS, and cargo then ignores the rustflags in ${files.join(', ')}. Put those flags in the RUSTFLAGS environment variable instead (they are kept and crt-static is appended), or use a musl target.`,
    );
  }
}

function buildFailure(plan: BuildPlan, args: readonly string[], res: ExecResult, cc: MuslCc | undefined): StageResult {
  const hints: string[] = [];
  if (plan.staticVia === 'crt-static' && /cannot produce proc-macro|crt-static/i.test(res.stderr))
    hints.push('Static linking with crt-static failed; set static: false, or use a musl target.');
  if (plan.staticVia === 'musl' && !cc && /failed to find tool|musl-gcc/i.test(res.stderr))
    hints.push(`A dependency compiles C code and no musl C compiler was found: install musl-tools before this step.`);
  return fail(
    `cargo build failed (exit ${res.code})`,
    `${formatCommand('cargo', args)} failed:\n${lastLines(res.stderr, 20)}${hints.map((h) => `\n${h}`).join('')}`,
    'cargo build',
  );
}

/** The binary's size and ELF facts, or the failure when it is missing or unreadable. */
async function inspectBinary(ctx: StageContext, path: string): Promise<{ size: number; elf: ElfInfo } | StageResult> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return fail('binary missing', `cargo build succeeded but the binary is not at ${path}.`);
  }
  try {
    return { size, elf: await ctx.profiler.measure('static check', async () => readElfFile(path)) };
  } catch (e) {
    // A damaged ELF file, or one that cannot be opened (permissions, replaced meanwhile): a finding either way.
    const why =
      e instanceof ElfError
        ? `looks like ELF but could not be read: ${e.message}`
        : `could not be read: ${(e as Error).message}`;
    return fail('unreadable binary', `The binary ${path} ${why}`, 'static check');
  }
}

/**
 * With the size profile, the same binary built with the default release profile, in a separate
 * target directory so the two builds do not invalidate each other. Undefined size: not shown.
 */
async function referenceBuild(
  ctx: StageContext,
  cmd: CargoCommand,
  toolchain: string | undefined,
  binary: string,
): Promise<{ size?: number; ms: number } | 'cancelled'> {
  const res = await ctx.profiler.measure('cargo build (default profile, for the size comparison)', () =>
    ctx.log.group('Reference build with the default release profile', () =>
      runCargo(ctx, cmd, toolchain, { echo: 'none' }),
    ),
  );
  if (res.killed) return 'cancelled';
  if (res.code !== 0) {
    ctx.log.warning(
      `The reference build with the default profile failed; the size change is not shown:\n${lastLines(res.stderr, 5)}`,
    );
    return { ms: res.ms };
  }
  try {
    return { size: statSync(binary).size, ms: res.ms };
  } catch {
    ctx.log.warning('The reference build with the default profile left no binary; the size change is not shown.');
    return { ms: res.ms };
  }
}

interface Built {
  path: string;
  size: number;
  elf: ElfInfo;
  plan: BuildPlan;
  chosen: ReturnType<typeof selectBinary>;
  buildMs: number;
  reference?: { size?: number; ms: number };
  cc?: MuslCc;
}

function report(ctx: StageContext, b: Built): StageResult {
  const { build } = ctx.inputs;
  const { path, size, elf, plan, chosen } = b;
  const isStatic = elf.kind === 'elf' ? elf.static : undefined;
  const elfText = describeElf(elf);
  const defaultProfileSize = b.reference?.size;
  const data: BuildData = {
    binaryPath: path,
    binaryName: chosen.bin,
    size,
    ...(isStatic !== undefined ? { static: isStatic } : {}),
    elf: elfText,
    needed: elf.kind === 'elf' ? elf.needed : [],
    target: plan.target,
    profile: build.profile,
    package: {
      name: chosen.package.name,
      version: chosen.package.version,
      description: chosen.package.description,
      license: chosen.package.license,
    },
    ...(defaultProfileSize !== undefined ? { defaultProfileSize } : {}),
    buildMs: b.buildMs,
    ...(b.reference ? { referenceMs: b.reference.ms } : {}),
  };
  const relPath = repoRelative(path, ctx.repoRoot, ctx.repoRoot) ?? path;
  const header = ['binary', 'target', 'profile', 'size', 'linking'];
  const row = [`\`${relPath}\``, plan.target, build.profile, formatBytes(size), elfText];
  const sizeChange = defaultProfileSize !== undefined ? formatSizeChange(defaultProfileSize, size) : undefined;
  if (sizeChange !== undefined) {
    header.push('vs default release profile');
    row.push(sizeChange);
  }
  const outputs = {
    'binary-path': path,
    'binary-size': String(size),
    static: isStatic === undefined ? '' : String(isStatic),
  };
  const blocks = [{ kind: 'table' as const, header, rows: [row] }, ...toolBlocks(b.cc ? [b.cc] : [])];
  const sizeText = `${chosen.bin} ${formatBytes(size)}${sizeChange !== undefined ? ` (${sizeChange.split(' ')[0]} vs release)` : ''}`;
  if (plan.static && isStatic === false) {
    const libs = elf.kind === 'elf' ? elf.needed : [];
    const msg = [
      `The binary is dynamically linked although static linking was asked for (static: ${build.static}).`,
      libs.length ? `It needs: ${libs.join(', ')}.` : '',
      elf.kind === 'elf' && elf.interpreter ? `Program interpreter: ${elf.interpreter}.` : '',
      'A dependency probably links a system library (e.g. openssl through native-tls): use its rustls/vendored feature, build for a musl target, or set static: false.',
    ]
      .filter(Boolean)
      .join('\n');
    return result('failure', `${sizeText}, dynamic${libs.length ? ` (needs ${libs.join(', ')})` : ''}`, {
      findings: [{ level: 'error', title: 'static check', message: msg }],
      outputs,
      blocks,
      data,
    });
  }
  const linking = isStatic === undefined ? 'static check n/a' : isStatic ? 'static' : 'dynamic';
  return result('success', `${sizeText}, ${linking}`, { outputs, blocks, data });
}

export const buildStage: Stage = {
  name: 'build',
  title: 'Build (release binary)',
  async run(ctx) {
    const prepared = await prepare(ctx);
    if ('status' in prepared) return prepared;
    const { toolchain, plan, cc } = prepared;
    const picked = await chooseBinary(ctx, toolchain);
    if ('status' in picked) return picked;
    const { targetDirectory, chosen } = picked;
    // The same build for the binary and, with the size profile, for the reference it is compared with.
    const base = {
      plan,
      locked: await hasLockfile(ctx, toolchain),
      bin: chosen.bin,
      baseEnv: ctx.env,
      ...(cc ? { ccEnv: cc.env } : {}),
      ...(picked.many ? { package: chosen.package.name } : {}),
    };
    const cmd = await buildCommand(ctx, cargoBuildCommand({ ...base, profile: ctx.inputs.build.profile }));
    if ('failure' in cmd)
      return result('failure', 'cargo-auditable could not be installed', { findings: [cmd.failure] });
    for (const [k, v] of Object.entries(cmd.env)) ctx.log.info(`  ${k}=${v}`);
    warnIgnoredRustflags(ctx, plan);
    const res = await ctx.profiler.measure('cargo build', () => runCargo(ctx, reportingUnits(cmd), toolchain));
    if (res.killed) return result('cancelled', 'cancelled');
    if (res.code !== 0) return buildFailure(plan, cmd.args, res, cc);

    const path = binaryPath(targetDirectory, plan, chosen.bin);
    const inspected = await inspectBinary(ctx, path);
    if ('status' in inspected) return inspected;
    ctx.log.info(`${path}: ${formatBytes(inspected.size)}, ${describeElf(inspected.elf)}`);
    let reference: Built['reference'];
    if (ctx.inputs.build.profile === 'size') {
      const refDir = join(targetDirectory, 'rust-pipeline', 'default-profile');
      const ref = cargoBuildCommand({ ...base, profile: 'release', targetDir: refDir });
      const r = await referenceBuild(ctx, ref, toolchain, binaryPath(refDir, plan, chosen.bin));
      if (r === 'cancelled') return result('cancelled', 'cancelled');
      reference = r;
    }
    const built = report(ctx, {
      path,
      ...inspected,
      plan,
      chosen,
      buildMs: res.ms,
      ...(reference ? { reference } : {}),
      ...(cc ? { cc } : {}),
    });
    if (built.status === 'cancelled' || built.status === 'skipped') return built;
    const sbom = await writeSbom(ctx, {
      toolchain,
      target: plan.target,
      packageName: chosen.package.name,
      binary: path,
      binName: chosen.bin,
    });
    const withBom = withSbom(built, sbom);
    return ctx.inputs.build.auditable ? withBinaryAudit(withBom, await auditBinary(ctx, path)) : withBom;
  },
};

/** `cargo auditable build` when the auditable input asks for it (same arguments), else `cargo build`. */
async function buildCommand(ctx: StageContext, cmd: CargoCommand): Promise<CargoCommand | { failure: Finding }> {
  if (!ctx.inputs.build.auditable) return cmd;
  const tool = await requireAuditable(ctx);
  return 'failure' in tool ? tool : auditableCommand(cmd, tool);
}
