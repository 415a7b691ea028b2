// The action's post step: save the cache, log out of registries. Problems become warnings, never failures.
import { workspaceDir } from './paths.js';
import { actionsLogger as log, getInput } from './actions.js';
import { installCancellation } from './app.js';
import { closeGuard, guardWorkflowCommands } from './log-sink.js';
import type { Inputs } from './inputs/types.js';
import { dockerLogoutTask } from './release/docker-logout-task.js';
import { mainRanState } from './state.js';

/** Post-step tasks; each one's errors are turned into warnings. */
// Credentials are removed first: a slow or failing cache save must not leave them behind. The
// cache modules are loaded only when the save runs.
export const postTasks: { name: string; run(): Promise<void> }[] = [
  dockerLogoutTask,
  { name: 'cache save', run: async () => (await import('./cache/save.js')).cacheSaveTask.run(await postInputs()) },
];

/** Post re-reads the inputs main ran with from its own environment: with the cache off nothing is saved. */
async function postInputs(): Promise<Inputs> {
  const { parseInputs } = await import('./inputs/parse.js');
  return parseInputs((n) => getInput(n), workspaceDir(), process.env);
}

async function post(): Promise<void> {
  // What docker or the cache worker print cannot issue workflow commands (log-sink.ts).
  guardWorkflowCommands();
  // On SIGTERM (a cancelled job) the cache worker and its tar are stopped and their temp files
  // removed; the process exits within the cancellation deadline.
  installCancellation((signal) => log.warning(`Received ${signal}: stopping the cache save; nothing more is saved.`));
  if (mainRanState.load() !== true) {
    log.info('The main step did not run; nothing to clean up.');
    return;
  }
  for (const task of postTasks) {
    try {
      await task.run();
    } catch (e) {
      log.warning(`${task.name}: ${(e as Error).message}`);
    }
  }
}

post()
  .catch((e: unknown) => log.warning(`rust-pipeline post step: ${(e as Error).message}`))
  .finally(closeGuard);
