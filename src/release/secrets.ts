// Secret inputs reach only the command that needs them (docker login, on stdin). Each entry point
// reads inputs from environment variables of its own (the runner's INPUT_*, the CLI's
// RUST_PIPELINE_*), which every child process would inherit: build scripts, proc-macros and tests
// of any dependency could read them.

/** Action inputs that hold secrets. */
export const SECRET_INPUTS = ['docker-password'] as const;

/** The environment variable the runner uses for an input ("docker-password" → "INPUT_DOCKER-PASSWORD"). */
export function inputEnvName(input: string): string {
  return `INPUT_${input.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * A copy of `env` without the secret inputs, for every child process the pipeline starts.
 * `envName` is how the entry point names an input's variable (the runner's scheme by default).
 */
export function withoutSecretInputs(
  env: NodeJS.ProcessEnv,
  envName: (input: string) => string = inputEnvName,
): NodeJS.ProcessEnv {
  const out = { ...env };
  for (const input of SECRET_INPUTS) delete out[envName(input)];
  return out;
}
