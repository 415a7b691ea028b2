import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Three projects, picked by path as before (`vitest run __tests__/unit` runs only the unit project):
//
// - unit: 76 files whose test bodies take ~12 s in all. A fresh worker and module graph per
//   file (vitest's default) cost more than the tests themselves (~37 s on 2 cores), so the unit
//   files share their workers and module graph (isolate: false) and run on as many worker threads
//   as there are cores, at least two (~11 s on 2 cores; one shared worker took ~19 s). What keeps
//   that safe: unit tests start no real service; __tests__/support/unit-setup.ts puts back, after
//   every test and every file, the process-wide state a test can change (spies, stubbed env and
//   globals, timers, the workflow-command guard of log-sink.ts, the input surface, rustup's cached
//   answers, process.exitCode), and fails the file that leaves process.env or process.exitCode
//   changed, naming what; a worker thread cannot change the working directory at all. Tests set
//   env through vi.stubEnv and spy through vi.spyOn, never by assignment, and do not vi.mock a
//   module other files import (a shared module graph would keep the mock).
// - integration and dist: each file in a fresh process (isolated), one file at a time, as before:
//   they drive real cargo and docker on a 2-core machine.
//
// Worker counts are per pool, not per project: unit runs in the threads pool, integration and
// dist in the forks pool, so each pool's count below applies to one kind only. sequence.groupOrder
// runs the unit files first and the others after them, never together. The threads pool keeps its
// workers for the whole run (minThreads = maxThreads): with fewer kept, an idle worker ended while
// the run closes sometimes failed the run with "Terminating worker thread".
const unitThreads = Math.max(2, availableParallelism());

export default defineConfig({
  test: {
    testTimeout: 300_000,
    hookTimeout: 600_000,
    reporters: ['default'],
    poolOptions: {
      // integration and dist: one fresh process per file, one at a time (what fileParallelism: false did).
      forks: { isolate: true, maxForks: 1, minForks: 1 },
      // unit: shared workers, no fresh module graph per file.
      threads: { isolate: false, maxThreads: unitThreads, minThreads: unitThreads },
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['__tests__/unit/**/*.test.ts'],
          pool: 'threads',
          isolate: false,
          setupFiles: ['__tests__/support/unit-setup.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['__tests__/integration/**/*.test.ts'],
          pool: 'forks',
          isolate: true,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'dist',
          include: ['__tests__/bundle/**/*.test.ts'],
          pool: 'forks',
          isolate: true,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
