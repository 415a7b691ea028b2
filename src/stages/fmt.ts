import { fmtCommand } from '../cargo/commands.js';
import { WHOLE_OUTPUT_BYTES } from '../exec.js';
import { plural } from '../text.js';
import { code } from '../blocks.js';
import { repoRelative } from '../paths.js';
import { fmtFailureText, parseFmtCheck, type FmtHunk } from '../cargo/rustfmt.js';
import { firstToolchain, runCargo } from './cargo-run.js';
import { result, type Finding, type Stage } from '../context.js';

/** One annotation per hunk, on the first line rustfmt would change. */
export function fmtFinding(h: FmtHunk, cwd: string, repoRoot: string): Finding {
  const file = repoRelative(h.file, cwd, repoRoot);
  return {
    level: 'error',
    title: 'rustfmt',
    message: `Not formatted as rustfmt (and your rustfmt.toml) would format it. Run \`cargo fmt --all\`.\n${h.diff.join('\n')}`,
    ...(file ? { file, line: h.line, endLine: h.endLine } : {}),
  };
}

export const fmtStage: Stage = {
  name: 'fmt',
  title: 'Format (cargo fmt --check)',
  async run(ctx) {
    const first = await firstToolchain(ctx, ['rustfmt']);
    if (!first.ok) return first.result;
    const toolchain = first.value;
    // cargo fmt finds rustfmt.toml / .rustfmt.toml next to each file (up to the workspace root and beyond).
    // The diff is read whole, within a generous bound (a formatter run over generated files may print a lot).
    const res = await runCargo(ctx, fmtCommand(), toolchain, { keepBytes: WHOLE_OUTPUT_BYTES });
    if (res.killed) return result('cancelled', 'cancelled');
    const hunks = parseFmtCheck(res.stdout);
    if (res.code === 0 && hunks.length === 0) return result('success', 'formatted', { data: { files: [], hunks: 0 } });
    if (hunks.length === 0) {
      return result('failure', `cargo fmt failed (exit ${res.code})`, {
        findings: [{ level: 'error', title: 'cargo fmt', message: fmtFailureText(res.stderr || res.stdout) }],
      });
    }
    const findings = hunks.map((h) => fmtFinding(h, ctx.cwd, ctx.repoRoot));
    const where = (h: FmtHunk): string => repoRelative(h.file, ctx.cwd, ctx.repoRoot) ?? h.file;
    const files = [...new Set(hunks.map(where))];
    const diff = hunks.map((h) => `--- ${where(h)}:${h.line}\n${h.diff.join('\n')}`).join('\n');
    return result('failure', `${plural(files.length, 'file')} not formatted (${plural(hunks.length, 'hunk')})`, {
      findings,
      blocks: [
        {
          kind: 'text',
          text: `Files rustfmt would change: ${fileList(files)}. Run \`cargo fmt --all\` to fix.`,
        },
        {
          kind: 'details',
          summary: `rustfmt diff (${plural(hunks.length, 'hunk')} in ${plural(files.length, 'file')})`,
          body: diff,
          lang: 'diff',
        },
      ],
      data: { files, hunks: hunks.map((h) => ({ file: where(h), line: h.line, endLine: h.endLine })) },
    });
  },
};

/** Files named in the summary; the JSON report lists them all. */
const MAX_FILES_NAMED = 50;

function fileList(files: readonly string[]): string {
  const named = files.slice(0, MAX_FILES_NAMED).map((f) => code(f));
  const more = files.length - named.length;
  return more > 0 ? `${named.join(', ')} … ${more} more (see the JSON report)` : named.join(', ');
}
