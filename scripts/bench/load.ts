// The two loops every benchmark here shares: calls kept in flight, and the median of the rounds.
import { performance } from "node:perf_hooks";

/**
 * Calls `call(i)` for every i in [0, count) with `concurrency` calls in flight (a new one starts as
 * soon as one ends) and returns the seconds it took.
 */
export async function drive(
  count: number,
  concurrency: number,
  call: (i: number) => Promise<unknown>,
): Promise<number> {
  let next = 0;
  const start = performance.now();
  const worker = async () => {
    while (next < count) await call(next++);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return (performance.now() - start) / 1000;
}

/** The median of `values` (NaN for none). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
