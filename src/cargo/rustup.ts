// Pure builders of rustup command lines and parsers of its output.
export interface Command {
  cmd: string;
  args: string[];
}

export function toolchainListCommand(): Command {
  return { cmd: 'rustup', args: ['toolchain', 'list'] };
}

// Toolchain names reach rustup after `--` or as `--toolchain=<name>`, never where rustup could read
// them as an option (a toolchain file saying channel = "--force" stays a name).

export function toolchainInstallCommand(
  toolchain: string,
  components: readonly string[] = [],
  profile = 'minimal',
): Command {
  const args = ['toolchain', 'install', `--profile=${profile}`, '--no-self-update'];
  if (components.length) args.push(`--component=${components.join(',')}`);
  args.push('--', toolchain);
  return { cmd: 'rustup', args };
}

export function componentListCommand(toolchain: string): Command {
  return { cmd: 'rustup', args: ['component', 'list', '--installed', `--toolchain=${toolchain}`] };
}

export function componentAddCommand(toolchain: string, components: readonly string[]): Command {
  return { cmd: 'rustup', args: ['component', 'add', `--toolchain=${toolchain}`, '--', ...components] };
}

export function targetListCommand(toolchain: string): Command {
  return { cmd: 'rustup', args: ['target', 'list', '--installed', `--toolchain=${toolchain}`] };
}

export function targetAddCommand(toolchain: string, targets: readonly string[]): Command {
  return { cmd: 'rustup', args: ['target', 'add', `--toolchain=${toolchain}`, '--', ...targets] };
}

/** Target triples from `rustup target list --installed`, one a line. */
export function parseInstalledTargets(stdout: string): string[] {
  return stdout
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(l));
}

/** Names from `rustup toolchain list`, e.g. "stable-x86_64-unknown-linux-gnu" (markers like "(default)" dropped). */
export function parseToolchainList(stdout: string): string[] {
  return stdout
    .split(/\r?\n/)
    .map((l) => l.trim().split(/\s+/)[0] ?? '')
    .filter((n) => n !== '' && n !== 'no' && !n.startsWith('info:'));
}

const TRIPLE_TAIL = /^[a-z][a-z0-9_]*(-[a-z0-9_]+){1,3}$/;

/**
 * The installed toolchain a requested name refers to: the same name, or the name followed by the
 * host triple ("stable" → "stable-x86_64-unknown-linux-gnu"). "1.95" does not match "1.95.0-…"
 * (rustup treats them as different toolchains) and "nightly" does not match a dated nightly.
 */
export function findInstalled(installed: readonly string[], requested: string): string | undefined {
  return installed.find(
    (n) => n === requested || (n.startsWith(`${requested}-`) && TRIPLE_TAIL.test(n.slice(requested.length + 1))),
  );
}

/** Component names from `rustup component list --installed`, without the target triple ("clippy", "rustfmt"). */
export function parseInstalledComponents(stdout: string): string[] {
  return stdout
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => l.replace(/-(x86_64|aarch64|i686|armv7|arm|riscv64gc|powerpc64le|s390x|loongarch64)-[\w-]+$/, ''));
}

/**
 * The useful part of a failed rustup run: its error line and the last two causes, without info
 * lines or a stack backtrace; the last lines when there is no error line.
 */
export function rustupError(output: string): string {
  const lines = output.split(/\r?\n/);
  const bt = lines.findIndex((l) => /^\s*stack backtrace:/i.test(l));
  const relevant = (bt >= 0 ? lines.slice(0, bt) : lines)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('info: '));
  const error = relevant.find((l) => l.startsWith('error:'));
  const causes = relevant.filter((l) => /^\d+: /.test(l)).slice(-2);
  return error ? [error, ...causes].join('\n') : relevant.slice(-3).join('\n');
}
