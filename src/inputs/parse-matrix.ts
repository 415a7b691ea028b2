// The scale-out inputs: mode, the runner labels and shards of a plan, the cell a job runs, and the
// reports and planned matrix of a merge.
import { isAbsolute, resolve } from 'node:path';
import { InputError } from './errors.js';
import { parseCellObject, parseJson, parsePlannedMatrix } from './matrix-cell.js';
import { RUNNER_LABEL } from './patterns.js';
import type { Reader } from './reader.js';
import { MAX_PARTITIONS, MODES } from './specs.js';
import type { Inputs, MatrixCell, MatrixInputs } from './types.js';

/** The matrix inputs, and the cell this job runs when the cell input is set. */
export function parseMatrixInputs(
  r: Reader,
  baseDir: string,
  testRunner: Inputs['testRunner'],
): { matrix: MatrixInputs; cell?: MatrixCell } {
  const mode = r.oneOf('mode', MODES);
  const os = r.list('os');
  for (const label of os) {
    if (!RUNNER_LABEL.test(label))
      throw new InputError('os', r.str('os'), `"${label}" is not a runner label; allowed: labels like ubuntu-latest.`);
  }
  if (new Set(os).size !== os.length) throw new InputError('os', r.str('os'), 'a runner label is listed twice.');
  const partitions = r.int('partitions', 1, MAX_PARTITIONS);
  if (partitions > 1 && testRunner !== 'nextest') {
    throw new InputError(
      'partitions',
      r.str('partitions'),
      'allowed: 1 with test-runner: cargo; shards need test-runner: nextest (cargo test cannot split a test run).',
    );
  }
  const rawCell = r.optional('cell');
  const cell = rawCell === undefined ? undefined : parseCellObject('cell', rawCell, parseJson('cell', rawCell));
  if (cell?.partition && testRunner !== 'nextest') {
    throw new InputError(
      'cell',
      rawCell!,
      `the cell is shard ${cell.partition.index}/${cell.partition.count} but test-runner is "${testRunner}"; allowed: shards with test-runner: nextest (as in the plan step).`,
    );
  }
  const reports = r.optional('reports');
  if (mode === 'merge' && reports === undefined) {
    throw new InputError(
      'reports',
      '',
      'mode: merge needs the folder or glob of the cell jobs\' JSON reports, e.g. "reports" (where actions/download-artifact put them).',
    );
  }
  const rawMatrix = r.optional('matrix');
  return {
    matrix: {
      mode,
      os,
      partitions,
      ...(reports !== undefined ? { reports: isAbsolute(reports) ? reports : resolve(baseDir, reports) } : {}),
      ...(rawMatrix !== undefined ? { planned: parsePlannedMatrix(rawMatrix) } : {}),
    },
    ...(cell ? { cell } : {}),
  };
}
