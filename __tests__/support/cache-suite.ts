// What a cache test file sets up: the cache-service stand-in, started before its tests and
// stopped after them, and the folders its tests made, removed after them.
import { afterAll, beforeAll } from 'vitest';
import { startCacheServer, type CacheServer } from './cache-server.js';
import { removeDir } from './rig.js';

export interface CacheSuite {
  /** The stand-in (started in beforeAll). */
  server(): CacheServer;
  /** Registers a folder for removal after the file's tests; returns it. */
  keep(dir: string): string;
}

/** Call at the top of a test file. */
export function cacheSuite(): CacheSuite {
  const made: string[] = [];
  let server: CacheServer | undefined;
  beforeAll(async () => {
    server = await startCacheServer();
  });
  afterAll(async () => {
    await server?.stop();
    made.forEach(removeDir);
  });
  return {
    server: () => {
      if (!server) throw new Error('the cache-service stand-in is started in beforeAll');
      return server;
    },
    keep: (dir) => {
      made.push(dir);
      return dir;
    },
  };
}
