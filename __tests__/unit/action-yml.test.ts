import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { manifestExpressionErrors } from '../../src/action-manifest.js';
import { INPUT_SPECS } from '../../src/inputs/specs.js';
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

describe('template expressions in the manifest', () => {
  it('action.yml holds none outside input defaults (the runner fails "Set up job" on them)', () => {
    const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    expect(manifestExpressionErrors(YAML.parse(text) as object)).toEqual([]);
  });

  it.each([
    [
      'an input description',
      { inputs: { cell: { description: 'e.g. ${{ toJSON(matrix) }}' } } },
      'inputs.cell.description',
    ],
    [
      'an output description',
      { outputs: { matrix: { description: '${{ fromJSON(x) }}' } } },
      'outputs.matrix.description',
    ],
    [
      'a default with a context GitHub does not allow there',
      { inputs: { t: { default: '${{ secrets.TOKEN }}' } } },
      'inputs.t.default',
    ],
    ['an unclosed expression', { inputs: { t: { description: 'see ${{ github.ref' } } }, 'inputs.t.description'],
    ['the action name', { name: 'x ${{ github.ref }}' }, 'name'],
  ])('%s is refused, naming where it is', (_, manifest, where) => {
    const errors = manifestExpressionErrors(manifest);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`${where}:`);
  });

  it.each([
    ['github.token', '${{ github.token }}'],
    ['a function over an allowed context', "${{ format('{0}-x', runner.os) }}"],
    ['a string literal that looks like a context', "${{ github.ref == 'secrets.x' }}"],
  ])('an input default may read %s', (_, value) => {
    expect(manifestExpressionErrors({ inputs: { t: { default: value } } })).toEqual([]);
  });

  it('gen:action refuses a spec with an expression in a description, naming the input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rp-gen-refuse-'));
    try {
      for (const f of ['scripts', 'src', 'README.md', 'package.json', 'node_modules']) {
        if (f === 'src' || f === 'scripts') cpSync(join(ROOT, f), join(dir, f), { recursive: true });
        else symlinkSync(join(ROOT, f), join(dir, f));
      }
      const specs = join(dir, 'src', 'action-outputs.ts');
      writeFileSync(
        specs,
        readFileSync(specs, 'utf8').replace('The primary cache key of this run.', 'Key, e.g. ${{ runner.os }}.'),
      );
      const run = spawnSync(process.execPath, [join(dir, 'scripts', 'gen-action.mjs')], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('outputs.cache-key.description: "${{ runner.os }}"');
      expect(existsSync(join(dir, 'action.yml'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
