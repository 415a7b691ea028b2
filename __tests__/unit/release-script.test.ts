// The action's own release (scripts/release.mjs, run by .github/workflows/release.yml): which tags
// release, the notes taken from CHANGELOG.md, and when the major tag moves.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changelogSection, majorTagFor, releaseProblem, versionOfTag } from '../../scripts/release.mjs';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../support/rig.js';

const CHANGELOG = `# Changelog

## [Unreleased]

### Added

- Next thing.

## [1.2.3] - 2026-12-06

### Changed

- **Breaking:** a change.

## [1.2.2] - 2026-11-01

### Fixed

- A fix.

[Unreleased]: https://github.com/acme/rust-pipeline/compare/v1.2.3...HEAD
[1.2.3]: https://github.com/acme/rust-pipeline/compare/v1.2.2...v1.2.3
`;

describe('release script', () => {
  it.each([
    ['v1.2.3', [1, 2, 3]],
    ['v10.0.12', [10, 0, 12]],
    ['1.2.3', undefined],
    ['v1.2', undefined],
    ['v1.2.3-rc.1', undefined],
    ['v01.2.3', undefined],
    ['v1', undefined],
  ])('tag %s → %j', (tag, want) => {
    expect(versionOfTag(tag)).toEqual(want);
  });

  it("the notes are the version's section, up to the next version", () => {
    expect(changelogSection(CHANGELOG, '1.2.3')).toBe('### Changed\n\n- **Breaking:** a change.');
    expect(changelogSection(CHANGELOG, '1.2.2')).toBe('### Fixed\n\n- A fix.');
    expect(changelogSection(CHANGELOG, '1.2.4')).toBeUndefined();
    expect(changelogSection(CHANGELOG, '1.2')).toBeUndefined();
  });

  it.each([
    ['v1.2.3', ['v1.2.2', 'v1.1.0', 'v2.0.0'], 'v1'],
    ['v1.2.3', ['v1.3.0'], undefined],
    ['v1.2.3', ['v1.2.10'], undefined],
    ['v2.0.0', [], 'v2'],
    ['v1.2.3-rc.1', [], undefined],
  ])('%s among %j moves %s', (tag, tags, want) => {
    expect(majorTagFor(tag, tags)).toBe(want);
  });

  it.each([
    ['v1.2.3', '1.2.3', undefined],
    ['v1.2.3', '1.2.2', 'package.json says version "1.2.2", the tag says 1.2.3'],
    ['v1.2.4', '1.2.4', 'CHANGELOG.md has no section "## [1.2.4] - YYYY-MM-DD"'],
    ['latest', '1.2.3', 'the tag "latest" is not a release tag'],
  ])('%s with package.json %s: %s', (tag, version, want) => {
    const problem = releaseProblem(tag, version, CHANGELOG);
    expect(problem ?? 'none').toContain(want ?? 'none');
  });

  it("the repository's CHANGELOG.md has an Unreleased section with Added, Changed and Security", () => {
    const text = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    const unreleased = changelogSection(text, 'Unreleased') ?? '';
    expect(unreleased).toMatch(/^### Added$/m);
    expect(unreleased).toMatch(/^### Changed$/m);
    expect(unreleased).toMatch(/^### Security$/m);
    expect(unreleased).toMatch(/\*\*Breaking:\*\* `cache-hit`/);
  });

  it('the command line refuses a tag with no section', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'release.mjs'), 'notes', 'v99.0.0'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('CHANGELOG.md has no section for v99.0.0.');
  });
});

describe('the release workflow', () => {
  interface Step {
    uses?: string;
    with?: Record<string, unknown>;
    run?: string;
  }
  const wf = parseYaml(readFileSync(join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8')) as {
    on: { push: { tags: string[] } };
    permissions: Record<string, string>;
    jobs: Record<string, { steps: Step[]; needs?: string; permissions?: Record<string, string> }>;
  };
  const steps = Object.values(wf.jobs).flatMap((j) => j.steps);

  it('runs on version tags only, read-only by default; only the publishing job may write, after the checks', () => {
    expect(wf.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
    expect(wf.permissions).toEqual({ contents: 'read' });
    expect(wf.jobs.publish!.needs).toBe('check');
    expect(wf.jobs.publish!.permissions).toEqual({ contents: 'write' });
    expect(wf.jobs.check!.permissions).toBeUndefined();
  });

  it('pins every action by commit, keeps no credentials in the checkout, uses Node 24', () => {
    const uses = steps.filter((s) => s.uses);
    expect(uses.length).toBeGreaterThan(0);
    for (const s of uses) expect(s.uses).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
    for (const s of uses.filter((u) => u.uses!.startsWith('actions/checkout@')))
      expect(s.with?.['persist-credentials']).toBe(false);
    for (const s of uses.filter((u) => u.uses!.startsWith('actions/setup-node@')))
      expect(s.with?.['node-version']).toBe(24);
  });

  it('checks dist/, runs the tests, takes the notes from CHANGELOG.md and moves the major tag', () => {
    const runs = steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('node scripts/release.mjs check "$TAG"');
    expect(runs).toContain('git status --porcelain -- dist');
    expect(runs).toContain('bash scripts/test-all.sh');
    expect(runs).toContain('node scripts/release.mjs notes "$TAG"');
    expect(runs).toContain('node scripts/release.mjs major "$TAG"');
  });
});
