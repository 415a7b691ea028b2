// Every output the action sets, with its description: action.yml is generated from this list.
export const OUTPUT_SPECS: readonly { name: string; description: string }[] = [
  { name: 'result', description: 'Overall result: success, failure or cancelled.' },
  {
    name: 'failed-stages',
    description: 'Comma-separated names of the stages that failed or were cancelled (empty when none).',
  },
  {
    name: 'report',
    description: 'Path of the JSON report of the whole run (every stage, finding, output and phase time).',
  },
  {
    name: 'test-counts',
    description:
      'Test results as JSON: passed, failed, ignored totals and one entry per matrix cell (toolchain, features, status, counts, ms).',
  },
  {
    name: 'matrix',
    description:
      'mode: plan: the job matrix as JSON ({"include": [...]}, one entry per cell: name, os, toolchain, features, partition, cacheWriter) for strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}.',
  },
  { name: 'cache-hit', description: 'How the shared cache was restored: exact, partial or none.' },
  { name: 'cache-key', description: 'The primary cache key of this run.' },
  { name: 'coverage', description: 'Line coverage in percent, e.g. 83.45.' },
  { name: 'coverage-xml', description: 'Path of the Cobertura XML coverage report.' },
  { name: 'coverage-lcov', description: 'Path of the lcov coverage report.' },
  { name: 'coverage-json', description: 'Path of the JSON coverage report.' },
  {
    name: 'vulnerabilities',
    description: 'Number of vulnerabilities cargo-audit found (ignored advisories excluded).',
  },
  { name: 'binary-path', description: 'Path of the built binary.' },
  { name: 'binary-size', description: 'Size of the built binary in bytes.' },
  {
    name: 'sbom',
    description:
      'Path of the CycloneDX 1.5 SBOM (JSON) of the built binary: the crates linked into it, with their licenses and checksums.',
  },
  {
    name: 'static',
    description:
      'Whether the built binary is statically linked: true or false; empty when the binary is not ELF (static checking does not apply).',
  },
  { name: 'image-tags', description: 'Image references built, one per line (name:tag).' },
  { name: 'image-digest', description: 'Digest of the pushed image (sha256:…), empty when nothing was pushed.' },
];
