import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY_POLICY, isRetryableStatus, retryDelayMs } from "../../src/core/retryPolicy.js";
import { runs } from "../properties/fastCheck.js";

const NOW = Date.parse("2026-01-01T00:00:00Z");
/** The backoff ceiling of retries 1, 2, 3…: 0.5 s doubling, capped at 8 s. */
const CEILINGS = [500, 1000, 2000, 4000, 8000, 8000, 8000];

describe("isRetryableStatus", () => {
  it("retries 408, 429, 5xx and an in-flight idempotent 409 only", () => {
    for (const status of [408, 429, 500, 502, 503, 504, 599])
      expect(isRetryableStatus(status, undefined)).toBe(true);
    for (const status of [400, 401, 403, 404, 407, 409, 410, 413, 422, 428, 430, 499])
      expect(isRetryableStatus(status, undefined)).toBe(false);
    expect(isRetryableStatus(409, "idempotency_in_flight")).toBe(true);
    expect(isRetryableStatus(409, "conflict")).toBe(false);
    expect(isRetryableStatus(400, "idempotency_in_flight")).toBe(false);
  });
});

describe("retryDelayMs", () => {
  it("uses full jitter under a ceiling that doubles per retry from 0.5 s, capped at 8 s", () => {
    const top = () => 0.999999;
    CEILINGS.forEach((ceiling, index) => {
      expect(retryDelayMs(index + 1, null, DEFAULT_RETRY_POLICY, top, NOW)).toBe(ceiling - 1);
      expect(retryDelayMs(index + 1, null, DEFAULT_RETRY_POLICY, () => 0.5, NOW)).toBe(ceiling / 2);
    });
    expect(retryDelayMs(30, null, DEFAULT_RETRY_POLICY, top, NOW)).toBe(7999);
    expect(retryDelayMs(3, null, DEFAULT_RETRY_POLICY, () => 0, NOW)).toBe(0);
  });

  it("follows the policy it is given", () => {
    const policy = { baseDelayMs: 100, maxDelayMs: 300, maxRetryAfterMs: 1000 };
    expect(retryDelayMs(1, undefined, policy, () => 0.5, NOW)).toBe(50);
    expect(retryDelayMs(2, undefined, policy, () => 0.5, NOW)).toBe(100);
    expect(retryDelayMs(3, undefined, policy, () => 0.5, NOW)).toBe(150);
    expect(retryDelayMs(3, "5", policy, () => 0.5, NOW)).toBe(1000);
  });

  it("stays a whole number of ms within [0, ceiling) for any draw (seeded)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (retry, draw) => {
          const delay = retryDelayMs(retry, undefined, DEFAULT_RETRY_POLICY, () => draw, NOW);
          const ceiling = CEILINGS[Math.min(retry, CEILINGS.length) - 1] as number;
          expect(Number.isInteger(delay)).toBe(true);
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThan(ceiling);
        },
      ),
      runs(300),
    );
  });

  it("draws from Math.random when given no source", () => {
    const delay = retryDelayMs(1, undefined);
    expect(delay).toBeGreaterThanOrEqual(0);
    expect(delay).toBeLessThan(500);
  });

  it("prefers Retry-After seconds or an HTTP date, capped at 60 s", () => {
    const half = () => 0.5;
    expect(retryDelayMs(1, "2", DEFAULT_RETRY_POLICY, half, NOW)).toBe(2000);
    expect(retryDelayMs(1, "0", DEFAULT_RETRY_POLICY, half, NOW)).toBe(0);
    expect(retryDelayMs(4, "1.5", DEFAULT_RETRY_POLICY, half, NOW)).toBe(1500);
    expect(retryDelayMs(1, "60", DEFAULT_RETRY_POLICY, half, NOW)).toBe(60_000);
    expect(retryDelayMs(1, "3600", DEFAULT_RETRY_POLICY, half, NOW)).toBe(60_000);
    expect(retryDelayMs(1, "Thu, 01 Jan 2026 00:00:07 GMT", DEFAULT_RETRY_POLICY, half, NOW)).toBe(7000);
    expect(retryDelayMs(1, "Wed, 31 Dec 2025 23:00:00 GMT", DEFAULT_RETRY_POLICY, half, NOW)).toBe(0);
  });

  it.each(["garbage", "5s", "-5", "", "  ", "1e3", "0x10", "Infinity"])(
    "backs off as if no Retry-After came for %j (never an immediate retry)",
    (value) => {
      expect(retryDelayMs(1, value, DEFAULT_RETRY_POLICY, () => 0.5, NOW)).toBe(250);
      expect(retryDelayMs(3, value, DEFAULT_RETRY_POLICY, () => 0.5, NOW)).toBe(1000);
    },
  );
});
