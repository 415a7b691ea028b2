import type { StageName } from '../inputs/specs.js';
import { auditStage } from './audit.js';
import { buildStage } from './build.js';
import { clippyStage } from './clippy.js';
import { coverageStage } from './coverage.js';
import { denyStage } from './deny.js';
import { dockerStage } from './docker.js';
import { fmtStage } from './fmt.js';
import { publishStage } from './publish.js';
import { testStage } from './test.js';
import type { Stage } from '../context.js';

/** Every stage, by name (STAGES in inputs/specs.ts gives their order). */
export const STAGE_REGISTRY: Record<StageName, Stage> = {
  fmt: fmtStage,
  clippy: clippyStage,
  test: testStage,
  coverage: coverageStage,
  audit: auditStage,
  deny: denyStage,
  build: buildStage,
  docker: dockerStage,
  publish: publishStage,
};
