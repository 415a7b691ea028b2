#!/usr/bin/env node
// Bundles the three entry points with @vercel/ncc into dist/ (or the folder given as first argument).
// Output is deterministic, so a fresh bundle can be compared byte for byte with the committed dist/.
import ncc from '@vercel/ncc';
import { mkdir, rm, writeFile, chmod } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(process.argv[2] ?? join(root, 'dist'));
const entries = { main: 'src/main.ts', post: 'src/post.ts', cli: 'src/cli.ts', 'cache-worker': 'src/cache/worker.ts' };

await rm(out, { recursive: true, force: true });
for (const [name, src] of Object.entries(entries)) {
  const { code, assets } = await ncc(join(root, src), {
    target: 'es2022',
    minify: false,
    sourceMap: false,
    license: 'licenses.txt',
    quiet: true,
    cache: false,
  });
  const dir = join(out, name);
  await mkdir(dir, { recursive: true });
  const body = name === 'cli' && !code.startsWith('#!') ? `#!/usr/bin/env node\n${code}` : code;
  await writeFile(join(dir, 'index.js'), body);
  if (name === 'cli') await chmod(join(dir, 'index.js'), 0o755);
  for (const [file, asset] of Object.entries(assets ?? {})) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), asset.source);
  }
}
// Tell Node that dist/ holds ES modules even when copied without the root package.json.
await writeFile(join(out, 'package.json'), '{ "type": "module" }\n');
console.log(`bundled ${Object.keys(entries).join(', ')} into ${out}`);
