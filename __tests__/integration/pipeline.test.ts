// The built action, run as a runner runs it, on the fixture crates with real cargo.
import { OTHER_PHASE } from '../../src/profiler.js';
import { describe, expect, it } from 'vitest';
import { localAdvisoryDb, toolsOrSkip } from '../support/cargo-tools.js';
import { workspaces, readReport, runAction, type StepResult } from '../support/rig.js';

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

describe('overlapped stages (parallel: true) against one after another (parallel: false)', () => {
  const skip = toolsOrSkip('cargo-audit');
  const db = skip ? '' : localAdvisoryDb(workspace.temp('rp-advisory-db-'));
  const inputs = (parallel: string): Record<string, string> => ({
    stages: 'fmt, clippy, test, audit',
    'audit-db': db,
    cache: 'false',
    parallel,
  });
  /** What a run found and said: everything but timings and the report's own path. */
  const outcome = (step: StepResult): unknown =>
    JSON.parse(JSON.stringify(said(step)).replace(/\\?"ms\\?":\d+/g, 'ms'));
  const said = (step: StepResult) => {
    const report = readReport(step);
    const { report: _path, ...outputs } = step.outputs;
    return {
      code: step.code,
      outputs,
      annotations: step.annotations,
      stages: report.stages.map((s: { name: string; status: string; summary: string; findings: unknown[] }) => [
        s.name,
        s.status,
        s.summary,
        s.findings,
      ]),
    };
  };

  it.skipIf(skip !== undefined).each(['fmt-violation', 'clippy-warning', 'failing-test', 'vulnerable'])(
    '%s: the same findings, outputs and exit code both ways; logs grouped whole per stage',
    async (fixture) => {
      const [overlapped, inLine] = await Promise.all(
        (['true', 'false'] as const).map((parallel) =>
          runAction({ workspace: workspace(fixture), inputs: inputs(parallel), noPost: true }),
        ),
      );
      if (!overlapped || !inLine) throw new Error('both runs must return');
      expect(overlapped.main.code, overlapped.main.stdout).toBe(1);
      expect(outcome(overlapped.main)).toEqual(outcome(inLine.main));
      // Each stage's commands sit inside its own group, groups in pipeline order.
      for (const { main } of [overlapped, inLine]) {
        const groups = ['Format', 'Lint', 'Test', 'Security audit'].map((t) => main.stdout.indexOf(`::group::${t}`));
        expect(
          groups.every((g, i) => g >= 0 && (i === 0 || g > groups[i - 1]!)),
          main.stdout,
        ).toBe(true);
        const commands = ['[command]cargo fmt', '[command]cargo clippy', '[command]cargo test', '[command]cargo-audit'];
        commands.forEach((c, i) => {
          const at = main.stdout.indexOf(c);
          expect(at, c).toBeGreaterThan(groups[i]!);
          expect(at, c).toBeLessThan(groups[i + 1] ?? Infinity);
        });
      }
      // A chart for every run of more than one stage, overlapped or not, with the failed stage marked.
      for (const { main } of [overlapped, inLine]) {
        expect(main.summary).toContain('```mermaid\ngantt');
        expect(main.summary).toMatch(/ \(failed, [^)]*\) :crit, p\d+, \d+, \d+\n/);
      }
      // The wall time outside every phase is a row of its own in the profile (the shares add up to 100%).
      const phases = readReport(overlapped.main).phases.filter(
        (p: { depth: number; name: string }) => p.depth === 0 && p.name !== OTHER_PHASE,
      );
      expect(phases.map((p: { name: string }) => p.name)).toEqual([
        'inputs',
        'cache restore',
        'stage: fmt',
        'stage: clippy',
        'stage: test',
        'stage: audit',
        'report',
      ]);
    },
    240_000,
  );
});
