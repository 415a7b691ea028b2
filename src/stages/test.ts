import { testCommand } from '../cargo/commands.js';
import { parseLibtest, type TestReport } from '../cargo/libtest.js';
import { repoRelative } from '../cargo/paths.js';
import { isCancelled } from '../exec.js';
import { formatMs } from '../profiler.js';
import { hasLockfile, runCargo } from './cargo-run.js';
import { lastLines } from './fmt.js';
import { result, type Finding, type Stage, type StageStatus } from './types.js';

export interface CellResult {
  toolchain: string;
  features: string;
  status: StageStatus;
  passed: number;
  failed: number;
  ignored: number;
  ms: number;
  failures: { name: string; file?: string; line?: number }[];
}

export const testStage: Stage = {
  name: 'test',
  title: 'Test (cargo test)',
  async run(ctx) {
    const cells: CellResult[] = [];
    const findings: Finding[] = [];
    const locked = hasLockfile(ctx);
    let stop = false;
    for (const toolchain of ctx.toolchains) {
      for (const features of ctx.inputs.featureSets) {
        const label = `${toolchain} / ${features.label}`;
        if (stop || isCancelled()) {
          cells.push({ toolchain, features: features.label, status: isCancelled() ? 'cancelled' : 'skipped', passed: 0, failed: 0, ignored: 0, ms: 0, failures: [] });
          continue;
        }
        const cmd = testCommand({ locked, features, extra: ctx.inputs.testArgs });
        const res = await ctx.profiler.measure(label, () =>
          ctx.log.group(`cargo test (${label})`, () => runCargo(ctx, cmd, toolchain === 'default' ? undefined : toolchain)),
        );
        const report: TestReport = parseLibtest(res.stdout + '\n' + res.stderr);
        const status: StageStatus = res.killed ? 'cancelled' : res.code === 0 ? 'success' : 'failure';
        const cell: CellResult = {
          toolchain,
          features: features.label,
          status,
          passed: report.passed,
          failed: report.failed,
          ignored: report.ignored,
          ms: res.ms,
          failures: [],
        };
        for (const f of report.failures) {
          const file = f.file ? repoRelative(f.file, ctx.cwd, ctx.repoRoot) : undefined;
          cell.failures.push({ name: f.name, ...(file ? { file, line: f.line } : {}) });
          findings.push({
            level: 'error',
            title: `test failed: ${f.name} (${label})`,
            message: f.message ?? `${f.name} failed`,
            ...(file && f.line ? { file, line: f.line, column: f.column } : {}),
          });
        }
        if (status === 'failure' && report.failures.length === 0) {
          findings.push({ level: 'error', title: `cargo test failed (${label})`, message: lastLines(res.stderr) });
        }
        cells.push(cell);
        if (status === 'failure' && ctx.inputs.failFast) stop = true;
      }
    }
    const total = cells.reduce((a, c) => ({ passed: a.passed + c.passed, failed: a.failed + c.failed, ignored: a.ignored + c.ignored }), { passed: 0, failed: 0, ignored: 0 });
    const status: StageStatus = cells.some((c) => c.status === 'cancelled')
      ? 'cancelled'
      : cells.some((c) => c.status === 'failure')
        ? 'failure'
        : 'success';
    const counts = { ...total, cells: cells.map(({ failures: _f, ...c }) => c) };
    return result(status, `${total.passed} passed, ${total.failed} failed, ${total.ignored} ignored`, {
      findings,
      outputs: { 'test-counts': JSON.stringify(counts) },
      blocks: [
        {
          kind: 'table',
          header: ['toolchain', 'features', 'result', 'passed', 'failed', 'ignored', 'time'],
          align: ['left', 'left', 'left', 'right', 'right', 'right', 'right'],
          rows: cells.map((c) => [c.toolchain, c.features, c.status, String(c.passed), String(c.failed), String(c.ignored), formatMs(c.ms)]),
        },
      ],
      data: { ...counts, cells },
    });
  },
};
