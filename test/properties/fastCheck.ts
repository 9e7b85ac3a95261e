// One seed for every property in test/properties and test/security, so a failure replays exactly.
// fast-check prints the seed and the counterexample's path in its failure message.
import type { Parameters } from "fast-check";

/** The seed of every property run; override with FC_SEED=<n> to explore other inputs. */
export const PROPERTY_SEED = Number(process.env.FC_SEED ?? 20_260_614);

/**
 * fast-check parameters: the fixed seed and `numRuns` runs. A property (shrinking included) that
 * runs over 15 s fails with its seed printed, before vitest's own timeout would hide it.
 */
export function runs<T>(numRuns: number): Parameters<T> {
  return {
    seed: PROPERTY_SEED,
    numRuns,
    verbose: 1,
    interruptAfterTimeLimit: 15_000,
    markInterruptAsFailure: true,
  };
}
