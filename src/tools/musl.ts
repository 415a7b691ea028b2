// The C compiler a musl target needs as soon as a dependency builds C code (ring, zstd-sys,
// libsqlite3-sys…): found on PATH, else installed with apt-get (Debian's musl-tools, which is
// what a hosted Ubuntu runner lacks), and handed to cargo as CC_<target>/AR_<target>.
import { DONE, logCommand, ok, stop, type Outcome } from '../context.js';
import { type Exec } from '../exec.js';
import { lastLines } from '../text.js';
import { findOnPath } from '../paths.js';

/** Compilers for a musl target, best first: a cross toolchain named after the target, then musl-gcc (host CPU only). */
export function muslCcCandidates(target: string, hostArch: string): string[] {
  const arch = target.split('-')[0]!;
  const hostTriple = hostArch === 'x64' ? 'x86_64' : hostArch === 'arm64' ? 'aarch64' : hostArch;
  return [`${arch}-linux-musl-gcc`, ...(arch === hostTriple ? ['musl-gcc'] : [])];
}

/** The variables cargo's `cc` crate reads for one target: CC_x86_64_unknown_linux_musl, AR_…. */
export function ccEnv(target: string, cc: string, ar: string): Record<string, string> {
  const t = target.replace(/-/g, '_');
  return { [`CC_${t}`]: cc, [`AR_${t}`]: ar };
}

/** Whether the user already chose a C compiler for the target (then it is left alone). */
export function userCc(env: NodeJS.ProcessEnv, target: string): string | undefined {
  return env[`CC_${target}`] ?? env[`CC_${target.replace(/-/g, '_')}`] ?? env.TARGET_CC;
}

/** apt-get argv for a package, non-interactive; through `sudo -n` when not root. */
export function aptArgv(
  verb: 'update' | 'install',
  uid: number,
  pkgs: readonly string[] = ['musl-tools'],
): { cmd: string; args: string[] } {
  const apt = [
    'env',
    'DEBIAN_FRONTEND=noninteractive',
    'apt-get',
    ...(verb === 'update' ? ['update', '-q'] : ['install', '-y', '-q', '--no-install-recommends', ...pkgs]),
  ];
  return uid === 0 ? { cmd: apt[0]!, args: apt.slice(1) } : { cmd: 'sudo', args: ['-n', ...apt] };
}

export interface MuslCc {
  tool: string;
  version: string;
  /** How it was found: already on PATH, installed with apt-get, or set by the user. */
  from: 'PATH' | 'apt-get (musl-tools)' | 'CC_<target>';
  path: string;
  /** What cargo gets: CC_<target>/AR_<target> (empty when the user set them). */
  env: Record<string, string>;
  ms: number;
}

export interface MuslCcOptions {
  exec: Exec;
  env: NodeJS.ProcessEnv;
  log: { info(message: string): void; warning(message: string): void };
  target: string;
  hostArch: string;
  uid: number;
}

function findCc(o: MuslCcOptions): { cc: string; ar: string } | undefined {
  const pathVar = o.env.PATH;
  for (const name of muslCcCandidates(o.target, o.hostArch)) {
    const cc = findOnPath(name, pathVar);
    if (!cc) continue;
    const prefixedAr =
      name.endsWith('-gcc') && name !== 'musl-gcc' ? findOnPath(name.replace(/gcc$/, 'ar'), pathVar) : undefined;
    return { cc, ar: prefixedAr ?? findOnPath('ar', pathVar) ?? 'ar' };
  }
  return undefined;
}

/** What installing a system package needs: a runner, the environment, a log, who we are. */
export type AptOptions = Pick<MuslCcOptions, 'exec' | 'env' | 'log' | 'uid'>;

/**
 * Runs apt-get install (after an update when the first try fails: a fresh runner's lists may be
 * stale). Stops with why it could not.
 */
export async function aptInstall(
  o: AptOptions,
  pkgs: readonly string[] = ['musl-tools'],
): Promise<Outcome<void, string>> {
  if (o.uid !== 0 && !findOnPath('sudo', o.env.PATH)) return stop('not running as root and sudo is not available');
  if (!findOnPath('apt-get', o.env.PATH)) return stop('apt-get is not available (not a Debian or Ubuntu system)');
  let last = '';
  for (const verbs of [['install'], ['update', 'install']] as const) {
    let worked = true;
    for (const verb of verbs) {
      const { cmd, args } = aptArgv(verb, o.uid, pkgs);
      logCommand(o.log, cmd, args);
      const r = await o.exec(cmd, args, { env: o.env, echo: 'none', timeoutMs: 10 * 60_000 });
      if (r.code !== 0) {
        worked = false;
        last = r.spawnError ?? lastLines(`${r.stderr}\n${r.stdout}`.trim(), 5);
        break;
      }
    }
    if (worked) return DONE;
  }
  return stop(`apt-get failed: ${last}`);
}

async function compilerVersion(o: MuslCcOptions, cc: string): Promise<string> {
  const r = await o.exec(cc, ['-dumpversion'], { env: o.env, echo: 'none', timeoutMs: 30_000 });
  return r.code === 0 ? `gcc ${r.stdout.trim()}` : 'unknown';
}

/**
 * Makes sure a musl C compiler is there for `target` (Linux hosts only; the caller checks the
 * target is musl). Returns it, or stops with a problem a user can act on (the build may still work
 * when no dependency compiles C, so the caller warns rather than fails).
 */
export async function ensureMuslCc(o: MuslCcOptions): Promise<Outcome<MuslCc, string>> {
  const started = performance.now();
  const ms = () => performance.now() - started;
  const chosen = userCc(o.env, o.target);
  if (chosen) return ok({ tool: 'C compiler', version: '', from: 'CC_<target>', path: chosen, env: {}, ms: ms() });
  let found = findCc(o);
  let from: MuslCc['from'] = 'PATH';
  if (!found) {
    o.log.info(
      `No musl C compiler (${muslCcCandidates(o.target, o.hostArch).join(', ')}) on PATH: installing musl-tools.`,
    );
    const installed = await aptInstall(o);
    found = installed.ok ? findCc(o) : undefined;
    if (!found) {
      const why = installed.ok ? 'musl-tools was installed but provides no compiler for this target' : installed.result;
      return stop(
        `No C compiler for ${o.target} (looked for ${muslCcCandidates(o.target, o.hostArch).join(', ')}) and musl-tools could not be installed: ${why}. Crates that build C code (ring, zstd-sys, libsqlite3-sys…) will fail; install musl-tools (sudo apt-get install musl-tools) or a ${o.target.split('-')[0]}-linux-musl cross toolchain before this step, or set CC_${o.target.replace(/-/g, '_')}.`,
      );
    }
    from = 'apt-get (musl-tools)';
  }
  const tool = found.cc.split('/').pop()!;
  return ok({
    tool,
    version: await compilerVersion(o, found.cc),
    from,
    path: found.cc,
    env: ccEnv(o.target, found.cc, found.ar),
    ms: ms(),
  });
}
