// The one place the pipeline asks what time it is, where a test may fix the answer.
//
// RUST_PIPELINE_TEST_NOW=<ISO 8601 instant> makes every date decision of a run (the advisory
// database's daily cache key, whether the database was fetched today, the fetch record) use that
// instant instead of the system clock. It exists for tests of the day-to-day behaviour; a
// workflow has no reason to set it.
export const TEST_NOW_ENV = 'RUST_PIPELINE_TEST_NOW';

/** Now, or the instant RUST_PIPELINE_TEST_NOW fixes. Throws on a value that is not a date. */
export function now(env: NodeJS.ProcessEnv): Date {
  const fixed = env[TEST_NOW_ENV];
  if (!fixed) return new Date();
  const d = new Date(fixed);
  if (Number.isNaN(d.getTime()))
    throw new Error(`${TEST_NOW_ENV} is ${JSON.stringify(fixed)}, which is not an ISO 8601 date and time`);
  return d;
}

/** The UTC calendar day of an instant, YYYY-MM-DD. */
export function utcDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}
