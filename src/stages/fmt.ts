import { fmtCommand } from '../cargo/commands.js';
import { repoRelative } from '../cargo/paths.js';
import { parseFmtCheck } from '../cargo/rustfmt.js';
import { runCargo } from './cargo-run.js';
import { result, type Finding, type Stage } from './types.js';

export const fmtStage: Stage = {
  name: 'fmt',
  title: 'Format (cargo fmt --check)',
  async run(ctx) {
    const res = await runCargo(ctx, fmtCommand(), ctx.toolchains[0]);
    if (res.killed) return result('cancelled', 'cancelled');
    const hunks = parseFmtCheck(res.stdout);
    if (res.code === 0) return result('success', 'formatted');
    if (hunks.length === 0) {
      return result('failure', `cargo fmt failed (exit ${res.code})`, {
        findings: [{ level: 'error', title: 'cargo fmt', message: lastLines(res.stderr || res.stdout) }],
      });
    }
    const findings: Finding[] = hunks.map((h) => {
      const file = repoRelative(h.file, ctx.cwd, ctx.repoRoot);
      return {
        level: 'error',
        title: 'rustfmt',
        message: `This code is not formatted as rustfmt would format it:\n${h.diff.join('\n')}`,
        ...(file ? { file, line: h.line } : {}),
      };
    });
    const files = [...new Set(findings.map((f) => f.file ?? '?'))];
    const diff = hunks.map((h) => `--- ${repoRelative(h.file, ctx.cwd, ctx.repoRoot) ?? h.file}:${h.line}\n${h.diff.join('\n')}`).join('\n');
    return result('failure', `${files.length} file${files.length === 1 ? '' : 's'} not formatted`, {
      findings,
      blocks: [
        { kind: 'text', text: `Files rustfmt would change: ${files.map((f) => `\`${f}\``).join(', ')}. Run \`cargo fmt --all\` to fix.` },
        { kind: 'details', summary: 'rustfmt diff', body: diff, lang: 'diff' },
      ],
      data: { files, hunks: hunks.length },
    });
  },
};

export function lastLines(s: string, n = 20): string {
  return s.trimEnd().split('\n').slice(-n).join('\n');
}
