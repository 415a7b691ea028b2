// parseInputs: every input read, checked and turned into one Inputs. The release and scale-out
// inputs are parsed by parse-release.ts and parse-matrix.ts.
import { isAbsolute, resolve } from 'node:path';
import { resolveCacheDirectories } from './cache-directories.js';
import { InputError } from './errors.js';
import { parseFeatureSets } from './feature-sets.js';
import { parseMatrixInputs } from './parse-matrix.js';
import { cellBuild, parseBuild, parseDocker, parseGithubRelease } from './parse-release.js';
import { TOOLCHAIN, VERSION } from './patterns.js';
import { Reader, type InputSource } from './reader.js';
import { DENY_CHECKS, STAGES, type DenyCheck, type InputName, type StageName } from './specs.js';
import type { CacheSave, Inputs } from './types.js';

/**
 * Parses and validates every input. `baseDir` is what relative paths are resolved against
 * (GITHUB_WORKSPACE in the action, the current directory in the CLI); `env` says where the home
 * directory and CARGO_HOME are.
 */
export function parseInputs(source: InputSource, baseDir: string, env: NodeJS.ProcessEnv = process.env): Inputs {
  const r = new Reader(source);
  const wd = r.str('working-directory');
  const workingDirectory = isAbsolute(wd) ? wd : resolve(baseDir, wd);
  const testRunner = r.oneOf('test-runner', ['cargo', 'nextest'] as const);
  // A cell run tests only its own toolchain and feature set, and the other stages use them too.
  const { matrix, cell } = parseMatrixInputs(r, baseDir, testRunner);
  const toolchains = r.listMatching(
    'toolchains',
    TOOLCHAIN,
    (t) =>
      `"${t}" is not a toolchain name; allowed: stable, beta, nightly, a version like 1.80 or 1.80.1, optionally with a -YYYY-MM-DD date, msrv (the rust-version in Cargo.toml), or stable-N (N releases before stable, e.g. stable-2).`,
  );
  const featureSets = parseFeatureSets('feature-sets', r.str('feature-sets'));
  const resolvePath = (p: string | undefined): string | undefined =>
    p === undefined ? undefined : isAbsolute(p) ? p : resolve(workingDirectory, p);
  return {
    stages: parseStages(r),
    matrix,
    workingDirectory,
    toolchains: cell ? [cell.toolchain] : toolchains,
    featureSets: cell ? parseFeatureSets('cell', cell.features) : featureSets,
    parallel: r.bool('parallel'),
    failFast: r.bool('fail-fast'),
    testRunner,
    testArgs: r.words('test-args'),
    ...(cell ? { cell } : {}),
    clippyArgs: r.words('clippy-args'),
    clippyDenyWarnings: r.bool('clippy-deny-warnings'),
    maxAnnotations: r.int('max-annotations', 0, 1000),
    cache: {
      enabled: r.bool('cache'),
      sharedKey: r.str('shared-key'),
      keySuffix: r.str('cache-key-suffix'),
      onFailure: r.bool('cache-on-failure'),
      save: parseCacheSave(r.str('cache-save')),
      directories: resolveCacheDirectories(r.list('cache-directories'), {
        workspace: resolve(baseDir),
        workingDirectory,
        env,
      }),
      restoreTimeoutSeconds: r.int('cache-restore-timeout', 1, 3600),
    },
    coverage: {
      failUnder: r.percent('coverage-fail-under'),
      dir: r.str('coverage-dir'),
      args: r.words('tarpaulin-args'),
    },
    audit: {
      db: resolvePath(r.optional('audit-db')),
      ignore: r.listMatching(
        'audit-ignore',
        /^(RUSTSEC|CVE|GHSA)-[\w-]+$/,
        (id) => `"${id}" is not an advisory id; allowed: ids like RUSTSEC-2020-0071.`,
      ),
      denyWarnings: r.bool('audit-deny-warnings'),
    },
    tools: parseTools(r),
    // A release matrix's cell builds its own target.
    build: cell?.target ? cellBuild(parseBuild(r), cell.target) : parseBuild(r),
    deny: { config: resolvePath(r.optional('deny-config')), checks: parseDenyChecks(r) },
    docker: parseDocker(r, resolvePath),
    githubRelease: parseGithubRelease(r),
  };
}

function parseStages(r: Reader): StageName[] {
  const stageList = r.list('stages').map((s) => s.toLowerCase());
  if (stageList.length === 0) throw new InputError('stages', r.str('stages'), `allowed: ${STAGES.join(', ')}.`);
  for (const s of stageList) {
    if (!(STAGES as readonly string[]).includes(s)) {
      throw new InputError('stages', r.str('stages'), `unknown stage "${s}"; allowed: ${STAGES.join(', ')}.`);
    }
  }
  if (stageList.includes('publish') && !stageList.includes('build'))
    throw new InputError(
      'stages',
      r.str('stages'),
      'the publish stage publishes what the build stage makes: list build too.',
    );
  return STAGES.filter((s) => stageList.includes(s));
}

function parseTools(r: Reader): Inputs['tools'] {
  const mirror = r.optional('tool-mirror');
  if (mirror !== undefined && !/^(https?|file):\/\/\S+$/.test(mirror)) {
    throw new InputError('tool-mirror', mirror, 'allowed: an http(s):// or file:// URL, or empty.');
  }
  const toolVersion = (name: InputName): string => {
    const v = r.str(name);
    if (!VERSION.test(v)) throw new InputError(name, v, 'allowed: a version like 1.2.3.');
    return v;
  };
  return {
    mirror,
    versions: {
      'cargo-audit': toolVersion('cargo-audit-version'),
      'cargo-tarpaulin': toolVersion('cargo-tarpaulin-version'),
      'cargo-nextest': toolVersion('cargo-nextest-version'),
      'cargo-deny': toolVersion('cargo-deny-version'),
      'cargo-auditable': toolVersion('cargo-auditable-version'),
    },
  };
}

function parseDenyChecks(r: Reader): DenyCheck[] {
  const given = r.list('deny-checks');
  for (const c of given) {
    if (!(DENY_CHECKS as readonly string[]).includes(c)) {
      throw new InputError(
        'deny-checks',
        r.str('deny-checks'),
        `unknown check "${c}"; allowed: ${DENY_CHECKS.join(', ')}.`,
      );
    }
  }
  if (given.length === 0)
    throw new InputError('deny-checks', r.str('deny-checks'), `allowed: ${DENY_CHECKS.join(', ')}.`);
  return DENY_CHECKS.filter((c) => given.includes(c));
}

export function parseCacheSave(value: string): CacheSave {
  const v = value.trim().toLowerCase();
  if (v === 'auto' || v === 'always' || v === 'never' || v === 'true') return v;
  if (v === 'false') return 'never';
  throw new InputError('cache-save', value, 'allowed: auto, always, never, true or false.');
}
