// Overlapped stages' logs: recorded, bounded (spilled to a file), printed whole in order; the
// profile keeps pipeline order and measures overlap; the gantt chart of a run.
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../src/context.js';
import { exec } from '../../src/exec.js';
import { overlap, Profiler } from '../../src/profiler.js';
import { routedLogger, StageOutput, withOutput } from '../../src/stage-log.js';

function recordingLogger(lines: string[]): Logger {
  return {
    info: (m) => lines.push(`info:${m}`),
    warning: (m) => lines.push(`warning:${m}`),
    group: async (name, fn) => {
      lines.push(`group:${name}`);
      const r = await fn();
      lines.push(`endgroup:${name}`);
      return r;
    },
    secret: () => undefined,
  };
}

describe('StageOutput', () => {
  const written: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    written.length = 0;
  });
  const captureStdout = (lines: string[]): void => {
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(`out:${Buffer.from(chunk).toString()}`);
      return true;
    });
  };

  it('records child output and log lines in order, prints them when it goes live, then streams', async () => {
    const lines: string[] = [];
    const base = recordingLogger(lines);
    const log = routedLogger(base);
    const out = new StageOutput(base);
    await withOutput(out, async () => {
      log.info('one');
      await exec(process.execPath, ['-e', 'process.stdout.write("child\\n")']);
      log.warning('two');
      await log.group('inner', async () => log.info('three'));
    });
    expect(lines).toEqual([]);
    captureStdout(lines);
    out.goLive();
    await withOutput(out, async () => log.info('live'));
    expect(lines).toEqual(['info:one', 'out:child\n', 'warning:two', 'info:▶ inner', 'info:three', 'info:live']);
  });

  it('keeps at most the memory bound and spills the rest to a temporary file, removed after printing', () => {
    const lines: string[] = [];
    const out = new StageOutput(recordingLogger(lines), 10);
    out.write('12345');
    out.write('67890');
    out.write('abcdef');
    out.message('info', 'spilled line');
    out.message('warning', 'kept');
    out.write('ghi');
    const spill = (out as unknown as { spill?: { dir: string } }).spill;
    expect(spill && existsSync(spill.dir)).toBe(true);
    captureStdout(lines);
    out.goLive();
    expect(lines.join('|')).toBe('out:12345|out:67890|out:abcdefspilled line\n|warning:kept|out:ghi');
    expect(existsSync(spill!.dir)).toBe(false);
  });

  it('outside a stage, the routed logger and exec write straight through', async () => {
    const lines: string[] = [];
    routedLogger(recordingLogger(lines)).info('direct');
    expect(lines).toEqual(['info:direct']);
  });
});

describe('Profiler with overlapping phases', () => {
  it('nests each phase under the one that encloses it and lists reserved phases in the reserved order', async () => {
    let t = 0;
    const p = new Profiler(() => t);
    p.reserve(['stage: fmt', 'stage: clippy', 'stage: audit']);
    const gate = Promise.resolve();
    await Promise.all([
      p.measure('stage: audit', async () => {
        t = 1;
        await gate;
        await p.measure('cargo audit', async () => {
          t = 3;
        });
      }),
      p.measure('stage: clippy', async () => {
        await gate;
        await p.measure('cargo clippy', async () => {
          t = 5;
        });
      }),
    ]);
    expect(p.timings().map((x) => [x.name, x.depth])).toEqual([
      ['stage: clippy', 0],
      ['cargo clippy', 1],
      ['stage: audit', 0],
      ['cargo audit', 1],
    ]);
  });

  it('overlap: wall time is the union of the intervals, summed time their sum', () => {
    expect(
      overlap([
        { at: 0, ms: 100 },
        { at: 50, ms: 100 },
        { at: 300, ms: 10 },
      ]),
    ).toEqual({ wallMs: 160, summedMs: 210 });
  });
});
