// resolveRetrySchedule: the schedule the mock retries on, scaled, and its refusals word for word.
import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY_SCHEDULE_MS, resolveRetrySchedule } from "../../src/mock/retrySchedule.js";

describe("resolveRetrySchedule", () => {
  it("is the default schedule unless given one, every delay times the scale", () => {
    expect(resolveRetrySchedule({})).toEqual(DEFAULT_RETRY_SCHEDULE_MS);
    expect(resolveRetrySchedule({ retryScheduleScale: 0.001 })).toEqual(
      DEFAULT_RETRY_SCHEDULE_MS.map((ms) => ms / 1000),
    );
    expect(resolveRetrySchedule({ retrySchedule: [10, 0], retryScheduleScale: 0 })).toEqual([0, 0]);
  });

  it("refuses a negative or non-finite scale or delay", () => {
    for (const retryScheduleScale of [-1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => resolveRetrySchedule({ retryScheduleScale })).toThrow(
        new RangeError("retryScheduleScale must be a finite number >= 0"),
      );
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => resolveRetrySchedule({ retrySchedule: [5, bad] })).toThrow(
        new RangeError("retrySchedule must hold finite delays >= 0 (ms)"),
      );
  });
});
