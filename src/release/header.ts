// What kind of executable a file is, from its header bytes alone (no file(1)): ELF machine, class
// and byte order; PE machine and PE32/PE32+; Mach-O CPU type (thin or universal). The release build
// checks each binary against the target triple it was built for.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export type BinaryHeader =
  | { format: 'ELF'; bits: 32 | 64; endian: 'little' | 'big'; machine: number }
  | { format: 'PE'; bits: 32 | 64; machine: number }
  | { format: 'Mach-O'; cpus: { bits: 32 | 64; cpu: number }[] }
  | { format: 'wasm' }
  | { format: 'unknown' };

/** Reads `length` bytes at `offset`; fewer when the file is shorter. */
export type ReadAt = (offset: number, length: number) => Buffer;

/** What a target's architecture looks like in each format. */
interface ArchFacts {
  name: string;
  bits: 32 | 64;
  endian: 'little' | 'big';
  elf: number;
  pe?: number;
  macho?: number;
}

const CPU_ARCH_ABI64 = 0x01000000;
const ARCHES: readonly { match: RegExp; facts: ArchFacts }[] = [
  {
    match: /^x86_64$/,
    facts: { name: 'x86-64', bits: 64, endian: 'little', elf: 62, pe: 0x8664, macho: 7 | CPU_ARCH_ABI64 },
  },
  { match: /^i[3-6]86$/, facts: { name: 'x86', bits: 32, endian: 'little', elf: 3, pe: 0x14c, macho: 7 } },
  {
    match: /^(aarch64|arm64)$/,
    facts: { name: 'aarch64', bits: 64, endian: 'little', elf: 183, pe: 0xaa64, macho: 12 | CPU_ARCH_ABI64 },
  },
  { match: /^(arm|armv\d.*|thumbv\d.*)$/, facts: { name: 'arm', bits: 32, endian: 'little', elf: 40, pe: 0x1c4 } },
  { match: /^riscv64/, facts: { name: 'riscv64', bits: 64, endian: 'little', elf: 243 } },
  { match: /^powerpc64le$/, facts: { name: 'powerpc64le', bits: 64, endian: 'little', elf: 21 } },
  { match: /^powerpc64$/, facts: { name: 'powerpc64', bits: 64, endian: 'big', elf: 21 } },
  { match: /^s390x$/, facts: { name: 's390x', bits: 64, endian: 'big', elf: 22 } },
  { match: /^loongarch64$/, facts: { name: 'loongarch64', bits: 64, endian: 'little', elf: 258 } },
];

const ELF_MACHINES: Readonly<Record<number, string>> = Object.fromEntries(
  ARCHES.map((a) => [a.facts.elf, a.facts.name]),
);
const PE_MACHINES: Readonly<Record<number, string>> = Object.fromEntries(
  ARCHES.filter((a) => a.facts.pe !== undefined).map((a) => [a.facts.pe!, a.facts.name]),
);
const MACHO_CPUS: Readonly<Record<number, string>> = Object.fromEntries(
  ARCHES.filter((a) => a.facts.macho !== undefined).map((a) => [a.facts.macho!, a.facts.name]),
);

/** The format a target's binaries have: PE on Windows, Mach-O on Apple systems, ELF on the Unixes. */
export function formatOfTarget(triple: string): BinaryHeader['format'] {
  if (triple.includes('-windows')) return 'PE';
  if (/-apple-/.test(triple)) return 'Mach-O';
  if (triple.startsWith('wasm')) return 'wasm';
  if (/-(linux|android|freebsd|netbsd|openbsd|dragonfly|illumos|solaris|none)/.test(triple)) return 'ELF';
  return 'unknown';
}

function archOf(triple: string): ArchFacts | undefined {
  const arch = triple.split('-')[0]!;
  return ARCHES.find((a) => a.match.test(arch))?.facts;
}

function elfHeader(read: ReadAt): BinaryHeader {
  const h = read(0, 20);
  if (h.length < 20 || (h[4] !== 1 && h[4] !== 2) || (h[5] !== 1 && h[5] !== 2)) return { format: 'unknown' };
  const endian = h[5] === 1 ? 'little' : 'big';
  return {
    format: 'ELF',
    bits: h[4] === 2 ? 64 : 32,
    endian,
    machine: endian === 'little' ? h.readUInt16LE(18) : h.readUInt16BE(18),
  };
}

function peHeader(read: ReadAt): BinaryHeader {
  const dos = read(0, 64);
  if (dos.length < 64) return { format: 'unknown' };
  const pe = dos.readUInt32LE(0x3c);
  const nt = read(pe, 26);
  if (nt.length < 26 || nt.readUInt32BE(0) !== 0x50450000) return { format: 'unknown' };
  // The optional header follows the 20-byte file header: magic 0x10b is PE32, 0x20b PE32+.
  return { format: 'PE', machine: nt.readUInt16LE(4), bits: nt.readUInt16LE(24) === 0x20b ? 64 : 32 };
}

function machoHeader(read: ReadAt, magic: number): BinaryHeader {
  if (magic === 0xcafebabe) {
    // A universal binary: big-endian list of (cputype, cpusubtype, offset, size, align).
    const n = read(4, 4).readUInt32BE(0);
    const table = read(8, Math.min(n, 64) * 20);
    const cpus: { bits: 32 | 64; cpu: number }[] = [];
    for (let o = 0; o + 20 <= table.length; o += 20) {
      const cpu = table.readUInt32BE(o);
      cpus.push({ bits: cpu & CPU_ARCH_ABI64 ? 64 : 32, cpu });
    }
    return { format: 'Mach-O', cpus };
  }
  const h = read(0, 8);
  const le = magic === 0xcefaedfe || magic === 0xcffaedfe;
  const bits = magic === 0xfeedfacf || magic === 0xcffaedfe ? 64 : 32;
  return { format: 'Mach-O', cpus: [{ bits, cpu: le ? h.readUInt32LE(4) : h.readUInt32BE(4) }] };
}

/** The header of an executable, from the bytes `read` returns. */
export function readHeader(read: ReadAt): BinaryHeader {
  const head = read(0, 4);
  if (head.length < 4) return { format: 'unknown' };
  const magic = head.readUInt32BE(0);
  if (magic === 0x7f454c46) return elfHeader(read);
  if (head[0] === 0x4d && head[1] === 0x5a) return peHeader(read);
  if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(magic)) return machoHeader(read, magic);
  if (magic === 0x0061736d) return { format: 'wasm' };
  return { format: 'unknown' };
}

export function bufferReader(buf: Buffer): ReadAt {
  return (offset, length) => buf.subarray(offset, Math.min(buf.length, offset + length));
}

/** Reads the header of a file on disk (a few hundred bytes at most). */
export function readHeaderFile(path: string): BinaryHeader {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    return readHeader((offset, length) => {
      const n = Math.max(0, Math.min(length, size - offset));
      const buf = Buffer.alloc(n);
      let done = 0;
      while (done < n) {
        const got = readSync(fd, buf, done, n - done, offset + done);
        if (got === 0) break;
        done += got;
      }
      return buf.subarray(0, done);
    });
  } finally {
    closeSync(fd);
  }
}

const hex = (n: number): string => `0x${n.toString(16)}`;

/** "ELF 64-bit LSB aarch64", "PE32+ x86-64", "Mach-O 64-bit aarch64". */
export function describeHeader(h: BinaryHeader): string {
  switch (h.format) {
    case 'ELF':
      return `ELF ${h.bits}-bit ${h.endian === 'little' ? 'LSB' : 'MSB'} ${ELF_MACHINES[h.machine] ?? `machine ${h.machine}`}`;
    case 'PE':
      return `PE${h.bits === 64 ? '32+' : '32'} ${PE_MACHINES[h.machine] ?? `machine ${hex(h.machine)}`}`;
    case 'Mach-O':
      return `Mach-O ${h.cpus.map((c) => `${c.bits}-bit ${MACHO_CPUS[c.cpu] ?? `cpu ${hex(c.cpu)}`}`).join(' + ')}`;
    case 'wasm':
      return 'WebAssembly module';
    default:
      return 'not an executable format this check knows';
  }
}

/** What a binary for `triple` must look like, in words ("ELF 64-bit LSB aarch64"); undefined when not checked. */
export function expectedHeader(triple: string): BinaryHeader | undefined {
  const format = formatOfTarget(triple);
  const arch = archOf(triple);
  if (!arch) return format === 'wasm' ? { format } : undefined;
  if (format === 'ELF') return { format, bits: arch.bits, endian: arch.endian, machine: arch.elf };
  if (format === 'PE' && arch.pe !== undefined) return { format, bits: arch.bits, machine: arch.pe };
  if (format === 'Mach-O' && arch.macho !== undefined) return { format, cpus: [{ bits: arch.bits, cpu: arch.macho }] };
  return format === 'wasm' ? { format } : undefined;
}

function matches(got: BinaryHeader, want: BinaryHeader): boolean {
  if (got.format !== want.format) return false;
  if (got.format === 'ELF' && want.format === 'ELF')
    return got.bits === want.bits && got.endian === want.endian && got.machine === want.machine;
  if (got.format === 'PE' && want.format === 'PE') return got.bits === want.bits && got.machine === want.machine;
  if (got.format === 'Mach-O' && want.format === 'Mach-O')
    return want.cpus.every((w) => got.cpus.some((c) => c.cpu === w.cpu));
  return true;
}

export type HeaderCheck =
  { ok: true; found: string } | { ok: false; found: string; expected: string } | { ok: 'unchecked'; found: string };

/** Whether the header fits the target: a mismatch names what the file is and what was expected. */
export function checkHeader(got: BinaryHeader, triple: string): HeaderCheck {
  const found = describeHeader(got);
  const want = expectedHeader(triple);
  if (!want) return { ok: 'unchecked', found };
  return matches(got, want) ? { ok: true, found } : { ok: false, found, expected: describeHeader(want) };
}
