// The header check of release binaries against their target: the first 512 bytes of real binaries
// built here by rustc 1.95 for each installed target (captured/headers/<target>.bin), plus headers
// written from the format specifications for what cannot be built on Linux (Mach-O, 32-bit PE).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  bufferReader,
  checkHeader,
  describeHeader,
  expectedHeader,
  formatOfTarget,
  readHeader,
  readHeaderFile,
  type BinaryHeader,
} from '../../src/release/header.js';
import { workspaces } from '../support/rig.js';

const ws = workspaces();
const captured = (target: string): Buffer => readFileSync(join(__dirname, 'captured', 'headers', `${target}.bin`));
const header = (buf: Buffer): BinaryHeader => readHeader(bufferReader(buf));

/** A thin Mach-O header (mach_header_64 when 64-bit): magic, cputype, cpusubtype, filetype MH_EXECUTE. */
function machO(cpu: number, bits: 32 | 64, le = true): Buffer {
  const b = Buffer.alloc(32);
  if (le) {
    b.writeUInt32LE(bits === 64 ? 0xfeedfacf : 0xfeedface, 0);
    b.writeUInt32LE(cpu, 4);
    b.writeUInt32LE(2, 12);
  } else {
    b.writeUInt32BE(bits === 64 ? 0xfeedfacf : 0xfeedface, 0);
    b.writeUInt32BE(cpu, 4);
    b.writeUInt32BE(2, 12);
  }
  return b;
}

/** A universal (fat) Mach-O: big-endian fat_header and one fat_arch per CPU. */
function fat(cpus: number[]): Buffer {
  const b = Buffer.alloc(8 + cpus.length * 20);
  b.writeUInt32BE(0xcafebabe, 0);
  b.writeUInt32BE(cpus.length, 4);
  cpus.forEach((c, i) => b.writeUInt32BE(c, 8 + i * 20));
  return b;
}

/** A PE file: DOS header with e_lfanew, "PE\0\0", the file header's machine, the optional header's magic. */
function pe(machine: number, magic: number, lfanew = 0x80): Buffer {
  const b = Buffer.alloc(lfanew + 26);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(lfanew, 0x3c);
  b.write('PE\0\0', lfanew, 'latin1');
  b.writeUInt16LE(machine, lfanew + 4);
  b.writeUInt16LE(magic, lfanew + 24);
  return b;
}

const ARM64 = 0x0100000c;
const X86_64 = 0x01000007;

describe('real headers of binaries built for each target', () => {
  test.each([
    [1, 'x86_64-unknown-linux-gnu', 'ELF 64-bit LSB x86-64'],
    [2, 'x86_64-unknown-linux-musl', 'ELF 64-bit LSB x86-64'],
    [3, 'aarch64-unknown-linux-gnu', 'ELF 64-bit LSB aarch64'],
    [4, 'aarch64-unknown-linux-musl', 'ELF 64-bit LSB aarch64'],
    [5, 'x86_64-pc-windows-gnu', 'PE32+ x86-64'],
  ])('%i. %s reads as %s and fits its target', (_n, target, text) => {
    const h = header(captured(target));
    expect(describeHeader(h)).toBe(text);
    expect(checkHeader(h, target)).toEqual({ ok: true, found: text });
  });

  test.each([
    [1, 'x86_64-unknown-linux-gnu', 'aarch64-unknown-linux-gnu', 'ELF 64-bit LSB x86-64', 'ELF 64-bit LSB aarch64'],
    [2, 'aarch64-unknown-linux-musl', 'x86_64-unknown-linux-musl', 'ELF 64-bit LSB aarch64', 'ELF 64-bit LSB x86-64'],
    [3, 'x86_64-unknown-linux-gnu', 'x86_64-pc-windows-gnu', 'ELF 64-bit LSB x86-64', 'PE32+ x86-64'],
    [4, 'x86_64-pc-windows-gnu', 'x86_64-unknown-linux-gnu', 'PE32+ x86-64', 'ELF 64-bit LSB x86-64'],
    [5, 'x86_64-pc-windows-gnu', 'aarch64-pc-windows-msvc', 'PE32+ x86-64', 'PE32+ aarch64'],
    [6, 'aarch64-unknown-linux-gnu', 'armv7-unknown-linux-gnueabihf', 'ELF 64-bit LSB aarch64', 'ELF 32-bit LSB arm'],
    [7, 'aarch64-unknown-linux-gnu', 'aarch64-apple-darwin', 'ELF 64-bit LSB aarch64', 'Mach-O 64-bit aarch64'],
  ])('%i. a %s binary checked as %s: found %s, expected %s', (_n, built, target, found, expected) => {
    expect(checkHeader(header(captured(built)), target)).toEqual({ ok: false, found, expected });
  });

  test('readHeaderFile reads only the header of a file on disk', () => {
    const dir = ws.temp('rp-header-');
    const file = join(dir, 'app.exe');
    writeFileSync(file, captured('x86_64-pc-windows-gnu'));
    expect(describeHeader(readHeaderFile(file))).toBe('PE32+ x86-64');
  });
});

// First 512 bytes of binaries from Go's debug/{macho,pe,elf}/testdata (BSD licence): formats and
// CPUs that cannot be built here (Mach-O thin and universal, 32-bit PE, big-endian ELF).
describe("real headers from Go's debug test data", () => {
  test.each([
    [1, 'go-gcc-amd64-darwin-exec', 'Mach-O 64-bit x86-64', 'x86_64-apple-darwin', true],
    [2, 'go-gcc-amd64-darwin-exec', 'Mach-O 64-bit x86-64', 'aarch64-apple-darwin', false],
    [3, 'go-gcc-386-darwin-exec', 'Mach-O 32-bit x86', 'i686-apple-darwin', true],
    [4, 'go-fat-gcc-386-amd64-darwin-exec', 'Mach-O 32-bit x86 + 64-bit x86-64', 'x86_64-apple-darwin', true],
    [5, 'go-fat-gcc-386-amd64-darwin-exec', 'Mach-O 32-bit x86 + 64-bit x86-64', 'aarch64-apple-darwin', false],
    [6, 'go-gcc-386-mingw-exec', 'PE32 x86', 'i686-pc-windows-gnu', true],
    [7, 'go-gcc-386-mingw-exec', 'PE32 x86', 'x86_64-pc-windows-gnu', false],
    [8, 'go-gcc-riscv64-linux-exec', 'ELF 64-bit LSB riscv64', 'riscv64gc-unknown-linux-gnu', true],
    [9, 'go-gcc492-arm.obj', 'ELF 32-bit LSB arm', 'armv7-unknown-linux-gnueabihf', true],
    [10, 'go-gcc531-s390x.obj', 'ELF 64-bit MSB s390x', 's390x-unknown-linux-gnu', true],
    [11, 'go-gcc482-ppc64le.obj', 'ELF 64-bit LSB powerpc64', 'powerpc64le-unknown-linux-gnu', true],
    [12, 'go-gcc482-ppc64le.obj', 'ELF 64-bit LSB powerpc64', 'powerpc64-unknown-linux-gnu', false],
  ])('%i. %s reads as %s; for %s: %s', (_n, file, text, target, ok) => {
    const h = header(captured(file));
    expect(describeHeader(h)).toBe(text);
    expect(checkHeader(h, target).ok).toBe(ok);
  });
});

describe('headers from the specifications', () => {
  test.each<[number, string, Buffer, string]>([
    [1, 'Mach-O 64-bit arm64, little-endian', machO(ARM64, 64), 'Mach-O 64-bit aarch64'],
    [2, 'Mach-O 64-bit x86_64', machO(X86_64, 64), 'Mach-O 64-bit x86-64'],
    [3, 'Mach-O 64-bit arm64, big-endian magic', machO(ARM64, 64, false), 'Mach-O 64-bit aarch64'],
    [4, 'universal x86_64 + arm64', fat([X86_64, ARM64]), 'Mach-O 64-bit x86-64 + 64-bit aarch64'],
    [5, 'PE32 i386', pe(0x14c, 0x10b), 'PE32 x86'],
    [6, 'PE32+ arm64 at a far e_lfanew', pe(0xaa64, 0x20b, 0x400), 'PE32+ aarch64'],
    [7, 'PE with an unknown machine', pe(0x1234, 0x20b), 'PE32+ machine 0x1234'],
    [8, 'wasm', Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), 'WebAssembly module'],
    [9, 'a shell script', Buffer.from('#!/bin/sh\necho hi\n'), 'not an executable format this check knows'],
    [10, 'MZ without a PE header', Buffer.from('MZ' + '\0'.repeat(100)), 'not an executable format this check knows'],
    [11, 'two bytes', Buffer.from('\x7fE'), 'not an executable format this check knows'],
  ])('%i. %s', (_n, _what, bytes, text) => {
    expect(describeHeader(header(bytes))).toBe(text);
  });

  test.each<[number, string, Buffer, true | false | 'unchecked']>([
    [1, 'aarch64-apple-darwin', machO(ARM64, 64), true],
    [2, 'x86_64-apple-darwin', machO(ARM64, 64), false],
    [3, 'aarch64-apple-darwin', fat([X86_64, ARM64]), true],
    [4, 'x86_64-apple-darwin', fat([X86_64, ARM64]), true],
    [5, 'i686-pc-windows-gnu', pe(0x14c, 0x10b), true],
    [6, 'x86_64-pc-windows-msvc', pe(0x14c, 0x10b), false],
    [7, 'aarch64-pc-windows-msvc', pe(0xaa64, 0x20b), true],
    [8, 'wasm32-unknown-unknown', Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), true],
    [9, 'x86_64-unknown-linux-gnu', Buffer.from('#!/bin/sh\n'), false],
    [10, 'sparc-unknown-weird', Buffer.from('#!/bin/sh\n'), 'unchecked'],
  ])('%i. %s', (_n, target, bytes, ok) => {
    expect(checkHeader(header(bytes), target).ok).toBe(ok);
  });

  test('a mismatch says what the file is and what was expected', () => {
    expect(checkHeader(header(captured('x86_64-unknown-linux-musl')), 'aarch64-unknown-linux-musl')).toEqual({
      ok: false,
      found: 'ELF 64-bit LSB x86-64',
      expected: 'ELF 64-bit LSB aarch64',
    });
  });
});

test.each([
  [1, 'x86_64-unknown-linux-gnu', 'ELF'],
  [2, 'aarch64-unknown-linux-musl', 'ELF'],
  [3, 'x86_64-pc-windows-gnu', 'PE'],
  [4, 'aarch64-pc-windows-msvc', 'PE'],
  [5, 'aarch64-apple-darwin', 'Mach-O'],
  [6, 'x86_64-apple-ios', 'Mach-O'],
  [7, 'wasm32-wasip1', 'wasm'],
  [8, 'x86_64-unknown-freebsd', 'ELF'],
])('%i. %s binaries are %s', (_n, target, format) => {
  expect(formatOfTarget(target)).toBe(format);
});

test.each([
  [1, 'x86_64-unknown-linux-gnu', 'ELF 64-bit LSB x86-64'],
  [2, 'armv7-unknown-linux-musleabihf', 'ELF 32-bit LSB arm'],
  [3, 's390x-unknown-linux-gnu', 'ELF 64-bit MSB s390x'],
  [4, 'i686-pc-windows-gnu', 'PE32 x86'],
  [5, 'x86_64-apple-darwin', 'Mach-O 64-bit x86-64'],
])('%i. a %s binary must be %s', (_n, target, text) => {
  expect(describeHeader(expectedHeader(target)!)).toBe(text);
});

test('a target whose architecture the check does not know is left unchecked', () => {
  expect(expectedHeader('sparc64-unknown-linux-gnu')).toBeUndefined();
});
