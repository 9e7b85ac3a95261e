import { describe, expect, it } from "vitest";
import { WebhookVerificationError } from "../../src/webhooks/errors.js";
import { checkTimestamp, toUnixSeconds } from "../../src/webhooks/timestamp.js";

function reason(action: () => void): string | undefined {
  try {
    action();
    return undefined;
  } catch (err) {
    if (err instanceof WebhookVerificationError) return err.reason;
    throw err;
  }
}

describe("toUnixSeconds", () => {
  it("takes seconds or a Date and drops fractions", () => {
    expect(toUnixSeconds(1_700_000_000)).toBe(1_700_000_000);
    expect(toUnixSeconds(1_700_000_000.9)).toBe(1_700_000_000);
    expect(toUnixSeconds(new Date(1_700_000_000_999))).toBe(1_700_000_000);
    expect(toUnixSeconds(0)).toBe(0);
  });

  it.each([
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["a negative time", -1],
    ["an invalid Date", new Date("nope")],
  ])("rejects %s", (_label, time) => {
    expect(() => toUnixSeconds(time)).toThrow(RangeError);
  });
});

describe("checkTimestamp", () => {
  const now = 1_700_000_000;

  it("accepts timestamps within the tolerance on both sides, boundaries included", () => {
    expect(reason(() => checkTimestamp(String(now), now, 300))).toBeUndefined();
    expect(reason(() => checkTimestamp(String(now - 300), now, 300))).toBeUndefined();
    expect(reason(() => checkTimestamp(String(now + 300), now, 300))).toBeUndefined();
    expect(reason(() => checkTimestamp(`0${now}`, now, 0))).toBeUndefined();
  });

  it("rejects timestamps past the tolerance as too old or too new", () => {
    expect(reason(() => checkTimestamp(String(now - 301), now, 300))).toBe("timestamp_too_old");
    expect(reason(() => checkTimestamp(String(now + 301), now, 300))).toBe("timestamp_too_new");
    expect(reason(() => checkTimestamp(String(now - 1), now, 0))).toBe("timestamp_too_old");
    expect(reason(() => checkTimestamp("0", now, 300))).toBe("timestamp_too_old");
    expect(reason(() => checkTimestamp("999999999999999", now, 300))).toBe("timestamp_too_new");
  });

  it.each([
    "",
    "1e9",
    "12.5",
    "1700000000.0",
    "-1700000000",
    "+1700000000",
    " 1700000000",
    "1700000000 ",
    "0x6553F100",
    "1_700_000_000",
    "abc",
    "1234567890123456",
    "١٧٠٠٠٠٠٠٠٠",
  ])("rejects %j as invalid_timestamp", (header) => {
    expect(reason(() => checkTimestamp(header, now, 300))).toBe("invalid_timestamp");
  });
});
