// The built action, run as a runner runs it, on the fixture crates with real cargo.
import { describe, expect, it } from 'vitest';
import { workspaces, readReport, runAction } from '../support/rig.js';

const workspace = workspaces();

describe('fmt, clippy and test on the fixtures', () => {
  it('clean crate: every stage passes, outputs and summary say so', async () => {
    const { main, post } = await runAction({ workspace: workspace('clean') });
    expect(main.code, main.stdout).toBe(0);
    expect(main.outputs.result).toBe('success');
    expect(main.outputs['failed-stages']).toBe('');
    expect(main.annotations.filter((a) => a.level === 'error')).toEqual([]);
    const counts = JSON.parse(main.outputs['test-counts']!);
    // unit test + doc test pass, one ignored
    expect(counts).toMatchObject({ passed: 2, failed: 0, ignored: 1 });
    expect(main.summary).toContain('rust-pipeline: ✅ passed');
    expect(main.summary).toMatch(/\| fmt \| ✅ success \|/);
    expect(main.summary).toContain('Phase profile');
    expect(main.summary).toMatch(/\| stage: test \| [\d.]+ (ms|s) \| \d+\.\d% \|/);
    const report = readReport(main);
    expect(report.result).toBe('success');
    expect(report.stages.map((s: { name: string }) => s.name)).toEqual(['fmt', 'clippy', 'test']);
    expect(post?.code).toBe(0);
  });

  it('fmt violation: only fmt fails, with an annotation on the unformatted line', async () => {
    const { main } = await runAction({ workspace: workspace('fmt-violation') });
    expect(main.code).toBe(1);
    expect(main.outputs.result).toBe('failure');
    expect(main.outputs['failed-stages']).toBe('fmt');
    const errors = main.annotations.filter((a) => a.level === 'error' && a.title === 'rustfmt');
    // rustfmt's hunk starts at line 3 (context); the first line it changes is 6.
    expect(errors.map((a) => [a.file, a.line])).toEqual([['src/lib.rs', 6]]);
    expect(main.summary).toContain('rustfmt diff');
    expect(main.stdout).toContain('::error::Failed stages: fmt.');
  });

  it('clippy warning: clippy fails (warnings denied) and names the lint on its line', async () => {
    const { main } = await runAction({ workspace: workspace('clippy-warning') });
    expect(main.outputs['failed-stages']).toBe('clippy');
    const lint = main.annotations.find((a) => a.title === 'clippy::needless_return');
    expect(lint).toMatchObject({ level: 'error', file: 'src/lib.rs', line: 3 });
  });

  it('clippy warning with clippy-deny-warnings false: a warning annotation, the stage passes', async () => {
    const { main } = await runAction({
      workspace: workspace('clippy-warning'),
      inputs: { 'clippy-deny-warnings': 'false' },
    });
    expect(main.code).toBe(0);
    const lint = main.annotations.find((a) => a.title === 'clippy::needless_return');
    expect(lint).toMatchObject({ level: 'warning', file: 'src/lib.rs', line: 3 });
  });

  it('failing test: test fails, later stages still ran, the panic location is annotated', async () => {
    const { main } = await runAction({ workspace: workspace('failing-test'), inputs: { stages: 'test, fmt' } });
    expect(main.outputs['failed-stages']).toBe('test');
    const report = readReport(main);
    expect(report.stages.map((s: { name: string; status: string }) => [s.name, s.status])).toEqual([
      ['fmt', 'success'],
      ['test', 'failure'],
    ]);
    const failed = main.annotations.find((a) => a.title?.startsWith('test failed: tests::average_rounds_up'));
    expect(failed).toMatchObject({ level: 'error', file: 'src/lib.rs', line: 17 });
    expect(JSON.parse(main.outputs['test-counts']!)).toMatchObject({ passed: 1, failed: 1 });
  });
});
