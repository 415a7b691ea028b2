// The action's confinement of working-directory and coverage-dir to the checkout.
import { resolve } from 'node:path';
import { isInside, realPathOf } from '../paths.js';
import { InputError } from './errors.js';
import type { Inputs } from './types.js';

/** Whether `path` is `dir` or below it, following symbolic links where they exist. */
function isWithin(path: string, dir: string): boolean {
  return isInside(realPathOf(path), realPathOf(dir));
}

/**
 * In the action, the checkout is the workspace: working-directory and coverage-dir must stay
 * inside it (the action reads, writes and caches there). The CLI runs wherever it is pointed.
 */
export function checkInsideWorkspace(inputs: Inputs, workspace: string): void {
  if (!isWithin(inputs.workingDirectory, workspace))
    throw new InputError(
      'working-directory',
      inputs.workingDirectory,
      `it is outside the workspace ${JSON.stringify(workspace)}; give a directory of the checkout (relative to it).`,
    );
  const coverageDir = resolve(inputs.workingDirectory, inputs.coverage.dir);
  if (!isWithin(coverageDir, workspace))
    throw new InputError(
      'coverage-dir',
      inputs.coverage.dir,
      `it resolves to ${JSON.stringify(coverageDir)}, outside the workspace ${JSON.stringify(workspace)}; give a directory inside the checkout (relative to working-directory).`,
    );
}
