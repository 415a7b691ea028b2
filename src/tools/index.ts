// What stages call: `requireTool(ctx, 'cargo-audit')` installs the tool once per run (timed as a
// phase of the profile) and returns where it is; `toolBlocks` says where it came from.
import type * as ToolCacheApi from '@actions/tool-cache';
import { dirname, join } from 'node:path';
import { formatMs } from '../profiler.js';
import type { Block } from '../blocks.js';
import { ok, type Outcome, type StageContext } from '../context.js';
import { loadChecksums } from './checksums.js';
import { installTool, SOURCE_LABEL, type InstalledTool, type InstallOptions, type ToolCache } from './install.js';
import { ensureCrossCc, type CrossCc } from './cross.js';
import { ensureMuslCc, type MuslCc } from './musl.js';
import { currentPlatform, type ToolName } from './table.js';

export { type InstalledTool } from './install.js';
export type { ToolName } from './table.js';
export type { MuslCc } from './musl.js';
export type { CrossCc } from './cross.js';

const runs = new WeakMap<StageContext, Map<ToolName, Promise<InstalledTool>>>();

/** @actions/tool-cache, loaded when a tool is first looked for (a run that needs no tool never loads it). */
const loadToolCache = (): Promise<typeof ToolCacheApi> => import('@actions/tool-cache');

/**
 * @actions/tool-cache, which keeps tools under RUNNER_TOOL_CACHE and downloads into RUNNER_TEMP.
 * Outside Actions (the CLI) those are unset: they become directories beside the local cache's
 * tool directory, so a second local run finds the tool there.
 */
export function actionsToolCache(toolDir: string, tempDir: string): ToolCache {
  process.env.RUNNER_TOOL_CACHE ||= join(dirname(toolDir), 'tool-cache');
  process.env.RUNNER_TEMP ||= tempDir;
  return {
    find: async (tool, version, arch) => (await loadToolCache()).find(tool, version, arch),
    cacheDir: async (dir, tool, version, arch) => (await loadToolCache()).cacheDir(dir, tool, version, arch),
    downloadTool: async (url, dest) => (await loadToolCache()).downloadTool(url, dest),
    extractTar: async (file, dest) => (await loadToolCache()).extractTar(file, dest),
    extractZip: async (file, dest) => (await loadToolCache()).extractZip(file, dest),
  };
}

export function installOptions(ctx: StageContext): InstallOptions {
  return {
    exec: ctx.exec,
    env: ctx.env,
    toolDir: ctx.toolDir,
    tempDir: join(ctx.tempDir, 'tools'),
    log: ctx.log,
    mirror: ctx.inputs.tools.mirror,
    platform: currentPlatform(),
    arch: process.arch,
    toolCache: actionsToolCache(ctx.toolDir, join(ctx.tempDir, 'tools')),
    checksums: loadChecksums(ctx.env),
  };
}

/** Installs a tool at its pinned version (once per run) and returns where it is. Throws ToolInstallError. */
export function requireTool(ctx: StageContext, tool: ToolName): Promise<InstalledTool> {
  let byTool = runs.get(ctx);
  if (!byTool) runs.set(ctx, (byTool = new Map()));
  let pending = byTool.get(tool);
  if (!pending) {
    const version = ctx.inputs.tools.versions[tool];
    pending = ctx.profiler.measure(`install ${tool}`, async () => {
      const installed = await installTool(tool, version, installOptions(ctx));
      ctx.log.info(
        `${tool} ${installed.version}: ${SOURCE_LABEL[installed.source]} (${installed.detail}), ${formatMs(installed.ms)}`,
      );
      return installed;
    });
    byTool.set(tool, pending);
  }
  return pending;
}

/** A cargo tool that came from the last resort: built with cargo install (no verified archive, or its download failed). */
export function isFallback(t: InstalledTool | CrossCc): boolean {
  return 'source' in t && t.source === 'cargo-install';
}

/**
 * Where each tool (a cargo tool, or a system tool like the musl C compiler) came from: version, source, time.
 * Folded under a one-line `<details>` (provenance is the detail behind a result), shown openly when a tool
 * came from a fallback, with a line saying which and why it took that long.
 */
export function toolBlocks(tools: readonly (InstalledTool | CrossCc)[]): Block[] {
  if (tools.length === 0) return [];
  const row = (t: InstalledTool | CrossCc): string[] =>
    'source' in t
      ? [t.tool, t.version, SOURCE_LABEL[t.source], formatMs(t.ms), t.detail]
      : [t.tool, t.version, t.from, formatMs(t.ms), [t.path, ...Object.keys(t.env)].join(', ')];
  const table: Block = {
    kind: 'table',
    header: ['tool', 'version', 'from', 'time', 'details'],
    align: ['left', 'left', 'left', 'right', 'left'],
    rows: tools.map(row),
  };
  const fallbacks = tools.filter(isFallback);
  if (fallbacks.length === 0)
    return [{ kind: 'fold', summary: `Tools: ${tools.map(oneLine).join('; ')}`, blocks: [table] }];
  const built = fallbacks.map((t) => `${t.tool} ${t.version} (${formatMs(t.ms)})`).join(', ');
  return [
    {
      kind: 'text',
      text: `⚠️ **Built with cargo install, as no verified prebuilt archive could be used:** ${built}. The shared cache keeps the build for the next runs; a tool-mirror with checksums, or the tool on PATH from an earlier step, avoids it.`,
    },
    table,
  ];
}

function oneLine(t: InstalledTool | CrossCc): string {
  const from = 'source' in t ? SOURCE_LABEL[t.source] : t.from;
  return `${t.tool}${t.version ? ` ${t.version}` : ''} from ${from}, ${formatMs(t.ms)}`;
}

/** The musl C compiler for a musl target on Linux, timed as a phase; undefined when not needed. */
export async function requireMuslCc(ctx: StageContext, target: string): Promise<Outcome<MuslCc | undefined, string>> {
  if (process.platform !== 'linux' || !/-linux-musl/.test(target)) return ok(undefined);
  return ctx.profiler.measure('musl C compiler', () =>
    ensureMuslCc({
      exec: ctx.exec,
      env: ctx.env,
      log: ctx.log,
      target,
      hostArch: process.arch,
      uid: process.getuid?.() ?? -1,
    }),
  );
}

/**
 * The C cross toolchain for a foreign target on a Linux host (aarch64 gnu, Windows gnu…), timed as
 * a phase; undefined when the target needs none.
 */
export async function requireCrossCc(
  ctx: StageContext,
  target: string,
  host: string,
): Promise<Outcome<CrossCc | undefined, string>> {
  if (process.platform !== 'linux') return ok(undefined);
  return ctx.profiler.measure(`C cross toolchain (${target})`, () =>
    ensureCrossCc({ exec: ctx.exec, env: ctx.env, log: ctx.log, target, host, uid: process.getuid?.() ?? -1 }),
  );
}

/** The JSON-report form of an installed tool. */
export function toolData(t: InstalledTool): Record<string, unknown> {
  return { tool: t.tool, version: t.version, source: t.source, path: t.path, ms: Math.round(t.ms), detail: t.detail };
}
