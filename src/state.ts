// The typed state main leaves for post (through core.saveState / STATE_* env in Actions). Each
// value has one slot: the name, the JSON it is stored as, and a check that post runs on load. The
// state file is outside the action's control while the repository's code runs, so a value that
// fails its check is refused (post then treats it as absent, with a warning from the caller).

/** Writes one state value (core.saveState in the action; nothing in the CLI). */
export type StateWriter = (name: string, value: string) => void;

export interface StateSlot<T> {
  readonly name: string;
  /** Stores `value` through `write` (core.saveState in the action, a no-op in the CLI). */
  save(value: T, write: StateWriter): void;
  /** The value main saved; undefined when none was saved. Throws when it is not what `save` writes. */
  load(): T | undefined;
}

/** Thrown by a slot's check: names the slot and what is wrong. */
export class StateError extends Error {
  constructor(slot: string, why: string) {
    super(`the saved state "${slot}" is not valid (${why})`);
    this.name = 'StateError';
  }
}

/** A check for one slot's value: returns it typed, or throws an Error saying what is wrong. */
export type StateCheck<T> = (value: unknown) => T;

/** How a slot's value is written as text and read back (JSON unless the slot says otherwise). */
interface Codec<T> {
  write(value: T): string;
  read(raw: string): unknown;
}

const JSON_CODEC: Codec<unknown> = { write: (v) => JSON.stringify(v), read: (raw) => JSON.parse(raw) as unknown };

export function stateSlot<T>(name: string, check: StateCheck<T>, codec: Codec<T> = JSON_CODEC): StateSlot<T> {
  return {
    name,
    save(value, write) {
      write(name, codec.write(value));
    },
    load() {
      // What core.getState reads: the runner hands main's values to post as STATE_<name>. Read here
      // directly so that stages can name their state without loading @actions/core.
      const raw = process.env[`STATE_${name}`] ?? '';
      if (raw === '') return undefined;
      let value: unknown;
      try {
        value = codec.read(raw);
      } catch {
        throw new StateError(name, 'not JSON');
      }
      try {
        return check(value);
      } catch (e) {
        throw new StateError(name, (e as Error).message);
      }
    },
  };
}

/** A slot holding one line of text as it is (a path, a word), not as JSON. */
export function textSlot<T extends string>(name: string, check: StateCheck<T>): StateSlot<T> {
  return stateSlot(name, check, { write: (v) => v, read: (raw) => raw });
}

// Checks shared by the slots (and by the modules that define their own object slots).

export function isString(value: unknown): string {
  if (typeof value !== 'string') throw new Error('not a string');
  return value;
}

export function isStringList(value: unknown): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new Error('not a list of strings');
  return value;
}

export function isBoolean(value: unknown): boolean {
  if (typeof value !== 'boolean') throw new Error('not true or false');
  return value;
}

/** The value as a plain object (not null, not a list). */
export function isRecord(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
  return value as Record<string, unknown>;
}

export function oneOfValues<T extends string>(allowed: readonly T[]): StateCheck<T> {
  return (value) => {
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value))
      throw new Error(`not one of ${allowed.join(', ')}`);
    return value as T;
  };
}

/** Set by main once it has run: post does nothing when main never started. */
export const mainRanState = stateSlot('main-ran', isBoolean);
/**
 * Every slot main owns besides main-ran. Main writes each one empty before the stages run, so that a
 * value printed by the repository's code (a `::save-state` line) can never stand in for one main did
 * not write; a slot main uses is then written again with its value.
 */
export const MAIN_STATE_SLOTS = ['cache', 'advisory-db-cache', 'result', 'docker-config', 'docker-registries'] as const;

/** Writes every slot in MAIN_STATE_SLOTS empty (read back as "not saved"). */
export function clearMainState(write: StateWriter): void {
  for (const name of MAIN_STATE_SLOTS) write(name, '');
}
/** The run's overall result, for post's save decision. */
export const resultState = textSlot('result', oneOfValues(['success', 'failure', 'cancelled'] as const));
/** The temporary docker config directory holding the registry login, while it exists. */
export const dockerConfigState = textSlot('docker-config', isString);
/** The registries main logged in to. */
export const dockerRegistriesState = stateSlot('docker-registries', isStringList);
