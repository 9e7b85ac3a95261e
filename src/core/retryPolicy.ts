import { parseRetryAfterMs } from "./errors.js";

/** How the transport spaces retries. Exposed for tests and for callers who tune it. */
export interface RetryPolicy {
  /** First backoff ceiling in ms; doubles per retry (full jitter picks 0..ceiling). */
  baseDelayMs: number;
  /** Upper bound of any computed backoff in ms. */
  maxDelayMs: number;
  /** Upper bound of a server's `Retry-After` we agree to wait, in ms. */
  maxRetryAfterMs: number;
}

/** The defaults: 0.5 s base, 8 s cap, `Retry-After` honoured up to 60 s. Frozen: pass `retryPolicy` to change them. */
export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = Object.freeze({
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
});

/** Largest delay `setTimeout` honours; larger ones fire at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** Whether a response status (and its error code, for 409) may be retried. */
export function isRetryableStatus(status: number, code: string | undefined): boolean {
  if (status === 408 || status === 429 || status >= 500) return true;
  return status === 409 && code === "idempotency_in_flight";
}

/**
 * The wait before retry number `retry` (1-based): the server's `Retry-After` when it sent one
 * (capped), otherwise exponential backoff with full jitter.
 */
export function retryDelayMs(
  retry: number,
  retryAfter: string | null | undefined,
  policy: Readonly<RetryPolicy> = DEFAULT_RETRY_POLICY,
  random: () => number = Math.random,
  now: number = Date.now(),
): number {
  const asked = parseRetryAfterMs(retryAfter, now);
  if (asked !== undefined) return Math.min(asked, policy.maxRetryAfterMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}
