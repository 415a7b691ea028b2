// Toolchain names, the toolchain file, msrv and stable-N: what a repository or an input may say, and
// the message for what it may not (naming the file or input, the value escaped on one line).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findMsrv } from '../../src/cargo/msrv.js';
import { parseToolchainFile } from '../../src/cargo/toolchain-file.js';
import {
  installedRelease,
  parseRustVersion,
  quoteValue,
  stableMinus,
  toolchainNameKind,
  ToolchainSpecError,
} from '../../src/cargo/toolchain-names.js';
import { resolveToolchains } from '../../src/cargo/toolchain-resolve.js';
import { inputErrorOf, parseGiven } from '../support/inputs.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A folder with the given files (path → text). */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'rp-tcspec-'));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function errorOf(fn: () => unknown): ToolchainSpecError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ToolchainSpecError) return e;
    throw e;
  }
  throw new Error('no ToolchainSpecError');
}

/** A message is safe to log when no line of it can start a workflow command. */
const oneSafeLine = (message: string): void => {
  expect(message).not.toContain('\n');
  expect(message).not.toMatch(/[\r\u0085\u2028\u2029]/);
};

describe('toolchain names (rustup grammar)', () => {
  it.each([
    ['stable', 'channel'],
    ['nightly-2026-01-01', 'channel'],
    ['1.85', 'channel'],
    ['1.85.1-x86_64-unknown-linux-gnu', 'channel'],
    ['beta-2026-02-01-aarch64-apple-darwin', 'channel'],
    ['my-build', 'custom'],
    ['stage1.local_2', 'custom'],
    ['--force', undefined],
    ['-V', undefined],
    ['..', undefined],
    ['stable\n::error::forged', undefined],
    ['a b', undefined],
    ['', undefined],
    ['x'.repeat(101), undefined],
  ])('%j → %s', (name, kind) => {
    expect(toolchainNameKind(name)).toBe(kind);
  });

  it.each([
    ['stable\n::error::forged', '"stable\\n::error::forged"'],
    ['a\u2028::warning::b', '"a\\u2028::warning::b"'],
    ['x'.repeat(90), `"${'x'.repeat(80)}…"`],
  ])('quoteValue(%j) is one escaped line', (value, want) => {
    expect(quoteValue(value)).toBe(want);
  });

  it.each([
    ['1.70', { major: 1, minor: 70 }],
    ['1.70.1', { major: 1, minor: 70, patch: 1 }],
    ['1', undefined],
    ['1.x', undefined],
    ['abc', undefined],
  ])('rust-version %j → %j', (text, want) => {
    expect(parseRustVersion(text)).toEqual(want);
  });

  it.each([
    [{ major: 1, minor: 95, patch: 0 }, 2, '1.93'],
    [{ major: 1, minor: 95, patch: 0 }, 0, '1.95'],
    [{ major: 1, minor: 95, patch: 0 }, 95, '1.0'],
  ])('stable %j minus %i → %s', (stable, n, want) => {
    expect(stableMinus(stable, n, `stable-${n}`)).toBe(want);
  });

  it('stable-99 goes before 1.0: the input and the value are named', () => {
    const e = errorOf(() => stableMinus({ major: 1, minor: 95, patch: 0 }, 99, 'stable-99'));
    expect(e.message).toBe(
      'Input "toolchains": "stable-99" goes back 99 releases from stable 1.95.0, before Rust 1.0; use a smaller N.',
    );
  });

  it.each([
    [['1.85-x86_64-unknown-linux-gnu'], '1.85', '1.85'],
    [['1.85.0-x86_64-unknown-linux-gnu', '1.85.1-x86_64-unknown-linux-gnu'], '1.85', '1.85.1'],
    [['1.850.0-x86_64-unknown-linux-gnu'], '1.85', undefined],
    [['stable-x86_64-unknown-linux-gnu'], '1.85', undefined],
  ])('installed %j serves %s as %s', (installed, version, want) => {
    expect(installedRelease(installed, version)).toBe(want);
  });
});

describe('the toolchain file', () => {
  it.each([
    ['nightly-2026-01-01\n', { channel: 'nightly-2026-01-01', components: [], targets: [] }],
    ['[toolchain]\nchannel = "1.80.1"\n', { channel: '1.80.1', components: [], targets: [] }],
    [
      '[toolchain]\nchannel = "1.85"\ncomponents = ["clippy", "rust-src", "clippy"]\ntargets = ["thumbv6m-none-eabi"]\nprofile = "minimal"\n',
      { channel: '1.85', components: ['clippy', 'rust-src'], targets: ['thumbv6m-none-eabi'], profile: 'minimal' },
    ],
  ])('%j', (text, want) => {
    expect(parseToolchainFile('rust-toolchain.toml', text)).toEqual({ file: 'rust-toolchain.toml', ...want });
  });

  it.each([
    [
      'a channel with a newline and a workflow command',
      '[toolchain]\nchannel = "stable\\n::error::forged"\n',
      'rust-toolchain.toml: the toolchain "stable\\n::error::forged" is not a toolchain name;',
    ],
    [
      'a channel like an option',
      '[toolchain]\nchannel = "--force"\n',
      'the toolchain "--force" is not a toolchain name;',
    ],
    ['-V as the legacy file', '-V\n', 'rust-toolchain.toml: the toolchain "-V" is not a toolchain name;'],
    ['a legacy file with two lines', 'stable\n::error::forged\n', 'rust-toolchain.toml: not valid TOML ('],
    ['unparsable', 'not = [valid', 'rust-toolchain.toml: not valid TOML ('],
    ['no channel', '[toolchain]\nprofile = "minimal"\n', 'no channel in [toolchain]'],
    ['no [toolchain]', 'channel = "stable"\n', 'unknown table or key "channel"'],
    [
      'an unknown key',
      '[toolchain]\nchannel = "stable"\nchanel = "beta"\n',
      'unknown key "chanel" in [toolchain]; allowed: channel, components, targets, profile, path.',
    ],
    [
      'components as a string',
      '[toolchain]\nchannel = "stable"\ncomponents = "clippy"\n',
      'components = "clippy" is not a list; write components = ["clippy", "rustfmt"].',
    ],
    [
      'a component with a newline',
      '[toolchain]\nchannel = "stable"\ncomponents = ["x\\n::error::y"]\n',
      '"x\\n::error::y" in components is not a component name',
    ],
    [
      'a target like an option',
      '[toolchain]\nchannel = "stable"\ntargets = ["--force"]\n',
      '"--force" in targets is not a target name',
    ],
    [
      'an unknown profile',
      '[toolchain]\nchannel = "stable"\nprofile = "huge"\n',
      'profile = "huge" is not a profile; allowed: minimal, default, complete.',
    ],
    [
      'a path toolchain',
      '[toolchain]\npath = "/opt/rust"\n',
      'path = "/opt/rust" names a local toolchain build, which this action cannot install or check',
    ],
    ['too large', `[toolchain]\nchannel = "stable"\n#${'x'.repeat(70_000)}\n`, 'the file is larger than 64 KiB'],
  ])('%s: an error naming the file, the value on one line', (_case, text, want) => {
    const e = errorOf(() => parseToolchainFile('rust-toolchain.toml', text));
    expect(e.source).toBe('rust-toolchain.toml');
    expect(e.message).toContain(want);
    oneSafeLine(e.message);
  });
});

describe('msrv', () => {
  it.each([
    ['a package', { 'Cargo.toml': '[package]\nname = "a"\nrust-version = "1.85"\n' }, '.', '1.85', undefined],
    [
      'a member inheriting the workspace version',
      {
        'Cargo.toml': '[workspace]\nmembers = ["a"]\n[workspace.package]\nrust-version = "1.80"\n',
        'a/Cargo.toml': '[package]\nname = "a"\nrust-version.workspace = true\n',
      },
      'a',
      '1.80',
      undefined,
    ],
    [
      'a workspace whose members differ: the lowest, with a note',
      {
        'Cargo.toml': '[workspace]\nmembers = ["crates/*"]\n',
        'crates/a/Cargo.toml': '[package]\nname = "a"\nrust-version = "1.85"\n',
        'crates/b/Cargo.toml': '[package]\nname = "b"\nrust-version = "1.74.1"\n',
      },
      '.',
      '1.74.1',
      'msrv is 1.74.1, the lowest rust-version among the workspace members (crates/b/Cargo.toml: 1.74.1, crates/a/Cargo.toml: 1.85).',
    ],
    [
      'a virtual workspace with workspace.package only',
      { 'Cargo.toml': '[workspace]\nmembers = []\n[workspace.package]\nrust-version = "1.70"\n' },
      '.',
      '1.70',
      undefined,
    ],
  ])('%s', (_case, files, dir, want, note) => {
    const root = tree(files);
    const m = findMsrv(join(root, dir), root);
    expect(`${m.version.major}.${m.version.minor}${m.version.patch !== undefined ? `.${m.version.patch}` : ''}`).toBe(
      want,
    );
    expect(m.note).toBe(note);
  });

  it.each([
    [
      '"1"',
      '[package]\nname = "a"\nrust-version = "1"\n',
      'rust-version = "1" in Cargo.toml is not a Rust version; expected "1.70" or "1.70.1".',
    ],
    [
      '"1.x"',
      '[package]\nname = "a"\nrust-version = "1.x"\n',
      'rust-version = "1.x" in Cargo.toml is not a Rust version',
    ],
    [
      '"abc"',
      '[package]\nname = "a"\nrust-version = "abc"\n',
      'rust-version = "abc" in Cargo.toml is not a Rust version',
    ],
    [
      'none',
      '[package]\nname = "a"\n',
      'msrv needs a rust-version, and none was found: looked for [package] rust-version in Cargo.toml',
    ],
  ])('rust-version %s: an input error naming where it looked', (_case, manifest, want) => {
    const root = tree({ 'Cargo.toml': manifest });
    const e = errorOf(() => findMsrv(root, root));
    expect(e.source).toBe('toolchains');
    expect(e.message).toContain(want);
  });
});

describe('resolveToolchains', () => {
  /** A RUSTUP_HOME whose stable is 1.95.0, with 1.85.1 installed (rustup is looked for on PATH). */
  function rustupHome(): NodeJS.ProcessEnv {
    const home = tree({
      'toolchains/stable-x86_64-unknown-linux-gnu/lib/rustlib/multirust-channel-manifest.toml':
        'date = "2026-04-14"\n[pkg.rust]\nversion = "1.95.0 (59807616e 2026-04-14)"\n',
      'toolchains/1.85.1-x86_64-unknown-linux-gnu/lib/rustlib/components': '',
      'bin/rustup': '',
    });
    return { RUSTUP_HOME: home, PATH: join(home, 'bin') };
  }

  it('stable, msrv, stable-2: msrv is the installed 1.85.x and labelled; the other stages run with stable', () => {
    const root = tree({ 'Cargo.toml': '[package]\nname = "a"\nrust-version = "1.85"\n' });
    const r = resolveToolchains(['msrv', 'stable', 'stable-2'], root, root, rustupHome());
    expect(r.list).toEqual([
      { request: 'msrv', name: '1.85.1', label: 'msrv (1.85)', msrv: true },
      { request: 'stable', name: 'stable', label: 'stable' },
      { request: 'stable-2', name: '1.93', label: 'stable-2 (1.93)' },
    ]);
    expect(r.main).toBe('stable');
  });

  it('msrv alone: fmt, clippy and the other stages run with stable', () => {
    const root = tree({ 'Cargo.toml': '[package]\nname = "a"\nrust-version = "1.85"\n' });
    expect(resolveToolchains(['msrv'], root, root, {}).main).toBe('stable');
  });

  it('stable-N without an installed stable says so', () => {
    const root = tree({ 'Cargo.toml': '[package]\nname = "a"\n' });
    const e = errorOf(() => resolveToolchains(['stable-2'], root, root, { RUSTUP_HOME: root, PATH: '' }));
    expect(e.message).toMatch(
      /^Input "toolchains": stable-2 counts back from the installed stable toolchain, and none was found/,
    );
  });

  it('the file decides when the input is empty: a hostile file is an error; with the input set it is ignored, and said so', () => {
    const root = tree({
      'Cargo.toml': '[package]\nname = "a"\n',
      'rust-toolchain.toml': '[toolchain]\nchannel = "stable\\n::stop-commands::x"\n',
    });
    const e = errorOf(() => resolveToolchains([], root, root, {}));
    expect(e.source).toBe('rust-toolchain.toml');
    oneSafeLine(e.message);
    const r = resolveToolchains(['beta'], root, root, {});
    expect(r.list.map((t) => t.name)).toEqual(['beta']);
    expect(r.file).toBeUndefined();
    expect(r.notes).toEqual([`${e.message} The toolchains input decides the toolchains, so the file is ignored.`]);
    oneSafeLine(r.notes[0]!);
  });

  it("the file's components and targets go with its channel when the run uses it", () => {
    const root = tree({
      'Cargo.toml': '[package]\nname = "a"\n',
      'rust-toolchain.toml':
        '[toolchain]\nchannel = "beta"\ncomponents = ["rust-src"]\ntargets = ["thumbv6m-none-eabi"]\n',
    });
    expect(resolveToolchains([], root, root, {}).file?.components).toEqual(['rust-src']);
    expect(resolveToolchains(['stable', 'beta'], root, root, {}).file?.targets).toEqual(['thumbv6m-none-eabi']);
    expect(resolveToolchains(['stable'], root, root, {}).file).toBeUndefined();
  });
});

describe('the toolchains input', () => {
  it('takes msrv and stable-N beside rustup names, as written (resolved when the run starts)', () => {
    expect(parseGiven({ toolchains: 'stable, msrv, stable-2, 1.85.1, nightly-2026-01-01' }).toolchains).toEqual([
      'stable',
      'msrv',
      'stable-2',
      '1.85.1',
      'nightly-2026-01-01',
    ]);
  });

  it.each(['stable-x', 'msrv2', 'stable-1000', '--force'])('%j is an input error naming the value', (value) => {
    const e = inputErrorOf({ toolchains: `stable, ${value}` });
    expect(e.input).toBe('toolchains');
    expect(e.message).toContain(`"${value}" is not a toolchain name; allowed:`);
    expect(e.message).toContain('msrv (the rust-version in Cargo.toml), or stable-N');
  });

  it('a planned cell may name msrv', () => {
    const cell = {
      name: 'ubuntu-latest / msrv (1.85) / default',
      os: 'ubuntu-latest',
      toolchain: 'msrv',
      features: 'default',
    };
    expect(parseGiven({ cell: JSON.stringify(cell) }).toolchains).toEqual(['msrv']);
  });
});
