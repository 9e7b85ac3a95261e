import { describe, expect, it } from "vitest";
import { realClock, VirtualClock } from "../../src/mock/clock.js";

describe("VirtualClock", () => {
  it("stands still until advanced, then fires timers in time order at their own instant", async () => {
    const clock = new VirtualClock(1000);
    const fired: [string, number][] = [];
    clock.setTimer(() => fired.push(["b", clock.now()]), 200);
    clock.setTimer(() => fired.push(["a", clock.now()]), 100);
    const cancelled = clock.setTimer(() => fired.push(["x", clock.now()]), 150);
    clock.clearTimer(cancelled);
    expect(clock.now()).toBe(1000);
    await clock.advance(150);
    expect(fired).toEqual([["a", 1100]]);
    expect(clock.now()).toBe(1150);
    await clock.advance(1000);
    expect(fired).toEqual([
      ["a", 1100],
      ["b", 1200],
    ]);
    expect(clock.now()).toBe(2150);
    expect(clock.pendingTimers).toBe(0);
  });

  it("awaits a timer's promise, so timers it sets inside the window fire in the same advance", async () => {
    const clock = new VirtualClock(0);
    const times: number[] = [];
    const tick = async () => {
      await Promise.resolve();
      times.push(clock.now());
      if (times.length < 3) clock.setTimer(tick, 10);
    };
    clock.setTimer(tick, 10);
    await clock.advance(100);
    expect(times).toEqual([10, 20, 30]);
  });

  it("rejects going backwards", async () => {
    await expect(new VirtualClock().advance(-1)).rejects.toThrow(RangeError);
  });
});

describe("realClock", () => {
  it("reads the wall clock and is not manual", () => {
    expect(Math.abs(realClock.now() - Date.now())).toBeLessThan(50);
    expect(realClock.manual).toBe(false);
  });
});
