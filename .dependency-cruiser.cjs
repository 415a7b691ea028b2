// The one-way rule of docs/architecture.md, checked on every test run (npm run deps:check):
//   entry points → app (report rendering) → pipeline → stages → adapters → base
// A module may import its own layer's neighbours and any layer below it, never one above.
// Every folder is one layer; the files at the top of src/ say their layer by name below.
const ENTRY = '^src/(main|post|cli|cache-worker)\\.ts$';
const APP = '^src/(app|modes)\\.ts$|^src/report/';
const PIPELINE = '^src/pipeline\\.ts$';
const STAGES = '^src/stages/';
const ADAPTERS = '^src/(cargo|release|tools|cache|matrix)/|^src/toolchain\\.ts$';
const BASE =
  '^src/(context|inputs|action-outputs|profiler|exec|text|state|clock|actions|stage-log|log-sink|child-env|blocks|paths)\\.ts$';

const above = (...layers) => ({ path: layers.join('|') });

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'base-stays-base',
      comment: 'Base modules (shared words, exec, text helpers) import only other base modules.',
      severity: 'error',
      from: { path: BASE },
      to: { path: '^src/', pathNot: BASE },
    },
    {
      name: 'adapters-point-down',
      severity: 'error',
      from: { path: ADAPTERS },
      to: above(STAGES, PIPELINE, APP, ENTRY),
    },
    { name: 'stages-point-down', severity: 'error', from: { path: STAGES }, to: above(PIPELINE, APP, ENTRY) },
    {
      name: 'stages-stand-alone',
      comment:
        'A stage does not import another stage; shared stage helpers live in stages/cargo-run.ts, and the ' +
        'helpers of one stage in stages/<stage>-<role>.ts, imported by that stage (and its other helpers) only.',
      severity: 'error',
      from: { path: '^src/stages/([^/-]+)[^/]*\\.ts$', pathNot: '^src/stages/index\\.ts$' },
      to: { path: '^src/stages/', pathNot: '^src/stages/(cargo-run|$1-[^/]+)\\.ts$' },
    },
    { name: 'pipeline-points-down', severity: 'error', from: { path: PIPELINE }, to: above(APP, ENTRY) },
    { name: 'app-points-down', severity: 'error', from: { path: APP }, to: above(ENTRY) },
    {
      name: 'every-module-has-a-layer',
      severity: 'error',
      from: { path: '^src/', pathNot: [ENTRY, APP, PIPELINE, STAGES, ADAPTERS, BASE].join('|') },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
