// The schema of one planned matrix cell: the cell input, and each entry of the matrix input.
import { InputError } from './errors.js';
import { parseFeatureSets } from './feature-sets.js';
import { RUNNER_LABEL, TOOLCHAIN, TRIPLE } from './patterns.js';
import { MAX_PARTITIONS } from './specs.js';
import { cellName, type MatrixCell } from './types.js';

const CELL_HELP = 'allowed: one entry of the planned matrix as JSON, e.g. ${{ toJSON(matrix) }}';

/**
 * Validates one matrix entry (the cell input, or an entry of the matrix input). Fields GitHub adds
 * to toJSON(matrix), or that a workflow adds to an include entry, are ignored.
 */
export function parseCellObject(input: 'cell' | 'matrix', raw: string, doc: unknown): MatrixCell {
  const where = input === 'cell' ? '' : ` in entry ${JSON.stringify(doc)}`;
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new InputError(input, raw, `expected a JSON object${where}; ${CELL_HELP}.`);
  }
  const o = doc as Record<string, unknown>;
  const text = (key: string): string => {
    const v = o[key];
    if (typeof v !== 'string' || v.trim() === '')
      throw new InputError(input, raw, `the field "${key}" is missing or not a string${where}; ${CELL_HELP}.`);
    return v.trim();
  };
  const os = text('os');
  const toolchain = text('toolchain');
  const features = text('features');
  if (!RUNNER_LABEL.test(os)) throw new InputError(input, raw, `"${os}" is not a runner label${where}.`);
  if (!TOOLCHAIN.test(toolchain)) throw new InputError(input, raw, `"${toolchain}" is not a toolchain name${where}.`);
  if (parseFeatureSets(input, features).length !== 1) {
    throw new InputError(input, raw, `"${features}" is more than one feature set${where}; a cell has one.`);
  }
  const partition = parsePartition(input, raw, o.partition, where);
  const writer = o.cacheWriter;
  if (writer !== undefined && typeof writer !== 'boolean')
    throw new InputError(input, raw, `the field "cacheWriter" must be true or false${where}.`);
  const target = o.target;
  if (target !== undefined && (typeof target !== 'string' || !TRIPLE.test(target)))
    throw new InputError(
      input,
      raw,
      `the field "target" must be a target triple such as x86_64-unknown-linux-musl${where}.`,
    );
  const cell = { os, toolchain, features: features.replace(/\s*\+\s*/g, '+'), ...(partition ? { partition } : {}) };
  const name = typeof o.name === 'string' && o.name.trim() !== '' ? o.name.trim() : cellName(cell);
  return { name, ...cell, cacheWriter: writer === true, ...(target !== undefined ? { target } : {}) };
}

function parsePartition(input: 'cell' | 'matrix', raw: string, p: unknown, where: string): MatrixCell['partition'] {
  if (p === undefined || p === null) return undefined;
  const { index, count } = (typeof p === 'object' ? p : {}) as Record<string, unknown>;
  const whole = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n);
  if (!whole(index) || !whole(count) || index < 1 || index > count || count > MAX_PARTITIONS) {
    throw new InputError(
      input,
      raw,
      `the field "partition" must be {"index": k, "count": N} with 1 ≤ k ≤ N ≤ ${MAX_PARTITIONS}${where}.`,
    );
  }
  return count > 1 ? { index, count } : undefined;
}

export function parseJson(input: 'cell' | 'matrix', raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (e) {
    throw new InputError(input, raw, `not valid JSON (${(e as Error).message}); ${CELL_HELP}.`);
  }
}

/** The planned matrix (`{"include": [...]}` as mode: plan sets it, or a bare list of entries). */
export function parsePlannedMatrix(raw: string): MatrixCell[] {
  const doc = parseJson('matrix', raw);
  const list = Array.isArray(doc) ? doc : (doc as { include?: unknown } | null)?.include;
  if (!Array.isArray(list)) {
    throw new InputError('matrix', raw, 'allowed: the matrix output of a mode: plan step, {"include": [...]}.');
  }
  return list.map((entry) => parseCellObject('matrix', raw, entry));
}
