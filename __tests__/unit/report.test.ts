import { describe, expect, it, test } from 'vitest';
import { formatMs, largestRemainder, OTHER_PHASE, Profiler, profileRows } from '../../src/profiler.js';
import { code, codeLines, plainText, toMarkdown, toText, type Block } from '../../src/blocks.js';
import { omittedText, selectAnnotations } from '../../src/report/annotations.js';
import { causeBlocks } from '../../src/report/summary.js';
import type { Finding } from '../../src/context.js';

describe('Profiler', () => {
  it('times nested phases and reports each share of the total', async () => {
    let t = 0;
    const p = new Profiler(() => t);
    await p.measure('cache restore', async () => {
      t += 100;
    });
    await p.measure('stage: test', async () => {
      await p.measure('stable / default', async () => {
        t += 250;
      });
      t += 50;
    });
    t += 600;
    const rows = profileRows(p.timings(), p.totalMs());
    expect(rows).toEqual([
      { name: 'cache restore', depth: 0, at: 0, ms: 100, share: 10 },
      { name: 'stage: test', depth: 0, at: 100, ms: 300, share: 30 },
      { name: 'stable / default', depth: 1, at: 100, ms: 250 },
      { name: OTHER_PHASE, depth: 0, at: 0, ms: 600, share: 60 },
    ]);
  });

  it('splits overlapping time between the phases that ran at once, so top-level shares add up to 100%', () => {
    const rows = profileRows(
      [
        { name: 'cache restore', depth: 0, at: 0, ms: 100 },
        { name: 'stage: clippy', depth: 0, at: 100, ms: 600 },
        { name: 'cargo clippy', depth: 1, at: 100, ms: 590 },
        { name: 'stage: audit', depth: 0, at: 100, ms: 300 },
      ],
      700,
    );
    expect(rows.map((r) => [r.name, r.share])).toEqual([
      ['cache restore', 14.3],
      ['stage: clippy', 64.3],
      ['cargo clippy', undefined],
      ['stage: audit', 21.4],
    ]);
    const top = rows.filter((r) => r.depth === 0).reduce((a, r) => a + r.share! * 10, 0);
    expect(Math.round(top)).toBe(1000);
  });

  test.each([
    [[1 / 3, 1 / 3, 1 / 3].map((x) => x * 1000), [334, 333, 333]],
    [
      [999.6, 0.4],
      [1000, 0],
    ],
    [
      [500, 500],
      [500, 500],
    ],
  ])('largestRemainder(%j) = %j', (parts, whole) => expect(largestRemainder(parts, 1000)).toEqual(whole));

  it('records the phase even when it throws', async () => {
    const p = new Profiler();
    await expect(p.measure('boom', async () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    expect(p.timings().map((x) => x.name)).toEqual(['boom']);
  });
});

test.each([
  [0, '0 ms'],
  [999.4, '999 ms'],
  [1500, '1.5 s'],
  [999.6, '1.0 s'],
  [59_940, '59.9 s'],
  [59_960, '1 min 0 s'],
  [61_000, '1 min 1 s'],
  [119_600, '2 min 0 s'],
  [3_599_600, '1 h 0 min'],
  [4_530_000, '1 h 16 min'],
])('formatMs(%d) = %s', (ms, text) => expect(formatMs(ms)).toBe(text));

describe('blocks', () => {
  const blocks: Block[] = [
    { kind: 'heading', text: 'Tests', level: 3 },
    {
      kind: 'table',
      header: ['cell', 'passed'],
      align: ['left', 'right'],
      rows: [
        ['stable | all', '12'],
        ['beta', '3'],
      ],
    },
    { kind: 'details', summary: 'diff <a>', body: '-a\n+b\n', lang: 'diff' },
  ];

  it('renders Markdown with escaped cells and collapsed details', () => {
    expect(toMarkdown(blocks)).toBe(
      '### Tests\n\n| cell | passed |\n| :--- | ---: |\n| stable \\| all | 12 |\n| beta | 3 |\n\n<details><summary>diff &lt;a&gt;</summary>\n\n```diff\n-a\n+b\n```\n\n</details>\n',
    );
  });

  it('renders aligned plain text for a terminal', () => {
    expect(toText(blocks).split('\n')).toEqual([
      '',
      'Tests',
      '-----',
      'cell          passed',
      '------------  ------',
      'stable | all      12',
      'beta               3',
      'diff <a>:',
      '  -a',
      '  +b',
    ]);
  });
});

describe('plain text of our inline markup', () => {
  it('code spans, line breaks and entities read as the text they stand for', () => {
    const cell = `${code('tests::a_b')} (every cell)`;
    expect(
      toText([{ kind: 'table', header: ['test', 'cause'], rows: [[cell, codeLines('left: `4`\nright: <5>')]] }]),
    ).toBe(
      [
        'test                     cause',
        '-----------------------  ----------------------',
        'tests::a_b (every cell)  left: `4` / right: <5>',
      ].join('\n'),
    );
    expect(plainText('a &amp;lt; b')).toBe('a &lt; b');
  });
});

describe('annotation selection', () => {
  const f = (level: Finding['level'], n: number): Finding => ({ level, message: `${level} ${n}` });
  it('keeps errors first and counts what the cap left out per level', () => {
    const all = [f('warning', 1), f('error', 1), f('notice', 1), f('warning', 2), f('error', 2)];
    const s = selectAnnotations(all, 3);
    expect(s.shown.map((x) => x.message)).toEqual(['error 1', 'error 2', 'warning 1']);
    expect(s.omitted).toEqual({ error: 0, warning: 1, notice: 1 });
    expect(omittedText(s.omitted)).toBe(
      '1 warning, 1 notice more not shown as annotations (GitHub shows 10 per level and step; max-annotations caps the total); every finding is in the log and the JSON report.',
    );
    expect(omittedText(selectAnnotations(all, 10).omitted)).toBeUndefined();
  });
});

describe('causeBlocks: a failed stage without a section of its own still says why', () => {
  it.each([
    [1, 'no findings: nothing', [], []],
    [2, 'warnings only: nothing', [{ level: 'warning', message: 'w' }], []],
    [
      3,
      'the toolchain could not be installed: its error, inert',
      [
        {
          level: 'error',
          title: 'toolchain 1.60.0',
          message: "error: toolchain '1.60.0-x86_64' is not installable\nrun `rustup toolchain list`",
        },
      ],
      [
        [
          'toolchain 1.60.0',
          "<code>error: toolchain '1.60.0-x86&#95;64' is not installable</code><br><code>run &#96;rustup toolchain list&#96;</code>",
        ],
      ],
    ],
    [
      4,
      'more errors than shown: how many more',
      [1, 2, 3, 4, 5].map((i) => ({ level: 'error', title: `e${i}`, message: `m${i}` })),
      [
        ['e1', '<code>m1</code>'],
        ['e2', '<code>m2</code>'],
        ['e3', '<code>m3</code>'],
        ['… 2 more in the annotations', ''],
      ],
    ],
  ] as [number, string, Finding[], string[][]][])('%i: %s', (_n, _what, findings, rows) => {
    const want = rows.length ? [{ kind: 'table', header: ['error', 'cause'], rows }] : [];
    expect(causeBlocks(findings)).toEqual(want);
  });
});
