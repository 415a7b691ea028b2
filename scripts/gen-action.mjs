#!/usr/bin/env node
// Writes action.yml's inputs and outputs, and the README's input and output tables, from
// src/inputs/specs.ts and src/action-outputs.ts (the single source).
// `node scripts/gen-action.mjs --check` exits 1 when either is out of date.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import YAML from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = mkdtempSync(join(tmpdir(), 'rp-gen-'));
try {
  const out = join(tmp, 'specs.mjs');
  await build({
    stdin: {
      contents:
        "export { INPUT_SPECS } from './src/inputs/specs.ts'; export { OUTPUT_SPECS } from './src/action-outputs.ts'; export { manifestExpressionErrors } from './src/action-manifest.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    logLevel: 'error',
    external: ['smol-toml', 'semver', 'yaml'],
  });
  const { INPUT_SPECS, OUTPUT_SPECS, manifestExpressionErrors } = await import(pathToFileURL(out).href);
  const doc = {
    name: 'rust-pipeline',
    description:
      'One step for Rust CI and release: fmt, clippy, a test matrix, coverage, audit, a static binary and a Docker image, with one shared cache.',
    author: 'rust-pipeline',
    branding: { icon: 'package', color: 'orange' },
    inputs: Object.fromEntries(
      INPUT_SPECS.map((s) => [s.name, { description: s.description, required: false, default: s.default }]),
    ),
    outputs: Object.fromEntries(OUTPUT_SPECS.map((s) => [s.name, { description: s.description }])),
    runs: { using: 'node24', main: 'dist/main/index.js', post: 'dist/post/index.js', 'post-if': 'always()' },
  };
  // The runner evaluates ${{ }} in a manifest and fails "Set up job" on one it does not allow.
  const misplaced = manifestExpressionErrors(doc);
  if (misplaced.length) {
    console.error(
      `Refusing to write action.yml: template expressions where GitHub does not allow them (src/inputs/specs.ts, src/action-outputs.ts):\n  ${misplaced.join('\n  ')}`,
    );
    rmSync(tmp, { recursive: true, force: true });
    process.exit(1);
  }
  const text = `# Generated from src/inputs/specs.ts and src/action-outputs.ts by scripts/gen-action.mjs: edit those, then run npm run gen:action.\n${YAML.stringify(doc, { lineWidth: 0 })}`;
  const cell = (v) => String(v).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const inputTable = [
    '| input | default | description |',
    '| :--- | :--- | :--- |',
    ...INPUT_SPECS.map(
      (s) => `| \`${s.name}\` | ${s.default === '' ? '' : `\`${cell(s.default)}\``} | ${cell(s.description)} |`,
    ),
  ].join('\n');
  const outputTable = [
    '| output | description |',
    '| :--- | :--- |',
    ...OUTPUT_SPECS.map((s) => `| \`${s.name}\` | ${cell(s.description)} |`),
  ].join('\n');
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const replaceBetween = (doc, name, body) => {
    const re = new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`);
    if (!re.test(doc)) throw new Error(`README.md lacks the ${name}:start/${name}:end markers`);
    return doc.replace(re, (_, a, b) => `${a}${body}\n${b}`);
  };
  const newReadme = replaceBetween(replaceBetween(readme, 'inputs', inputTable), 'outputs', outputTable);
  const path = join(root, 'action.yml');
  if (process.argv.includes('--check')) {
    const stale = [
      readFileSync(path, 'utf8') !== text && 'action.yml',
      readme !== newReadme && 'README.md tables',
    ].filter(Boolean);
    if (stale.length) {
      console.error(`${stale.join(' and ')} out of date: run npm run gen:action`);
      process.exit(1);
    }
  } else {
    writeFileSync(path, text);
    writeFileSync(readmePath, newReadme);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
