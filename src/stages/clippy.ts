import { clippyCommand } from '../cargo/commands.js';
import { parseClippyJson } from '../cargo/clippy.js';
import { repoRelative } from '../cargo/paths.js';
import { hasLockfile, runCargo } from './cargo-run.js';
import { lastLines } from './fmt.js';
import { result, type Finding, type Stage } from './types.js';

export const clippyStage: Stage = {
  name: 'clippy',
  title: 'Lint (cargo clippy)',
  async run(ctx) {
    const cmd = clippyCommand({
      locked: hasLockfile(ctx),
      features: ctx.inputs.featureSets[0]!,
      denyWarnings: ctx.inputs.clippyDenyWarnings,
      extra: ctx.inputs.clippyArgs,
      json: true,
    });
    const res = await runCargo(ctx, cmd, ctx.toolchains[0], { echo: 'stderr' });
    if (res.killed) return result('cancelled', 'cancelled');
    const diags = parseClippyJson(res.stdout).filter((d) => d.level === 'error' || d.level === 'warning');
    for (const d of diags) ctx.log.info(d.rendered);
    const findings: Finding[] = diags.map((d) => {
      const file = d.file ? repoRelative(d.file, ctx.cwd, ctx.repoRoot) : undefined;
      return {
        level: d.level === 'error' ? 'error' : 'warning',
        title: d.code ?? 'clippy',
        message: d.rendered,
        ...(file && d.line ? { file, line: d.line, endLine: d.endLine, column: d.column, endColumn: d.endColumn } : {}),
      };
    });
    const errors = findings.filter((f) => f.level === 'error').length;
    const warnings = findings.length - errors;
    const summary = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
    if (res.code === 0) return result('success', summary, { findings, data: { errors, warnings } });
    if (findings.length === 0) {
      findings.push({ level: 'error', title: 'cargo clippy', message: lastLines(res.stderr) });
    }
    return result('failure', summary, { findings, data: { errors, warnings } });
  },
};
