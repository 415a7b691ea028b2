// Raw input values: how one is read (empty means the default), and how it reads as a boolean, a
// tristate, a number, a list or shell-like words. Each bad value is an InputError.
import { InputError } from './errors.js';
import { inputSpec, type InputName } from './specs.js';
import type { Tristate } from './types.js';

/** Reads one raw input by its action.yml name; '' when not given. */
export type InputSource = (name: InputName) => string;

/** The inputs of one source, read and checked one at a time. */
export class Reader {
  constructor(private readonly source: InputSource) {}

  str(name: InputName): string {
    const raw = (this.source(name) ?? '').trim();
    return raw === '' ? inputSpec(name).default : raw;
  }

  optional(name: InputName): string | undefined {
    const v = this.str(name);
    return v === '' ? undefined : v;
  }

  bool(name: InputName): boolean {
    const v = this.str(name);
    if (/^(true|yes|on|1)$/i.test(v)) return true;
    if (/^(false|no|off|0)$/i.test(v)) return false;
    throw new InputError(name, v, 'allowed: true or false.');
  }

  tristate(name: InputName): Tristate {
    const v = this.str(name).toLowerCase();
    if (v === 'auto') return 'auto';
    if (/^(true|yes|on|1)$/.test(v)) return 'true';
    if (/^(false|no|off|0)$/.test(v)) return 'false';
    throw new InputError(name, this.str(name), 'allowed: true, false or auto.');
  }

  oneOf<T extends string>(name: InputName, allowed: readonly T[]): T {
    const v = this.str(name);
    const hit = allowed.find((a) => a === v.toLowerCase());
    if (!hit) throw new InputError(name, v, `allowed: ${allowed.join(', ')}.`);
    return hit;
  }

  int(name: InputName, min: number, max: number): number {
    const v = this.str(name);
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
      throw new InputError(name, v, `allowed: a whole number from ${min} to ${max}.`);
    }
    return Number(v);
  }

  percent(name: InputName): number | undefined {
    const v = this.optional(name);
    if (v === undefined) return undefined;
    const n = Number(v.replace(/%$/, ''));
    if (!/^\d+(\.\d+)?%?$/.test(v) || n > 100) {
      throw new InputError(name, v, 'allowed: a percentage from 0 to 100, or empty.');
    }
    return n;
  }

  /** Comma- or newline-separated list, trimmed, empties dropped. */
  list(name: InputName): string[] {
    return splitList(this.str(name));
  }

  /** A list whose every item must match `pattern`; the error quotes the whole input and names the bad item. */
  listMatching(name: InputName, pattern: RegExp, problem: (item: string) => string): string[] {
    const items = this.list(name);
    const bad = items.find((item) => !pattern.test(item));
    if (bad !== undefined) throw new InputError(name, this.str(name), problem(bad));
    return items;
  }

  /** One entry per line (for KEY=VALUE inputs whose values may contain commas). */
  lines(name: InputName): string[] {
    return this.str(name)
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }

  words(name: InputName): string[] {
    try {
      return splitArgs(this.str(name));
    } catch (e) {
      throw new InputError(name, this.str(name), (e as Error).message);
    }
  }
}

/** A comma- or newline-separated list, trimmed, empties dropped. */
export function splitList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Splits an argument string the way a POSIX shell would split words (quotes and backslashes),
 * without expanding anything: `$HOME`, `;`, `|` and backticks stay literal text.
 */
export function splitArgs(value: string): string[] {
  const args: string[] = [];
  let cur = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"' && i + 1 < value.length && '"\\'.includes(value[i + 1]!)) cur += value[++i];
      else cur += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < value.length) {
      cur += value[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) args.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (quote) throw new Error(`unterminated ${quote} quote; quote each argument fully.`);
  if (inWord) args.push(cur);
  return args;
}
