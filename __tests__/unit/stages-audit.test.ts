// The audit section when cargo audit could not run: what stopped it, the tool's error line, and what to do.
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../src/blocks.js';
import { auditProblem, installProblem, lockfileProblem } from '../../src/stages/audit.js';
import type { DbPlan } from '../../src/tools/advisory-db-checkout.js';

const FETCH_FAILED = [
  '    Fetching advisory database from `https://github.com/RustSec/advisory-db.git`',
  "error: couldn't fetch advisory database: git operation failed: failed to resolve address for github.com",
].join('\n');

const plan = (why: DbPlan['why']): DbPlan => ({ path: '/home/u/.cargo/rust-pipeline/advisory-db', fetch: true, why });

describe('the audit section says why the audit did not run', () => {
  it.each([
    [
      1,
      'the database fetch failed: the host, the URL, the audit-db input',
      auditProblem(plan('missing'), 1, FETCH_FAILED),
      [
        '❌ **The advisory database could not be fetched**, so no advisory was checked.',
        "<code>error: couldn't fetch advisory database",
        'could not be fetched from github.com (https://github.com/RustSec/advisory-db.git)',
        'give its path with the audit-db input',
        '<details><summary>its output</summary>',
      ],
    ],
    [
      2,
      'cargo audit failed otherwise: the exit code and its error line',
      auditProblem(plan('fetched today'), 2, 'error: parse error: Cargo.lock line 3'),
      ['❌ **cargo audit failed (exit 2) and gave no report**', '<code>error: parse error: Cargo.lock line 3</code>.'],
    ],
    [
      3,
      'cargo-audit could not be installed: the tool, what failed, the fixes',
      installProblem(
        '0.22.0',
        'Could not install cargo-audit 0.22.0: cargo install failed (exit 101):\nerror: failed to download\nTried: no verified sha256 for cargo-audit/0.22.0/x.tgz, so it is not downloaded.',
      ),
      [
        '❌ **cargo-audit 0.22.0 could not be installed**, so no advisory was checked.',
        '<code>Could not install cargo-audit 0.22.0: cargo install failed (exit 101):</code>',
        '<code>RUST&#95;PIPELINE&#95;TOOL&#95;CHECKSUMS</code>',
        '<code>cargo install --locked --version 0.22.0 cargo-audit</code>',
        'Tried: no verified sha256',
      ],
    ],
    [
      4,
      'no Cargo.lock and generate-lockfile failed',
      lockfileProblem('    Updating crates.io index\nerror: failed to get `serde` as a dependency'),
      [
        '**There is no Cargo.lock and cargo generate-lockfile failed**',
        '<code>error: failed to get &#96;serde&#96; as a dependency</code>',
      ],
    ],
  ])('%i: %s', (_n, _what, blocks, parts) => {
    const md = toMarkdown(blocks);
    for (const part of parts) expect(md).toContain(part);
  });
});
