import type { StageName } from '../inputs.js';
import { buildStage } from './build.js';
import { clippyStage } from './clippy.js';
import { dockerStage } from './docker.js';
import { fmtStage } from './fmt.js';
import { testStage } from './test.js';
import type { Stage } from './types.js';

/** Every stage, by name (STAGES in inputs.ts gives their order). */
export const STAGE_REGISTRY: Record<StageName, Stage> = {
  fmt: fmtStage,
  clippy: clippyStage,
  test: testStage,
  build: buildStage,
  docker: dockerStage,
};
