import { clippyCommand } from '../cargo/commands.js';
import { parseClippyJson, type Diagnostic } from '../cargo/clippy.js';
import { workspaceRoot } from '../cargo/metadata.js';
import { resolveReported } from '../cargo/workspace.js';
import { firstToolchain, hasLockfile, runCargo } from './cargo-run.js';
import { lastLines, plural } from '../text.js';
import { code, escapeText, firstRows, type Block } from '../blocks.js';
import { result, type Finding, type Stage } from '../context.js';

/** One diagnostic as an annotation: path relative to the repository root, the lint name as title. */
export function clippyFinding(d: Diagnostic, bases: readonly string[], repoRoot: string): Finding {
  const file = d.file ? resolveReported(d.file, bases, repoRoot) : undefined;
  return {
    level: d.level === 'error' || d.level === 'ice' ? 'error' : 'warning',
    title: d.code ?? (d.level === 'error' ? 'rustc error' : 'rustc warning'),
    message: d.rendered,
    ...(file && d.line ? { file, line: d.line, endLine: d.endLine, column: d.column, endColumn: d.endColumn } : {}),
  };
}

export const clippyStage: Stage = {
  name: 'clippy',
  title: 'Lint (cargo clippy)',
  async run(ctx) {
    const first = await firstToolchain(ctx, ['clippy']);
    if (!first.ok) return first.result;
    const toolchain = first.value;
    // The workspace root: whether it has a Cargo.lock (--locked), and what rustc's file names are relative to.
    const root = await workspaceRoot(ctx, toolchain);
    const cmd = clippyCommand({
      locked: await hasLockfile(ctx, toolchain),
      features: ctx.inputs.featureSets[0]!,
      denyWarnings: ctx.inputs.clippyDenyWarnings,
      extra: ctx.inputs.clippyArgs,
      json: true,
    });
    // Only the compiler's messages are kept, as they arrive: whatever else reaches stdout (a proc
    // macro printing as it runs) is not held in memory.
    const messages: string[] = [];
    const res = await runCargo(ctx, cmd, toolchain, {
      echo: 'stderr',
      onStdoutLine: (line) => line.includes('"reason":"compiler-message"') && void messages.push(line),
    });
    if (res.killed) return result('cancelled', 'cancelled');
    const diags = parseClippyJson(messages.join('\n')).filter(
      (d) => d.level === 'error' || d.level === 'warning' || d.level === 'ice',
    );
    for (const d of diags) ctx.log.info(d.rendered);
    // rustc runs in the workspace root: file names of members are relative to it.
    const findings = diags.map((d) => clippyFinding(d, [root, ctx.cwd], ctx.repoRoot));
    const errors = findings.filter((f) => f.level === 'error').length;
    const warnings = findings.length - errors;
    const summary = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
    const lints = countBy(findings.map((f) => f.title ?? ''));
    const blocks = clippyBlocks(diags, findings, lints);
    const data = { errors, warnings, workspaceRoot: root, lints: Object.fromEntries(lints) };
    if (res.code === 0) return result('success', summary, { findings, blocks, data });
    if (findings.length === 0) {
      // cargo stopped before rustc spoke (a lockfile --locked refuses, a manifest error): its stderr says why.
      const why = lastLines(res.stderr);
      findings.push({ level: 'error', title: 'cargo clippy', message: why });
      blocks.push(
        { kind: 'text', text: `cargo clippy failed (exit ${res.code}) without a diagnostic; the end of its output:` },
        { kind: 'details', summary: 'cargo clippy output', body: why },
      );
    }
    return result('failure', summary, { findings, blocks, data });
  },
};

/** Findings the summary lists one by one; the annotations and the JSON report have them all. */
export const MAX_CLIPPY_ROWS = 15;
const MESSAGE_CHARS = 200;

/**
 * The section: the first findings with their place, lint and message; a count per lint when there
 * are more than that table shows.
 */
export function clippyBlocks(
  diags: readonly Diagnostic[],
  findings: readonly Finding[],
  lints: [string, number][],
): Block[] {
  if (findings.length === 0) return [];
  const rows = findings.map((f, i) => {
    const message = diags[i]?.message ?? f.message;
    return [
      f.file && f.line ? escapeText(`${f.file}:${f.line}`) : '–',
      code(f.title ?? ''),
      escapeText(message.length > MESSAGE_CHARS ? `${message.slice(0, MESSAGE_CHARS)}…` : message),
    ];
  });
  const blocks: Block[] = [
    {
      kind: 'table',
      header: ['location', 'lint', 'message'],
      rows: firstRows(rows, MAX_CLIPPY_ROWS, '(see the annotations and the JSON report)'),
    },
  ];
  if (findings.length > MAX_CLIPPY_ROWS)
    blocks.push({
      kind: 'table',
      header: ['lint', 'count'],
      align: ['left', 'right'],
      rows: lints.map(([l, n]) => [code(l), String(n)]),
    });
  return blocks;
}

function countBy(items: readonly string[]): [string, number][] {
  const m = new Map<string, number>();
  for (const i of items) m.set(i, (m.get(i) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
