// A child process that runs one @actions/cache operation, so that the action can stop it (and the
// tar it started) when it takes too long: a hanging cache service must not stall a run.
//
//   node dist/cache-worker/index.js <request.json>
//
// The request names the operation, paths and keys, and the file the result is written to. The
// library's own log lines go to stdout, where the parent reads them. The request file is read once
// stdin ends: the parent may start the worker before it knows the request (cache/service.ts
// startWorker), so that loading the library overlaps with working out the key. No request file by
// then: the parent had nothing to ask after all, and the worker ends.
import * as cache from '@actions/cache';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { WorkerRequest, WorkerResult } from './cache/service.js';

async function run(req: WorkerRequest): Promise<WorkerResult> {
  if (!cache.isFeatureAvailable()) return { available: false };
  switch (req.op) {
    case 'restore':
      return { available: true, matchedKey: await cache.restoreCache([...req.paths], req.key, [...req.restoreKeys]) };
    case 'lookup':
      return {
        available: true,
        matchedKey: await cache.restoreCache([...req.paths], req.key, [], { lookupOnly: true }),
      };
    case 'save':
      return { available: true, cacheId: await cache.saveCache([...req.paths], req.key) };
  }
}

const file = process.argv[2];
if (!file) {
  console.error('usage: cache-worker <request.json>');
  process.exit(2);
}
process.stdin.resume();
process.stdin.on('end', () => {
  if (!existsSync(file)) return;
  const req = JSON.parse(readFileSync(file, 'utf8')) as WorkerRequest;
  start(req);
});

function start(req: WorkerRequest): void {
  void run(req)
    .catch((e: unknown): WorkerResult => ({ available: true, error: (e as Error).message }))
    .then((result) => {
      writeFileSync(req.resultFile, JSON.stringify(result));
      // The operation is over, but the library may leave requests or retry timers behind (after a
      // failed or timed-out download, for one) that would keep this process alive until the parent
      // kills it, and the parent would then take a finished restore for a stopped one. Exit once
      // the log lines written so far have reached the parent.
      process.stdout.write('', () => process.exit(0));
    });
}
