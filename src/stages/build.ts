// The build stage: a release binary for each target (its C cross toolchain and standard library
// installed when missing), its header and static linking checked, then reproducible archives with
// their checksums; the size profile is applied through CARGO_PROFILE_RELEASE_* env.
import { copyFileSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { reportingUnits, toolchainEnv, type CargoCommand } from '../cargo/commands.js';
import { cargoMetadata, rustcVersion } from '../cargo/metadata.js';
import { auditableCommand, auditBinary, requireAuditable, withBinaryAudit } from '../release/auditable.js';
import { withSbom, writeSbom } from '../release/sbom-step.js';
import { cargoHomeOf } from '../paths.js';
import { formatCommand, type ExecResult } from '../exec.js';
import {
  binaryPath,
  cargoBuildCommand,
  cargoPackages,
  configRustflagFiles,
  parseRustcHost,
  planBuild,
  rustupInstalledTargetsCommand,
  rustupTargetAddCommand,
  selectBinary,
  targetAddError,
  parseTargetList,
  releaseRustflags,
  releaseVersion,
  type BuildData,
  type BuildPlan,
} from '../release/build-plan.js';
import { describeElf, ElfError, readElfFile, type ElfInfo } from '../release/elf.js';
import { checkHeader, readHeaderFile, type BinaryHeader, type HeaderCheck } from '../release/header.js';
import { distDir, extraFiles, packRelease, sourceDateEpoch } from '../release/pack.js';
import { parseRef } from '../release/tags.js';
import { requireCrossCc, requireMuslCc, type CrossCc } from '../tools/index.js';
import { InputError } from '../inputs/errors.js';
import { builtBinary, report, type Built, type Common, type Packed, type Prepared } from '../release/build-report.js';
import { firstToolchain, hasLockfile, runCargo } from './cargo-run.js';
import { formatBytes, lastLines } from '../text.js';
import {
  DONE,
  ok,
  result,
  stop,
  type Finding,
  type Outcome,
  type Stage,
  type StageContext,
  type StageResult,
} from '../context.js';

function fail(summary: string, message: string, title = 'build'): StageResult {
  return result('failure', summary, { findings: [{ level: 'error', title, message }] });
}

async function hostTriple(ctx: StageContext, toolchain: string | undefined): Promise<Outcome<string>> {
  const res = await rustcVersion(ctx, toolchain);
  const host = res.ok ? parseRustcHost(res.value) : undefined;
  if (!host)
    return stop(
      fail(
        'rustc not usable',
        `Could not run \`rustc -vV\` to learn the host target: ${res.ok ? 'no host in its output' : (res.res.spawnError ?? lastLines(res.res.stderr, 5))}`,
      ),
    );
  return ok(host);
}

/** The targets rustc does not know (`rustc --print target-list`) stop the stage with an input error. */
async function knownTargets(
  ctx: StageContext,
  toolchain: string | undefined,
  targets: readonly string[],
): Promise<Outcome<void>> {
  if (targets.length === 0) return DONE;
  const env = { ...ctx.env, ...toolchainEnv(toolchain) };
  const res = await ctx.exec('rustc', ['--print', 'target-list'], {
    cwd: ctx.cwd,
    env,
    echo: 'none',
    timeoutMs: 60_000,
  });
  if (res.code !== 0) return DONE; // cargo build says more when rustc cannot run
  const known = parseTargetList(res.stdout);
  const bad = targets.filter((t) => !known.has(t));
  if (bad.length === 0) return DONE;
  const err = new InputError(
    'targets',
    bad.join(', '),
    `rustc${toolchain ? ` (toolchain ${toolchain})` : ''} knows no such target; allowed: a triple that \`rustc --print target-list\` prints, e.g. x86_64-unknown-linux-musl, aarch64-unknown-linux-gnu, x86_64-pc-windows-gnu.`,
  );
  return stop(fail(`unknown target ${bad.join(', ')}`, err.message, 'targets'));
}

/** Adds a missing target with rustup; a clear error naming the target, the toolchain and the fix when that is impossible. */
async function ensureTarget(ctx: StageContext, plan: BuildPlan, toolchain: string | undefined): Promise<Outcome<void>> {
  if (!plan.needsTarget) return DONE;
  const env = { ...ctx.env, ...toolchainEnv(toolchain) };
  const list = await ctx.exec('rustup', rustupInstalledTargetsCommand(toolchain), { cwd: ctx.cwd, env, echo: 'none' });
  if (list.code === 0 && list.stdout.split('\n').some((l) => l.trim() === plan.target)) return DONE;
  if (list.spawnError) {
    const why = 'rustup is not installed, so the target cannot be added automatically.';
    return stop(fail('target missing', targetAddError(plan.target, why, toolchain), 'rustup target add'));
  }
  const args = rustupTargetAddCommand(plan.target, toolchain);
  ctx.log.info(`[command]${formatCommand('rustup', args)}`);
  const add = await ctx.exec('rustup', args, { cwd: ctx.cwd, env, timeoutMs: 10 * 60_000 });
  if (add.killed === 'cancelled') return stop(result('cancelled', 'cancelled'));
  if (add.code !== 0) {
    const why = `${add.stderr}\n${add.stdout}`;
    return stop(fail('target missing', targetAddError(plan.target, why, toolchain), 'rustup target add'));
  }
  return DONE;
}

/** The C toolchain of one target: musl-gcc for a host-arch musl target, a cross gcc (or rust-lld) for a foreign one. */
async function targetCc(ctx: StageContext, plan: BuildPlan, host: string): Promise<Outcome<CrossCc | undefined>> {
  const cross = await requireCrossCc(ctx, plan.target, host);
  if (!cross.ok) return stop(fail(`no C cross toolchain for ${plan.target}`, cross.result, 'cross toolchain'));
  if (cross.value) return cross;
  const musl = await requireMuslCc(ctx, plan.target);
  if (musl.ok) return musl;
  ctx.log.warning(musl.result);
  return ok(undefined);
}

async function prepare(ctx: StageContext): Promise<Outcome<Prepared>> {
  const first = await firstToolchain(ctx, []);
  if (!first.ok) return first;
  const toolchain = first.value;
  const host = await ctx.profiler.measure('host target', () => hostTriple(ctx, toolchain));
  if (!host.ok) return host;
  const { targets } = ctx.inputs.build;
  const known = await knownTargets(ctx, toolchain, targets);
  if (!known.ok) return known;
  return ok({ toolchain, host: host.value, targets: targets.length ? targets : [undefined] });
}

type ChosenBinary = { targetDirectory: string; chosen: ReturnType<typeof selectBinary>; many: boolean };

async function chooseBinary(ctx: StageContext, toolchain: string | undefined): Promise<Outcome<ChosenBinary>> {
  const meta = await cargoMetadata(ctx, toolchain, { echo: 'stderr' });
  if (!meta.ok) {
    const why = meta.res.code !== 0 ? lastLines(meta.res.stderr, 10) : meta.why;
    return stop(fail('cargo metadata failed', `cargo metadata failed:\n${why}`));
  }
  const packages = cargoPackages(meta.value.packages);
  try {
    return ok({
      targetDirectory: meta.value.targetDirectory,
      chosen: selectBinary(packages, ctx.inputs.build.bin),
      many: packages.length > 1,
    });
  } catch (e) {
    return stop(fail('no binary', (e as Error).message, 'bin'));
  }
}

/** crt-static (and windows-gnu's reproducible time stamp) go through RUSTFLAGS, which makes cargo ignore config-file rustflags: say so. */
function warnIgnoredRustflags(ctx: StageContext, plan: BuildPlan): void {
  const flags = releaseRustflags(plan);
  if (flags.length === 0 || ctx.env.RUSTFLAGS || ctx.env.CARGO_ENCODED_RUSTFLAGS) return;
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
      `The release build of ${plan.target} sets RUSTFLAGS (${flags.join(' ')}), and cargo then ignores the rustflags in ${files.join(', ')}. Put those flags in the RUSTFLAGS environment variable instead (they are kept and these are appended)${plan.staticVia === 'crt-static' ? ', or use a musl target' : ''}.`,
    );
  }
}

function buildFailure(plan: BuildPlan, args: readonly string[], res: ExecResult, cc: CrossCc | undefined): StageResult {
  const hints: string[] = [];
  if (plan.staticVia === 'crt-static' && /cannot produce proc-macro|crt-static/i.test(res.stderr))
    hints.push('Static linking with crt-static failed; set static: false, or use a musl target.');
  if (plan.staticVia === 'musl' && !cc && /failed to find tool|musl-gcc/i.test(res.stderr))
    hints.push(`A dependency compiles C code and no musl C compiler was found: install musl-tools before this step.`);
  if (/-apple-/.test(plan.target) && process.platform !== 'darwin')
    hints.push(
      `Apple targets link with Apple's tools: build ${plan.target} on a macOS runner (mode: plan suggests one).`,
    );
  if (/-windows-msvc/.test(plan.target) && process.platform !== 'win32')
    hints.push(
      `MSVC targets link with Microsoft's tools: build ${plan.target} on a Windows runner, or use x86_64-pc-windows-gnu.`,
    );
  return fail(
    `cargo build failed for ${plan.target} (exit ${res.code})`,
    `${formatCommand('cargo', args)} failed:\n${lastLines(res.stderr, 20)}${hints.map((h) => `\n${h}`).join('')}`,
    'cargo build',
  );
}

/** The binary's size, ELF facts and header, or the failure when it is missing or unreadable. */
async function inspectBinary(
  ctx: StageContext,
  path: string,
): Promise<Outcome<{ size: number; elf: ElfInfo; header: BinaryHeader }>> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return stop(fail('binary missing', `cargo build succeeded but the binary is not at ${path}.`));
  }
  try {
    return ok(
      await ctx.profiler.measure('header and static check', async () => ({
        size,
        header: readHeaderFile(path),
        elf: readElfFile(path),
      })),
    );
  } catch (e) {
    // A damaged ELF file, or one that cannot be opened (permissions, replaced meanwhile): a finding either way.
    const why =
      e instanceof ElfError
        ? `looks like ELF but could not be read: ${e.message}`
        : `could not be read: ${(e as Error).message}`;
    return stop(fail('unreadable binary', `The binary ${path} ${why}`, 'static check'));
  }
}

/**
 * With the size profile, the same binary built with the default release profile, in a separate
 * target directory so the two builds do not invalidate each other. Undefined size: not shown; a
 * cancellation stops the stage.
 */
async function referenceBuild(
  ctx: StageContext,
  cmd: CargoCommand,
  toolchain: string | undefined,
  binary: string,
): Promise<Outcome<{ size?: number; ms: number }>> {
  const res = await ctx.profiler.measure('cargo build (default profile, for the size comparison)', () =>
    ctx.log.group('Reference build with the default release profile', () =>
      runCargo(ctx, cmd, toolchain, { echo: 'none' }),
    ),
  );
  if (res.killed) return stop(result('cancelled', 'cancelled'));
  if (res.code !== 0) {
    ctx.log.warning(
      `The reference build with the default profile failed; the size change is not shown:\n${lastLines(res.stderr, 5)}`,
    );
    return ok({ ms: res.ms });
  }
  try {
    return ok({ size: statSync(binary).size, ms: res.ms });
  } catch {
    ctx.log.warning('The reference build with the default profile left no binary; the size change is not shown.');
    return ok({ ms: res.ms });
  }
}

function staticProblem(ctx: StageContext, path: string, elf: ElfInfo): Finding {
  const libs = elf.kind === 'elf' ? elf.needed : [];
  const message = [
    `${path} is dynamically linked although static linking was asked for (static: ${ctx.inputs.build.static}).`,
    libs.length ? `It needs: ${libs.join(', ')}.` : '',
    elf.kind === 'elf' && elf.interpreter ? `Program interpreter: ${elf.interpreter}.` : '',
    'A dependency probably links a system library (e.g. openssl through native-tls): use its rustls/vendored feature, build for a musl target, or set static: false.',
  ]
    .filter(Boolean)
    .join('\n');
  return { level: 'error', title: 'static check', message };
}

/** The checks of a built binary: its header against the target, and static linking where asked. */
function checks(ctx: StageContext, plan: BuildPlan, path: string, elf: ElfInfo, verified: HeaderCheck): Finding[] {
  const problems: Finding[] = [];
  if (verified.ok === false)
    problems.push({
      level: 'error',
      title: 'header check',
      message: `${path} is ${verified.found}, but a binary for ${plan.target} must be ${verified.expected}.`,
    });
  if (plan.static && elf.kind === 'elf' && !elf.static) problems.push(staticProblem(ctx, path, elf));
  return problems;
}

async function buildTarget(
  ctx: StageContext,
  c: Common,
  target: string | undefined,
  first: boolean,
): Promise<Outcome<Built>> {
  const { toolchain, host } = c.prepared;
  const plan = planBuild({ target, host, static: ctx.inputs.build.static });
  const added = await ctx.profiler.measure('rustup target', () => ensureTarget(ctx, plan, toolchain));
  if (!added.ok) return added;
  const cc = await targetCc(ctx, plan, host);
  if (!cc.ok) return cc;
  const base = {
    plan,
    locked: c.locked,
    bin: c.chosen.bin,
    baseEnv: ctx.env,
    ...(cc.value ? { ccEnv: cc.value.env } : {}),
    ...(c.many ? { package: c.chosen.package.name } : {}),
  };
  const build = cargoBuildCommand({ ...base, profile: ctx.inputs.build.profile });
  const compiled = await compile(ctx, c, plan, build, cc.value);
  if (!compiled.ok) return compiled;
  const path = binaryPath(c.targetDirectory, plan, c.chosen.bin);
  const inspected = await inspectBinary(ctx, path);
  if (!inspected.ok) return inspected;
  const verified = checkHeader(inspected.value.header, plan.target);
  ctx.log.info(`${path}: ${formatBytes(inspected.value.size)}, ${verified.found}, ${describeElf(inspected.value.elf)}`);
  const reference = first ? await sizeReference(ctx, c, base) : ok(undefined);
  if (!reference.ok) return reference;
  return ok({
    path,
    ...inspected.value,
    verified,
    plan,
    buildMs: compiled.value,
    ...(reference.value ? { reference: reference.value } : {}),
    ...(cc.value ? { cc: cc.value } : {}),
    problems: checks(ctx, plan, path, inspected.value.elf, verified),
  });
}

/** `cargo build` (or `cargo auditable build`) of one target: its time in milliseconds, or the stage's failure. */
async function compile(
  ctx: StageContext,
  c: Common,
  plan: BuildPlan,
  build: CargoCommand,
  cc: CrossCc | undefined,
): Promise<Outcome<number>> {
  const cmd = await buildCommand(ctx, build);
  if (!cmd.ok) return cmd;
  for (const [k, v] of Object.entries(cmd.value.env)) ctx.log.info(`  ${k}=${v}`);
  warnIgnoredRustflags(ctx, plan);
  const res = await ctx.profiler.measure(`cargo build (${plan.target})`, () =>
    runCargo(ctx, reportingUnits(cmd.value), c.prepared.toolchain),
  );
  if (res.killed) return stop(result('cancelled', 'cancelled'));
  if (res.code !== 0) return stop(buildFailure(plan, cmd.value.args, res, cc));
  return ok(res.ms);
}

/** With the size profile, the first target is built again with the default profile, for the size comparison. */
async function sizeReference(
  ctx: StageContext,
  c: Common,
  base: Omit<Parameters<typeof cargoBuildCommand>[0], 'profile'>,
): Promise<Outcome<Built['reference']>> {
  if (ctx.inputs.build.profile !== 'size') return ok(undefined);
  const refDir = join(c.targetDirectory, 'rust-pipeline', 'default-profile');
  const ref = cargoBuildCommand({ ...base, profile: 'release', targetDir: refDir });
  return referenceBuild(ctx, ref, c.prepared.toolchain, binaryPath(refDir, base.plan, c.chosen.bin));
}

/** Packs the binaries into reproducible archives with their checksums. */
async function pack(ctx: StageContext, c: Common, built: readonly Built[]): Promise<Outcome<Packed>> {
  const pkg = c.chosen.package;
  const version = releaseVersion(parseRef(ctx.event.ref), pkg.version);
  let files: string[];
  try {
    files = extraFiles(pkg.dir ?? ctx.cwd, ctx.inputs.build.archiveFiles, ctx.repoRoot);
  } catch (e) {
    return stop(fail('archive file missing', (e as Error).message, 'archive-files'));
  }
  const { epoch, from } = await sourceDateEpoch(ctx.env, ctx.exec, ctx.repoRoot);
  ctx.log.info(`Archives carry the time ${new Date(epoch * 1000).toISOString()} (${from}).`);
  const packed = await ctx.profiler.measure('archives and checksums', () =>
    packRelease({
      binaries: built.map(builtBinary),
      bin: c.chosen.bin,
      version,
      dir: distDir(c.targetDirectory),
      files,
      mtime: epoch,
    }),
  );
  for (const a of packed.archives) ctx.log.info(`${a.path}: ${formatBytes(a.size)}, sha256 ${a.sha256}`);
  return ok({ ...packed, version });
}

async function common(ctx: StageContext): Promise<Outcome<Common>> {
  const prepared = await prepare(ctx);
  if (!prepared.ok) return prepared;
  const toolchain = prepared.value.toolchain;
  const picked = await chooseBinary(ctx, toolchain);
  if (!picked.ok) return picked;
  const { chosen, targetDirectory, many } = picked.value;
  return ok({ prepared: prepared.value, chosen, targetDirectory, locked: await hasLockfile(ctx, toolchain), many });
}

export const buildStage: Stage = {
  name: 'build',
  title: 'Build (release binary)',
  async run(ctx) {
    const common_ = await common(ctx);
    if (!common_.ok) return common_.result;
    const c = common_.value;
    const built: Built[] = [];
    for (const [i, target] of c.prepared.targets.entries()) {
      const b = await buildTarget(ctx, c, target, i === 0);
      if (!b.ok) return b.result;
      built.push(b.value);
    }
    // A binary that failed its checks is not packed: nothing half-verified reaches a release.
    const checked = built.every((b) => b.problems.length === 0);
    const packed = checked ? await pack(ctx, c, built) : ok({ archives: [], version: c.chosen.package.version });
    if (!packed.ok) return packed.result;
    const reported = report(ctx, c, built, packed.value);
    if (reported.status === 'cancelled' || reported.status === 'skipped' || !checked) return reported;
    return supplyChain(ctx, c, built, reported);
  },
};

/** `cargo auditable build` in place of `cargo build` when auditable binaries were asked for (the default). */
async function buildCommand(ctx: StageContext, cmd: CargoCommand): Promise<Outcome<CargoCommand>> {
  if (!ctx.inputs.build.auditable) return ok(cmd);
  const tool = await requireAuditable(ctx);
  return tool.ok ? ok(auditableCommand(cmd, tool.value)) : tool;
}

/**
 * Each binary's SBOM (beside the binary, and as `<archive>.cdx.json` among its archive's assets) and, for auditable
 * builds, `cargo audit bin` on it: an advisory in a binary about to ship fails the stage.
 */
async function supplyChain(
  ctx: StageContext,
  c: Common,
  built: readonly Built[],
  reported: StageResult,
): Promise<StageResult> {
  let out = reported;
  const data = reported.data as BuildData | undefined;
  const sboms: string[] = [];
  for (const b of built) {
    const sbom = await writeSbom(ctx, {
      toolchain: c.prepared.toolchain,
      target: b.plan.target,
      packageName: c.chosen.package.name,
      binary: b.path,
      binName: c.chosen.bin,
    });
    if (sbom.ok) sboms.push(besideArchive(data, b.plan.target, sbom.value));
    out = withSbom(out, sbom);
    if (ctx.inputs.build.auditable) out = withBinaryAudit(out, await auditBinary(ctx, b.path));
  }
  if (sboms.length) out = { ...out, outputs: { ...out.outputs, sbom: sboms.join('\n') } };
  return out;
}

/** The SBOM copied beside its target's archive as `<archive>.cdx.json` and listed among its assets; its path. */
function besideArchive(data: BuildData | undefined, target: string, sbom: string): string {
  const archive = data?.archives.find((a) => a.target === target);
  if (!archive) return sbom;
  const path = `${archive.path}.cdx.json`;
  copyFileSync(sbom, path);
  archive.assets.push(path);
  return path;
}
