// docker-registry (src/inputs/registry-host.ts): a host docker login takes, nothing that reaches its argv as more.
import { describe, expect, test } from 'vitest';
import { parseInputs } from '../../src/inputs/parse.js';
import { isRegistryHost } from '../../src/inputs/registry-host.js';
import { inputErrorOf } from '../support/inputs.js';

const errorOf = inputErrorOf;

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

describe('isRegistryHost (also the check on the hosts post logs out of)', () => {
  test.each([
    ['ghcr.io', true],
    ['[::1]:5000', true],
    ['registry.example.com:65535', true],
    ['registry.example.com:65536', false],
    [`${'a'.repeat(250)}.io`, false],
    ['', false],
    ['ghcr.io/acme', false],
  ])('%j → %s', (value, expected) => {
    expect(isRegistryHost(value)).toBe(expected);
  });
});
