import { WebhookVerificationError } from "./errors.js";

/**
 * Unix seconds of `time` (a number of seconds or a `Date`), fractions dropped. Throws a `RangeError`
 * for NaN, infinite, negative or invalid-`Date` input.
 */
export function toUnixSeconds(time: number | Date): number {
  const seconds = Math.floor(typeof time === "number" ? time : time.getTime() / 1000);
  if (!(seconds >= 0 && seconds <= Number.MAX_SAFE_INTEGER)) {
    throw new RangeError("Expected unix seconds or a valid Date");
  }
  return seconds;
}

/**
 * Checks a `webhook-timestamp` header: decimal digits only (no sign, exponent, fraction or spaces), and
 * within `tolerance` seconds of `now` in either direction.
 */
export function checkTimestamp(header: string, now: number, tolerance: number): void {
  // Up to 15 digits keeps every accepted value a safe integer; real timestamps have 10.
  if (!/^[0-9]{1,15}$/.test(header))
    throw new WebhookVerificationError("invalid_timestamp", "webhook-timestamp is not unix seconds");
  const timestamp = Number(header);
  if (timestamp < now - tolerance) {
    throw new WebhookVerificationError("timestamp_too_old", "Webhook timestamp is too old");
  }
  if (timestamp > now + tolerance) {
    throw new WebhookVerificationError("timestamp_too_new", "Webhook timestamp is too new");
  }
}
