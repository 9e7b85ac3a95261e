/**
 * The delivery queue: fans messages out to matching endpoints, delivers them when due, records every
 * attempt, retries failures on the schedule and spaces deliveries to honour endpoint rate limits.
 *
 * @module
 */
import type { Clock, TimerHandle } from "./clock.js";
import { type DeliveryResult, deliverWebhook } from "./delivery.js";
import { destinationFor, endpointSubscribes, recordAttempt } from "./deliveryRecords.js";
import type { RandomSource } from "./seededRandom.js";
import type {
  AttemptRecord,
  DestinationRecord,
  EndpointRecord,
  MessageRecord,
  TriggerType,
} from "./store.js";
import { TaskQueue } from "./taskQueue.js";
import type { DeliveryTransport } from "./transport.js";

const MAX_TIMER_MS = 2 ** 31 - 1;

/** One line of the delivery log, without secrets: the URL is cut to its origin (paths can be tokens). */
export interface DeliveryLogEntry {
  /** Name of the environment the message belongs to. */
  readonly environment: string;
  /** ID of the message delivered. */
  readonly msgId: string;
  /** ID of the endpoint it was delivered to. */
  readonly endpointId: string;
  /** The endpoint URL's origin only, e.g. `https://hooks.slack.com`. */
  readonly url: string;
  /** 1-based attempt number within the delivery's retry cycle. */
  readonly attempt: number;
  /** `scheduled` for automatic deliveries and retries, `manual` for a resend, recover or replay. */
  readonly triggerType: TriggerType;
  /** Whether the endpoint answered 2xx within the delivery timeout. */
  readonly ok: boolean;
  /** HTTP status of the answer; 0 for a connection error or timeout. */
  readonly statusCode: number;
  /** How long the attempt took, in ms. */
  readonly durationMs: number;
  /** When the next retry is due, `null` when none is scheduled. */
  readonly nextAttempt: number | null;
}

/** Options of the {@link Dispatcher}. */
export interface DispatcherOptions {
  readonly clock: Clock;
  /** Delays after each failed attempt, in ms. */
  readonly retrySchedule: readonly number[];
  /** Each retry delay is moved by up to this fraction either way. */
  readonly retryJitter: number;
  readonly random: RandomSource;
  readonly deliveryTimeoutMs: number;
  /** How deliveries are sent, looked up at each delivery. */
  readonly transport: () => DeliveryTransport;
  /** Keep payloads after every delivery of a message is over. */
  readonly retainPayloads: boolean;
  readonly onDelivery?: ((entry: DeliveryLogEntry) => void) | undefined;
  /** Called with each attempt as it is recorded (the test harness listens here). */
  readonly onAttempt?: ((attempt: AttemptRecord) => void) | undefined;
  /** Whether a URL points at the mock's own API: never delivered to, so a delivery cannot loop. */
  readonly isOwnApi?: ((url: string) => boolean) | undefined;
}

interface DeliveryTask {
  dueAt: number;
  readonly destination: DestinationRecord;
  readonly attempt: number;
  readonly triggerType: TriggerType;
  /** False for a one-off resend: a failure is not retried. */
  readonly retries: boolean;
  /** The rate limiter already gave this task its start time. */
  slotReserved: boolean;
}

const PAYLOAD_GONE: DeliveryResult = {
  ok: false,
  statusCode: 0,
  response: "payload expunged",
  durationMs: 0,
};

const OWN_API: DeliveryResult = {
  ok: false,
  statusCode: 0,
  response: "Refused: the URL points at this mock server's own API",
  durationMs: 0,
};

/** Schedules and performs deliveries. */
export class Dispatcher {
  readonly #queue = new TaskQueue<DeliveryTask>();
  readonly #inFlight = new Set<Promise<void>>();
  readonly #closing = new AbortController();
  /** One controller per delivery in flight, so close() aborts each without a listener per delivery on one signal. */
  readonly #aborts = new Set<AbortController>();
  #timer: { handle: TimerHandle; at: number } | undefined;
  #kickQueued = false;
  readonly #waiters = new Set<() => void>();
  /** The task of each destination's active retry cycle (queued or in flight): at most one each. */
  readonly #cycles = new Map<DestinationRecord, DeliveryTask>();

  constructor(private readonly options: DispatcherOptions) {}

  /** Creates a destination for every endpoint that wants `message` and queues its first attempt. */
  fanOut(message: MessageRecord): void {
    for (const endpoint of message.app.endpoints) {
      if (endpoint.enabled && endpointSubscribes(endpoint, message))
        this.deliver(message, endpoint, { triggerType: "scheduled", retries: true });
    }
    this.#pruneIfOver(message);
    // Nothing to deliver: the message is over at once (and may be evicted like a delivered one).
    if (message.openDeliveries === 0) message.app.env.retention.idle(message);
  }

  /**
   * Queues a delivery of `message` to `endpoint` now, creating the destination when there is none:
   * a new retry cycle (`retries: true`) or a single manual attempt. A new cycle is not started
   * while one is active, and a manual attempt leaves that cycle's status and next attempt alone.
   */
  deliver(
    message: MessageRecord,
    endpoint: EndpointRecord,
    how: { triggerType: TriggerType; retries: boolean },
  ): DestinationRecord {
    const destination = destinationFor(message, endpoint);
    const cycleActive = this.hasActiveCycle(destination);
    if (how.retries && cycleActive) return destination;
    const now = this.options.clock.now();
    if (!cycleActive) {
      destination.status = "pending";
      destination.nextAttempt = now;
    }
    const task: DeliveryTask = { dueAt: now, destination, attempt: 1, slotReserved: false, ...how };
    if (how.retries) this.#cycles.set(destination, task);
    message.openDeliveries += 1;
    this.#enqueue(task);
    return destination;
  }

  /** Whether a retry cycle of `destination` is queued or in flight. */
  hasActiveCycle(destination: DestinationRecord): boolean {
    return this.#cycles.has(destination);
  }

  /**
   * Resolves when no delivery is in flight and none is due. With a real clock it also waits for
   * retries scheduled later; with a manual clock those wait for `clock.advance()`.
   */
  async settle(): Promise<void> {
    // A ref'd timer keeps Node alive while settle waits on the (unref'd) delivery timers.
    const keepAlive = this.options.clock.manual ? undefined : setInterval(() => undefined, 60_000);
    try {
      while (!this.#closing.signal.aborted) {
        const due = this.#queue.peekDueAt();
        if (due !== undefined && due <= this.options.clock.now()) await this.#pump();
        else if (this.#inFlight.size > 0) await Promise.all(this.#inFlight);
        else if (!this.options.clock.manual && this.#queue.size > 0)
          await new Promise<void>((r) => this.#waiters.add(r));
        else return;
      }
    } finally {
      clearInterval(keepAlive);
    }
  }

  /**
   * Stops every timer and forgets the queue (queued retries are dropped); each delivery in flight is
   * aborted and still recorded as an attempt. Resolves once those attempts are recorded.
   */
  async close(): Promise<void> {
    this.#closing.abort();
    if (this.#timer) this.options.clock.clearTimer(this.#timer.handle);
    this.#timer = undefined;
    for (
      let task = this.#queue.popDue(Number.POSITIVE_INFINITY);
      task;
      task = this.#queue.popDue(Number.POSITIVE_INFINITY)
    ) {
      if (this.#ownsStatus(task)) task.destination.nextAttempt = null;
    }
    this.#cycles.clear();
    for (const controller of this.#aborts) controller.abort();
    await Promise.allSettled([...this.#inFlight]);
    this.#notify();
  }

  #enqueue(task: DeliveryTask): void {
    if (this.#closing.signal.aborted) return;
    this.#queue.push(task);
    if (task.dueAt <= this.options.clock.now()) this.#kick();
    else this.#arm();
  }

  /** Starts due work soon, once per turn however many messages arrive. */
  #kick(): void {
    if (this.#kickQueued) return;
    this.#kickQueued = true;
    queueMicrotask(() => {
      this.#kickQueued = false;
      void this.#pump();
    });
  }

  /** Starts every due task; resolves when those deliveries are over. */
  #pump(): Promise<void> {
    const started: Promise<void>[] = [];
    const now = this.options.clock.now();
    for (let task = this.#queue.popDue(now); task; task = this.#queue.popDue(now)) {
      const run = this.#start(task, now);
      if (run) started.push(run);
    }
    this.#arm();
    this.#notify();
    return Promise.all(started).then(() => undefined);
  }

  /** Arms one clock timer for the earliest queued task that is not yet due. */
  #arm(): void {
    const { clock } = this.options;
    const at = this.#queue.peekDueAt();
    if (this.#timer && this.#timer.at === at) return;
    if (this.#timer) clock.clearTimer(this.#timer.handle);
    this.#timer = undefined;
    if (at === undefined || this.#closing.signal.aborted) return;
    // Capped so a huge delay cannot overflow setTimeout; an early wake-up just re-arms.
    const handle = clock.setTimer(
      () => {
        this.#timer = undefined;
        return this.#pump();
      },
      Math.min(at - clock.now(), MAX_TIMER_MS),
    );
    this.#timer = { handle, at };
  }

  #start(task: DeliveryTask, now: number): Promise<void> | undefined {
    const { destination } = task;
    const { endpoint } = destination;
    // A retry of a cycle that was replaced or ended (a resend got through) has nothing left to do.
    if (task.retries && this.#cycles.get(destination) !== task) return this.#taskDone(task);
    if (endpoint.deleted || endpoint.app.deleted) {
      this.#endCycle(task);
      return this.#taskDone(task);
    }
    if (!endpoint.enabled) {
      if (this.#ownsStatus(task)) this.#settleDestination(task, false);
      this.#pruneIfOver(destination.message);
      return this.#taskDone(task);
    }
    if (destination.message.payload === undefined) {
      this.#dropPayloadless(task, now);
      return this.#taskDone(task);
    }
    if (this.options.isOwnApi?.(endpoint.url)) {
      this.#endCycle(task);
      this.#finish({ ...task, retries: false }, endpoint.url, OWN_API, now);
      return this.#taskDone(task);
    }
    if (this.#waitForRateLimit(task, now)) return undefined;
    if (this.#ownsStatus(task)) {
      destination.status = "sending";
      destination.nextAttempt = null;
    }
    // No #notify() when it ends: settle() waits on its waiters only while nothing is in flight,
    // and the #pump() that started this delivery already woke them.
    const run = this.#attempt(task).finally(() => {
      this.#inFlight.delete(run);
      this.#taskDone(task);
    });
    this.#inFlight.add(run);
    return run;
  }

  /**
   * Gives the task a start slot under its endpoint's and its application's rate limits (the later
   * of the two); true when it must wait for it.
   */
  #waitForRateLimit(task: DeliveryTask, now: number): boolean {
    const { endpoint } = task.destination;
    const { app } = endpoint;
    if ((!endpoint.rateLimit && !app.rateLimit) || task.slotReserved) return false;
    // A limit not set holds nothing back, whatever the clock reads (a VirtualClock may start below 0).
    const slot = Math.max(
      now,
      endpoint.rateLimit ? endpoint.nextSlotAt : Number.NEGATIVE_INFINITY,
      app.rateLimit ? app.nextSlotAt : Number.NEGATIVE_INFINITY,
    );
    if (endpoint.rateLimit) endpoint.nextSlotAt = slot + 1000 / endpoint.rateLimit;
    if (app.rateLimit) app.nextSlotAt = slot + 1000 / app.rateLimit;
    if (slot <= now) return false;
    task.dueAt = slot;
    task.slotReserved = true;
    if (this.#ownsStatus(task)) task.destination.nextAttempt = slot;
    this.#enqueue(task);
    return true;
  }

  async #attempt(task: DeliveryTask): Promise<void> {
    const { clock } = this.options;
    const { message, endpoint } = task.destination;
    const { payload } = message;
    const sentAt = clock.now();
    const url = endpoint.url;
    // #start checked this; an expunged payload is never replaced by a stand-in body.
    if (payload === undefined) return;
    const abort = new AbortController();
    this.#aborts.add(abort);
    try {
      const result = await deliverWebhook({
        url,
        msgId: message.id,
        body: JSON.stringify(payload),
        secrets: endpoint.secrets
          .filter((s) => s.expiresAt === null || s.expiresAt > sentAt)
          .map((s) => s.key),
        headers: endpoint.headers,
        timestampSeconds: Math.floor(sentAt / 1000),
        timeoutMs: this.options.deliveryTimeoutMs,
        send: this.options.transport(),
        signal: abort.signal,
      });
      this.#finish(task, url, result, sentAt);
    } catch (error) {
      // Never an unhandled rejection: whatever went wrong is this attempt's recorded failure.
      const response = `Delivery failed: ${error instanceof Error ? error.message : String(error)}`;
      this.#finish(task, url, { ok: false, statusCode: 0, response, durationMs: 0 }, sentAt);
    } finally {
      this.#aborts.delete(abort);
    }
  }

  /** A task whose payload was expunged or pruned: recorded as failed, nothing is sent, no retry. */
  #dropPayloadless(task: DeliveryTask, now: number): void {
    this.#endCycle(task);
    this.#finish({ ...task, retries: false }, task.destination.endpoint.url, PAYLOAD_GONE, now);
  }

  /** Records an attempt's outcome, schedules what follows and logs it. */
  #finish(task: DeliveryTask, url: string, result: DeliveryResult, sentAt: number): void {
    const { message, endpoint } = task.destination;
    const attempt = recordAttempt(task.destination, task.triggerType, url, result, sentAt);
    this.#report(attempt);
    const nextAttempt = this.#afterAttempt(task, result.ok);
    this.#pruneIfOver(message);
    const log = this.options.onDelivery;
    if (!log) return;
    try {
      log({
        environment: message.app.env.name,
        msgId: message.id,
        endpointId: endpoint.id,
        url: printableUrl(url),
        attempt: task.attempt,
        triggerType: task.triggerType,
        ok: result.ok,
        statusCode: result.statusCode,
        durationMs: result.durationMs,
        nextAttempt,
      });
    } catch {
      // A throwing user callback must not break the delivery queue.
    }
  }

  #report(attempt: AttemptRecord): void {
    try {
      this.options.onAttempt?.(attempt);
    } catch {
      // A throwing listener must not break the delivery queue.
    }
  }

  /**
   * A task is over (attempted, or dropped unsent); a message with no task left is handed to its
   * environment's retention, which may evict it.
   */
  #taskDone(task: DeliveryTask): undefined {
    const { message } = task.destination;
    message.openDeliveries -= 1;
    if (message.openDeliveries === 0 && !this.#closing.signal.aborted)
      message.app.env.retention.idle(message);
    return undefined;
  }

  /** Whether the task's outcome is the destination's status: no other retry cycle owns it. */
  #ownsStatus(task: DeliveryTask): boolean {
    const cycle = this.#cycles.get(task.destination);
    return cycle === undefined || cycle === task;
  }

  /** Forgets the task's retry cycle if it is the active one. */
  #endCycle(task: DeliveryTask): undefined {
    if (this.#cycles.get(task.destination) === task) this.#cycles.delete(task.destination);
    return undefined;
  }

  /** The final status of a delivery without a pending cycle. */
  #settleDestination(task: DeliveryTask, ok: boolean): void {
    this.#endCycle(task);
    task.destination.status = ok ? "success" : "failed";
    task.destination.nextAttempt = null;
  }

  /** Updates the destination after an attempt and schedules the retry; returns its due time. */
  #afterAttempt(task: DeliveryTask, ok: boolean): number | null {
    const { destination } = task;
    const delay = this.options.retrySchedule[task.attempt - 1];
    if (!this.#ownsStatus(task)) {
      // A manual attempt beside a pending cycle: success ends the cycle, failure leaves it be.
      if (ok) {
        this.#cycles.delete(destination);
        this.#settleDestination(task, true);
      }
      return null;
    }
    // Once closing, retries are dropped: the attempt just made is the destination's last word.
    if (ok || !task.retries || delay === undefined || this.#closing.signal.aborted) {
      this.#settleDestination(task, ok);
      return null;
    }
    const jitter = 1 + this.options.retryJitter * (this.options.random() * 2 - 1);
    const dueAt = this.options.clock.now() + Math.round(delay * jitter);
    destination.status = "pending";
    destination.nextAttempt = dueAt;
    const retry: DeliveryTask = {
      ...task,
      dueAt,
      attempt: task.attempt + 1,
      triggerType: "scheduled",
      slotReserved: false,
    };
    this.#cycles.set(destination, retry);
    destination.message.openDeliveries += 1;
    this.#enqueue(retry);
    return dueAt;
  }

  /** Without `retainPayloads`, a payload is dropped once no delivery of it is waiting. */
  #pruneIfOver(message: MessageRecord): void {
    if (this.options.retainPayloads || message.payload === undefined) return;
    if (message.destinations.every((d) => d.status === "success" || d.status === "failed"))
      message.payload = undefined;
  }

  #notify(): void {
    const waiters = [...this.#waiters];
    this.#waiters.clear();
    for (const wake of waiters) wake();
  }
}

/**
 * Only the URL's origin: the path, query and credentials may be secrets (Slack's
 * `/services/T/B/XXXX` and Discord's `/api/webhooks/{id}/{token}` are), so log the endpoint ID beside it.
 */
function printableUrl(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return "(invalid url)";
  }
}
