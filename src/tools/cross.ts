// The C cross toolchain a foreign target needs on a Linux host, found the way the musl target finds
// musl-gcc: `<triple>-gcc` on PATH, else the distribution's package through apt-get (sudo -n when
// not root), handed to cargo as CARGO_TARGET_<TRIPLE>_LINKER and CC_<triple>/AR_<triple>. A musl
// target of another architecture links with rust-lld (rustc ships its C runtime and libc).
import { ok, stop, type Outcome } from '../context.js';
import type { Exec } from '../exec.js';
import { findOnPath } from '../paths.js';
import { aptInstall, ccEnv, type MuslCc } from './musl.js';

/** A C toolchain (or linker) as the summary's tool table shows it. */
export type CrossCc = Omit<MuslCc, 'from'> & { from: string };

/** How a target is cross-compiled from this host. */
export interface CrossSpec {
  /** The C compiler's name (`aarch64-linux-gnu-gcc`), or rust-lld for a foreign musl target. */
  gcc?: string;
  /** Debian packages providing it. */
  packages: string[];
  /** rust-lld links (a musl target of another architecture); C code then compiles with `gcc` when found. */
  lld?: boolean;
}

const GNU_PREFIX: readonly [RegExp, string, string][] = [
  // rust arch, gcc triple prefix, Debian architecture (libc6-dev-<arch>-cross)
  [/^aarch64$/, 'aarch64-linux-gnu', 'arm64'],
  [/^armv7$/, 'arm-linux-gnueabihf', 'armhf'],
  [/^arm$/, 'arm-linux-gnueabi', 'armel'],
  [/^i[56]86$/, 'i686-linux-gnu', 'i386'],
  [/^riscv64/, 'riscv64-linux-gnu', 'riscv64'],
  [/^powerpc64le$/, 'powerpc64le-linux-gnu', 'ppc64el'],
  [/^s390x$/, 's390x-linux-gnu', 's390x'],
  [/^x86_64$/, 'x86_64-linux-gnu', 'amd64'],
];

function gnuPrefix(target: string): { prefix: string; debArch: string } | undefined {
  const arch = target.split('-')[0]!;
  const hit = GNU_PREFIX.find(([re]) => re.test(arch));
  if (!hit) return undefined;
  // armv7-unknown-linux-gnueabi (soft float) is arm-linux-gnueabi, not …hf.
  if (hit[1] === 'arm-linux-gnueabihf' && !target.endsWith('hf'))
    return { prefix: 'arm-linux-gnueabi', debArch: 'armel' };
  return { prefix: hit[1], debArch: hit[2] };
}

/**
 * The cross toolchain for `target` built on a Linux `host`; undefined when none is needed (the
 * host itself, a musl target of the host's architecture — musl.ts handles that) or none is known.
 */
export function crossSpec(target: string, host: string): CrossSpec | undefined {
  if (target === host) return undefined;
  const arch = target.split('-')[0]!;
  const hostArch = host.split('-')[0]!;
  if (/-windows-gnu/.test(target)) {
    const mingw = arch === 'x86_64' ? 'x86_64' : /^i[56]86$/.test(arch) ? 'i686' : undefined;
    if (!mingw) return undefined;
    return { gcc: `${mingw}-w64-mingw32-gcc`, packages: [`gcc-mingw-w64-${mingw.replace('_', '-')}`] };
  }
  if (!/-linux-/.test(target) || arch === hostArch) return undefined;
  const gnu = gnuPrefix(target);
  if (/-linux-musl/.test(target)) return { lld: true, packages: [], ...(gnu ? { gcc: `${gnu.prefix}-gcc` } : {}) };
  if (!gnu) return undefined;
  return { gcc: `${gnu.prefix}-gcc`, packages: [`gcc-${gnu.prefix}`, `libc6-dev-${gnu.debArch}-cross`] };
}

/** CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER */
export function linkerVar(target: string): string {
  return `CARGO_TARGET_${target.toUpperCase().replace(/[-.]/g, '_')}_LINKER`;
}

/** What cargo gets: the linker for the target, and CC_/AR_ for the cc crate when there is a C compiler. */
export function crossEnv(target: string, linker: string, cc?: { cc: string; ar: string }): Record<string, string> {
  return { [linkerVar(target)]: linker, ...(cc ? ccEnv(target, cc.cc, cc.ar) : {}) };
}

export interface CrossOptions {
  exec: Exec;
  env: NodeJS.ProcessEnv;
  log: { info(message: string): void; warning(message: string): void };
  target: string;
  host: string;
  uid: number;
}

function findGcc(gcc: string, pathVar: string | undefined): { cc: string; ar: string } | undefined {
  const cc = findOnPath(gcc, pathVar);
  if (!cc) return undefined;
  return { cc, ar: findOnPath(gcc.replace(/gcc$/, 'ar'), pathVar) ?? findOnPath('ar', pathVar) ?? 'ar' };
}

async function version(o: CrossOptions, cc: string): Promise<string> {
  const r = await o.exec(cc, ['-dumpversion'], { env: o.env, echo: 'none', timeoutMs: 30_000 });
  return r.code === 0 ? `gcc ${r.stdout.trim()}` : 'unknown';
}

/** The message when the cross toolchain is missing and could not be installed. */
export function crossProblem(target: string, spec: CrossSpec, why: string): string {
  return [
    `No C cross toolchain for ${target}: ${spec.gcc} is not on PATH and ${spec.packages.join(' ')} could not be installed (${why}).`,
    `Fix: install it before this step (sudo apt-get install ${spec.packages.join(' ')}), or set ${linkerVar(target)} to a linker for ${target}.`,
  ].join('\n');
}

/** A foreign musl target: rust-lld links; a C compiler of that architecture is used when there is one. */
function lldToolchain(o: CrossOptions, spec: CrossSpec, started: number): CrossCc {
  // A musl cross gcc (musl.cc's, a distribution's) first; a gnu one compiles C that calls no libc.
  const names = [`${o.target.split('-')[0]!}-linux-musl-gcc`, ...(spec.gcc ? [spec.gcc] : [])];
  const gcc = names.map((n) => findGcc(n, o.env.PATH)).find((g) => g !== undefined);
  if (!gcc)
    o.log.info(
      `${o.target} links with rust-lld; no C compiler for it (${names.join(', ')}) is on PATH, so crates that build C code will fail.`,
    );
  return {
    tool: 'rust-lld',
    version: gcc ? `C: ${gcc.cc.split('/').pop()}` : '',
    from: 'rustc',
    path: 'rust-lld',
    env: crossEnv(o.target, 'rust-lld', gcc),
    ms: performance.now() - started,
  };
}

/**
 * The cross toolchain for a target, installed when missing; undefined when the target needs none.
 * Stops with the message when it is needed and cannot be had: the build of that target cannot link.
 */
export async function ensureCrossCc(o: CrossOptions): Promise<Outcome<CrossCc | undefined, string>> {
  const spec = crossSpec(o.target, o.host);
  if (!spec) return ok(undefined);
  const started = performance.now();
  const userLinker = o.env[linkerVar(o.target)];
  if (userLinker)
    return ok({ tool: 'linker', version: '', from: linkerVar(o.target), path: userLinker, env: {}, ms: 0 });
  if (spec.lld) return ok(lldToolchain(o, spec, started));
  const gcc = spec.gcc!;
  let found = findGcc(gcc, o.env.PATH);
  let from = 'PATH';
  if (!found) {
    o.log.info(`No ${gcc} on PATH: installing ${spec.packages.join(' ')}.`);
    const installed = await aptInstall(o, spec.packages);
    found = installed.ok ? findGcc(gcc, o.env.PATH) : undefined;
    if (!found)
      return stop(crossProblem(o.target, spec, installed.ok ? `the packages provide no ${gcc}` : installed.result));
    from = `apt-get (${spec.packages.join(' ')})`;
  }
  o.log.info(`${o.target}: linker and C compiler ${found.cc}`);
  return ok({
    tool: gcc,
    version: await version(o, found.cc),
    from,
    path: found.cc,
    env: crossEnv(o.target, found.cc, found),
    ms: performance.now() - started,
  });
}
