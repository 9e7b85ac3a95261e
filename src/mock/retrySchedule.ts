/**
 * The delays between delivery attempts: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h after the 1st to
 * 7th failed attempt, so 8 attempts in all.
 */
export const DEFAULT_RETRY_SCHEDULE_MS: readonly number[] = [
  5_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  5 * 3_600_000,
  10 * 3_600_000,
  10 * 3_600_000,
];

/** How the retry schedule is chosen. */
export interface RetryScheduleOptions {
  /** Delays in ms after each failed attempt (one attempt more than entries); default {@link DEFAULT_RETRY_SCHEDULE_MS}. */
  retrySchedule?: readonly number[] | undefined;
  /** Multiplies every delay, e.g. `0.001` turns 5 min into 300 ms. Default 1. */
  retryScheduleScale?: number | undefined;
}

/** The effective schedule; throws a `RangeError` for negative or non-finite values. */
export function resolveRetrySchedule(options: RetryScheduleOptions): readonly number[] {
  const scale = options.retryScheduleScale ?? 1;
  if (!Number.isFinite(scale) || scale < 0)
    throw new RangeError("retryScheduleScale must be a finite number >= 0");
  const base = options.retrySchedule ?? DEFAULT_RETRY_SCHEDULE_MS;
  if (!base.every((ms) => Number.isFinite(ms) && ms >= 0))
    throw new RangeError("retrySchedule must hold finite delays >= 0 (ms)");
  return base.map((ms) => ms * scale);
}
