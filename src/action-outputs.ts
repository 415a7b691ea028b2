// Every output the action sets, with its description: action.yml is generated from this list.
/** One output: its name and the description action.yml shows. */
export interface OutputSpec {
  readonly name: string;
  readonly description: string;
}

export const OUTPUT_SPECS = [
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
      'mode: plan: the job matrix as JSON ({"include": [...]}, one entry per cell: name, os, toolchain, features, partition, cacheWriter) for strategy.matrix through the expression fromJSON(needs.plan.outputs.matrix).',
  },
  {
    name: 'cache-hit',
    description:
      "'true' when the shared cache has the exact key (restored, or already in the target dir of a runner that keeps its workspace), 'false' otherwise (a partial hit included), as actions/cache and rust-cache set it.",
  },
  { name: 'cache-match', description: 'How the shared cache was restored: exact, partial (a restore key) or none.' },
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
  {
    name: 'archives',
    description:
      'The release archives, as JSON: [{"target", "path", "sha256", "size"}] in the order of targets; empty when nothing was archived.',
  },
  {
    name: 'checksums',
    description: 'Path of SHA256SUMS, which lists every release archive; empty when none was made.',
  },
  { name: 'image-tags', description: 'Image references built, one per line (name:tag).' },
  { name: 'release-url', description: 'Web address of the GitHub Release published to; empty when none was.' },
  {
    name: 'release-assets',
    description:
      'The assets of this run on the GitHub Release as JSON: name, size and state (uploaded, replaced, unchanged, failed, not attempted).',
  },
  {
    name: 'release-dir',
    description:
      "A release matrix's cell: the folder holding its JSON report with its archives beside it, to upload whole for mode: merge.",
  },
  {
    name: 'image-digest',
    description:
      'Digest of the pushed image (sha256:…): of the manifest list when several platforms were built; empty when nothing was pushed.',
  },
  {
    name: 'image-platforms',
    description:
      'Platforms of the image, comma-separated (e.g. linux/amd64,linux/arm64); empty when no image was built.',
  },
] as const satisfies readonly OutputSpec[];

/** The name of an action output: a misspelt one does not compile. */
export type OutputName = (typeof OUTPUT_SPECS)[number]['name'];

/** Output values by name; an output not set is absent. */
export type Outputs = Partial<Record<OutputName, string>>;

/** How a restore matched: the exact key (or its replacement), a restore key, or nothing. */
export type CacheMatch = 'exact' | 'partial' | 'none';

/**
 * The cache outputs of a restore: cache-hit with the ecosystem's meaning ('true' only for an exact
 * hit), cache-match with the three-way detail.
 */
export function cacheOutputs(
  match: CacheMatch,
  key: string,
): Record<'cache-hit' | 'cache-match' | 'cache-key', string> {
  return { 'cache-hit': match === 'exact' ? 'true' : 'false', 'cache-match': match, 'cache-key': key };
}
