// The one rule for the environment of every process this action starts (cargo, rustc, build
// scripts, proc macros, tests, installed tools, docker): what a plain `run:` step would get, and
// nothing the runner hands only to actions. Build scripts and tests are the repository's code; on a
// fork's pull request they are hostile. Only the cache worker gets the cache service's credentials.
// docs/security.md explains why each group is dropped, and what this cannot prevent.
import { INPUT_SPECS } from './inputs/specs.js';

/** Variables the cache worker (and only it) needs to talk to the cache service. */
export const CACHE_SERVICE_VARS = [
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_CACHE_URL',
  'ACTIONS_CACHE_MODE',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
] as const;

/** ACTIONS_* variables that are switches, not credentials: a `run:` step sees them too. */
const KEPT_ACTIONS_VARS = new Set(['ACTIONS_STEP_DEBUG', 'ACTIONS_RUNNER_DEBUG']);

/**
 * The step's own file commands. A child that could write them could forge this action's outputs
 * and summary (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), the state the post step reads (GITHUB_STATE),
 * or the environment and PATH of every later step, this action's post step included (GITHUB_ENV,
 * GITHUB_PATH: e.g. NODE_OPTIONS=--require …, run with the cache token in hand).
 */
export const STEP_FILE_COMMANDS = ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV', 'GITHUB_PATH'];

/** The CLI's variable for each input: docker-password → RUST_PIPELINE_DOCKER_PASSWORD. */
const CLI_INPUT_VARS = new Set(INPUT_SPECS.map((s) => `RUST_PIPELINE_${s.name.toUpperCase().replace(/-/g, '_')}`));

export interface ChildEnvOptions {
  /** Secret values (the docker password): no variable that holds one reaches a child, whatever its name. */
  secrets?: readonly (string | undefined)[];
}

/** Why a variable is kept from child processes; undefined when a child may see it. */
export function droppedBecause(name: string, value: string, secrets: readonly string[] = []): string | undefined {
  const upper = name.toUpperCase();
  if (upper.startsWith('ACTIONS_') && !KEPT_ACTIONS_VARS.has(upper)) return 'runner credential for actions';
  if (STEP_FILE_COMMANDS.includes(upper)) return "the step's file command";
  if (upper.startsWith('INPUT_')) return 'action input';
  if (upper.startsWith('STATE_')) return 'action state';
  // The CLI's inputs (RUST_PIPELINE_DOCKER_PASSWORD, …): inputs, like INPUT_*. Other RUST_PIPELINE_*
  // variables (the tool checksum table, the test clock) are settings the pipeline itself reads.
  if (CLI_INPUT_VARS.has(upper)) return 'command-line input';
  if (holdsSecret(value, secrets)) return 'holds a secret';
  return undefined;
}

/** A value equal to a secret, or one that embeds it (a secret of 4 characters or more: shorter ones match by chance). */
function holdsSecret(value: string, secrets: readonly string[]): boolean {
  return secrets.some((s) => s !== '' && (value === s || (s.length >= 4 && value.includes(s))));
}

function cleanSecrets(o: ChildEnvOptions): string[] {
  return (o.secrets ?? []).filter((s): s is string => typeof s === 'string' && s !== '');
}

/** The environment for every child process: `env` without what the runner gives only to actions. */
export function childEnv(env: NodeJS.ProcessEnv, o: ChildEnvOptions = {}): NodeJS.ProcessEnv {
  const secrets = cleanSecrets(o);
  const out: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue;
    if (droppedBecause(name, value, secrets) === undefined) out[name] = value;
  }
  return out;
}

/**
 * The environment for the cache worker: a child's environment plus the cache service's credentials,
 * taken from `env` or else from `credentials` (the runner's own environment, when `env` is already a
 * child's); never the docker password, even under a cache variable's name.
 */
export function cacheWorkerEnv(
  env: NodeJS.ProcessEnv,
  o: ChildEnvOptions & { credentials?: NodeJS.ProcessEnv } = {},
): NodeJS.ProcessEnv {
  const secrets = cleanSecrets(o);
  const out = childEnv(env, o);
  for (const name of CACHE_SERVICE_VARS) {
    const value = env[name] ?? o.credentials?.[name];
    if (value !== undefined && !holdsSecret(value, secrets)) out[name] = value;
  }
  return out;
}
