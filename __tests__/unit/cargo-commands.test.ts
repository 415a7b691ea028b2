// Command lines are pure functions of the inputs: tables of inputs → argv.
import { describe, expect, it } from 'vitest';
import { clippyCommand, docTestCommand, fmtCommand, nextestCommand, testCommand } from '../../src/cargo/commands.js';
import {
  componentAddCommand,
  componentListCommand,
  targetAddCommand,
  targetListCommand,
  toolchainInstallCommand,
  toolchainListCommand,
} from '../../src/cargo/rustup.js';
import { metadataCommand } from '../../src/cargo/metadata.js';
import { parseFeatureSets } from '../../src/inputs/feature-sets.js';

const fs = (v: string) => parseFeatureSets('feature-sets', v)[0]!;

describe('cargo argv', () => {
  it.each([
    [
      'default features',
      { locked: false, features: fs('default'), extra: [] },
      ['test', '--workspace', '--no-fail-fast', '--message-format=json-render-diagnostics'],
    ],
    [
      'all features, locked',
      { locked: true, features: fs('all'), extra: [] },
      [
        'test',
        '--workspace',
        '--no-fail-fast',
        '--locked',
        '--all-features',
        '--message-format=json-render-diagnostics',
      ],
    ],
    [
      'no default features',
      { locked: false, features: fs('none'), extra: [] },
      ['test', '--workspace', '--no-fail-fast', '--no-default-features', '--message-format=json-render-diagnostics'],
    ],
    [
      'explicit list',
      { locked: false, features: fs('serde+tokio'), extra: ['--', '--test-threads', '1'] },
      [
        'test',
        '--workspace',
        '--no-fail-fast',
        '--features',
        'serde,tokio',
        '--message-format=json-render-diagnostics',
        '--',
        '--test-threads',
        '1',
      ],
    ],
    [
      'list without defaults',
      { locked: false, features: fs('none+std'), extra: [] },
      [
        'test',
        '--workspace',
        '--no-fail-fast',
        '--no-default-features',
        '--features',
        'std',
        '--message-format=json-render-diagnostics',
      ],
    ],
  ])('cargo test: %s', (_l, o, want) => {
    expect(testCommand(o).args).toEqual(want);
  });

  it.each([
    [
      'nextest',
      nextestCommand({ locked: true, features: fs('a+b'), extra: ['--retries', '2'] }),
      ['nextest', 'run', '--workspace', '--no-fail-fast', '--locked', '--features', 'a,b', '--retries', '2'],
    ],
    [
      'doc tests',
      docTestCommand({ locked: false, features: fs('none') }),
      [
        'test',
        '--doc',
        '--workspace',
        '--no-fail-fast',
        '--no-default-features',
        '--message-format=json-render-diagnostics',
      ],
    ],
    ['fmt', fmtCommand(), ['fmt', '--all', '--', '--check']],
    ['metadata', metadataCommand(), ['metadata', '--format-version', '1', '--no-deps']],
    [
      'clippy, warnings denied, extra lints',
      clippyCommand({
        locked: true,
        features: fs('all'),
        denyWarnings: true,
        extra: ['-W', 'clippy::pedantic'],
        json: true,
      }),
      [
        'clippy',
        '--workspace',
        '--all-targets',
        '--locked',
        '--all-features',
        '--message-format=json',
        '--',
        '-D',
        'warnings',
        '-W',
        'clippy::pedantic',
      ],
    ],
    [
      'clippy, warnings allowed',
      clippyCommand({ locked: false, features: fs('default'), denyWarnings: false, extra: [], json: true }),
      ['clippy', '--workspace', '--all-targets', '--message-format=json'],
    ],
  ])('%s', (_l, cmd, want) => {
    expect(cmd.args).toEqual(want);
  });

  it('nextest hides its progress bar so the log and the parser see plain lines', () => {
    expect(nextestCommand({ locked: false, features: fs('default'), extra: [] }).env).toEqual({
      NEXTEST_HIDE_PROGRESS_BAR: '1',
    });
  });
});

describe('rustup argv', () => {
  // A toolchain name reaches rustup after "--" or as --toolchain=<name>: never where it could be an option.
  it.each([
    ['list', toolchainListCommand(), ['toolchain', 'list']],
    [
      'install',
      toolchainInstallCommand('1.80'),
      ['toolchain', 'install', '--profile=minimal', '--no-self-update', '--', '1.80'],
    ],
    [
      'install with components',
      toolchainInstallCommand('nightly-2026-01-01', ['clippy', 'rustfmt']),
      [
        'toolchain',
        'install',
        '--profile=minimal',
        '--no-self-update',
        '--component=clippy,rustfmt',
        '--',
        'nightly-2026-01-01',
      ],
    ],
    [
      "install with the toolchain file's profile",
      toolchainInstallCommand('1.85', [], 'default'),
      ['toolchain', 'install', '--profile=default', '--no-self-update', '--', '1.85'],
    ],
    [
      'install of a name like an option',
      toolchainInstallCommand('--force'),
      ['toolchain', 'install', '--profile=minimal', '--no-self-update', '--', '--force'],
    ],
    ['component list', componentListCommand('beta'), ['component', 'list', '--installed', '--toolchain=beta']],
    [
      'component add',
      componentAddCommand('beta', ['clippy']),
      ['component', 'add', '--toolchain=beta', '--', 'clippy'],
    ],
    ['target list', targetListCommand('1.85'), ['target', 'list', '--installed', '--toolchain=1.85']],
    [
      'target add',
      targetAddCommand('1.85', ['thumbv6m-none-eabi', 'wasm32-unknown-unknown']),
      ['target', 'add', '--toolchain=1.85', '--', 'thumbv6m-none-eabi', 'wasm32-unknown-unknown'],
    ],
  ])('%s', (_l, c, want) => {
    expect(c.cmd).toBe('rustup');
    expect(c.args).toEqual(want);
  });
});
