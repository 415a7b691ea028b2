// What every step of the docker stage shares: one run's inputs, docker client, references and
// data, and the failure result that never carries the password.
import { scrubSecrets } from '../text.js';
import type { BuildData } from '../release/build-plan.js';
import { DockerClient } from '../release/docker-client.js';
import type { SmokeRow } from '../release/smoke.js';
import { result, stop, type Finding, type StageContext, type StageResult } from '../context.js';

/** A reference that reached the registry: the tag it carries, its digest when the registry gave one. */
export interface PushedRef {
  ref: string;
  tag: string;
  digest?: string;
  attempts: number;
}

/** Where the image comes from: a Dockerfile (the repository's, or one generated around the binary). */
export interface Source {
  dockerfile: string | undefined;
  context: string;
  generated: boolean;
  bd: BuildData | undefined;
  /** The generated Dockerfile's text (it is also shown in the summary). */
  generatedText?: string;
}

/** One image to build: its platform (undefined: the daemon's own), binary and local references. */
export interface PlatformImage {
  platform: string | undefined;
  /** The platform as the summary shows it. */
  label: string;
  binaryPath: string | undefined;
  refs: string[];
}

/** One docker stage run: what every step shares. */
export class DockerRun {
  readonly d: StageContext['inputs']['docker'];
  readonly password: string;
  readonly client: DockerClient;
  buildx = false;
  refs: string[] = [];
  tags: string[] = [];
  labels: [string, string][] = [];
  registries: string[] = [];
  policy = { push: false, reason: '' };
  /** The platform images (one, or one per platform under a manifest list). */
  images: PlatformImage[] = [];
  /** The smoke test of each platform image (summary rows). */
  smoke: SmokeRow[] = [];
  readonly data: Record<string, unknown> = {};

  constructor(readonly ctx: StageContext) {
    this.d = ctx.inputs.docker;
    this.password = this.d.password ?? '';
    if (this.password) ctx.log.secret(this.password);
    this.client = new DockerClient({
      exec: ctx.exec,
      log: ctx.log,
      profiler: ctx.profiler,
      cwd: ctx.cwd,
      env: ctx.env,
      retries: this.d.pushRetries,
      scrub: (s) => this.scrub(s),
    });
  }

  /** Nothing the stage reports may carry the password, even if a tool echoed it. */
  scrub(s: string): string {
    return scrubSecrets(s, [this.password]);
  }

  /** Stops the stage with a failure: one finding (scrubbed), plus what the stage can still report. */
  fail(
    summary: string,
    message: string,
    title = 'docker',
    extra: Partial<StageResult> = {},
  ): { ok: false; result: StageResult } {
    return stop(
      result('failure', summary, {
        ...extra,
        findings: [{ level: 'error', title, message: this.scrub(message) } satisfies Finding],
      }),
    );
  }

  /** Once the image is built, failures still report its references (they exist locally). */
  built(): Partial<StageResult> {
    return { outputs: { ...this.imageOutputs(), 'image-digest': '' }, data: this.data };
  }

  /** image-tags and image-platforms; several platforms also list their platform references. */
  imageOutputs(): Record<string, string> {
    const platforms = this.images.map((i) => i.label).join(',');
    if (this.images.length > 1) this.data.platformRefs = this.images.flatMap((i) => i.refs);
    return { 'image-tags': this.refs.join('\n'), 'image-platforms': platforms };
  }
}
