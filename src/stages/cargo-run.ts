// Runs cargo (or a cargo subcommand's own executable) for a stage: the right toolchain, the
// stage's environment, the command logged.
import type { ExecOptions, ExecResult } from '../exec.js';
import { toolchainEnv, type CargoCommand } from '../cargo/commands.js';
import { recordUnits, UnitCollector, withoutCargoMessages } from '../cargo/units.js';
import { workspaceHasLockfile } from '../cargo/metadata.js';
import { ensureToolchain, ToolchainError } from '../toolchain.js';
import { logCommand, ok, result, stop, type Outcome, type StageContext } from '../context.js';
import type { Block } from '../blocks.js';
import { requireTool, type InstalledTool, type ToolName } from '../tools/index.js';

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
  const units = cmd.units === 'route' || cmd.units === 'json' ? new UnitCollector() : undefined;
  const res = await ctx.exec(program, cmd.args, { ...opts, ...unitRouting(ctx, cmd, units, opts), cwd: ctx.cwd, env });
  if (res.spawnError)
    ctx.log.warning(
      `${program} could not be started: ${res.spawnError}.${cmd.program ? '' : ' Is Rust installed and on PATH?'}`,
    );
  if (cmd.units) recordUnits(ctx.tempDir, units ? units.result() : 'unknown');
  return cmd.units === 'route' ? { ...res, stdout: withoutCargoMessages(res.stdout) } : res;
}

/**
 * How a command's stdout lines reach the unit ledger. With `route`, cargo's JSON messages go to the
 * ledger only: the log and the stage's own line handler see the rest of the output, as without them.
 */
function unitRouting(
  ctx: StageContext,
  cmd: CargoCommand,
  units: UnitCollector | undefined,
  opts: Omit<ExecOptions, 'cwd' | 'env'>,
): Pick<ExecOptions, 'echo' | 'onStdoutLine'> {
  if (!units) return {};
  const onLine = opts.onStdoutLine;
  if (cmd.units !== 'route')
    return {
      onStdoutLine: (line) => {
        units.line(line);
        onLine?.(line);
      },
    };
  const echo = opts.echo ?? 'all';
  return {
    echo: echo === 'all' ? 'stderr' : echo,
    onStdoutLine: (line) => {
      if (units.line(line)) return;
      if (echo === 'all') ctx.log.info(line);
      onLine?.(line);
    },
  };
}

/**
 * Makes sure the run's main toolchain (ctx.toolchain: the first one that is not msrv) has
 * `components` (rustup is required only when the toolchains input names one). A toolchain that
 * cannot be had stops the stage with its failure result.
 */
export async function firstToolchain(
  ctx: StageContext,
  components: readonly string[],
): Promise<Outcome<string | undefined>> {
  const toolchain = ctx.toolchain;
  try {
    if (toolchain) await ensureToolchain(ctx, toolchain, components, ctx.inputs.toolchains.length > 0);
    return ok(toolchain);
  } catch (e) {
    if (!(e instanceof ToolchainError)) throw e;
    return stop(
      result('failure', `toolchain ${toolchain} unavailable`, {
        findings: [{ level: 'error', title: `toolchain ${toolchain}`, message: e.message }],
      }),
    );
  }
}

/**
 * The tool a stage cannot run without, installed once per run; else the stage stops with
 * "<tool> could not be installed", the installer's message as an error, and `blocks` (what to do) in its section.
 */
export async function stageTool(
  ctx: StageContext,
  tool: ToolName,
  blocks: (message: string) => Block[] = () => [],
): Promise<Outcome<InstalledTool>> {
  try {
    return ok(await requireTool(ctx, tool));
  } catch (e) {
    const message = (e as Error).message;
    return stop(
      result('failure', `${tool} could not be installed`, {
        findings: [{ level: 'error', title: tool, message }],
        blocks: blocks(message),
      }),
    );
  }
}
