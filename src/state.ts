// The typed state main leaves for post (through core.saveState / STATE_* env in Actions).
import * as core from '@actions/core';

// The names live apart so that a stage can name a state without loading @actions/core (the CLI never does).
export { STATE, type StateName } from './state-names.js';
import type { StateName } from './state-names.js';

export function saveState(name: StateName | string, value: string): void {
  core.saveState(name, value);
}

export function getState(name: StateName | string): string {
  return core.getState(name);
}
