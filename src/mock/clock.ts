/**
 * Time as the mock server sees it: the real clock by default, or a {@link VirtualClock} that a test
 * moves forward by hand so retry schedules of hours run in milliseconds.
 *
 * @module
 */

/** An opaque handle returned by {@link Clock.setTimer}. */
export type TimerHandle = object;

/** The time source and timer scheduler used by the mock's dispatcher and idempotency cache. */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  /**
   * Calls `callback` once, `delayMs` from now. When the callback returns a promise, a virtual clock
   * waits for it before firing the next timer.
   */
  setTimer(callback: () => unknown, delayMs: number): TimerHandle;
  /** Cancels a timer that has not fired yet; a no-op otherwise. */
  clearTimer(handle: TimerHandle): void;
  /** True when time only moves when a test says so (`settle()` then never waits for future timers). */
  readonly manual: boolean;
}

/** The wall clock; its timers are unref'd so a forgotten mock never keeps a process alive. */
export const realClock: Clock = {
  manual: false,
  now: () => Date.now(),
  setTimer(callback, delayMs) {
    const timer = setTimeout(callback, Math.max(0, delayMs));
    timer.unref?.();
    return timer;
  },
  clearTimer(handle) {
    clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};

interface VirtualTimer {
  readonly at: number;
  readonly order: number;
  readonly callback: () => unknown;
}

/**
 * A clock that stands still until {@link VirtualClock.advance} moves it. Timers fire in time order,
 * each at its own instant, and a timer's returned promise is awaited before the next one fires, so
 * a failed delivery's retry that falls inside the advanced window fires in the same `advance`.
 *
 * @example
 * ```ts
 * const clock = new VirtualClock();
 * const mock = createMockServer({ clock });
 * // ... send a message to a failing endpoint ...
 * await clock.advance(5_000); // the first retry happens now
 * ```
 */
export class VirtualClock implements Clock {
  readonly manual = true;
  #now: number;
  #order = 0;
  readonly #timers = new Map<object, VirtualTimer>();

  /**
   * A clock stopped at `startMs`; only {@link VirtualClock.advance} moves it.
   * @param startMs The initial time, in ms since the epoch (default: the real current time).
   */
  constructor(startMs: number = Date.now()) {
    this.#now = startMs;
  }

  now(): number {
    return this.#now;
  }

  setTimer(callback: () => unknown, delayMs: number): TimerHandle {
    const handle = {};
    this.#timers.set(handle, { at: this.#now + Math.max(0, delayMs), order: this.#order++, callback });
    return handle;
  }

  clearTimer(handle: TimerHandle): void {
    this.#timers.delete(handle);
  }

  /** Number of timers waiting to fire. */
  get pendingTimers(): number {
    return this.#timers.size;
  }

  /** Moves time forward by `ms`, firing every timer that falls due on the way, in order. */
  async advance(ms: number): Promise<void> {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError("advance(ms) needs a finite ms >= 0");
    await this.advanceTo(this.#now + ms);
  }

  /** Moves time forward to `timeMs` (never backwards), firing due timers in order. */
  async advanceTo(timeMs: number): Promise<void> {
    for (;;) {
      const next = this.#earliest();
      if (!next || next[1].at > timeMs) break;
      this.#timers.delete(next[0]);
      this.#now = Math.max(this.#now, next[1].at);
      await next[1].callback();
    }
    this.#now = Math.max(this.#now, timeMs);
  }

  #earliest(): [object, VirtualTimer] | undefined {
    let best: [object, VirtualTimer] | undefined;
    for (const entry of this.#timers) {
      const [, t] = entry;
      if (!best || t.at < best[1].at || (t.at === best[1].at && t.order < best[1].order)) best = entry;
    }
    return best;
  }
}
