// Auditable builds: the build command through cargo-auditable and `cargo audit bin`'s argv.
import { describe, expect, test } from 'vitest';
import { auditBinArgs } from '../../src/cargo/audit.js';
import { auditableCommand } from '../../src/release/auditable.js';

describe('auditableCommand', () => {
  test('same arguments and environment, run by cargo-auditable with its subcommand first', () => {
    const cmd = {
      args: ['build', '--release', '--locked', '--bin', 'app'],
      env: { CARGO_PROFILE_RELEASE_LTO: 'true' },
    };
    expect(auditableCommand(cmd, { path: '/t/cargo-auditable', subcommand: 'auditable' })).toEqual({
      args: ['auditable', 'build', '--release', '--locked', '--bin', 'app'],
      env: { CARGO_PROFILE_RELEASE_LTO: 'true' },
      program: '/t/cargo-auditable',
    });
  });
});

describe('auditBinArgs', () => {
  test.each([
    [{ fetch: false, ignore: [] }, ['audit', '--json', '--db', '/db', '--no-fetch', 'bin', '/b/app']],
    [
      { fetch: true, ignore: ['RUSTSEC-2021-0003'] },
      ['audit', '--json', '--db', '/db', '--ignore', 'RUSTSEC-2021-0003', 'bin', '/b/app'],
    ],
  ])('%j', (o, want) => {
    expect(auditBinArgs({ subcommand: 'audit', db: '/db', binary: '/b/app', ...o })).toEqual(want);
  });
});
