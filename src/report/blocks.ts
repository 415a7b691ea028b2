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

function escapeCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function toMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
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
        const fence = b.body.includes('```') ? '````' : '```';
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

/** Plain text for a terminal: tables padded into columns. */
export function toText(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        out.push('', b.text, '-'.repeat(Math.min(b.text.length, 72)));
        break;
      case 'text':
        out.push(b.text.replace(/\*\*|`/g, ''));
        break;
      case 'table': {
        const all = [b.header, ...b.rows];
        const widths = b.header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
        const fmt = (r: string[]): string =>
          r
            .map((c, i) => (b.align?.[i] === 'right' ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
            .join('  ')
            .trimEnd();
        out.push(fmt(b.header), widths.map((w) => '-'.repeat(w)).join('  '));
        for (const r of b.rows) out.push(fmt(r));
        break;
      }
      case 'fold':
        out.push(toText(b.blocks));
        break;
      case 'facts': {
        const width = Math.max(...b.rows.map(([k]) => k.length));
        out.push(...b.rows.map(([k, v]) => `${`${k}:`.padEnd(width + 1)}  ${v.replace(/`/g, '')}`));
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
