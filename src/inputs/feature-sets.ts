// Feature sets: the labels of the feature-sets input and the cargo arguments each one stands for.
import { InputError } from './errors.js';
import type { InputName } from './specs.js';
import type { FeatureSet } from './types.js';

const FEATURE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_\-/.]*$/;

/**
 * Parses a feature-sets list (or a cell's one feature set): default, all, none, or features joined
 * by "+", each becoming the cargo arguments that select it.
 */
export function parseFeatureSets(name: InputName, value: string): FeatureSet[] {
  const sets: FeatureSet[] = [];
  for (const entry of value
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const label = entry.replace(/\s*\+\s*/g, '+');
    if (label === 'default') sets.push({ label, args: [] });
    else if (label === 'all') sets.push({ label, args: ['--all-features'] });
    else if (label === 'none') sets.push({ label, args: ['--no-default-features'] });
    else {
      const parts = label.split('+');
      const noDefault = parts[0] === 'none';
      const features = noDefault ? parts.slice(1) : parts;
      const bad = features.find((f) => !FEATURE_NAME.test(f) || f === 'all' || f === 'none' || f === 'default');
      if (bad !== undefined || features.length === 0) {
        throw new InputError(
          name,
          value,
          `feature set ${JSON.stringify(entry)} is not understood; allowed: default, all, none, or feature names joined by "+" (optionally starting with "none+").`,
        );
      }
      sets.push({ label, args: [...(noDefault ? ['--no-default-features'] : []), '--features', features.join(',')] });
    }
  }
  if (sets.length === 0) throw new InputError(name, value, 'give at least one feature set, e.g. "default".');
  const seen = new Set<string>();
  for (const s of sets) {
    if (seen.has(s.label)) throw new InputError(name, value, `feature set "${s.label}" is listed twice.`);
    seen.add(s.label);
  }
  return sets;
}
