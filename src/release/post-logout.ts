// Post-step task: log out of the registries main logged in to and delete the temporary docker
// config, in case main did not get to it (failed, cancelled or killed mid-push).
import * as core from '@actions/core';
import { childEnv } from '../child-env.js';
import { exec } from '../exec.js';
import { getState, STATE } from '../state.js';
import { dockerLogoutAll } from './logout.js';

export const dockerLogoutTask = {
  name: 'docker logout',
  async run(): Promise<void> {
    const dir = getState(STATE.dockerConfig);
    if (!dir) return;
    let registries: string[] = [];
    try {
      registries = JSON.parse(getState(STATE.dockerRegistries) || '[]') as string[];
    } catch {
      core.warning('docker logout: the saved registry list is unreadable; removing the credentials directory only.');
    }
    const { loggedOut, problems } = await dockerLogoutAll(exec, dir, registries, childEnv(process.env));
    for (const p of problems) core.warning(`docker logout: ${p}`);
    core.info(
      `Removed the temporary docker credentials${loggedOut.length ? ` (logged out of ${loggedOut.join(', ')})` : ''}.`,
    );
  },
};
