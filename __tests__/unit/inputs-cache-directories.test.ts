// cache-directories (src/inputs/cache-directories.ts): credential locations and paths outside are refused.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { InputError } from '../../src/inputs/errors.js';
import { parseInputs } from '../../src/inputs/parse.js';
import type { Given } from '../support/inputs.js';

describe('cache-directories', () => {
  const env = { HOME: '/home/u', CARGO_HOME: '/opt/cargo' };
  const workspace = '/home/u/work/repo/repo';
  const dirs = (value: string, wd = '.') =>
    parseInputs((n) => (({ 'cache-directories': value, 'working-directory': wd }) as Given)[n] ?? '', workspace, env)
      .cache.directories;
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
