// Runs before each unit test file. The unit project shares its workers and module graph between
// files (vitest.config.ts: isolate false), so what one file changes in the process or in a module's
// state, the next file on that worker would see. This puts back, after every test and every file,
// the process-wide state a unit test can change; and it fails the file that leaves process.env or
// process.exitCode changed, naming what, so a leak shows at its source instead of as a flaky test
// in whichever file runs next. (The unit files run on worker threads, where process.chdir throws:
// no test can leave the working directory changed.)
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { setInputSurface } from '../../src/inputs/errors.js';
import { closeGuard, guardWorkflowCommands } from '../../src/log-sink.js';
import { forgetInstalledToolchains } from '../../src/toolchain.js';

let envAtStart: Record<string, string | undefined> = {};

beforeAll(() => {
  envAtStart = { ...process.env };
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

afterAll(() => {
  // Module state: the workflow-command guard back to writing straight through (an empty token is
  // no token, as in the CLI), messages naming action inputs, rustup's answers forgotten.
  closeGuard();
  guardWorkflowCommands('');
  setInputSurface('action');
  forgetInstalledToolchains();

  const leaks: string[] = [];
  // vitest sets its own VITEST_* variables per file.
  const keys = new Set(
    [...Object.keys(envAtStart), ...Object.keys(process.env)].filter((k) => !k.startsWith('VITEST')),
  );
  for (const k of keys) {
    if (process.env[k] === envAtStart[k]) continue;
    leaks.push(`process.env.${k}`);
    if (envAtStart[k] === undefined) delete process.env[k];
    else process.env[k] = envAtStart[k];
  }
  if (process.exitCode !== undefined && process.exitCode !== 0) {
    leaks.push(`process.exitCode (${process.exitCode})`);
  }
  process.exitCode = undefined;
  if (leaks.length > 0) throw new Error(`This file left ${leaks.join(', ')} changed: restore it in the test.`);
});
