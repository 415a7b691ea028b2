import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, test } from 'vitest';
import { hitOf } from '../../src/cache/report.js';
import { keyStartsWith, sameKey } from '../../src/cache/key-match.js';
import { cacheOutputs } from '../../src/action-outputs.js';
import { formatBytes } from '../../src/text.js';
import {
  handleWorkerLine,
  lookupProblem,
  notSaved,
  postWorkerOptions,
  replacementKey,
  restoreEntry,
  restoreLookup,
  startWorker,
  type ServiceOutcome,
  type WorkerRequest,
  type WorkerResult,
} from '../../src/cache/service.js';
import { exec, type Exec, type ExecResult } from '../../src/exec.js';
import type { Logger } from '../../src/context.js';
import { recordingLogger } from '../support/fakes.js';

function recorder(): { log: Logger; lines: string[] } {
  const log = recordingLogger();
  return { log, lines: log.lines };
}

describe('reading the worker output', () => {
  test.each<[string, string[], Partial<ServiceOutcome>]>([
    ['Cache hit for: k1', ['info Cache hit for: k1'], {}],
    [
      'Cache Size: ~12 MB (12582912 B)',
      ['info Cache Size: ~12 MB (12582912 B)'],
      { sizeBytes: 12582912, extracting: true },
    ],
    ['::add-mask::abc123', ['secret abc123'], {}],
    [
      '::warning::Failed to restore: connect ECONNREFUSED 127.0.0.1:1',
      ['warning cache: Failed to restore: connect ECONNREFUSED 127.0.0.1:1'],
      { warnings: ['Failed to restore: connect ECONNREFUSED 127.0.0.1:1'] },
    ],
    // The library logs server errors as errors: a cache problem is never more than a warning here.
    [
      '::error::Failed to save: 500 boom%0Anext',
      ['warning cache: Failed to save: 500 boom\nnext'],
      { warnings: ['Failed to save: 500 boom\nnext'] },
    ],
    ['::debug::File Size: 4096', [], { sizeBytes: 4096 }],
    ['::debug::Resolved Keys:', [], {}],
    ['', [], {}],
  ])('%j', (line, logged, outcome) => {
    const { log, lines } = recorder();
    const out: ServiceOutcome = { available: true, warnings: [], ms: 0 };
    handleWorkerLine(line, log, out);
    expect(lines).toEqual(logged);
    expect(out).toMatchObject({ warnings: [], ...outcome });
  });
});

describe('restoring an entry', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  /** A worker stand-in: prints `lines`, writes `result` (unless undefined) into the request's result file, ends as `end` says. */
  function fakeWorker(lines: string[], result: WorkerResult | undefined, end: Partial<ExecResult> = {}): Exec {
    return async (_cmd, args, opts) => {
      const req = JSON.parse(readFileSync(args[1]!, 'utf8')) as WorkerRequest;
      for (const l of lines) opts?.onStdoutLine?.(l);
      if (result) writeFileSync(req.resultFile, JSON.stringify(result));
      return { code: 0, stdout: '', stderr: '', ms: 5, ...end };
    };
  }

  function setup(): {
    root: string;
    kept: string;
    created: string;
    options: (exec: Exec) => Parameters<typeof restoreEntry>[1];
  } {
    const root = mkdtempSync(join(tmpdir(), 'rp-restore-'));
    dirs.push(root);
    const kept = join(root, 'registry');
    const created = join(root, 'target');
    mkdirSync(kept);
    return {
      root,
      kept,
      created,
      options: (exec) => ({
        exec,
        log: recorder().log,
        env: {},
        tempDir: join(root, 'tmp'),
        timeoutMs: 7000,
        script: 'worker.js',
      }),
    };
  }

  it('a restore stopped while extracting matches nothing and removes only the paths it created', async () => {
    const { kept, created, options } = setup();
    const exec: Exec = async (cmd, args, opts) => {
      mkdirSync(created);
      return fakeWorker(['Cache Size: ~1 MB (1048576 B)'], undefined, { code: 143, killed: 'timeout' })(
        cmd,
        args,
        opts,
      );
    };
    const out = await restoreEntry({ paths: [kept, created], key: 'k', restoreKeys: [] }, options(exec));
    expect(out).toMatchObject({ timedOut: true, extracting: true, sizeBytes: 1048576 });
    expect(out.matchedKey).toBeUndefined();
    expect(out.problem).toBe(
      `restore stopped after 7 s (cache-restore-timeout); the partly restored ${created} removed`,
    );
    expect(existsSync(kept)).toBe(true);
    expect(existsSync(created)).toBe(false);
  });

  it('a restore stopped before extracting leaves every path alone', async () => {
    const { kept, created, options } = setup();
    mkdirSync(created);
    const out = await restoreEntry(
      { paths: [kept, created], key: 'k', restoreKeys: [] },
      options(fakeWorker([], undefined, { code: 143, killed: 'timeout' })),
    );
    expect(out.problem).toBe('restore stopped after 7 s (cache-restore-timeout)');
    expect(existsSync(created)).toBe(true);
  });

  test.each<
    [string, string[], WorkerResult | undefined, Partial<ExecResult>, { matchedKey?: string; problem?: string }]
  >([
    ['an exact hit', [], { available: true, matchedKey: 'k' }, {}, { matchedKey: 'k' }],
    ['a plain miss', [], { available: true }, {}, {}],
    [
      'a miss with a library warning',
      ['::warning::Failed to restore: 503'],
      { available: true },
      {},
      { problem: 'Failed to restore: 503' },
    ],
    ['a hit despite a warning', ['::warning::slow'], { available: true, matchedKey: 'k-' }, {}, { matchedKey: 'k-' }],
    ['a worker error', [], { available: true, error: 'boom' }, {}, { problem: 'boom' }],
    [
      'a worker that died',
      [],
      undefined,
      { code: 1, stderr: 'a\nb\nTypeError: x\n' },
      { problem: 'the cache worker stopped without a result: a b TypeError: x' },
    ],
    ['no service', [], { available: false }, {}, {}],
  ])('%s', async (_name, lines, result, end, expected) => {
    const { kept, options } = setup();
    const out = await restoreEntry(
      { paths: [kept], key: 'k', restoreKeys: ['k-'] },
      options(fakeWorker(lines, result, end)),
    );
    expect(out.matchedKey).toBe(expected.matchedKey);
    expect(out.problem).toBe(expected.problem);
  });
});

describe('a worker started ahead of its request', () => {
  const root = mkdtempSync(join(tmpdir(), 'rp-started-worker-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** A worker stand-in that waits for its stdin, then finds its request file there or not. */
  function waitingWorker(seen: { request?: WorkerRequest; requestAtStart: boolean; dir?: string }): Exec {
    return async (_cmd, args, opts) => {
      const file = args[1]!;
      seen.dir = join(file, '..');
      seen.requestAtStart = existsSync(file);
      expect(typeof opts?.input).toBe('object');
      await opts?.input;
      if (!existsSync(file)) return { code: 0, stdout: '', stderr: '', ms: 50 };
      seen.request = JSON.parse(readFileSync(file, 'utf8')) as WorkerRequest;
      writeFileSync(seen.request.resultFile, JSON.stringify({ available: true, matchedKey: seen.request.key }));
      return { code: 0, stdout: '', stderr: '', ms: 50 };
    };
  }

  const options = (exec: Exec): Parameters<typeof startWorker>[0] => ({
    exec,
    log: recorder().log,
    env: {},
    tempDir: join(root, 'tmp'),
    timeoutMs: 7000,
    script: 'worker.js',
  });

  it('gets its request file only when run, then answers it; its folder goes afterwards', async () => {
    const seen: { request?: WorkerRequest; requestAtStart: boolean; dir?: string } = { requestAtStart: true };
    const worker = startWorker(options(waitingWorker(seen)));
    const out = await worker.run({ op: 'lookup', paths: ['/p'], key: 'k', restoreKeys: [] });
    expect(seen.requestAtStart).toBe(false);
    expect(seen.request).toMatchObject({ op: 'lookup', paths: ['/p'], key: 'k' });
    expect(out).toMatchObject({ available: true, matchedKey: 'k' });
    expect(existsSync(seen.dir!)).toBe(false);
  });

  it.each([
    ['at the usual priority', false, getPriority()],
    ['in the background: lowered by the parent once asked, also after it started', true, Math.max(getPriority(), 10)],
  ])('a real worker process runs %s', async (_, background, nice) => {
    // A stand-in worker that answers with its own scheduling priority.
    const script = join(root, `priority-${String(background)}.mjs`);
    writeFileSync(
      script,
      [
        "import { readFileSync, writeFileSync } from 'node:fs';",
        "import { getPriority } from 'node:os';",
        'process.stdin.resume();',
        "process.stdin.on('end', () => {",
        "  const req = JSON.parse(readFileSync(process.argv[2], 'utf8'));",
        '  writeFileSync(req.resultFile, JSON.stringify({ available: true, matchedKey: String(getPriority()) }));',
        '});',
      ].join('\n'),
    );
    const worker = startWorker({ ...options(exec), script });
    await new Promise((r) => setTimeout(r, 50));
    if (background) worker.inBackground();
    const out = await worker.run({ op: 'lookup', paths: ['/p'], key: 'k', restoreKeys: [] });
    expect(out.matchedKey).toBe(String(nice));
  });

  it('cancelled, it ends without a request and leaves no folder behind', async () => {
    const seen: { request?: WorkerRequest; requestAtStart: boolean; dir?: string } = { requestAtStart: true };
    await startWorker(options(waitingWorker(seen))).cancel();
    expect(seen.request).toBeUndefined();
    expect(existsSync(seen.dir!)).toBe(false);
  });
});

describe('restore faults after extraction began', () => {
  const root = mkdtempSync(join(tmpdir(), 'rp-restore-fault-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** A worker that offers `offered`, starts extracting into `created`, and fails like the library does on a corrupt archive. */
  function corruptWorker(offered: string, created: string, sent: WorkerRequest[]): Exec {
    return async (_cmd, args, opts) => {
      const req = JSON.parse(readFileSync(args[1]!, 'utf8')) as WorkerRequest;
      sent.push(req);
      opts?.onStdoutLine?.(`Cache hit for restore-key: ${offered}`);
      opts?.onStdoutLine?.('Cache Size: ~0 MB (4096 B)');
      mkdirSync(join(created, 'debug'), { recursive: true });
      opts?.onStdoutLine?.(
        '::warning::Failed to restore: "/usr/bin/tar" failed with error: The process exited with code 2',
      );
      writeFileSync(req.resultFile, JSON.stringify({ available: true }));
      return { code: 0, stdout: '', stderr: '', ms: 5 };
    };
  }

  test.each<[string, string, boolean]>([
    ['the key itself', 'k', true],
    ['a replacement of the key', 'k-r12-1', true],
    ['an older entry (restore key)', 'k-old', false],
  ])('%s does not extract: the partly restored paths go; a replacement is due: %s', async (_n, offered, exact) => {
    const kept = join(root, 'registry');
    const created = join(root, `target-${offered}`);
    mkdirSync(kept, { recursive: true });
    const sent: WorkerRequest[] = [];
    const out = await restoreEntry(
      { paths: [kept, created], key: 'k', restoreKeys: ['k-'] },
      {
        exec: corruptWorker(offered, created, sent),
        log: recorder().log,
        env: {},
        tempDir: join(root, 'tmp'),
        timeoutMs: 7000,
        script: 'w.js',
      },
    );
    // Replacements are asked for first, then the key, then the fallbacks.
    expect(sent[0]).toMatchObject({ op: 'restore', key: 'k-r', restoreKeys: ['k-r', 'k', 'k-'] });
    expect(out.matchedKey).toBeUndefined();
    expect(out.offeredKey).toBe(offered);
    expect(existsSync(created)).toBe(false);
    expect(existsSync(kept)).toBe(true);
    expect(out.problem).toContain(`the partly restored ${created} removed`);
    expect(out.brokenKey).toBe(exact ? offered : undefined);
  });

  it('replacement keys are unique per run attempt and stay under the prefix', () => {
    expect(replacementKey('k', { GITHUB_RUN_ID: '77', GITHUB_RUN_ATTEMPT: '2' })).toBe('k-r77-2');
    expect(replacementKey('k', { GITHUB_RUN_ID: '../x' })).toMatch(/^k-r\d+-1$/);
    expect(restoreLookup('k', ['k-', 'k'])).toEqual({ key: 'k-r', restoreKeys: ['k-r', 'k', 'k-'] });
  });
});

describe("reading post's lookup and save", () => {
  const base: ServiceOutcome = { available: true, warnings: [], ms: 3 };
  test.each<[string, Partial<ServiceOutcome>, string | undefined]>([
    ['no entry', {}, undefined],
    ['an entry', { matchedKey: 'k' }, undefined],
    ['a warning beside a match', { matchedKey: 'k', warnings: ['slow'] }, undefined],
    ['no answer in time', { timedOut: true }, 'no answer within 60 s'],
    ['a failure', { error: 'ECONNREFUSED' }, 'ECONNREFUSED'],
    ['warnings and no match', { warnings: ['503', 'retry'] }, '503; retry'],
  ])('lookup: %s', (_name, change, expected) => {
    expect(lookupProblem({ ...base, ...change }, 60_000)).toBe(expected);
  });
  test.each<[string, Partial<ServiceOutcome>, string | undefined]>([
    ['saved', { cacheId: 7 }, undefined],
    ['stopped', { timedOut: true }, 'not saved: stopped after 20 min'],
    ['failed', { error: 'boom' }, 'not saved: boom'],
    [
      'refused with a warning',
      { cacheId: -1, warnings: ['reserved by another job'] },
      'not saved: reserved by another job',
    ],
    ['refused silently', {}, 'not saved (see the log)'],
  ])('save: %s', (_name, change, expected) => {
    expect(notSaved({ ...base, ...change }, '20 min')).toBe(expected);
  });
});

describe("the post step's worker", () => {
  it("runs in a child's environment (runWorker adds the cache credentials), with its requests under RUNNER_TEMP", () => {
    const env = {
      RUNNER_TEMP: '/runner/temp',
      'INPUT_DOCKER-PASSWORD': 'hunter2',
      'INPUT_DOCKER-USERNAME': 'bot',
      ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/',
    };
    const o = postWorkerOptions(recorder().log, 60_000, env);
    expect(o.env).toEqual({ RUNNER_TEMP: '/runner/temp' });
    expect(o.tempDir).toBe(join('/runner/temp', 'rust-pipeline', 'cache'));
    expect(o.timeoutMs).toBe(60_000);
  });
});

describe('figures', () => {
  it('names the kind of hit', () => {
    expect(hitOf('a-1', 'a-1')).toBe('exact');
    expect(hitOf('a-1', 'a-0')).toBe('partial');
    expect(hitOf('a-1', undefined)).toBe('none');
    // A replacement of the key (saved after the key's own entry did not extract) is the same entry.
    expect(hitOf('a-1', 'a-1-r42-1')).toBe('exact');
    expect(hitOf('a-1', 'a-10')).toBe('partial');
  });
  test.each([
    [512, '512 B'],
    [2048, '2.0 KiB'],
    [5 * 1024 * 1024, '5.00 MiB'],
    [3 * 1024 ** 3, '3.00 GiB'],
  ])('formatBytes(%d) = %s', (n, s) => {
    expect(formatBytes(n)).toBe(s);
  });
});

describe('keys compared as the service compares them (case-insensitively)', () => {
  it.each([
    ['the key lower-cased', 'Rust-Pipeline-v1-Linux-X64-abc', 'rust-pipeline-v1-linux-x64-abc', 'exact'],
    ['a replacement lower-cased', 'Rust-Pipeline-v1-Linux-X64-abc', 'rust-pipeline-v1-linux-x64-abc-r42-1', 'exact'],
    ['another key lower-cased', 'Rust-Pipeline-v1-Linux-X64-abc', 'rust-pipeline-v1-linux-x64-abd', 'partial'],
  ] as const)('%s', (_, key, matched, hit) => {
    expect(hitOf(key, matched)).toBe(hit);
  });

  it.each([
    ['ABC', 'abc', true],
    ['abc', 'abd', false],
    ['résumé', 'resume', false],
    ['Résumé', 'résumé', true],
  ])('sameKey(%s, %s) is %s', (a, b, same) => {
    expect(sameKey(a, b)).toBe(same);
  });

  it('answers as the collator does for every pair of printable ASCII characters (its shortcut)', () => {
    const chars = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));
    const disagree = chars.flatMap((a) =>
      chars
        .filter((b) => sameKey(`k-${a}`, `k-${b}`) !== (a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0))
        .map((b) => `${a}${b}`),
    );
    expect(disagree).toEqual([]);
  });

  it.each([
    ['KEY-r1-1', 'key-r', true],
    ['ke', 'key', false],
    ['key-x', 'KEY-', true],
  ])('keyStartsWith(%s, %s) is %s', (key, prefix, starts) => {
    expect(keyStartsWith(key, prefix)).toBe(starts);
  });
});

describe('cache outputs', () => {
  it.each([
    ['exact', { 'cache-hit': 'true', 'cache-match': 'exact', 'cache-key': 'k' }],
    ['partial', { 'cache-hit': 'false', 'cache-match': 'partial', 'cache-key': 'k' }],
    ['none', { 'cache-hit': 'false', 'cache-match': 'none', 'cache-key': 'k' }],
  ] as const)("%s: cache-hit is 'true' only for an exact hit, as actions/cache sets it", (match, want) => {
    expect(cacheOutputs(match, 'k')).toEqual(want);
  });
});
