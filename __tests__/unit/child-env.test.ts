import { describe, expect, test } from 'vitest';
import { cacheWorkerEnv, childEnv, droppedBecause } from '../../src/child-env.js';

const PASSWORD = 'hunter2-registry-token';

describe('the environment of every child process', () => {
  test.each([
    // [name, value, reaches a child]
    ['ACTIONS_RUNTIME_TOKEN', 'jwt', false],
    ['ACTIONS_RUNTIME_URL', 'https://pipelines.example/', false],
    ['ACTIONS_CACHE_URL', 'https://artifactcache.example/', false],
    ['ACTIONS_RESULTS_URL', 'https://results.example/', false],
    ['ACTIONS_CACHE_SERVICE_V2', 'true', false],
    ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'oidc', false],
    ['ACTIONS_ID_TOKEN_REQUEST_URL', 'https://oidc.example/', false],
    ['actions_runtime_token', 'lower-case spelling', false],
    ['ACTIONS_STEP_DEBUG', 'true', true],
    ['ACTIONS_RUNNER_DEBUG', 'true', true],
    ['GITHUB_STATE', '/runner/_temp/_runner_file_commands/save_state_1', false],
    ['GITHUB_OUTPUT', '/runner/_temp/_runner_file_commands/set_output_1', false],
    ['GITHUB_STEP_SUMMARY', '/runner/_temp/_runner_file_commands/step_summary_1', false],
    ['GITHUB_ENV', '/runner/_temp/_runner_file_commands/set_env_1', false],
    ['GITHUB_PATH', '/runner/_temp/_runner_file_commands/add_path_1', false],
    ['INPUT_DOCKER-PASSWORD', PASSWORD, false],
    ['INPUT_STAGES', 'test', false],
    ['STATE_docker-config', '/tmp/x', false],
    ['STATE_CACHE_KEY', 'k', false],
    ['RUST_PIPELINE_DOCKER_PASSWORD', PASSWORD, false],
    ['RUST_PIPELINE_STAGES', 'test', false],
    ['INPUT_GITHUB-TOKEN', 'ghs_release_token', false],
    ['RUST_PIPELINE_GITHUB_TOKEN', 'ghs_release_token', false],
    // Put in env: by the workflow itself: a run: step sees it too.
    ['GITHUB_TOKEN', 'ghs_release_token', true],
    ['RUST_PIPELINE_RETRY_BASE_MS', '5', true],
    ['RUST_PIPELINE_TOOL_CHECKSUMS', '/etc/checksums.txt', true],
    ['RUST_PIPELINE_TEST_NOW', '2026-01-01T00:00:00Z', true],
    ['REGISTRY_TOKEN', PASSWORD, false],
    ['DOCKER_AUTH', `user:${PASSWORD}`, false],
    ['CI', 'true', true],
    ['GITHUB_ACTIONS', 'true', true],
    ['GITHUB_REPOSITORY', 'acme/svc', true],
    ['GITHUB_REF', 'refs/heads/main', true],
    ['GITHUB_SHA', 'abc', true],
    ['GITHUB_WORKSPACE', '/w', true],
    ['GITHUB_EVENT_PATH', '/runner/_temp/_github_workflow/event.json', true],
    ['GITHUB_TOKEN', 'ghs_set_by_the_workflow', true],
    ['RUNNER_TEMP', '/runner/_temp', true],
    ['RUNNER_OS', 'Linux', true],
    ['PATH', '/usr/bin', true],
    ['HOME', '/home/runner', true],
    ['CARGO_HOME', '/home/runner/.cargo', true],
    ['RUSTFLAGS', '-D warnings', true],
    ['MY_SETTING', 'from the workflow env', true],
  ])('%s=%s reaches a child: %s', (name, value, kept) => {
    const env = childEnv({ [name]: value }, { secrets: [PASSWORD] });
    expect(name in env).toBe(kept);
    expect(droppedBecause(name, value, [PASSWORD]) === undefined).toBe(kept);
  });

  test('the given environment is not changed, undefined values are left out', () => {
    const env = { 'INPUT_DOCKER-PASSWORD': 's3cret', PATH: '/bin', EMPTY: undefined };
    expect(childEnv(env)).toEqual({ PATH: '/bin' });
    expect(env['INPUT_DOCKER-PASSWORD']).toBe('s3cret');
  });

  test('no secrets or empty ones drop nothing by value; short secrets match only whole values', () => {
    const env = { A: 'abc', B: 'xabcx', C: '' };
    expect(childEnv(env, { secrets: ['', undefined] })).toEqual(env);
    expect(childEnv(env, { secrets: ['abc'] })).toEqual({ B: 'xabcx', C: '' });
  });
});

describe('the cache worker', () => {
  const runner = {
    PATH: '/bin',
    ACTIONS_RUNTIME_TOKEN: 'jwt',
    ACTIONS_RESULTS_URL: 'https://results.example/',
    ACTIONS_CACHE_SERVICE_V2: 'true',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
    GITHUB_STATE: '/s',
    'INPUT_DOCKER-PASSWORD': PASSWORD,
  };

  test('gets the cache credentials and nothing else a child does not get', () => {
    expect(cacheWorkerEnv(runner, { secrets: [PASSWORD] })).toEqual({
      PATH: '/bin',
      ACTIONS_RUNTIME_TOKEN: 'jwt',
      ACTIONS_RESULTS_URL: 'https://results.example/',
      ACTIONS_CACHE_SERVICE_V2: 'true',
    });
  });

  test("takes the credentials from the runner's environment when given a child's", () => {
    const child = childEnv(runner);
    expect(child.ACTIONS_RUNTIME_TOKEN).toBeUndefined();
    expect(cacheWorkerEnv(child, { credentials: runner })).toEqual({
      PATH: '/bin',
      ACTIONS_RUNTIME_TOKEN: 'jwt',
      ACTIONS_RESULTS_URL: 'https://results.example/',
      ACTIONS_CACHE_SERVICE_V2: 'true',
    });
  });

  test('never gets the docker password, even under a cache variable', () => {
    expect(cacheWorkerEnv({ ACTIONS_RUNTIME_TOKEN: PASSWORD }, { secrets: [PASSWORD] })).toEqual({});
  });
});
