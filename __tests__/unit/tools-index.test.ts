// Where the tools came from, in the summary: folded away, unless a tool had to be built (a fallback).
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../src/blocks.js';
import { toolBlocks, type CrossCc, type InstalledTool } from '../../src/tools/index.js';

const tool = (source: InstalledTool['source'], detail: string): InstalledTool => ({
  tool: 'cargo-audit',
  version: '0.22.1',
  path: '/t/cargo-audit',
  subcommand: 'audit',
  source,
  detail,
  ms: 2500,
});
const gcc: CrossCc = {
  tool: 'aarch64-linux-gnu-gcc',
  version: 'gcc 13.2',
  from: 'PATH',
  path: '/usr/bin/x',
  env: {},
  ms: 3,
};

describe('toolBlocks', () => {
  it.each([
    [1, 'PATH', [tool('path', '/usr/bin/cargo-audit')], 'Tools: cargo-audit 0.22.1 from PATH, 2.5 s'],
    [
      2,
      'a verified download',
      [tool('download', 'https://x/a.tgz')],
      'Tools: cargo-audit 0.22.1 from download (sha256 verified), 2.5 s',
    ],
    [3, 'a C cross compiler', [gcc], 'Tools: aarch64-linux-gnu-gcc gcc 13.2 from PATH, 3 ms'],
  ])('%i: %s: folded under a one-line summary', (_n, _what, tools, summary) => {
    const blocks = toolBlocks(tools);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ kind: 'fold', summary, blocks: [{ kind: 'table' }] });
    expect(toMarkdown(blocks)).toMatch(
      /^<details><summary>Tools: [^\n]*<\/summary>\n\n\| tool \| version \| from \| time \| details \|/,
    );
  });

  it('a tool built with cargo install is shown openly, with a line saying so', () => {
    const built = tool('cargo-install', 'cargo install --locked --version 0.22.1 cargo-audit (download failed: 503)');
    const md = toMarkdown(toolBlocks([built, gcc]));
    expect(md).not.toContain('<details>');
    expect(md).toContain(
      '⚠️ **Built with cargo install, as no verified prebuilt archive could be used:** cargo-audit 0.22.1 (2.5 s).',
    );
    expect(md).toContain(
      '| cargo-audit | 0.22.1 | cargo install | 2.5 s | cargo install --locked --version 0.22.1 cargo-audit (download failed: 503) |',
    );
  });

  it('no tools: nothing', () => expect(toolBlocks([])).toEqual([]));
});
