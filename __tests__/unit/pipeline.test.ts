// The pipeline with stand-in stages: the order they run in, what a stage after a failed one sees
// (and how the docker and publish stages answer it), and the run's result as the worst of its stages.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  result,
  type RunEvent,
  type SetupStep,
  type Stage,
  type StageResult,
  type StageStatus,
} from '../../src/context.js';
import { STAGES, type StageName } from '../../src/inputs/specs.js';
import { runPipeline } from '../../src/pipeline.js';
import { Profiler } from '../../src/profiler.js';
import { dockerStage } from '../../src/stages/docker.js';
import { publishStage } from '../../src/stages/publish.js';
import { parseGiven } from '../support/inputs.js';
import { recordingLogger, scriptedExec } from '../support/fakes.js';

/** Stand-in stages: each records that it started (and what earlier results it saw) and answers its scripted result. */
function standIns(answers: Partial<Record<StageName, StageStatus | (() => Promise<StageResult>)>> = {}) {
  const started: StageName[] = [];
  const saw: Partial<Record<StageName, StageName[]>> = {};
  const stage = (name: StageName): Stage => ({
    name,
    title: `the ${name} stage`,
    run: async (ctx) => {
      started.push(name);
      saw[name] = [...ctx.previous.keys()];
      const answer = answers[name] ?? 'success';
      return typeof answer === 'function' ? answer() : result(answer, `${name}: ${answer}`);
    },
  });
  const registry = Object.fromEntries(STAGES.map((n) => [n, stage(n)])) as Record<StageName, Stage>;
  return { registry, started, saw };
}

function run(
  given: Record<string, string>,
  registry: Record<StageName, Stage>,
  event?: Partial<RunEvent>,
  setup: SetupStep[] = [],
  log = recordingLogger(),
) {
  const cwd = mkdtempSync(join(tmpdir(), 'rp-pipeline-'));
  writeFileSync(join(cwd, 'Cargo.toml'), '[package]\nname = "app"\nversion = "1.2.3"\n');
  const exec = scriptedExec([[['docker', 'version'], { stdout: '27.0\n' }]]);
  return runPipeline({
    inputs: parseGiven({ toolchains: 'stable', ...given }, cwd),
    repoRoot: cwd,
    env: { GITHUB_API_URL: 'http://127.0.0.1:9' },
    event: { name: 'push', ref: 'refs/heads/main', sha: '', repositoryUrl: '', ...event },
    exec: exec.exec,
    log,
    profiler: new Profiler(),
    tempDir: join(cwd, 'tmp'),
    toolDir: join(cwd, 'tools'),
    saveState: () => undefined,
    registry,
    setup,
  });
}

const later = (status: StageStatus, ms: number) => () =>
  new Promise<StageResult>((done) => setTimeout(() => done(result(status, `after ${ms} ms`)), ms));

describe('the order of the stages', () => {
  it('one after another: the pipeline order, whatever order the stages input lists them in', async () => {
    const { registry, started, saw } = standIns();
    const report = await run({ stages: 'docker, test, build, fmt', parallel: 'false' }, registry);
    expect(started).toEqual(['fmt', 'test', 'build', 'docker']);
    expect(report.stages.map((s) => s.name)).toEqual(['fmt', 'test', 'build', 'docker']);
    expect(saw.docker).toEqual(['fmt', 'test', 'build']);
  });

  it('overlapped: docker waits for a slow build, publish for every other stage; the report keeps pipeline order', async () => {
    const { registry, started, saw } = standIns({ build: later('success', 30), test: later('success', 10) });
    const report = await run({ stages: 'fmt, test, build, docker, publish', parallel: 'true' }, registry);
    expect(started.indexOf('docker')).toBeGreaterThan(started.indexOf('build'));
    expect(saw.docker).toContain('build');
    expect(started.at(-1)).toBe('publish');
    expect([...(saw.publish ?? [])].sort()).toEqual(['build', 'docker', 'fmt', 'test']);
    expect(report.stages.map((s) => s.name)).toEqual(['fmt', 'test', 'build', 'docker', 'publish']);
  });
});

describe('after a failed stage', () => {
  it.each([['false'], ['true']])(
    'parallel %s: the stages after it still run; docker is skipped for want of a binary, publish publishes nothing',
    async (parallel) => {
      const { registry, started } = standIns({ build: 'failure' });
      const real = { ...registry, docker: dockerStage, publish: publishStage };
      const given = { stages: 'test, build, docker, publish', parallel, 'docker-image': 'registry.example/acme/svc' };
      const report = await run({ ...given, 'github-token': 't' }, real, { ref: 'refs/tags/v1.2.3' });
      expect(started).toEqual(['test', 'build']);
      expect(report.stages.map((s) => [s.name, s.status, s.summary])).toEqual([
        ['test', 'success', 'test: success'],
        ['build', 'failure', 'build: failure'],
        ['docker', 'skipped', 'not built: the build stage failed'],
        ['publish', 'skipped', 'not published: earlier stages failed (build)'],
      ]);
      expect(report).toMatchObject({ result: 'failure', failedStages: ['build'] });
    },
  );

  it('a stage that throws is an internal error of that stage; the others still run', async () => {
    const { registry, started } = standIns({
      clippy: () => Promise.reject(new Error('the stand-in broke')),
    });
    const report = await run({ stages: 'fmt, clippy, test', parallel: 'false' }, registry);
    expect(started).toEqual(['fmt', 'clippy', 'test']);
    expect(report.stages[1]).toMatchObject({ name: 'clippy', status: 'failure', summary: 'internal error' });
    expect(report.stages[1]!.findings[0]!.message).toContain('the stand-in broke');
    expect(report.outputs).toMatchObject({ result: 'failure', 'failed-stages': 'clippy' });
  });
});

describe("the run's result: the worst of its stages (failure, then cancelled, then success)", () => {
  it.each<[StageStatus, StageStatus, StageStatus, string, string]>([
    ['success', 'success', 'success', 'success', ''],
    ['success', 'skipped', 'success', 'success', ''],
    ['success', 'cancelled', 'skipped', 'cancelled', 'clippy'],
    ['failure', 'cancelled', 'success', 'failure', 'fmt,clippy'],
    ['cancelled', 'success', 'failure', 'failure', 'fmt,test'],
  ])('fmt %s, clippy %s, test %s → %s', async (fmt, clippy, test, expected, failed) => {
    const { registry } = standIns({ fmt, clippy, test });
    const report = await run({ stages: 'fmt, clippy, test', parallel: 'false' }, registry);
    expect(report.result).toBe(expected);
    expect(report.outputs).toMatchObject({ result: expected, 'failed-stages': failed });
  });
});

describe("a setup step's later answer", () => {
  it.each([['false'], ['true']])(
    "parallel %s: the stages do not wait for it; its outputs, blocks and data join the step's own, in the step's place",
    async (parallel) => {
      const { registry, started } = standIns();
      let answered = false;
      const steps: SetupStep[] = [
        {
          name: 'lookup',
          run: async () => ({
            blocks: [{ kind: 'text', text: 'first' }],
            data: { held: true },
            later: new Promise((done) =>
              setTimeout(() => {
                answered = true;
                done({
                  outputs: { 'cache-hit': 'true' },
                  blocks: [{ kind: 'text', text: 'later' }],
                  data: { hit: 'exact' },
                });
              }, 40),
            ),
          }),
        },
        { name: 'other', run: async () => ({ blocks: [{ kind: 'text', text: 'other' }] }) },
      ];
      const stagesSawAnswer: boolean[] = [];
      registry.test = {
        ...registry.test,
        run: async (ctx) => (stagesSawAnswer.push(answered), standIns().registry.test.run(ctx)),
      };
      const report = await run({ stages: 'fmt, test', parallel }, registry, undefined, steps);
      expect(started).toContain('fmt');
      expect(stagesSawAnswer).toEqual([false]);
      expect(report.outputs['cache-hit']).toBe('true');
      expect(report.setupBlocks).toEqual([
        { kind: 'text', text: 'first' },
        { kind: 'text', text: 'later' },
        { kind: 'text', text: 'other' },
      ]);
      expect(report.setupData.lookup).toEqual({ held: true, hit: 'exact' });
    },
  );

  it('a later answer that fails is a warning; the run passes', async () => {
    const { registry } = standIns();
    const steps: SetupStep[] = [
      { name: 'lookup', run: async () => ({ later: Promise.reject(new Error('no answer')) }) },
    ];
    const log = recordingLogger();
    const report = await run({ stages: 'fmt', parallel: 'true' }, registry, undefined, steps, log);
    expect(report.result).toBe('success');
    expect(log.warnings).toEqual(['lookup: no answer']);
  });
});
