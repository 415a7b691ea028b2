// Bundles the test support modules (TypeScript: rig, cache-service stand-in, …) for a benchmark
// script and imports them. The rig finds the action from its own location, two levels down
// (<root>/.bench/support/), so `root` selects the build under test. Outside vitest, the clean-ups
// the support modules register with vitest's hooks have nothing to register with: a stub takes them.
import { build } from 'esbuild';
import { readdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** `modules`: export lines relative to `repo`, e.g. "export * from './__tests__/support/rig.ts';". */
export async function importSupport({ repo, root, name, modules }) {
  const outfile = join(root, '.bench', 'support', `${name}.mjs`);
  await build({
    stdin: { contents: modules.join('\n'), resolveDir: repo, loader: 'ts' },
    bundle: true,
    // npm packages resolve from node_modules beside the output (the repository's, or a link to it).
    packages: 'external',
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
    plugins: [
      {
        name: 'no-vitest',
        setup(b) {
          b.onResolve({ filter: /^vitest$/ }, () => ({ path: 'vitest', namespace: 'stub' }));
          b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
            contents: 'export const afterAll = () => {}; export const beforeAll = () => {};',
          }));
        },
      },
    ],
  });
  return import(pathToFileURL(outfile).href);
}

/** A fresh checkout gives every source file a new mtime (as actions/checkout does): cargo then rebuilds the workspace's crates. */
export function freshCheckout(dir) {
  const now = new Date();
  for (const name of readdirSync(dir)) {
    if (name === 'target' || name === '.git') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) freshCheckout(p);
    else utimesSync(p, now, now);
  }
}
