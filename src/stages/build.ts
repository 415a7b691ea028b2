// The build stage: a release binary for the chosen target, statically linked when asked, checked
// by reading its ELF headers; the size profile is applied through CARGO_PROFILE_RELEASE_* env.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { reportingUnits, toolchainEnv } from '../cargo/commands.js';
import { cargoMetadata, rustcVersion } from '../cargo/metadata.js';
import { cargoHomeOf, repoRelative } from '../cargo/paths.js';
import { formatCommand } from '../exec.js';
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
import { ensureToolchain, ToolchainError } from '../toolchain.js';
import { hasLockfile, runCargo } from './cargo-run.js';
import { formatBytes, lastLines } from '../text.js';
import { result, type Stage, type StageContext, type StageResult } from '../context.js';

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

export const buildStage: Stage = {
  name: 'build',
  title: 'Build (release binary)',
  async run(ctx) {
    const { build } = ctx.inputs;
    const toolchain = ctx.toolchains[0];
    try {
      if (toolchain) await ensureToolchain(ctx, toolchain, [], ctx.inputs.toolchains.length > 0);
    } catch (e) {
      if (!(e instanceof ToolchainError)) throw e;
      return fail(`toolchain ${toolchain} unavailable`, e.message, `toolchain ${toolchain}`);
    }
    const host = await ctx.profiler.measure('host target', () => hostTriple(ctx, toolchain));
    if (typeof host !== 'string') return host;
    const plan = planBuild({ target: build.target, host, static: build.static });

    const added = await ctx.profiler.measure('rustup target', () => ensureTarget(ctx, plan, toolchain));
    if (added) return added;

    const meta = await cargoMetadata(ctx, toolchain, { echo: 'stderr' });
    if (!meta.ok)
      return fail(
        'cargo metadata failed',
        `cargo metadata failed:\n${meta.res.code !== 0 ? lastLines(meta.res.stderr, 10) : meta.why}`,
      );
    const { targetDirectory } = meta.value;
    const packages = cargoPackages(meta.value.packages);
    let chosen;
    try {
      chosen = selectBinary(packages, build.bin);
    } catch (e) {
      return fail('no binary', (e as Error).message, 'bin');
    }
    // The same build for the binary and, with the size profile, for the reference it is compared with.
    const base = {
      plan,
      locked: await hasLockfile(ctx, toolchain),
      bin: chosen.bin,
      baseEnv: ctx.env,
      ...(packages.length > 1 ? { package: chosen.package.name } : {}),
    };
    const cmd = cargoBuildCommand({ ...base, profile: build.profile });
    for (const [k, v] of Object.entries(cmd.env)) ctx.log.info(`  ${k}=${v}`);
    if (plan.staticVia === 'crt-static' && !ctx.env.RUSTFLAGS && !ctx.env.CARGO_ENCODED_RUSTFLAGS) {
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
    const res = await ctx.profiler.measure('cargo build', () => runCargo(ctx, reportingUnits(cmd), toolchain));
    if (res.killed) return result('cancelled', 'cancelled');
    if (res.code !== 0) {
      const hint =
        plan.staticVia === 'crt-static' && /cannot produce proc-macro|crt-static/i.test(res.stderr)
          ? '\nStatic linking with crt-static failed; set static: false, or use a musl target.'
          : '';
      return fail(
        `cargo build failed (exit ${res.code})`,
        `${formatCommand('cargo', cmd.args)} failed:\n${lastLines(res.stderr, 20)}${hint}`,
        'cargo build',
      );
    }

    const path = binaryPath(targetDirectory, plan, chosen.bin);
    let size: number;
    try {
      size = statSync(path).size;
    } catch {
      return fail('binary missing', `cargo build succeeded but the binary is not at ${path}.`);
    }
    let elf: ElfInfo;
    try {
      elf = await ctx.profiler.measure('static check', async () => readElfFile(path));
    } catch (e) {
      // A damaged ELF file, or one that cannot be opened (permissions, replaced meanwhile): a finding either way.
      const why =
        e instanceof ElfError
          ? `looks like ELF but could not be read: ${e.message}`
          : `could not be read: ${(e as Error).message}`;
      return fail('unreadable binary', `The binary ${path} ${why}`, 'static check');
    }
    const isStatic = elf.kind === 'elf' ? elf.static : undefined;
    const elfText = describeElf(elf);
    ctx.log.info(`${path}: ${formatBytes(size)}, ${elfText}`);

    let defaultProfileSize: number | undefined;
    let referenceMs: number | undefined;
    if (build.profile === 'size') {
      // The comparison needs the same binary built with the default release profile; a separate
      // target directory keeps the two builds from invalidating each other.
      const refDir = join(targetDirectory, 'rust-pipeline', 'default-profile');
      const ref = cargoBuildCommand({ ...base, profile: 'release', targetDir: refDir });
      const refRes = await ctx.profiler.measure('cargo build (default profile, for the size comparison)', () =>
        ctx.log.group('Reference build with the default release profile', () =>
          runCargo(ctx, ref, toolchain, { echo: 'none' }),
        ),
      );
      if (refRes.killed) return result('cancelled', 'cancelled');
      referenceMs = refRes.ms;
      if (refRes.code === 0) {
        try {
          defaultProfileSize = statSync(binaryPath(refDir, plan, chosen.bin)).size;
        } catch {
          ctx.log.warning('The reference build with the default profile left no binary; the size change is not shown.');
        }
      } else {
        ctx.log.warning(
          `The reference build with the default profile failed; the size change is not shown:\n${lastLines(refRes.stderr, 5)}`,
        );
      }
    }

    const relPath = repoRelative(path, ctx.repoRoot, ctx.repoRoot) ?? path;
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
      buildMs: res.ms,
      ...(referenceMs !== undefined ? { referenceMs } : {}),
    };
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
    const blocks = [{ kind: 'table' as const, header, rows: [row] }];
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
    return result(
      'success',
      `${sizeText}, ${isStatic === undefined ? 'static check n/a' : isStatic ? 'static' : 'dynamic'}`,
      { outputs, blocks, data },
    );
  },
};
