/**
 * The test harness over the mock's deliveries: `mock.deliveries(filter)` lists the attempts made so
 * far, `mock.waitForDelivery(filter)` waits for one, so tests need no polling loop and no sleep.
 *
 * @module
 */
import type { MessageAttemptOut } from "../generated/openapi.js";
import type { AttemptRecord } from "./store.js";
import { attemptOut } from "./views.js";

/** One delivery attempt the mock made: the API's `MessageAttemptOut`, with where it belongs. */
export interface MockDelivery extends MessageAttemptOut {
  /** ID of the application of the message. */
  readonly appId: string;
  /** The message's event type. */
  readonly eventType: string;
  /** Name of the environment the message was sent in. */
  readonly environment: string;
}

/** Which attempts to match; every field given must match (IDs or UIDs alike). */
export interface DeliveryFilter {
  /** The application's ID or UID. */
  appId?: string;
  /** The endpoint's ID or UID. */
  endpointId?: string;
  /** The message's event type. */
  eventType?: string;
  /** The message's ID or UID. */
  msgId?: string;
  /** The attempt's outcome: `success` or `failed`. */
  status?: "success" | "failed";
}

/** Options of `mock.waitForDelivery()`. */
export interface WaitForDeliveryOptions {
  /** Real milliseconds to wait before rejecting (default 5 000); also under a `VirtualClock`. */
  timeout?: number;
  /** Stops waiting (rejects with the signal's reason). */
  signal?: AbortSignal;
}

/** Thrown by `mock.waitForDelivery()` when no attempt matched in time (or the mock closed). */
export class DeliveryTimeoutError extends Error {
  /** Always `"DeliveryTimeoutError"`. */
  override readonly name = "DeliveryTimeoutError";

  /** Made by the mock; `why` says what ended the wait. */
  constructor(
    /** The filter that matched nothing. */
    readonly filter: DeliveryFilter,
    /** Every attempt made meanwhile (what was delivered instead). */
    readonly delivered: readonly MockDelivery[],
    why: string,
  ) {
    super(`${why}: no delivery matched ${JSON.stringify(filter)}. ${describeDelivered(delivered)}`);
  }
}

const SHOWN = 10;
/** Attempts kept for `deliveries()`; past it the oldest are forgotten, so long runs stay flat. */
export const MAX_WATCHED_DELIVERIES = 10_000;

function describeDelivered(delivered: readonly MockDelivery[]): string {
  if (delivered.length === 0) return "Nothing was delivered.";
  const lines = delivered
    .slice(-SHOWN)
    .map(
      (d) =>
        `  ${d.msgId} (${d.eventType}, app ${d.appId}) -> ${d.endpointId}: ${d.status} ${d.responseStatusCode}`,
    );
  const more = delivered.length > SHOWN ? ` (the last ${SHOWN} shown)` : "";
  return `Delivered instead, ${delivered.length} attempt(s)${more}:\n${lines.join("\n")}`;
}

/** An attempt with the UIDs it can also be found by (not the records: they would pin evicted messages). */
interface Watched {
  readonly delivery: MockDelivery;
  readonly appUid: string | null;
  readonly endpointUid: string | null;
  readonly msgUid: string | null;
}

const is = (wanted: string | undefined, id: string, uid: string | null) =>
  wanted === undefined || wanted === id || wanted === uid;

function matches(watched: Watched, filter: DeliveryFilter): boolean {
  const { delivery } = watched;
  return (
    is(filter.appId, delivery.appId, watched.appUid) &&
    is(filter.endpointId, delivery.endpointId, watched.endpointUid) &&
    is(filter.msgId, delivery.msgId, watched.msgUid) &&
    (filter.eventType === undefined || filter.eventType === delivery.eventType) &&
    (filter.status === undefined || filter.status === delivery.status)
  );
}

interface Waiter {
  readonly filter: DeliveryFilter;
  readonly resolve: (delivery: MockDelivery) => void;
  readonly reject: (error: unknown) => void;
}

/** Watches the attempts a dispatcher records. */
export class DeliveryWatch {
  readonly #seen: Watched[] = [];
  readonly #waiters = new Set<Waiter>();
  #closed = false;

  /** Takes one recorded attempt (the dispatcher's `onAttempt`). */
  record(record: AttemptRecord): void {
    const delivery: MockDelivery = {
      ...attemptOut(record),
      appId: record.message.app.id,
      eventType: record.message.eventType,
      environment: record.message.app.env.name,
    };
    const watched: Watched = {
      delivery,
      appUid: record.message.app.uid,
      endpointUid: record.endpoint.uid,
      msgUid: record.message.uid,
    };
    this.#seen.push(watched);
    if (this.#seen.length > MAX_WATCHED_DELIVERIES) this.#seen.shift();
    for (const waiter of this.#waiters) if (matches(watched, waiter.filter)) waiter.resolve(delivery);
  }

  /** The attempts made so far that match `filter`, oldest first. */
  deliveries(filter: DeliveryFilter = {}): MockDelivery[] {
    return this.#seen.filter((w) => matches(w, filter)).map((w) => w.delivery);
  }

  /**
   * The first attempt matching `filter`, already made or still to come. Rejects with a
   * {@link DeliveryTimeoutError} listing what was delivered instead when none comes in time.
   */
  waitForDelivery(filter: DeliveryFilter = {}, options: WaitForDeliveryOptions = {}): Promise<MockDelivery> {
    const timeout = options.timeout ?? 5_000;
    if (!(timeout >= 0)) return Promise.reject(new RangeError("timeout must be >= 0"));
    const made = this.#seen.find((w) => matches(w, filter));
    if (made) return Promise.resolve(made.delivery);
    if (this.#closed) return Promise.reject(this.#timeout(filter, "The mock server is closed"));
    if (options.signal?.aborted) return Promise.reject(options.signal.reason);
    return new Promise<MockDelivery>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        options.signal?.removeEventListener("abort", onAbort);
        this.#waiters.delete(waiter);
      };
      const waiter: Waiter = {
        filter,
        resolve: (delivery) => {
          done();
          resolve(delivery);
        },
        reject: (error) => {
          done();
          reject(error);
        },
      };
      const onAbort = () => waiter.reject(options.signal?.reason);
      const timer = setTimeout(
        () => waiter.reject(this.#timeout(filter, `Timed out after ${timeout} ms`)),
        timeout,
      );
      options.signal?.addEventListener("abort", onAbort, { once: true });
      this.#waiters.add(waiter);
    });
  }

  /** Rejects every waiter: the mock closed, so nothing more will be delivered. */
  close(): void {
    this.#closed = true;
    for (const waiter of this.#waiters) waiter.reject(this.#timeout(waiter.filter, "The mock server closed"));
  }

  #timeout(filter: DeliveryFilter, why: string): DeliveryTimeoutError {
    return new DeliveryTimeoutError(
      filter,
      this.#seen.map((w) => w.delivery),
      why,
    );
  }
}
