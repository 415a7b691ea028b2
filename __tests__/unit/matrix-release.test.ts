// The release fan-out's pure parts: one cell per target on a runner that builds it, the cells'
// archives found beside their reports, what stops a release, and the recomputed SHA256SUMS.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  gatherRelease,
  placeBesideReport,
  planReleaseCells,
  runnerFor,
  writeChecksums,
} from '../../src/matrix/release.js';
import type { CellReport } from '../../src/matrix/reports.js';
import { planFromInputs } from '../../src/matrix/plan.js';
import { parseGiven } from '../support/inputs.js';

describe('release cells', () => {
  it.each([
    ['x86_64-unknown-linux-musl', 'ubuntu-latest'],
    ['aarch64-unknown-linux-gnu', 'ubuntu-latest'],
    ['armv7-unknown-linux-gnueabihf', 'ubuntu-latest'],
    ['aarch64-apple-darwin', 'macos-latest'],
    ['x86_64-apple-darwin', 'macos-latest'],
    ['x86_64-pc-windows-msvc', 'windows-latest'],
    ['x86_64-pc-windows-gnu', 'windows-latest'],
  ])('%s runs on %s', (target, os) => expect(runnerFor(target)).toBe(os));

  it('plans one cell per target; the first of each runner writes the dependency cache', () => {
    expect(
      planReleaseCells(['x86_64-unknown-linux-musl', 'aarch64-apple-darwin', 'aarch64-unknown-linux-gnu'], 'stable'),
    ).toEqual([
      {
        name: 'release / x86_64-unknown-linux-musl',
        os: 'ubuntu-latest',
        toolchain: 'stable',
        features: 'default',
        target: 'x86_64-unknown-linux-musl',
        cacheWriter: true,
      },
      {
        name: 'release / aarch64-apple-darwin',
        os: 'macos-latest',
        toolchain: 'stable',
        features: 'default',
        target: 'aarch64-apple-darwin',
        cacheWriter: true,
      },
      {
        name: 'release / aarch64-unknown-linux-gnu',
        os: 'ubuntu-latest',
        toolchain: 'stable',
        features: 'default',
        target: 'aarch64-unknown-linux-gnu',
        cacheWriter: false,
      },
    ]);
  });
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rp-mrel-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

/** A cell's report folder as download-artifact leaves it: report.json with the archive beside it. */
function cell(
  target: string,
  content: string,
  o: { result?: string; build?: string; place?: boolean; recorded?: string } = {},
): CellReport {
  const folder = `release-${target}`;
  const name = `app-1.2.3-${target}.tar.gz`;
  mkdirSync(join(dir, folder), { recursive: true });
  if (o.place !== false) {
    writeFileSync(join(dir, folder, name), content);
    writeFileSync(join(dir, folder, `${name}.sha256`), `${sha(content)}  ${name}\n`);
  }
  const archive = {
    target,
    path: `/build/dist/${name}`,
    name,
    sha256: o.recorded ?? sha(content),
    size: content.length,
    assets: [`/build/dist/${name}.sha256`],
  };
  return {
    file: `${folder}/report.json`,
    doc: {
      result: o.result ?? 'success',
      cell: { name: `release / ${target}`, target },
      stages: [
        { name: 'build', status: o.build ?? 'success', data: { archives: [archive], package: { version: '1.2.3' } } },
      ],
    },
  };
}

describe('gatherRelease', () => {
  it('finds each archive and its .sha256 beside its report', () => {
    const g = gatherRelease(
      dir,
      [cell('x86_64-unknown-linux-musl', 'a'), cell('aarch64-unknown-linux-gnu', 'b')],
      ['x86_64-unknown-linux-musl', 'aarch64-unknown-linux-gnu'],
    );
    expect(g.problems).toEqual([]);
    expect(g.cargoVersion).toBe('1.2.3');
    expect(g.archives.map((a) => [a.target, a.path, a.assets])).toEqual([
      [
        'x86_64-unknown-linux-musl',
        join(dir, 'release-x86_64-unknown-linux-musl', 'app-1.2.3-x86_64-unknown-linux-musl.tar.gz'),
        [join(dir, 'release-x86_64-unknown-linux-musl', 'app-1.2.3-x86_64-unknown-linux-musl.tar.gz.sha256')],
      ],
      [
        'aarch64-unknown-linux-gnu',
        join(dir, 'release-aarch64-unknown-linux-gnu', 'app-1.2.3-aarch64-unknown-linux-gnu.tar.gz'),
        [join(dir, 'release-aarch64-unknown-linux-gnu', 'app-1.2.3-aarch64-unknown-linux-gnu.tar.gz.sha256')],
      ],
    ]);
  });

  it.each([
    [
      1,
      'a failed cell',
      () => cell('t1', 'x', { result: 'failure', build: 'failure' }),
      /^the build stage failure \(run: failure\)/,
    ],
    [
      2,
      'a cell whose archive was not uploaded',
      () => cell('t1', 'x', { place: false }),
      /archive app-1\.2\.3-t1\.tar\.gz is not beside release-t1\/report\.json/,
    ],
  ])('%i names the target of %s', (_n, _what, report, why) => {
    const g = gatherRelease(dir, [report()], ['t1']);
    expect(g.problems).toHaveLength(1);
    expect(g.problems[0]!.target).toBe('t1');
    expect(g.problems[0]!.why).toMatch(why);
  });

  it('names a planned target without a report', () => {
    const g = gatherRelease(dir, [cell('t1', 'x')], ['t1', 'aarch64-apple-darwin']);
    expect(g.problems).toEqual([{ target: 'aarch64-apple-darwin', why: expect.stringMatching(/^no report/) }]);
  });
});

describe('writeChecksums', () => {
  it('writes one SHA256SUMS sorted by name, from the bytes', async () => {
    const g = gatherRelease(dir, [cell('z-target', 'zz'), cell('a-target', 'aa')]);
    const out = await writeChecksums(g.archives, join(dir, 'out'));
    expect(out).toEqual({ ok: true, value: join(dir, 'out', 'SHA256SUMS') });
    expect(readFileSync(join(dir, 'out', 'SHA256SUMS'), 'utf8')).toBe(
      `${sha('aa')}  app-1.2.3-a-target.tar.gz\n${sha('zz')}  app-1.2.3-z-target.tar.gz\n`,
    );
  });

  it('refuses an archive whose bytes are not what its cell recorded', async () => {
    const g = gatherRelease(dir, [cell('t1', 'tampered', { recorded: sha('original') })]);
    const out = await writeChecksums(g.archives, join(dir, 'out'));
    expect(out).toEqual({
      ok: false,
      result: [
        {
          target: 't1',
          why: expect.stringMatching(/app-1\.2\.3-t1\.tar\.gz has sha256 [0-9a-f]{64}, its cell recorded/),
        },
      ],
    });
  });
});

it('placeBesideReport copies archives and their files into the report folder', () => {
  writeFileSync(join(dir, 'a.tar.gz'), 'A');
  writeFileSync(join(dir, 'a.tar.gz.sha256'), 'S');
  const placed = placeBesideReport(
    [
      {
        target: 't',
        path: join(dir, 'a.tar.gz'),
        name: 'a.tar.gz',
        sha256: sha('A'),
        size: 1,
        assets: [join(dir, 'a.tar.gz.sha256')],
      },
    ],
    join(dir, 'report'),
  );
  expect(placed).toEqual([join(dir, 'report', 'a.tar.gz'), join(dir, 'report', 'a.tar.gz.sha256')]);
  expect(readFileSync(join(dir, 'report', 'a.tar.gz.sha256'), 'utf8')).toBe('S');
});

describe('mode: plan with targets', () => {
  it('plans the release cells instead of the test matrix, on the first toolchain', () => {
    const inputs = parseGiven({ mode: 'plan', toolchains: 'beta, stable', os: 'ubuntu-22.04' });
    const withTargets = {
      ...inputs,
      build: { ...inputs.build, targets: ['aarch64-apple-darwin', 'x86_64-pc-windows-msvc'] },
    };
    expect(planFromInputs(withTargets, '/repo', {}).map((c) => [c.name, c.os, c.toolchain, c.target])).toEqual([
      ['release / aarch64-apple-darwin', 'macos-latest', 'beta', 'aarch64-apple-darwin'],
      ['release / x86_64-pc-windows-msvc', 'windows-latest', 'beta', 'x86_64-pc-windows-msvc'],
    ]);
    expect(planFromInputs(inputs, '/repo', {}).every((c) => c.target === undefined)).toBe(true);
  });
});
