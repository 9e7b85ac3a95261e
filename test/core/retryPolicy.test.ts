import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY_POLICY, isRetryableStatus, retryDelayMs } from "../../src/core/retryPolicy.js";

describe("isRetryableStatus", () => {
  it("retries 408, 429, 5xx and an in-flight idempotent 409 only", () => {
    for (const status of [408, 429, 500, 502, 503, 504, 599])
      expect(isRetryableStatus(status, undefined)).toBe(true);
    for (const status of [400, 401, 403, 404, 413, 422])
      expect(isRetryableStatus(status, undefined)).toBe(false);
    expect(isRetryableStatus(409, "idempotency_in_flight")).toBe(true);
    expect(isRetryableStatus(409, "conflict")).toBe(false);
  });
});

describe("retryDelayMs", () => {
  it("uses full jitter under an exponential ceiling, capped at maxDelayMs", () => {
    const top = () => 0.999999;
    expect(retryDelayMs(1, null, DEFAULT_RETRY_POLICY, top)).toBe(499);
    expect(retryDelayMs(2, null, DEFAULT_RETRY_POLICY, top)).toBe(999);
    expect(retryDelayMs(5, null, DEFAULT_RETRY_POLICY, top)).toBe(7999);
    expect(retryDelayMs(30, null, DEFAULT_RETRY_POLICY, top)).toBe(7999);
    expect(retryDelayMs(3, null, DEFAULT_RETRY_POLICY, () => 0)).toBe(0);
  });

  it("stays within bounds for any random draw", () => {
    for (let retry = 1; retry <= 20; retry++) {
      for (let i = 0; i < 50; i++) {
        const delay = retryDelayMs(retry, undefined);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(DEFAULT_RETRY_POLICY.maxDelayMs);
      }
    }
  });

  it("prefers Retry-After, capped at 60 s", () => {
    expect(retryDelayMs(1, "2", DEFAULT_RETRY_POLICY, () => 0.5)).toBe(2000);
    expect(retryDelayMs(1, "3600", DEFAULT_RETRY_POLICY, () => 0.5)).toBe(60_000);
    expect(retryDelayMs(1, "garbage", DEFAULT_RETRY_POLICY, () => 0.5)).toBe(250);
  });
});
