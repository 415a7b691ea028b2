// What the action and the CLI share around the pipeline: cancellation on signals, and the
// report written at the end whatever happened.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { cancelAll } from './exec.js';
import type { RunReport } from './context.js';
import { jsonReport } from './report/summary.js';

/** Longest time between a SIGINT/SIGTERM and the process exiting. */
export const CANCEL_DEADLINE_MS = 4500;

/**
 * On SIGINT or SIGTERM: stop every child process group, let the pipeline write its report with the
 * running stage marked cancelled, and exit non-zero within CANCEL_DEADLINE_MS whatever happens.
 */
export function installCancellation(onSignal: (signal: NodeJS.Signals) => void): void {
  let seen = false;
  const handler = (signal: NodeJS.Signals): void => {
    if (seen) return;
    seen = true;
    onSignal(signal);
    setTimeout(() => process.exit(signal === 'SIGINT' ? 130 : 143), CANCEL_DEADLINE_MS).unref();
    void cancelAll();
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}

export function writeJsonReport(path: string, report: RunReport): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(jsonReport(report), null, 2)}\n`);
}
