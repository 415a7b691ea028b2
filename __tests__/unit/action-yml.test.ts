import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { INPUT_SPECS } from '../../src/inputs.js';
import { actionYml, ROOT } from '../support/rig.js';

it('action.yml is generated from the input and output specs', () => {
  expect(() =>
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'gen-action.mjs'), '--check'], { stdio: 'pipe' }),
  ).not.toThrow();
});

it('action.yml runs on node24 with a post step that always runs', () => {
  const yml = actionYml() as unknown as { runs: Record<string, string> };
  expect(yml.runs).toEqual({
    using: 'node24',
    main: 'dist/main/index.js',
    post: 'dist/post/index.js',
    'post-if': 'always()',
  });
});

it('every input has a description and a default', () => {
  const yml = actionYml();
  for (const spec of INPUT_SPECS) {
    expect(yml.inputs[spec.name], spec.name).toMatchObject({ default: spec.default });
    expect(spec.description.length, spec.name).toBeGreaterThan(10);
  }
});
