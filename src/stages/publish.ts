// The publish stage: the GitHub Release of the tag, holding every archive the build stage made, the
// files beside them and SHA256SUMS. It runs after every other stage and publishes only when all of
// them passed; github-release decides on which events (release/publish-step.ts).
import type { BuildData } from '../release/build-plan.js';
import type { BuiltArchive } from '../release/publish.js';
import { publishStep } from '../release/publish-step.js';
import { result, type Stage, type StageContext, type StageResult } from '../context.js';

/** What the build stage hands over for a release (BuildData's release fields). */
type ReleaseData = BuildData & { archives?: BuiltArchive[]; checksums?: string; version?: string };

function failedEarlier(ctx: StageContext): string[] {
  return [...ctx.previous].filter(([, r]) => r.status === 'failure' || r.status === 'cancelled').map(([n]) => n);
}

export const publishStage: Stage = {
  name: 'publish',
  title: 'Publish (GitHub Release)',
  async run(ctx): Promise<StageResult> {
    const failed = failedEarlier(ctx);
    if (failed.length) return result('skipped', `not published: earlier stages failed (${failed.join(', ')})`);
    const build = ctx.previous.get('build');
    const data = build?.status === 'success' ? (build.data as ReleaseData | undefined) : undefined;
    if (!data)
      return result('failure', 'nothing to publish', {
        findings: [
          {
            level: 'error',
            title: 'stages',
            message: 'The publish stage needs the build stage: add "build" to the stages.',
          },
        ],
      });
    const { setting, token } = ctx.inputs.githubRelease;
    if (token) ctx.log.secret(token);
    const step = await publishStep({
      setting,
      ...(token ? { token } : {}),
      event: ctx.event,
      cargoVersion: data.package.version,
      archives: data.archives ?? [],
      ...(data.checksums ? { checksums: data.checksums } : {}),
      changelogDirs: [...new Set([ctx.cwd, ctx.repoRoot])],
      env: ctx.env,
      log: (m) => ctx.log.info(m),
    });
    return result(step.status, step.summary, {
      outputs: step.outputs,
      blocks: step.blocks,
      ...(step.outcome ? { data: step.outcome } : {}),
      findings: step.error ? [{ level: 'error', title: step.input ?? 'GitHub Release', message: step.error }] : [],
    });
  },
};
