// The ELF static check: real binaries built here with rustc (static and dynamic), cross-checked
// against readelf where it is installed, plus synthetic headers for 32-bit and big-endian files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, test } from 'vitest';
import { bufferSource, describeElf, ElfError, readElf, readElfFile, type ElfInfo } from '../../src/release/elf.js';

// ---------------------------------------------------------------- synthetic ELF files

interface Synth {
  bits: 32 | 64;
  endian: 'little' | 'big';
  interp?: string;
  needed?: string[];
  /** Add a PT_DYNAMIC even without DT_NEEDED (static-pie). */
  dynamic?: boolean;
  /** Encode the program header count through PN_XNUM and section header 0. */
  xnum?: boolean;
  machine?: number;
}

/** Builds a minimal ELF file: header, program headers, then interpreter, dynamic section and string table. */
function synthElf(o: Synth): Buffer {
  const is64 = o.bits === 64;
  const le = o.endian === 'little';
  const ehsize = is64 ? 64 : 52;
  const phentsize = is64 ? 56 : 32;
  const dynEnt = is64 ? 16 : 8;
  const base = 0x400000;
  const needed = o.needed ?? [];
  const hasDyn = needed.length > 0 || o.dynamic === true;
  const phnum = 1 + (o.interp !== undefined ? 1 : 0) + (hasDyn ? 1 : 0);

  // String table: "\0" then each name.
  const strParts = ['\0', ...needed.map((n) => `${n}\0`)];
  const strtab = Buffer.from(strParts.join(''), 'utf8');
  const nameOffsets: number[] = [];
  let acc = 1;
  for (const n of needed) {
    nameOffsets.push(acc);
    acc += Buffer.byteLength(n) + 1;
  }
  const interp = o.interp !== undefined ? Buffer.from(`${o.interp}\0`) : Buffer.alloc(0);
  const dynEntries: [number, number][] = [
    ...nameOffsets.map((off) => [1, off] as [number, number]),
    ...(hasDyn ? [[0x6ffffffb, 0x08000000] as [number, number]] : []), // DT_FLAGS_1 (PIE): an unrelated tag to skip
  ];
  const phoff = ehsize;
  const shdrSize = o.xnum ? (is64 ? 64 : 40) : 0;
  const shoff = phoff + phnum * phentsize;
  const interpOff = shoff + shdrSize;
  const strtabOff = interpOff + interp.length;
  const dynOff = strtabOff + strtab.length;
  // DT_STRTAB, DT_STRSZ and DT_NULL come after the entries above.
  const allDyn: [number, number][] = hasDyn ? [...dynEntries, [5, base + strtabOff], [10, strtab.length], [0, 0]] : [];
  const dynSize = allDyn.length * dynEnt;
  const total = dynOff + dynSize;
  const b = Buffer.alloc(total);

  const w16 = (off: number, v: number): void => void (le ? b.writeUInt16LE(v, off) : b.writeUInt16BE(v, off));
  const w32 = (off: number, v: number): void => void (le ? b.writeUInt32LE(v, off) : b.writeUInt32BE(v, off));
  const w64 = (off: number, v: number): void =>
    void (le ? b.writeBigUInt64LE(BigInt(v), off) : b.writeBigUInt64BE(BigInt(v), off));
  const wWord = (off: number, v: number): void => (is64 ? w64(off, v) : w32(off, v));

  b.set([0x7f, 0x45, 0x4c, 0x46, is64 ? 2 : 1, le ? 1 : 2, 1], 0);
  w16(16, 3); // ET_DYN
  w16(18, o.machine ?? (is64 ? 62 : 3));
  w32(20, 1);
  wWord(is64 ? 32 : 28, phoff);
  wWord(is64 ? 40 : 32, o.xnum ? shoff : 0);
  w16(is64 ? 52 : 40, ehsize);
  w16(is64 ? 54 : 42, phentsize);
  w16(is64 ? 56 : 44, o.xnum ? 0xffff : phnum);
  if (o.xnum) {
    w16(is64 ? 58 : 46, shdrSize);
    w16(is64 ? 60 : 48, 1);
    w32(shoff + (is64 ? 44 : 28), phnum); // sh_info of section header 0
  }

  let ph = phoff;
  const phdr = (type: number, offset: number, size: number): void => {
    w32(ph, type);
    if (is64) {
      w32(ph + 4, 4);
      w64(ph + 8, offset);
      w64(ph + 16, base + offset);
      w64(ph + 24, base + offset);
      w64(ph + 32, size);
      w64(ph + 40, size);
      w64(ph + 48, 0x1000);
    } else {
      w32(ph + 4, offset);
      w32(ph + 8, base + offset);
      w32(ph + 12, base + offset);
      w32(ph + 16, size);
      w32(ph + 20, size);
      w32(ph + 24, 4);
      w32(ph + 28, 0x1000);
    }
    ph += phentsize;
  };
  if (o.interp !== undefined) phdr(3, interpOff, interp.length);
  phdr(1, 0, total); // one PT_LOAD over the whole file
  if (hasDyn) phdr(2, dynOff, dynSize);

  interp.copy(b, interpOff);
  strtab.copy(b, strtabOff);
  allDyn.forEach(([tag, val], i) => {
    wWord(dynOff + i * dynEnt, tag);
    wWord(dynOff + i * dynEnt + (is64 ? 8 : 4), val);
  });
  return b;
}

describe('synthetic ELF headers', () => {
  test.each([
    {
      name: '64-bit LE dynamic',
      o: { bits: 64, endian: 'little', interp: '/lib64/ld-linux-x86-64.so.2', needed: ['libc.so.6', 'libgcc_s.so.1'] },
      static: false,
    },
    {
      name: '64-bit BE dynamic',
      o: { bits: 64, endian: 'big', interp: '/lib/ld64.so.1', needed: ['libc.so.6'] },
      static: false,
    },
    {
      name: '32-bit LE dynamic',
      o: { bits: 32, endian: 'little', interp: '/lib/ld-linux.so.2', needed: ['libm.so.6', 'libc.so.6'] },
      static: false,
    },
    {
      name: '32-bit BE dynamic',
      o: { bits: 32, endian: 'big', interp: '/lib/ld.so.1', needed: ['libc.so.6'] },
      static: false,
    },
    { name: '64-bit LE static', o: { bits: 64, endian: 'little' }, static: true },
    { name: '32-bit BE static', o: { bits: 32, endian: 'big' }, static: true },
    {
      name: '64-bit static-pie (PT_DYNAMIC, no DT_NEEDED)',
      o: { bits: 64, endian: 'little', dynamic: true },
      static: true,
    },
    { name: '32-bit static-pie', o: { bits: 32, endian: 'little', dynamic: true }, static: true },
    { name: 'interpreter only', o: { bits: 64, endian: 'little', interp: '/lib/ld-musl-x86_64.so.1' }, static: false },
    { name: 'needed without interpreter', o: { bits: 64, endian: 'big', needed: ['libz.so.1'] }, static: false },
    {
      name: 'PN_XNUM program header count (64-bit)',
      o: { bits: 64, endian: 'little', xnum: true, interp: '/lib/ld.so', needed: ['libc.so.6'] },
      static: false,
    },
    {
      name: 'PN_XNUM program header count (32-bit BE)',
      o: { bits: 32, endian: 'big', xnum: true, needed: ['libc.so.6'] },
      static: false,
    },
  ] as { name: string; o: Synth; static: boolean }[])('$name', ({ o, static: isStatic }) => {
    const info = readElf(bufferSource(synthElf(o)));
    expect(info).toEqual({
      kind: 'elf',
      bits: o.bits,
      endian: o.endian,
      type: 3,
      machine: o.bits === 64 ? 62 : 3,
      ...(o.interp !== undefined ? { interpreter: o.interp } : {}),
      needed: o.needed ?? [],
      static: isStatic,
    } satisfies ElfInfo);
  });

  test.each([
    { name: 'PE (Windows)', bytes: Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), format: 'PE' },
    {
      name: 'Mach-O 64 (little-endian magic)',
      bytes: Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1]),
      format: 'Mach-O',
    },
    { name: 'Mach-O universal', bytes: Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 2]), format: 'Mach-O' },
    { name: 'wasm', bytes: Buffer.from([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), format: 'wasm' },
    { name: 'shell script', bytes: Buffer.from('#!/bin/sh\necho hi\n'), format: 'unknown' },
    { name: 'empty file', bytes: Buffer.alloc(0), format: 'unknown' },
  ])('not ELF: $name → static check does not apply', ({ bytes, format }) => {
    const info = readElf(bufferSource(bytes));
    expect(info).toEqual({ kind: 'not-elf', format });
    expect(describeElf(info)).toMatch(/^static check does not apply/);
  });

  test.each([
    { name: 'cut inside the program headers', cut: (b: Buffer) => b.subarray(0, 80), msg: /truncated/ },
    {
      name: 'cut inside the ELF identification',
      cut: (b: Buffer) => b.subarray(0, 10),
      msg: /truncated ELF identification/,
    },
    {
      name: 'bad class byte',
      cut: (b: Buffer) => Buffer.concat([b.subarray(0, 4), Buffer.from([9]), b.subarray(5)]),
      msg: /unknown ELF class 9/,
    },
    {
      name: 'bad data encoding',
      cut: (b: Buffer) => Buffer.concat([b.subarray(0, 5), Buffer.from([7]), b.subarray(6)]),
      msg: /unknown ELF data encoding 7/,
    },
  ])('damaged ELF: $name → ElfError', ({ cut, msg }) => {
    const full = synthElf({ bits: 64, endian: 'little', interp: '/lib64/ld-linux-x86-64.so.2', needed: ['libc.so.6'] });
    expect(() => readElf(bufferSource(cut(full)))).toThrow(ElfError);
    expect(() => readElf(bufferSource(cut(full)))).toThrow(msg);
  });

  test.each([
    {
      info: { kind: 'elf', bits: 64, endian: 'little', type: 3, machine: 62, needed: [], static: true } as ElfInfo,
      text: 'static (ELF 64-bit LSB)',
    },
    {
      info: {
        kind: 'elf',
        bits: 32,
        endian: 'big',
        type: 2,
        machine: 8,
        interpreter: '/lib/ld.so.1',
        needed: ['libc.so.6', 'libm.so.6'],
        static: false,
      } as ElfInfo,
      text: 'dynamic (ELF 32-bit MSB): needs libc.so.6, libm.so.6; interpreter /lib/ld.so.1',
    },
    { info: { kind: 'not-elf', format: 'Mach-O' } as ElfInfo, text: 'static check does not apply (Mach-O binary)' },
  ])('describeElf → $text', ({ info, text }) => {
    expect(describeElf(info)).toBe(text);
  });
});

// ---------------------------------------------------------------- real binaries

const HELLO = 'fn main() { println!("hello {}", std::env::args().count()); }\n';
let dir = '';
const built: Record<string, string> = {};
const hasRustc = spawnSync('rustc', ['--version']).status === 0;
const hasReadelf = spawnSync('readelf', ['--version']).status === 0;
// rustc builds the binaries and readelf (binutils) is the oracle: missing, the tests that need them
// skip with the reason in their name, and under CI=true they fail. The system binaries need readelf
// only; a file that is not ELF needs neither.
const missing = [...(hasRustc ? [] : ['rustc']), ...(hasReadelf ? [] : ['readelf'])];
const ci = process.env.CI === 'true';
const skipReal = missing.length > 0 && !ci;
const skipped = skipReal ? ` (skipped: ${missing.join(' and ')} not installed)` : '';
const skipSystem = !hasReadelf && !ci;

/** The ELF facts of a file that must be ELF: fails the test (rather than returning early) when it is not. */
function asElf(info: ElfInfo): Extract<ElfInfo, { kind: 'elf' }> {
  if (info.kind !== 'elf') throw new Error(`expected an ELF file, got ${JSON.stringify(info)}`);
  return info;
}

beforeAll(() => {
  if (missing.length > 0 && ci)
    throw new Error(`${missing.join(' and ')} not installed; the ELF tests need them (CI=true).`);
  if (!hasRustc) return; // the binaries below are built only where rustc is: their tests skip without it
  dir = mkdtempSync(join(tmpdir(), 'rp-elf-'));
  writeFileSync(join(dir, 'hello.rs'), HELLO);
  const variants: Record<string, string[]> = {
    dynamic: [],
    static: ['-C', 'target-feature=+crt-static'],
    'static-non-pie': ['-C', 'target-feature=+crt-static', '-C', 'relocation-model=static'],
  };
  for (const [name, flags] of Object.entries(variants)) {
    const out = join(dir, name);
    const r = spawnSync('rustc', ['-C', 'opt-level=1', ...flags, '-o', out, join(dir, 'hello.rs')], {
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`rustc failed for ${name}: ${r.stderr}`);
    built[name] = out;
  }
}, 120_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** readelf's view of a file, as the oracle: interpreter and NEEDED names. */
function readelf(path: string): { interpreter?: string; needed: string[] } {
  const ph = spawnSync('readelf', ['--wide', '--program-headers', path], { encoding: 'utf8' }).stdout;
  const dyn = spawnSync('readelf', ['--wide', '--dynamic', path], { encoding: 'utf8' }).stdout;
  const interpreter = /Requesting program interpreter: ([^\]]+)\]/.exec(ph)?.[1];
  const needed = [...dyn.matchAll(/\(NEEDED\)\s+Shared library: \[([^\]]+)\]/g)].map((m) => m[1]!);
  return { ...(interpreter ? { interpreter } : {}), needed };
}

describe.skipIf(skipReal)(`real binaries built with rustc${skipped}`, () => {
  it.each(['static', 'static-non-pie'])('%s (crt-static): no interpreter, nothing needed → static', (name) => {
    const info = readElfFile(built[name]!);
    expect(info).toMatchObject({ kind: 'elf', bits: 64, endian: 'little', machine: 62, needed: [], static: true });
    expect(info.kind === 'elf' && info.interpreter).toBeFalsy();
    expect(readelf(built[name]!)).toEqual({ needed: [] });
  });

  it('dynamic (default linking): the loader and libc.so.6, exactly as readelf lists them', () => {
    const info = asElf(readElfFile(built.dynamic!));
    expect(info.static).toBe(false);
    expect(info.interpreter).toMatch(/^\/lib.*\/ld-linux-x86-64\.so\.2$/);
    expect(info.needed).toContain('libc.so.6');
    expect({ interpreter: info.interpreter, needed: info.needed }).toEqual(readelf(built.dynamic!));
    expect(describeElf(info)).toMatch(/^dynamic \(ELF 64-bit LSB\): needs .*libc\.so\.6.*; interpreter \/lib/);
  });
});

describe.skipIf(skipSystem)(`system binaries${skipSystem ? ' (skipped: readelf not installed)' : ''}`, () => {
  it.each(['/bin/ls', '/usr/bin/env'])('system binary %s agrees with readelf', (path) => {
    const info = asElf(readElfFile(path));
    const oracle = readelf(path);
    expect({ ...(info.interpreter ? { interpreter: info.interpreter } : {}), needed: info.needed }).toEqual(oracle);
  });
});

it('reads a file that is not ELF without failing', () => {
  const p = join(mkdtempSync(join(tmpdir(), 'rp-elf-txt-')), 'script.sh');
  writeFileSync(p, '#!/bin/sh\n');
  expect(readElfFile(p)).toEqual({ kind: 'not-elf', format: 'unknown' });
});
