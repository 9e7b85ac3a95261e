import { afterEach, describe, expect, it, vi } from "vitest";
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
  afterEach(() => vi.useRealTimers());

  it("reads the wall clock and is not manual", () => {
    vi.useFakeTimers({ toFake: ["Date"], now: 1_234_567 });
    expect(realClock.now()).toBe(1_234_567);
    vi.setSystemTime(2_000_000);
    expect(realClock.now()).toBe(2_000_000);
    expect(realClock.manual).toBe(false);
  });

  it("fires a timer once its delay is over (a negative one at once), unless cleared", () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const fired: string[] = [];
    realClock.setTimer(() => fired.push("late"), 100);
    realClock.setTimer(() => fired.push("negative"), -5);
    const cleared = realClock.setTimer(() => fired.push("cleared"), 50);
    realClock.clearTimer(cleared);
    vi.advanceTimersByTime(0);
    expect(fired).toEqual(["negative"]);
    vi.advanceTimersByTime(99);
    expect(fired).toEqual(["negative"]);
    vi.advanceTimersByTime(1);
    expect(fired).toEqual(["negative", "late"]);
  });
});
