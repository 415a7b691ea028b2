// Runs cargo (or a cargo subcommand's own executable) for a stage: the right toolchain, the
// stage's environment, the command logged.
import type { ExecOptions, ExecResult } from '../exec.js';
import { toolchainEnv, type CargoCommand } from '../cargo/commands.js';
import { workspaceHasLockfile } from '../cargo/metadata.js';
import { ensureToolchain, ToolchainError } from '../toolchain.js';
import { logCommand, result, type StageContext, type StageResult } from '../context.js';

/**
 * Whether cargo runs with --locked: when the workspace has a Cargo.lock. Cargo uses the workspace
 * root's lockfile, also when the working directory is a member; the root comes from cargo
 * metadata (asked once per run), the working directory when cargo cannot say.
 */
export function hasLockfile(ctx: StageContext, toolchain: string | undefined): Promise<boolean> {
  return workspaceHasLockfile(ctx, toolchain);
}

export async function runCargo(
  ctx: StageContext,
  cmd: CargoCommand,
  toolchain: string | undefined,
  opts: Omit<ExecOptions, 'cwd' | 'env'> = {},
): Promise<ExecResult> {
  const env = { ...ctx.env, ...toolchainEnv(toolchain), ...cmd.env };
  const program = cmd.program ?? 'cargo';
  logCommand(ctx.log, program, cmd.args, toolchain);
  const res = await ctx.exec(program, cmd.args, { ...opts, cwd: ctx.cwd, env });
  if (res.spawnError)
    ctx.log.warning(
      `${program} could not be started: ${res.spawnError}.${cmd.program ? '' : ' Is Rust installed and on PATH?'}`,
    );
  return res;
}

/**
 * Makes sure the first toolchain of the run has `components` (rustup is required only when the
 * toolchains input names one). A toolchain that cannot be had is the stage's failure result.
 */
export async function firstToolchain(
  ctx: StageContext,
  components: readonly string[],
): Promise<{ toolchain: string | undefined; failed?: StageResult }> {
  const toolchain = ctx.toolchains[0];
  try {
    if (toolchain) await ensureToolchain(ctx, toolchain, components, ctx.inputs.toolchains.length > 0);
    return { toolchain };
  } catch (e) {
    if (!(e instanceof ToolchainError)) throw e;
    return {
      toolchain,
      failed: result('failure', `toolchain ${toolchain} unavailable`, {
        findings: [{ level: 'error', title: `toolchain ${toolchain}`, message: e.message }],
      }),
    };
  }
}
