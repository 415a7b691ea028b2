// The release inputs: the build stage's targets, binary and archive files, the docker stage's
// images, tags, registry and smoke test, and the GitHub Release.
import { isAbsolute } from 'node:path';
import { InputError } from './errors.js';
import { IMAGE, KEY_VALUE, TAG, TRIPLE } from './patterns.js';
import type { Reader } from './reader.js';
import { isRegistryHost } from './registry-host.js';
import type { InputName } from './specs.js';
import type { Inputs, SmokeInputs } from './types.js';

/** The build of a release cell: its one target (as target, and as targets where that list exists). */
export function cellBuild(build: Inputs['build'], target: string): Inputs['build'] {
  return { ...build, target, ...('targets' in build ? { targets: [target] } : {}) };
}

/** github-release and github-token; outside Actions the token's default expression is not a token. */
export function parseGithubRelease(r: Reader): Inputs['githubRelease'] {
  const token = r.optional('github-token');
  return {
    setting: r.tristate('github-release'),
    ...(token !== undefined && !token.startsWith('${{') ? { token } : {}),
  };
}

/** Items of a comma/newline list where an empty item (`a,,b`) is an error rather than dropped. */
function strictList(r: Reader, name: InputName, what: string): string[] {
  const raw = r.str(name);
  if (raw === '') return [];
  const items = raw.split(/[,\n]/).map((s) => s.trim());
  if (items.some((i) => i === '')) throw new InputError(name, raw, `an entry is empty; allowed: ${what}.`);
  return items;
}

function parseTargets(r: Reader): string[] {
  const allowed =
    'target triples such as x86_64-unknown-linux-musl, aarch64-unknown-linux-gnu, separated by commas or newlines';
  const targets = strictList(r, 'targets', allowed);
  const bad = targets.find((t) => !TRIPLE.test(t));
  if (bad !== undefined) throw new InputError('targets', bad, `not a target triple; allowed: ${allowed}.`);
  const dup = targets.find((t, i) => targets.indexOf(t) !== i);
  if (dup !== undefined) throw new InputError('targets', r.str('targets'), `${dup} is listed twice.`);
  const target = r.optional('target');
  if (target !== undefined && !TRIPLE.test(target)) {
    throw new InputError(
      'target',
      target,
      'allowed: a target triple such as x86_64-unknown-linux-musl, or empty for the host.',
    );
  }
  if (target !== undefined && targets.length > 0)
    throw new InputError('targets', r.str('targets'), `set either target (${target}) or targets, not both.`);
  return target !== undefined ? [target] : targets;
}

function parseArchiveFiles(r: Reader): string[] | undefined {
  const files = strictList(r, 'archive-files', "paths relative to the package's directory");
  const bad = files.find((f) => isAbsolute(f) || f.split(/[\\/]/).includes('..'));
  if (bad !== undefined)
    throw new InputError('archive-files', bad, 'allowed: a path inside the package\'s directory (relative, no "..").');
  return files.length ? files : undefined;
}

export function parseBuild(r: Reader): Inputs['build'] {
  const targets = parseTargets(r);
  const bin = r.optional('bin');
  if (bin !== undefined && !/^[A-Za-z0-9_][A-Za-z0-9_-]*$/.test(bin)) {
    throw new InputError('bin', bin, 'allowed: the name of a [[bin]] target (letters, digits, "_" and "-").');
  }
  const archiveFiles = parseArchiveFiles(r);
  return {
    ...(targets[0] !== undefined ? { target: targets[0] } : {}),
    targets,
    static: r.tristate('static'),
    profile: r.oneOf('profile', ['release', 'size'] as const),
    bin,
    ...(archiveFiles ? { archiveFiles } : {}),
    auditable: r.bool('auditable'),
  };
}

export function parseDocker(r: Reader, resolvePath: (p: string | undefined) => string | undefined): Inputs['docker'] {
  const images = r.listMatching(
    'docker-image',
    IMAGE,
    (image) =>
      `"${image}" is not an image name; allowed: lower-case names like ghcr.io/acme/svc or localhost:5000/app, without a tag.`,
  );
  const { tags, replaceTags } = parseDockerTags(r);
  for (const name of ['docker-build-args', 'docker-labels'] as const) {
    for (const line of r.lines(name)) {
      if (!KEY_VALUE.test(line)) throw new InputError(name, line, 'allowed: one KEY=VALUE per line.');
    }
  }
  return {
    images,
    dockerfile: resolvePath(r.optional('dockerfile')),
    context: resolvePath(r.optional('docker-context')),
    buildArgs: r.lines('docker-build-args'),
    labels: r.lines('docker-labels'),
    platforms: r.listMatching(
      'docker-platforms',
      /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/,
      (p) => `"${p}" is not a platform; allowed: os/arch[/variant], e.g. linux/amd64.`,
    ),
    tags,
    replaceTags,
    push: r.tristate('push'),
    registry: dockerRegistry(r),
    username: r.optional('docker-username'),
    password: r.optional('docker-password'),
    pushRetries: r.int('push-retries', 0, 10),
    smoke: parseSmoke(r),
  };
}

function parseSmoke(r: Reader): SmokeInputs {
  const healthPath = r.str('health-path');
  if (!/^\/[\x21-\x7e]*$/.test(healthPath))
    throw new InputError('health-path', healthPath, 'allowed: a path starting with "/", without spaces, e.g. /health.');
  const port = r.optional('health-port');
  return {
    mode: r.oneOf('smoke-test', ['auto', 'none', 'http', 'command'] as const),
    healthPath,
    ...(port !== undefined ? { healthPort: r.int('health-port', 1, 65535) } : {}),
    healthTimeoutSeconds: r.int('health-timeout', 1, 600),
    stopTimeoutSeconds: r.int('stop-timeout', 0, 300),
    args: r.words('smoke-args'),
  };
}

/** docker-tags: extra tags, or with a leading "!" the only tags. */
function parseDockerTags(r: Reader): { tags: string[]; replaceTags: boolean } {
  const rawTags = r.list('docker-tags');
  const replaceTags = rawTags.length > 0 && rawTags[0]!.startsWith('!');
  const tags = rawTags.map((t, i) => (i === 0 && replaceTags ? t.slice(1).trim() : t)).filter(Boolean);
  for (const tag of tags) {
    if (!TAG.test(tag))
      throw new InputError(
        'docker-tags',
        r.str('docker-tags'),
        `"${tag}" is not a valid tag; allowed: letters, digits, "_", "." and "-", at most 128, not starting with "." or "-".`,
      );
  }
  return { tags, replaceTags };
}

function dockerRegistry(r: Reader): string | undefined {
  const v = r.optional('docker-registry');
  if (v !== undefined && !isRegistryHost(v))
    throw new InputError(
      'docker-registry',
      v,
      'allowed: a registry host, optionally with a port (ghcr.io, registry.example.com:5000, 127.0.0.1:5000), without https:// or a path; or empty to derive it from docker-image.',
    );
  return v;
}
