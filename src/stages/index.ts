import type { StageName } from '../inputs/specs.js';
import { auditStage } from './audit.js';
import { clippyStage } from './clippy.js';
import { coverageStage } from './coverage.js';
import { denyStage } from './deny.js';
import { fmtStage } from './fmt.js';
import { testStage } from './test.js';
import type { Stage } from '../context.js';

/**
 * A stage whose module is loaded when it runs: the release stages carry the SBOM library, the
 * archive writers and the GitHub client, which a check run (fmt, clippy, test) never needs and
 * which cost every start of the action and the CLI their loading time. Its title is written here
 * (a test checks it against the module's).
 */
function loadedOnRun(name: StageName, title: string, load: () => Promise<Stage>): Stage {
  return { name, title, run: async (ctx) => (await load()).run(ctx) };
}

/** Every stage, by name (STAGES in inputs/specs.ts gives their order). */
export const STAGE_REGISTRY: Record<StageName, Stage> = {
  fmt: fmtStage,
  clippy: clippyStage,
  test: testStage,
  coverage: coverageStage,
  audit: auditStage,
  deny: denyStage,
  build: loadedOnRun('build', 'Build (release binary)', async () => (await import('./build.js')).buildStage),
  docker: loadedOnRun('docker', 'Docker image', async () => (await import('./docker.js')).dockerStage),
  publish: loadedOnRun('publish', 'Publish (GitHub Release)', async () => (await import('./publish.js')).publishStage),
};
