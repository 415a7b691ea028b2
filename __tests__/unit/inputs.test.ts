import { describe, expect, it, test } from 'vitest';
import { inputErrorOf, parseGiven } from '../support/inputs.js';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  checkInsideWorkspace,
  INPUT_SPECS,
  InputError,
  parseFeatureSets,
  parseInputs,
  splitArgs,
  STAGES,
} from '../../src/inputs.js';

const parse = parseGiven;
const errorOf = (given: Record<string, string>) => inputErrorOf(given);

describe('parseInputs', () => {
  it('uses the declared defaults when nothing is given', () => {
    const i = parse();
    expect(i.stages).toEqual(['fmt', 'clippy', 'test']);
    expect(i.workingDirectory).toBe('/repo');
    expect(i.toolchains).toEqual([]);
    expect(i.featureSets).toEqual([{ label: 'default', args: [] }]);
    expect(i.clippyDenyWarnings).toBe(true);
    expect(i.failFast).toBe(false);
    expect(i.maxAnnotations).toBe(20);
    expect(i.cache).toMatchObject({ enabled: true, onFailure: false, restoreTimeoutSeconds: 120 });
    expect(i.docker.push).toBe('auto');
  });

  it('runs stages in pipeline order whatever order they are listed in', () => {
    expect(parse({ stages: 'test\nfmt, CLIPPY' }).stages).toEqual(['fmt', 'clippy', 'test']);
  });

  it('resolves working-directory against the base, keeps absolute paths', () => {
    expect(parse({ 'working-directory': 'crates/app' }).workingDirectory).toBe('/repo/crates/app');
    expect(parse({ 'working-directory': '/elsewhere' }).workingDirectory).toBe('/elsewhere');
  });

  test.each([
    [{ stages: 'fmt, lint' }, 'stages', '"fmt, lint"', `unknown stage "lint"; allowed: ${STAGES.join(', ')}.`],
    [{ stages: ' , ' }, 'stages', '","', `allowed: ${STAGES.join(', ')}.`],
    [{ 'fail-fast': 'maybe' }, 'fail-fast', '"maybe"', 'allowed: true or false.'],
    [{ 'max-annotations': '-1' }, 'max-annotations', '"-1"', 'a whole number from 0 to 1000'],
    [{ 'test-runner': 'jest' }, 'test-runner', '"jest"', 'allowed: cargo, nextest.'],
    [{ toolchains: 'stable, latest' }, 'toolchains', '"stable, latest"', '"latest" is not a toolchain name'],
    [{ 'feature-sets': 'default, all+x' }, 'feature-sets', '"default, all+x"', 'feature set "all+x" is not understood'],
    [{ 'coverage-fail-under': '120' }, 'coverage-fail-under', '"120"', 'a percentage from 0 to 100'],
    [{ 'clippy-args': '-W "unterminated' }, 'clippy-args', '"-W \\"unterminated"', 'unterminated " quote'],
    [{ profile: 'fast' }, 'profile', '"fast"', 'allowed: release, size.'],
    [{ static: 'sometimes' }, 'static', '"sometimes"', 'allowed: true, false or auto.'],
    [{ 'docker-image': 'ghcr.io/Acme/App' }, 'docker-image', '"ghcr.io/Acme/App"', 'lower-case names'],
    [{ 'docker-tags': 'ok, -bad' }, 'docker-tags', '"ok, -bad"', '"-bad" is not a valid tag'],
    [{ 'docker-build-args': 'A=1\nnot a pair' }, 'docker-build-args', '"not a pair"', 'one KEY=VALUE per line'],
    [
      { 'audit-ignore': 'RUSTSEC-2020-0071, oops' },
      'audit-ignore',
      '"RUSTSEC-2020-0071, oops"',
      '"oops" is not an advisory id',
    ],
    [{ 'tool-mirror': 'ftp://mirror' }, 'tool-mirror', '"ftp://mirror"', 'http(s)://'],
    [{ target: 'not a triple' }, 'target', '"not a triple"', 'target triple'],
    [{ 'cargo-audit-version': 'latest' }, 'cargo-audit-version', '"latest"', 'a version like 1.2.3'],
  ])('rejects %o naming the input, quoting the value and saying what is allowed', (given, input, quoted, allowed) => {
    const e = errorOf(given as Record<string, string>);
    expect(e.input).toBe(input);
    expect(e.message).toContain(`Input "${input}"`);
    expect(e.message).toContain(`has an invalid value ${quoted}: `);
    expect(e.message).toContain(allowed);
  });

  it('reads booleans the way YAML users write them', () => {
    expect(parse({ 'fail-fast': 'TRUE' }).failFast).toBe(true);
    expect(parse({ cache: 'off' }).cache.enabled).toBe(false);
  });

  it('docker-tags starting with "!" replace the derived tags', () => {
    expect(parse({ 'docker-tags': '!edge, nightly' }).docker).toMatchObject({
      tags: ['edge', 'nightly'],
      replaceTags: true,
    });
    expect(parse({ 'docker-tags': 'edge' }).docker).toMatchObject({ tags: ['edge'], replaceTags: false });
  });

  it('every spec has a unique name', () => {
    const names = INPUT_SPECS.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('parseFeatureSets', () => {
  test.each([
    ['default', [{ label: 'default', args: [] }]],
    ['all', [{ label: 'all', args: ['--all-features'] }]],
    ['none', [{ label: 'none', args: ['--no-default-features'] }]],
    ['serde + tokio', [{ label: 'serde+tokio', args: ['--features', 'serde,tokio'] }]],
    ['none+std', [{ label: 'none+std', args: ['--no-default-features', '--features', 'std'] }]],
    [
      'default; all\nnone',
      [
        { label: 'default', args: [] },
        { label: 'all', args: ['--all-features'] },
        { label: 'none', args: ['--no-default-features'] },
      ],
    ],
    ['serde+member/feature', [{ label: 'serde+member/feature', args: ['--features', 'serde,member/feature'] }]],
  ])('%j', (value, expected) => {
    expect(parseFeatureSets('feature-sets', value)).toEqual(expected);
  });

  test.each(['dep:serde', 'all+serde', 'a+', 'x y', '+'])('rejects %j', (value) => {
    expect(() => parseFeatureSets('feature-sets', value)).toThrow(InputError);
  });

  it('rejects duplicates', () => {
    expect(() => parseFeatureSets('feature-sets', 'all, all')).toThrow(/listed twice/);
  });
});

describe('splitArgs keeps shell metacharacters literal', () => {
  test.each([
    ['', []],
    ['-W clippy::pedantic', ['-W', 'clippy::pedantic']],
    [`--test-threads=1 'a b' "c \\" d"`, ['--test-threads=1', 'a b', 'c " d']],
    ['$(touch pwned); rm -rf / | cat `id` > x', ['$(touch', 'pwned);', 'rm', '-rf', '/', '|', 'cat', '`id`', '>', 'x']],
    ['a\\ b ""', ['a b', '']],
  ])('%j', (value, expected) => {
    expect(splitArgs(value)).toEqual(expected);
  });
});

describe('parallel', () => {
  it('defaults to true, takes true/false, and names the input on anything else', () => {
    expect(parse().parallel).toBe(true);
    expect(parse({ parallel: 'false' }).parallel).toBe(false);
    expect(() => parse({ parallel: 'sometimes' })).toThrow(
      'Input "parallel" has an invalid value "sometimes": allowed: true or false.',
    );
  });
});

describe('cache-save', () => {
  test.each([
    ['', 'auto'],
    ['auto', 'auto'],
    ['Always', 'always'],
    ['never', 'never'],
    ['true', 'true'],
    ['TRUE', 'true'],
    ['false', 'never'],
  ])('%j → %s', (given, expected) => {
    expect(parse({ 'cache-save': given }).cache.save).toBe(expected);
  });

  test.each(['yes', 'sometimes', 'main', '1'])('refuses %j, listing what is allowed', (given) => {
    const e = errorOf({ 'cache-save': given });
    expect(e.input).toBe('cache-save');
    expect(e.message).toBe(
      `Input "cache-save" has an invalid value ${JSON.stringify(given)}: allowed: auto, always, never, true or false.`,
    );
  });
});

describe('cache-directories', () => {
  const env = { HOME: '/home/u', CARGO_HOME: '/opt/cargo' };
  const workspace = '/home/u/work/repo/repo';
  const dirs = (value: string, wd = '.') =>
    parseInputs((n) => ({ 'cache-directories': value, 'working-directory': wd })[n] ?? '', workspace, env).cache
      .directories;
  const refusal = (value: string): string => {
    try {
      dirs(value);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      expect(e.input).toBe('cache-directories');
      expect(e.message).toContain(
        'allowed: paths inside the workspace or the home directory that hold no credentials.',
      );
      return e.message;
    }
    throw new Error(`${value} was accepted`);
  };

  test.each([
    ['.cache-extra', [`${workspace}/.cache-extra`]],
    ['~/.cache/sccache', ['/home/u/.cache/sccache']],
    ['$HOME/.cache/sccache/', ['/home/u/.cache/sccache']],
    ['${HOME}/.npm', ['/home/u/.npm']],
    ['../other-checkout', ['/home/u/work/repo/other-checkout']],
    ['vendor, ~/.rustup/downloads', [`${workspace}/vendor`, '/home/u/.rustup/downloads']],
  ])('accepts %j as %j', (value, expected) => {
    expect(dirs(value)).toEqual(expected);
  });

  test.each([
    ['~/.ssh', 'is the credential location /home/u/.ssh'],
    ['~/.ssh/', 'is the credential location /home/u/.ssh'],
    ['/home/u/.ssh', 'is the credential location /home/u/.ssh'],
    ['$HOME/.ssh/id_ed25519', 'is the credential location /home/u/.ssh'],
    ['${HOME}/.gnupg', 'credential location /home/u/.gnupg'],
    ['~/.docker', 'credential location /home/u/.docker'],
    ['~/.aws/', 'credential location /home/u/.aws'],
    ['~/.config/gh', 'credential location /home/u/.config/gh'],
    ['~/.config', 'holds the credential location /home/u/.config/gh'],
    ['~/.netrc', 'credential location /home/u/.netrc'],
    ['~/.git-credentials', 'credential location /home/u/.git-credentials'],
    ['~/.kube', 'credential location /home/u/.kube'],
    ['~/.cargo', 'holds the credential location /home/u/.cargo/credentials'],
    ['/opt/cargo/credentials.toml', 'credential location /opt/cargo/credentials.toml'],
    ['../../../../u/.ssh', 'credential location /home/u/.ssh'],
    ['~/work/../.ssh', 'credential location /home/u/.ssh'],
    ['.git', `credential location ${workspace}/.git`],
    ['.', `holds the credential location ${workspace}/.git`],
    ['~', 'holds the credential location'],
    ['/', 'holds the credential location'],
    ['/etc', '/etc is outside the workspace and the home directory'],
    ['/opt/cargo/registry/src', 'is outside the workspace and the home directory'],
    ['../../../../..', 'holds the credential location'],
    ['/tmp/../etc/shadow', '/etc/shadow is outside'],
    ['~/.cache/*', 'glob patterns are not allowed'],
    ['!target', 'glob patterns are not allowed'],
  ])('refuses %j: %s', (value, why) => {
    const message = refusal(value);
    expect(message).toContain(`Input "cache-directories" has an invalid value ${JSON.stringify(value)}`);
    expect(message).toContain(why);
  });

  it('refuses a path inside the workspace that is a symlink to a credential location', () => {
    const root = mkdtempSync(join(tmpdir(), 'rp-inputs-'));
    try {
      const home = join(root, 'home');
      const ws = join(home, 'work');
      mkdirSync(join(home, '.ssh'), { recursive: true });
      mkdirSync(ws);
      symlinkSync(join(home, '.ssh'), join(ws, 'keys'));
      expect(() => parseInputs((n) => (n === 'cache-directories' ? 'keys' : ''), ws, { HOME: home })).toThrow(
        /"keys".* is the credential location/,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('docker-registry', () => {
  test.each([
    'ghcr.io',
    'docker.io',
    'registry.example.com:5000',
    '127.0.0.1:5000',
    'localhost',
    '[::1]:5000',
    'my-reg.local',
  ])('%s is accepted', (value) => {
    expect(parseInputs((n) => (n === 'docker-registry' ? value : ''), '/w').docker.registry).toBe(value);
  });

  test.each([
    'https://ghcr.io',
    'ghcr.io/acme',
    'user@ghcr.io',
    'ghcr.io:99999',
    'ghcr.io:0',
    '-ghcr.io',
    '--password=x',
    'reg istry.io',
    'ghcr..io',
    'ghcr.io:',
  ])('%j is refused, naming the input and quoting the value', (value) => {
    const e = errorOf({ 'docker-registry': value });
    expect(e.input).toBe('docker-registry');
    expect(e.message).toContain(`Input "docker-registry" has an invalid value ${JSON.stringify(value)}`);
    expect(e.message).toMatch(/allowed: a registry host/);
  });
});

describe('checkInsideWorkspace (the action: working-directory and coverage-dir stay in the checkout)', () => {
  const ws = mkdtempSync(join(tmpdir(), 'rp-inside-'));
  mkdirSync(join(ws, 'crates', 'a'), { recursive: true });
  symlinkSync('/etc', join(ws, 'etc-link'));
  const check = (given: Record<string, string>): InputError | undefined => {
    try {
      checkInsideWorkspace(parseGiven(given, ws), ws);
      return undefined;
    } catch (e) {
      if (e instanceof InputError) return e;
      throw e;
    }
  };

  test.each([
    [1, {}, undefined],
    [2, { 'working-directory': 'crates/a', 'coverage-dir': 'out/coverage' }, undefined],
    [3, { 'working-directory': '..' }, 'working-directory'],
    [4, { 'working-directory': '/etc' }, 'working-directory'],
    [5, { 'working-directory': 'etc-link' }, 'working-directory'],
    [6, { 'coverage-dir': '../../outside' }, 'coverage-dir'],
    [7, { 'working-directory': 'crates/a', 'coverage-dir': '/tmp/coverage' }, 'coverage-dir'],
  ])('%i: %j', (_n, given, refused) => {
    const e = check(given);
    expect(e?.input).toBe(refused);
    const outside = /^Input "[a-z-]+" has an invalid value ".+": it (is outside|resolves to .+, outside) the workspace/;
    expect(e?.message ?? 'no error').toMatch(refused === undefined ? /^no error$/ : outside);
  });
});
