import { describe, expect, test } from 'vitest';
import {
  isLoopbackRegistry,
  manifestCreateArgs,
  manifestPushArgs,
  manifestRmArgs,
  parseManifestPushDigest,
  platformTag,
} from '../../src/release/manifest.js';

const DIGEST = 'sha256:efc3fdca51f809b864fdb0fafdee63fbe6fa8995597d031d0d179c46cd674e2c';

describe('manifest lists', () => {
  test.each([
    ['1.2.3', 'linux/amd64', '1.2.3-amd64'],
    ['latest', 'linux/arm/v7', 'latest-armv7'],
    ['x'.repeat(128), 'linux/arm64', 'x'.repeat(128)],
  ])('platformTag(%s, %s) = %s', (tag, platform, want) => {
    expect(platformTag(tag, platform)).toBe(want);
  });

  test.each([
    ['127.0.0.1:5000', true],
    ['localhost:5000', true],
    ['localhost', true],
    ['[::1]:5000', true],
    ['ghcr.io', false],
    ['127.0.0.1.example.com', false],
    ['registry.local:5000', false],
  ])('isLoopbackRegistry(%s) = %s', (host, want) => {
    expect(isLoopbackRegistry(host)).toBe(want);
  });

  test.each([
    {
      name: 'create, insecure',
      args: manifestCreateArgs('r:5000/a:1', ['r:5000/a@sha256:1', 'r:5000/a@sha256:2'], true),
      want: ['manifest', 'create', '--insecure', 'r:5000/a:1', 'r:5000/a@sha256:1', 'r:5000/a@sha256:2'],
    },
    {
      name: 'create',
      args: manifestCreateArgs('ghcr.io/a:1', ['ghcr.io/a@sha256:1'], false),
      want: ['manifest', 'create', 'ghcr.io/a:1', 'ghcr.io/a@sha256:1'],
    },
    {
      name: 'push, insecure',
      args: manifestPushArgs('r:5000/a:1', true),
      want: ['manifest', 'push', '--insecure', '--purge', 'r:5000/a:1'],
    },
    {
      name: 'push',
      args: manifestPushArgs('ghcr.io/a:1', false),
      want: ['manifest', 'push', '--purge', 'ghcr.io/a:1'],
    },
    { name: 'rm', args: manifestRmArgs('ghcr.io/a:1'), want: ['manifest', 'rm', 'ghcr.io/a:1'] },
  ])('$name', ({ args, want }) => {
    expect(args).toEqual(want);
  });

  test('the digest docker manifest push prints (captured from docker 28)', () => {
    expect(parseManifestPushDigest(`${DIGEST}\n`)).toBe(DIGEST);
    expect(parseManifestPushDigest('Pushed ref r:5000/a@sha256:' + '1'.repeat(64) + `\n${DIGEST}\n`)).toBe(DIGEST);
    expect(parseManifestPushDigest('')).toBeUndefined();
  });
});
