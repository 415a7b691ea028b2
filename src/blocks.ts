// A small document model for summaries: rendered as Markdown for the job summary and as plain
// text for the CLI, so every stage describes its results once.
export type Block =
  | { kind: 'heading'; text: string; level?: 2 | 3 | 4 }
  | { kind: 'text'; text: string }
  | { kind: 'table'; header: string[]; rows: string[][]; align?: ('left' | 'right')[] }
  | { kind: 'details'; summary: string; body: string; lang?: string }
  /** Blocks folded under a `<details>` in Markdown (the detail behind something shown above); plain in text. */
  | { kind: 'fold'; summary: string; blocks: Block[] }
  /** Name–value pairs: a list in Markdown (no empty table header), aligned columns in text. */
  | { kind: 'facts'; rows: [string, string][] }
  /** A Mermaid diagram: drawn by GitHub in the job summary, left out of plain text. */
  | { kind: 'mermaid'; body: string };

/** GitHub drops a step summary larger than this whole (1024 KiB per step). */
export const GITHUB_SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** What our summary may take: the rest of the step's 1 MiB is left for the cache block written beside it. */
export const SUMMARY_BUDGET_BYTES = 900 * 1024;
/** Each block's share: rows of a table, bytes of a collapsed body, bytes of a paragraph. */
export const MAX_TABLE_ROWS = 200;
export const DETAILS_BUDGET_BYTES = 128 * 1024;
export const TEXT_BUDGET_BYTES = 16 * 1024;
const SEE_REPORT = '(see the JSON report)';

/** A table cell stays one cell of one row (our own markup in it is kept: see escapeText for text from outside). */
export function escapeCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Text from the repository (a test name, a file name, a message) made inert wherever it goes, table
 * cells included: no backtick, `<`, `|`, `*`, `_`, `[` or line break of its own survives as markup.
 */
export function escapeText(s: string): string {
  return escapeHtml(s)
    .replace(/[`|*_[\]\\]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/\r?\n/g, ' ');
}

/** Text from the repository as inline code, inert (see escapeText). */
export function code(s: string): string {
  return `<code>${escapeText(s)}</code>`;
}

/**
 * Text from the repository (a panic message, a lint message) as a few lines of inline code inside one table cell:
 * its first `maxLines` non-empty lines, each cut to `maxChars` and inert, joined by `<br>` (a cell stays one row).
 */
export function codeLines(s: string, maxLines = 4, maxChars = 160): string {
  const lines = s.split(/\r?\n/).filter((l) => l.trim() !== '');
  const cut = (l: string): string => (l.length > maxChars ? `${l.slice(0, maxChars)}…` : l);
  const shown = lines.slice(0, maxLines).map((l) => code(cut(l.trimEnd())));
  if (lines.length > maxLines) shown.push(`… ${lines.length - maxLines} more lines`);
  return shown.join('<br>');
}

/** The first `max` rows of a table, then one row saying how many more there are and where to find them. */
export function firstRows(rows: readonly string[][], max: number, where = SEE_REPORT): string[][] {
  if (rows.length <= max) return [...rows];
  const width = rows[0]!.length;
  return [...rows.slice(0, max), [`… ${rows.length - max} more ${where}`, ...Array<string>(width - 1).fill('')]];
}

/** The first bytes of `s` that fit in `max` (cut at a line end when one is near), and how many lines were left out. */
function cutText(s: string, max: number): { text: string; linesLeft: number } {
  if (Buffer.byteLength(s) <= max) return { text: s, linesLeft: 0 };
  let head = Buffer.from(s)
    .subarray(0, max)
    .toString('utf8')
    .replace(/\uFFFD+$/, '');
  const nl = head.lastIndexOf('\n');
  if (nl > max / 2) head = head.slice(0, nl);
  const linesLeft = s.slice(head.length).split('\n').length - (s.endsWith('\n') ? 1 : 0);
  return { text: head, linesLeft: Math.max(linesLeft, 1) };
}

/** A block cut to its budget, with what was left out said where it was. */
export function bounded(b: Block): Block {
  switch (b.kind) {
    case 'table':
      if (b.rows.length <= MAX_TABLE_ROWS) return b;
      return {
        ...b,
        rows: [
          ...b.rows.slice(0, MAX_TABLE_ROWS),
          [`… ${b.rows.length - MAX_TABLE_ROWS} more ${SEE_REPORT}`, ...b.header.slice(1).map(() => '')],
        ],
      };
    case 'details': {
      const { text, linesLeft } = cutText(b.body, DETAILS_BUDGET_BYTES);
      return linesLeft ? { ...b, body: `${text}\n… ${linesLeft} more lines ${SEE_REPORT}` } : b;
    }
    case 'text': {
      const { text, linesLeft } = cutText(b.text, TEXT_BUDGET_BYTES);
      return linesLeft ? { ...b, text: `${text} … ${SEE_REPORT}` } : b;
    }
    default:
      return b;
  }
}

/**
 * The job summary: each block cut to its budget, and blocks past the whole budget left out (with a
 * note), so the summary stays under GitHub's limit and its first blocks (the verdict) always show.
 */
export function toMarkdown(blocks: readonly Block[], budget = SUMMARY_BUDGET_BYTES): string {
  const parts: string[] = [];
  let used = 0;
  for (const [i, b] of blocks.entries()) {
    const md = blockMarkdown(bounded(b));
    const size = Buffer.byteLength(md) + 1;
    if (used + size > budget - 256) {
      parts.push(
        `… ${blocks.length - i} more parts of this summary left out to stay under GitHub's 1 MiB ${SEE_REPORT}.\n`,
      );
      break;
    }
    parts.push(md);
    used += size;
  }
  return parts.join('\n');
}

/** The longest run of backticks in `s`. */
function longestBacktickRun(s: string): number {
  return Math.max(0, ...(s.match(/`+/g) ?? []).map((r) => r.length));
}

function blockMarkdown(b: Block): string {
  const out: string[] = [];
  {
    switch (b.kind) {
      case 'heading':
        out.push(`${'#'.repeat(b.level ?? 3)} ${b.text}\n`);
        break;
      case 'text':
        out.push(`${b.text}\n`);
        break;
      case 'table': {
        const align = b.header.map((_, i) => (b.align?.[i] === 'right' ? '---:' : ':---'));
        out.push(`| ${b.header.map(escapeCell).join(' | ')} |`);
        out.push(`| ${align.join(' | ')} |`);
        for (const row of b.rows) out.push(`| ${row.map(escapeCell).join(' | ')} |`);
        out.push('');
        break;
      }
      case 'details': {
        const fence = '`'.repeat(Math.max(3, longestBacktickRun(b.body) + 1));
        out.push(
          `<details><summary>${escapeHtml(b.summary)}</summary>\n\n${fence}${b.lang ?? ''}\n${b.body.replace(/\n$/, '')}\n${fence}\n\n</details>\n`,
        );
        break;
      }
      case 'mermaid':
        out.push(`\`\`\`mermaid\n${b.body.replace(/\n$/, '')}\n\`\`\`\n`);
        break;
      case 'fold':
        out.push(`<details><summary>${escapeHtml(b.summary)}</summary>\n\n${toMarkdown(b.blocks)}\n</details>\n`);
        break;
      case 'facts':
        out.push(...b.rows.map(([k, v]) => `- **${k}:** ${v.replace(/\r?\n/g, ' ')}`), '');
        break;
    }
  }
  return out.join('\n');
}

/** Our inline markup read as plain text: code spans, line breaks and the entities escapeText made. */
export function plainText(s: string): string {
  return s
    .replace(/<br>/g, ' / ')
    .replace(/<\/?code>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Plain text for a terminal: tables padded into columns. */
export function toText(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        out.push('', b.text, '-'.repeat(Math.min(b.text.length, 72)));
        break;
      case 'text':
        out.push(plainText(b.text.replace(/\*\*|`/g, '')));
        break;
      case 'table': {
        const all = [b.header, ...b.rows.map((r) => r.map(plainText))];
        const widths = b.header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
        const fmt = (r: string[]): string =>
          r
            .map((c, i) => (b.align?.[i] === 'right' ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
            .join('  ')
            .trimEnd();
        out.push(fmt(b.header), widths.map((w) => '-'.repeat(w)).join('  '));
        for (const r of all.slice(1)) out.push(fmt(r));
        break;
      }
      case 'fold':
        out.push(toText(b.blocks));
        break;
      case 'facts': {
        const width = Math.max(...b.rows.map(([k]) => k.length));
        out.push(...b.rows.map(([k, v]) => `${`${k}:`.padEnd(width + 1)}  ${plainText(v.replace(/`/g, ''))}`));
        break;
      }
      case 'details':
        out.push(
          `${b.summary}:`,
          ...b.body
            .replace(/\n$/, '')
            .split('\n')
            .map((l) => `  ${l}`),
        );
        break;
    }
  }
  return out.join('\n');
}
