// Static-linking check by reading the ELF file itself (no ldd, no file(1)): a binary is static when
// it asks for no program interpreter (PT_INTERP) and needs no shared library (DT_NEEDED).
// Handles 32- and 64-bit files of either byte order.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export type ElfInfo =
  | {
      kind: 'elf';
      bits: 32 | 64;
      endian: 'little' | 'big';
      /** e_type: 2 executable, 3 shared object / PIE. */
      type: number;
      /** e_machine, e.g. 62 for x86-64, 183 for AArch64. */
      machine: number;
      /** PT_INTERP path, e.g. /lib64/ld-linux-x86-64.so.2; undefined when there is none. */
      interpreter?: string;
      /** DT_NEEDED libraries, in order. */
      needed: string[];
      /** True when the file has neither an interpreter nor needed libraries. */
      static: boolean;
    }
  | { kind: 'not-elf'; format: 'PE' | 'Mach-O' | 'wasm' | 'unknown' };

export class ElfError extends Error {
  override name = 'ElfError';
}

const PT_LOAD = 1;
const PT_DYNAMIC = 2;
const PT_INTERP = 3;
const DT_NULL = 0;
const DT_NEEDED = 1;
const DT_STRTAB = 5;
const DT_STRSZ = 10;
const PN_XNUM = 0xffff;

/** Reads bytes at an offset of some source (a file or a buffer). */
export interface ByteSource {
  size: number;
  read(offset: number, length: number): Buffer;
}

/** Throws ElfError when [offset, offset + length) is not inside a file of `size` bytes. */
function checkRange(offset: number, length: number, size: number): void {
  if (offset < 0 || length < 0 || offset + length > size) {
    throw new ElfError(`truncated file: wanted ${length} bytes at offset ${offset}, the file has ${size}`);
  }
}

export function bufferSource(buf: Buffer): ByteSource {
  return {
    size: buf.length,
    read: (offset, length) => {
      checkRange(offset, length, buf.length);
      return buf.subarray(offset, offset + length);
    },
  };
}

function formatOf(head: Buffer): ElfInfo & { kind: 'not-elf' } {
  if (head.length >= 2 && head[0] === 0x4d && head[1] === 0x5a) return { kind: 'not-elf', format: 'PE' };
  if (head.length >= 4) {
    const magic = head.readUInt32BE(0);
    if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(magic))
      return { kind: 'not-elf', format: 'Mach-O' };
    if (magic === 0x0061736d) return { kind: 'not-elf', format: 'wasm' };
  }
  return { kind: 'not-elf', format: 'unknown' };
}

/** Parses the parts of an ELF file that decide static linking. Throws ElfError for a damaged ELF file. */
export function readElf(src: ByteSource): ElfInfo {
  const ident = src.read(0, Math.min(16, src.size));
  if (ident.length < 4 || ident[0] !== 0x7f || ident[1] !== 0x45 || ident[2] !== 0x4c || ident[3] !== 0x46)
    return formatOf(ident);
  const r = fieldReader(ident);
  const eh = src.read(0, r.is64 ? 64 : 52);
  const segments = programHeaders(src, r, eh);
  const interp = segments.find((s) => s.type === PT_INTERP);
  const interpreter = interp ? cString(src.read(interp.offset, interp.filesz), 0) : undefined;
  const needed = neededLibraries(src, r, segments);
  return {
    kind: 'elf',
    bits: r.is64 ? 64 : 32,
    endian: r.le ? 'little' : 'big',
    type: r.u16(eh, 16),
    machine: r.u16(eh, 18),
    ...(interpreter !== undefined ? { interpreter } : {}),
    needed,
    static: interpreter === undefined && needed.length === 0,
  };
}

/** Reads the file's words in its class (32/64-bit) and byte order. */
interface FieldReader {
  is64: boolean;
  le: boolean;
  u16(b: Buffer, o: number): number;
  u32(b: Buffer, o: number): number;
  u64(b: Buffer, o: number): number;
  /** An address or offset: 64 bits in ELF64, 32 in ELF32. */
  word(b: Buffer, o: number): number;
  /** Signed d_tag values (processor-specific tags are large); only small ones matter here. */
  tag(b: Buffer, o: number): number;
}

function fieldReader(ident: Buffer): FieldReader {
  if (ident.length < 16) throw new ElfError('truncated ELF identification');
  const cls = ident[4];
  const data = ident[5];
  if (cls !== 1 && cls !== 2) throw new ElfError(`unknown ELF class ${cls}`);
  if (data !== 1 && data !== 2) throw new ElfError(`unknown ELF data encoding ${data}`);
  const is64 = cls === 2;
  const le = data === 1;
  const u32 = (b: Buffer, o: number): number => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
  const u64 = (b: Buffer, o: number): number => {
    const v = le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o);
    if (v > BigInt(Number.MAX_SAFE_INTEGER))
      throw new ElfError(`value 0x${v.toString(16)} at offset ${o} is out of range`);
    return Number(v);
  };
  return {
    is64,
    le,
    u16: (b, o) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o)),
    u32,
    u64,
    word: (b, o) => (is64 ? u64(b, o) : u32(b, o)),
    tag: (b, o) =>
      is64 ? Number(le ? b.readBigInt64LE(o) : b.readBigInt64BE(o)) : le ? b.readInt32LE(o) : b.readInt32BE(o),
  };
}

interface Segment {
  type: number;
  offset: number;
  vaddr: number;
  filesz: number;
}

/** The program header table (e_phnum, or section header 0's sh_info when it overflows). */
function programHeaders(src: ByteSource, r: FieldReader, eh: Buffer): Segment[] {
  const { is64, u16, u32, u64, word } = r;
  const phoff = word(eh, is64 ? 32 : 28);
  const shoff = word(eh, is64 ? 40 : 32);
  const phentsize = u16(eh, is64 ? 54 : 42);
  let phnum = u16(eh, is64 ? 56 : 44);
  if (phnum === PN_XNUM) {
    // More program headers than fit in e_phnum: the real count is in section header 0's sh_info.
    const sh0 = src.read(shoff, is64 ? 64 : 40);
    phnum = u32(sh0, is64 ? 44 : 28);
  }
  const minEnt = is64 ? 56 : 32;
  if (phnum > 0 && phentsize < minEnt) throw new ElfError(`program header entries of ${phentsize} bytes are too small`);
  const segments: Segment[] = [];
  const table = phnum > 0 ? src.read(phoff, phnum * phentsize) : Buffer.alloc(0);
  for (let i = 0; i < phnum; i++) {
    const o = i * phentsize;
    segments.push(
      is64
        ? { type: u32(table, o), offset: u64(table, o + 8), vaddr: u64(table, o + 16), filesz: u64(table, o + 32) }
        : { type: u32(table, o), offset: u32(table, o + 4), vaddr: u32(table, o + 8), filesz: u32(table, o + 16) },
    );
  }
  return segments;
}

/** The DT_NEEDED names of the dynamic segment, read from its string table. */
function neededLibraries(src: ByteSource, r: FieldReader, segments: readonly Segment[]): string[] {
  const dyn = segments.find((s) => s.type === PT_DYNAMIC);
  if (!dyn) return [];
  const entSize = r.is64 ? 16 : 8;
  const body = src.read(dyn.offset, dyn.filesz);
  const neededOffsets: number[] = [];
  let strtab: number | undefined;
  let strsz: number | undefined;
  for (let o = 0; o + entSize <= body.length; o += entSize) {
    const t = r.tag(body, o);
    if (t === DT_NULL) break;
    const v = r.word(body, o + (r.is64 ? 8 : 4));
    if (t === DT_NEEDED) neededOffsets.push(v);
    else if (t === DT_STRTAB) strtab = v;
    else if (t === DT_STRSZ) strsz = v;
  }
  if (neededOffsets.length === 0) return [];
  if (strtab === undefined) throw new ElfError('DT_NEEDED entries without a DT_STRTAB');
  // DT_STRTAB is a virtual address: find the loaded segment holding it to get its file offset.
  const at = strtab;
  const load = segments.find((s) => s.type === PT_LOAD && at >= s.vaddr && at < s.vaddr + s.filesz);
  if (!load) throw new ElfError(`DT_STRTAB address 0x${at.toString(16)} is in no loaded segment`);
  const fileOff = load.offset + (at - load.vaddr);
  const size = Math.min(strsz ?? load.vaddr + load.filesz - at, src.size - fileOff);
  const strings = src.read(fileOff, size);
  return neededOffsets.map((off) => {
    if (off >= strings.length) throw new ElfError(`DT_NEEDED name offset ${off} is outside the string table`);
    return cString(strings, off);
  });
}

function cString(buf: Buffer, offset: number): string {
  const end = buf.indexOf(0, offset);
  return buf.subarray(offset, end < 0 ? buf.length : end).toString('utf8');
}

/** Reads only the parts of the file the check needs (headers, dynamic section, string table). */
export function readElfFile(path: string): ElfInfo {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    return readElf({
      size,
      read(offset, length) {
        checkRange(offset, length, size);
        const buf = Buffer.alloc(length);
        let done = 0;
        while (done < length) {
          const n = readSync(fd, buf, done, length - done, offset + done);
          if (n === 0) throw new ElfError(`unexpected end of file at offset ${offset + done}`);
          done += n;
        }
        return buf;
      },
    });
  } finally {
    closeSync(fd);
  }
}

/** One line for logs and the summary, e.g. "static (ELF 64-bit LSB)" or "dynamic: needs libc.so.6". */
export function describeElf(info: ElfInfo): string {
  if (info.kind === 'not-elf')
    return `static check does not apply (${info.format === 'unknown' ? 'not an ELF file' : `${info.format} binary`})`;
  const kind = `ELF ${info.bits}-bit ${info.endian === 'little' ? 'LSB' : 'MSB'}`;
  if (info.static) return `static (${kind})`;
  const parts: string[] = [];
  if (info.needed.length) parts.push(`needs ${info.needed.join(', ')}`);
  if (info.interpreter) parts.push(`interpreter ${info.interpreter}`);
  return `dynamic (${kind}): ${parts.join('; ')}`;
}
