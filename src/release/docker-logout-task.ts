// Post-step task: log out of the registries main logged in to and delete the temporary docker
// config, in case main did not get to it (failed, cancelled or killed mid-push).
import { actionTempDir } from '../paths.js';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { actionsLogger as log } from '../actions.js';
import { childEnv } from '../child-env.js';
import { exec } from '../exec.js';
import { isRegistryHost } from '../inputs/registry-host.js';
import { dockerConfigState, dockerRegistriesState } from '../state.js';
import { dockerLogoutAll } from './docker-config.js';

/**
 * The state is a file the job's code could have written to: post removes only a docker config main
 * could have made (under RUNNER_TEMP/rust-pipeline) and passes docker only registry hosts.
 */
export function trustedLogout(
  dir: string,
  registries: unknown,
  env: NodeJS.ProcessEnv,
): { dir?: string; registries: string[]; problems: string[] } {
  const problems: string[] = [];
  const home = resolve(actionTempDir(env));
  const rel = relative(home, resolve(dir));
  const okDir = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  if (!okDir)
    problems.push(`not removing ${dir}: it is not where this action keeps its docker credentials (${join(home, '…')})`);
  const list = Array.isArray(registries) ? registries.filter((r): r is string => typeof r === 'string') : [];
  const hosts = list.filter((r) => isRegistryHost(r));
  if (hosts.length < list.length)
    problems.push(
      `ignoring saved registries that are not registry hosts: ${JSON.stringify(list.filter((r) => !hosts.includes(r)))}`,
    );
  return { ...(okDir ? { dir } : {}), registries: hosts, problems };
}

export const dockerLogoutTask = {
  name: 'docker logout',
  async run(): Promise<void> {
    const dir = dockerConfigState.load();
    if (!dir) return;
    let saved: unknown = [];
    try {
      saved = dockerRegistriesState.load() ?? [];
    } catch {
      log.warning('docker logout: the saved registry list is unreadable; removing the credentials directory only.');
    }
    const trusted = trustedLogout(dir, saved, process.env);
    for (const p of trusted.problems) log.warning(`docker logout: ${p}`);
    if (!trusted.dir) return;
    const { loggedOut, problems } = await dockerLogoutAll(exec, trusted.dir, trusted.registries, childEnv(process.env));
    for (const p of problems) log.warning(`docker logout: ${p}`);
    log.info(
      `Removed the temporary docker credentials${loggedOut.length ? ` (logged out of ${loggedOut.join(', ')})` : ''}.`,
    );
  },
};
