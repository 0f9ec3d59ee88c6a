/** Throughput of one operation, measured by running it for a while. */

/** Runs `fn` repeatedly for about `ms` milliseconds; returns operations per second. */
export function rate(ms: number, fn: (i: number) => void): number {
  let i = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let j = 0; j < 50; j++) fn(i++);
    elapsed = performance.now() - start;
  }
  return (i / elapsed) * 1000;
}

/** `rate` for an operation that returns a promise, awaited one at a time. */
export async function asyncRate(ms: number, fn: (i: number) => Promise<void>): Promise<number> {
  let i = 0;
  const start = performance.now();
  while (performance.now() - start < ms) await fn(i++);
  return (i / (performance.now() - start)) * 1000;
}

/** The process's CPU time so far (every thread), in microseconds. */
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

/**
 * CPU microseconds of one call of `fn`, run in rounds of `round` calls for
 * about `ms` milliseconds of CPU: what other load on the machine takes from
 * the wall clock is not counted. `fn` may return a promise; a round's
 * promises are awaited together.
 */
export async function cpuMicrosPerCall(
  ms: number,
  fn: (i: number) => unknown,
  round = 50,
): Promise<number> {
  let i = 0;
  const start = cpuNow();
  let spent = 0;
  while (spent < ms * 1000) {
    const results = [];
    for (let j = 0; j < round; j++) results.push(fn(i++));
    await Promise.all(results);
    spent = cpuNow() - start;
  }
  return spent / i;
}
