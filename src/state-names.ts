// The names of the values main leaves for post (see state.ts).
export const STATE = {
  /** Set by main once it has run: post does nothing when main never started. */
  mainRan: 'main-ran',
  result: 'result',
  /** What post needs to prune and save the shared cache (JSON, see src/cache/action.ts); absent when the cache is off. */
  cache: 'cache',
  /** The advisory database's daily cache entry (JSON, see src/cache/advisory-db.ts); absent when the run has none. */
  advisoryDbCache: 'advisory-db-cache',
  dockerRegistries: 'docker-registries',
  dockerConfig: 'docker-config',
} as const;

export type StateName = (typeof STATE)[keyof typeof STATE];
