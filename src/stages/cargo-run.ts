// Runs cargo (or a cargo subcommand's own executable) for a stage: the right toolchain, the
// stage's environment, the command logged.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatCommand, type ExecOptions, type ExecResult } from '../exec.js';
import { toolchainEnv, type CargoCommand } from '../cargo/commands.js';
import type { StageContext } from './types.js';

export function hasLockfile(ctx: StageContext): boolean {
  return existsSync(join(ctx.cwd, 'Cargo.lock'));
}

export async function runCargo(
  ctx: StageContext,
  cmd: CargoCommand,
  toolchain: string | undefined,
  opts: Omit<ExecOptions, 'cwd' | 'env'> = {},
): Promise<ExecResult> {
  const env = { ...ctx.env, ...toolchainEnv(toolchain), ...cmd.env };
  const program = cmd.program ?? 'cargo';
  ctx.log.info(`[command]${formatCommand(program, cmd.args)}${toolchain ? `  (toolchain ${toolchain})` : ''}`);
  const res = await ctx.exec(program, cmd.args, { ...opts, cwd: ctx.cwd, env });
  if (res.spawnError) ctx.log.warning(`${program} could not be started: ${res.spawnError}.${cmd.program ? '' : ' Is Rust installed and on PATH?'}`);
  return res;
}
