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
  '^src/(context|action-outputs|profiler|exec|text|state|clock|actions|stage-log|log-sink|child-env|blocks|paths)\\.ts$|^src/inputs/';
// What adapters and stages may take from src/inputs/: the validated Inputs' types, the names (specs),
// how a message names an input (errors) and the registry host check post shares; never the parser.
const INPUTS_FOR_ADAPTERS = '^src/inputs/(types|specs|errors|registry-host)\\.ts$';

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
    {
      name: 'inputs-parsed-once',
      comment:
        'The entry points parse the inputs; adapters and stages get the validated Inputs and never import the parser.',
      severity: 'error',
      from: { path: [ADAPTERS, STAGES].join('|') },
      to: { path: '^src/inputs/', pathNot: INPUTS_FOR_ADAPTERS },
    },
    { name: 'stages-point-down', severity: 'error', from: { path: STAGES }, to: above(PIPELINE, APP, ENTRY) },
    {
      name: 'stages-stand-alone',
      comment:
        'A stage does not import another stage; shared stage helpers live in stages/cargo-run.ts. A stage split ' +
        'by role keeps its parts in stages/<stage>-<role>.ts: stages/<stage>.ts and its parts import each other, no other stage does.',
      severity: 'error',
      from: { path: '^src/stages/([^/-]+)[^/]*\\.ts$', pathNot: '^src/stages/index\\.ts$' },
      to: { path: '^src/stages/', pathNot: '^src/stages/(cargo-run|$1|$1-[^/]+)\\.ts$' },
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
