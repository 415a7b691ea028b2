// The cache's summary sections: name–value lists (no table with an empty header), the key said once.
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../src/blocks.js';
import { restoreBlocks, saveBlocks, type RestoreFigures } from '../../src/cache/report.js';
import type { CachePlan } from '../../src/cache/plan.js';

const KEY = 'rust-pipeline-v1-checks-Linux-X64-abcdef-0123456789ab-0123456789ab';
const plan: CachePlan = {
  key: KEY,
  restoreKeys: ['rust-pipeline-v1-checks-Linux-X64-abcdef-0123456789ab-'],
  paths: ['/home/u/.cargo/registry/index'],
  cargoHome: '/home/u/.cargo',
  targetDirs: ['/w/target'],
  members: ['app'],
  lockfiles: ['/w/Cargo.lock'],
  keyFiles: ['Cargo.lock'],
  envNames: [],
  rustc: ['stable: rustc 1.95.0'],
};
const figures = (f: Partial<RestoreFigures>): RestoreFigures => ({
  backend: 'GitHub Actions cache',
  hit: 'none',
  ms: 12,
  ...f,
});
const count = (md: string, s: string): number => md.split(s).length - 1;

describe('restoreBlocks', () => {
  it.each([
    [1, 'miss', figures({}), '- **restored:** ⚪ miss'],
    [
      2,
      'exact hit of the key',
      figures({ hit: 'exact', matchedKey: KEY, sizeBytes: 2048 }),
      '- **restored:** ✅ exact hit',
    ],
    [
      3,
      'exact hit of a replacement: that entry is named',
      figures({ hit: 'exact', matchedKey: `${KEY}-r2-1` }),
      `- **restored:** ✅ exact hit: \`${KEY}-r2-1\``,
    ],
    [
      4,
      'partial hit: the entry it fell back to is named',
      figures({ hit: 'partial', matchedKey: 'rust-pipeline-v1-checks-Linux-X64-abcdef-0123456789ab-ffffffffffff' }),
      '- **restored:** 🟡 partial hit (restore key): `rust-pipeline-v1-checks-Linux-X64-abcdef-0123456789ab-ffffffffffff`',
    ],
  ])('%i: %s', (_n, _what, f, line) => {
    const md = toMarkdown(restoreBlocks(plan, f));
    expect(md.split('\n')).toContain(line);
    expect(md).toContain(`- **key:** \`${KEY}\``);
    expect(count(md, `\`${KEY}\``)).toBe(1);
    // No table whose header row is empty.
    expect(md).not.toMatch(/^\|\s*\|\s*\|$/m);
  });
});

describe('saveBlocks', () => {
  it('result, decision and figures as a list; the key is left to the restore section', () => {
    const md = toMarkdown(saveBlocks({ outcome: 'saved', decision: 'push event', sizeBytes: 4096, ms: 1500 }));
    expect(md).toBe(
      '### Cache save\n\n- **result:** saved\n- **decision:** push event\n- **entry size:** 4.0 KiB\n- **save time:** 1.5 s\n',
    );
  });
});
