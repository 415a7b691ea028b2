// One cell of the test matrix with a scripted cargo: how the results of its commands combine.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExecResult } from '../../src/exec.js';
import { runCell } from '../../src/stages/test.js';
import type { StageContext } from '../../src/context.js';
import { scriptedExec, stageContext } from '../support/fakes.js';

const captured = (name: string): string => readFileSync(join(__dirname, 'captured', name), 'utf8');

/** A context whose exec answers by the command's first argument (or program, for a tool run by path). */
function cellContext(answers: Record<string, Partial<ExecResult>>): { ctx: StageContext; ran: () => string[] } {
  const cwd = mkdtempSync(join(tmpdir(), 'rp-cell-'));
  const cargo = scriptedExec([[() => true, (call) => answers[call.cmd === 'cargo' ? call.args[0]! : call.cmd] ?? {}]]);
  return { ctx: stageContext({ cwd, tempDir: cwd, toolDir: cwd, exec: cargo.exec }), ran: cargo.lines };
}

describe('runCell with the nextest runner', () => {
  const features = { label: 'default', args: [] };
  const noLibrary = { code: 101, stderr: 'error: no library targets found in package `app`\n' };

  it('a package without a library: the doc test step does not fail a green cell', async () => {
    const { ctx, ran } = cellContext({
      '/tools/cargo-nextest': { code: 0, stderr: '     Summary [   0.010s] 2 tests run: 2 passed, 0 skipped\n' },
      test: noLibrary,
    });
    const { cell, findings } = await runCell(ctx, 'stable', features, 'nextest', false, {
      path: '/tools/cargo-nextest',
    } as never);
    expect(ran()).toEqual([
      'cargo metadata --format-version 1 --no-deps',
      '/tools/cargo-nextest nextest run --workspace --no-fail-fast',
      'cargo test --doc --workspace --no-fail-fast --message-format=json-render-diagnostics',
    ]);
    expect(cell).toMatchObject({ status: 'success', passed: 2, failed: 0 });
    expect(findings).toEqual([]);
  });

  it('a package without a library: a build error of nextest run still fails the cell', async () => {
    const { ctx } = cellContext({
      '/tools/cargo-nextest': { code: 101, stderr: captured('cargo-test-build-error.txt') },
      test: noLibrary,
    });
    const { cell, findings } = await runCell(ctx, 'stable', features, 'nextest', false, {
      path: '/tools/cargo-nextest',
    } as never);
    expect(cell.status).toBe('failure');
    expect(cell.error).toBe('build failed: cannot find value `missing` in this scope');
    expect(findings.map((f) => f.title)).toEqual([
      'error[E0425] (stable / default)',
      'error[E0308] (stable / default)',
    ]);
  });
});
