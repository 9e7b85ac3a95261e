/**
 * Wires the store, dispatcher, fault registry, delivery watch and router into one mock server. It
 * never loads msw: `octohooks/mock/msw` turns a server into msw handlers.
 *
 * @module
 */

import { type Clock, realClock } from "./clock.js";
import {
  type DeliveryFilter,
  DeliveryWatch,
  type MockDelivery,
  type WaitForDeliveryOptions,
} from "./deliveryWatch.js";
import { type DeliveryLogEntry, Dispatcher } from "./dispatcher.js";
import { FaultInjector } from "./faults.js";
import { fromFetchRequest, toFetchResponse } from "./fetchAdapter.js";
import { newToken } from "./ids.js";
import { type ListenOptions, type MockListener, startListener } from "./listener.js";
import { ownApiCheck } from "./ownApi.js";
import { createPayloadValidator } from "./payloadSchemas.js";
import { resolveRetrySchedule } from "./retrySchedule.js";
import { createRouter, type RequestLogEntry, type Router } from "./router.js";
import { type SeedApplication, seedApplications } from "./seed.js";
import { seededRandom } from "./seededRandom.js";
import { type MockSnapshot, snapshotEnvironment } from "./snapshot.js";
import { MockStore } from "./store.js";
import { type DeliveryTransport, nodeTransport, pickTransport } from "./transport.js";

const DAY_MS = 24 * 3_600_000;

/** Options of `createMockServer`. Every one is optional. */
export interface MockServerOptions {
  /** API tokens and the environment each opens, e.g. `{ tk_a: "prod", tk_b: "test" }`. Default: one generated token for environment `"default"`. */
  tokens?: Record<string, string>;
  /** Base URL the msw handlers answer under (default `"https://api.octohooks.com"`). */
  baseUrl?: string;
  /** Time source for timestamps, retries, rate limits and idempotency expiry (default: real time). Pass a `VirtualClock` to drive time by hand. */
  clock?: Clock;
  /** Delays after each failed attempt, in ms (default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h). */
  retrySchedule?: readonly number[];
  /** Multiplies every retry delay, e.g. `0.001` (default 1). */
  retryScheduleScale?: number;
  /** Each retry delay moves by up to this fraction either way (default 0.1; 0 for exact delays). */
  retryJitter?: number;
  /** Real milliseconds a receiver has to answer a delivery (default 15 000). */
  deliveryTimeoutMs?: number;
  /** How long a rotated-out endpoint secret still signs deliveries, in ms of the clock (default 24 h). */
  secretGracePeriodMs?: number;
  /**
   * Keep message payloads once all their deliveries are over (default true). With `false` a delivered
   * message reads back with `payload: {}` and cannot be resent (409 `payload_expunged`); with
   * {@link MockServerOptions.retainMessages} it keeps memory flat on long runs.
   */
  retainPayloads?: boolean;
  /**
   * Messages kept per environment (default: all, i.e. `Infinity`). Past this many, the oldest message
   * whose deliveries are all over (none pending, scheduled or in flight) is forgotten together with
   * its attempts and delivery records: it answers 404 and leaves every list and the endpoint stats.
   * A message still in delivery is never forgotten, so the count can pass the limit while that
   * many are in delivery. A positive integer.
   */
  retainMessages?: number;
  /**
   * Answer 422 to a message whose payload does not match its event type's JSON Schema (the newest
   * version in its `schemas`; an event type without one accepts anything). Default false: the service
   * stores schemas as documentation and checks nothing. Needs `ajv` installed (and uses
   * `ajv-formats` when it is), loaded only when this is on.
   */
  validatePayloads?: boolean;
  /** How long idempotency keys are remembered, in ms of the clock (default 24 h). */
  idempotencyTtlMs?: number;
  /**
   * Keys remembered per environment at most, oldest completed ones forgotten first (default 10 000).
   * A deliberate deviation from the service, which replays any key for 24 h: the cap keeps memory
   * flat, so past 10 000 keyed requests within the TTL a retry of an old request runs again. A key
   * whose request is still in flight is never forgotten, so a retry can never run it twice.
   */
  idempotencyMaxKeys?: number;
  /** Seeds fault probabilities and retry jitter, so a run repeats exactly (default: random). */
  seed?: number;
  /**
   * The fetch deliveries use. Default: node:http(s) with keep-alive connections while the global
   * `fetch` is untouched, and the global `fetch` at delivery time once something replaced it (msw's
   * `server.listen()`, a test stub), so those see every delivery.
   */
  fetch?: typeof fetch;
  /**
   * Applications that exist from the start, with the IDs given (`app_` and letters or digits), e.g.
   * the `app_…` ID a guide's snippet sends to. Each goes into `environment` (default: that of
   * {@link MockServerCore.token}). An ID that is malformed or taken throws a `RangeError`.
   */
  applications?: readonly SeedApplication[];
  /** Called once per request answered. */
  onRequest?: (entry: RequestLogEntry) => void;
  /** Called once per delivery attempt. */
  onDelivery?: (entry: DeliveryLogEntry) => void;
}

/** The mock server without msw handlers. */
export interface MockServerCore {
  /** The first (or generated) API token. */
  readonly token: string;
  /** Every token and the environment it opens. */
  readonly tokens: Readonly<Record<string, string>>;
  /** The base URL of the msw handlers. */
  readonly url: string;
  /** The clock the mock runs on; with a {@link VirtualClock}, `clock.advance(ms)` runs what falls due. */
  readonly clock: Clock;
  /** Fault injection for the requests it answers, e.g. `faults.inject({ kind: "rateLimit" })`. */
  readonly faults: FaultInjector;
  /** The in-memory state, for tests that need more than {@link MockServerCore.snapshot}. */
  readonly store: MockStore;
  /** Answers one Fetch request (what the msw handlers call). */
  handle(request: Request): Promise<Response>;
  /** Serves the same logic over HTTP on loopback. */
  listen(options?: ListenOptions): Promise<MockListener>;
  /**
   * Resolves when no delivery is in flight and none is due. With the real clock that includes
   * retries scheduled for later (use a scaled or short schedule, or it waits for them). With a manual
   * clock (`VirtualClock`) it only runs what is due at the current virtual time: later retries wait
   * for `clock.advance(ms)`, which runs them in order (no need to settle between advances).
   */
  settle(): Promise<void>;
  /** A copy of an environment's state (default: the environment of {@link MockServerCore.token}). */
  snapshot(environment?: string): MockSnapshot;
  /**
   * The delivery attempts made so far that match `filter` (every environment), oldest first; the
   * last 10 000 are kept.
   *
   * @example
   * ```ts
   * expect(mock.deliveries({ endpointId: endpoint.id, status: "failed" })).toHaveLength(1);
   * ```
   */
  deliveries(filter?: DeliveryFilter): MockDelivery[];
  /**
   * Resolves with the first attempt matching `filter`, made already or still to come; rejects with a
   * `DeliveryTimeoutError` listing what was delivered instead once `timeout` real ms (default 5 000)
   * pass. Works with the real clock and a `VirtualClock` (advance it while this waits), in process
   * and on a port. Give `msgId` to wait for one message.
   *
   * @example
   * ```ts
   * const message = await octohooks.message.create(app.id, { eventType: "invoice.paid", payload: {} });
   * const attempt = await mock.waitForDelivery({ msgId: message.id, status: "success" });
   * ```
   */
  waitForDelivery(filter?: DeliveryFilter, options?: WaitForDeliveryOptions): Promise<MockDelivery>;
  /**
   * Stops the mock: a delivery in flight is aborted and recorded as a failed attempt, queued retries
   * are dropped, timers stop, hanging requests end and every listener closes. From then on every
   * request is answered 503 `unavailable`.
   */
  close(): Promise<void>;
}

function checkOptions(options: MockServerOptions): void {
  const positive = {
    deliveryTimeoutMs: options.deliveryTimeoutMs,
    idempotencyMaxKeys: options.idempotencyMaxKeys,
  };
  for (const [name, value] of Object.entries(positive)) {
    if (value !== undefined && !(Number.isFinite(value) && value > 0))
      throw new RangeError(`${name} must be > 0`);
  }
  const retain = options.retainMessages;
  if (
    retain !== undefined &&
    !(retain === Number.POSITIVE_INFINITY || (Number.isInteger(retain) && retain > 0))
  )
    throw new RangeError("retainMessages must be a positive integer (or Infinity)");
  const jitter = options.retryJitter;
  if (jitter !== undefined && !(jitter >= 0 && jitter < 1))
    throw new RangeError("retryJitter must be within [0, 1)");
  for (const [token, env] of Object.entries(options.tokens ?? {})) {
    if (!token || !env)
      throw new TypeError("tokens must map non-empty tokens to non-empty environment names");
  }
}

/** The store, with the options' idempotency and retention limits (defaults as documented above). */
function createStore(options: MockServerOptions, tokens: Record<string, string>, clock: Clock): MockStore {
  return new MockStore(tokens, {
    idempotencyTtlMs: options.idempotencyTtlMs ?? DAY_MS,
    idempotencyMaxKeys: options.idempotencyMaxKeys ?? 10_000,
    retainMessages: options.retainMessages ?? Number.POSITIVE_INFINITY,
    now: () => clock.now(),
  });
}

/** The dispatcher, with the options' delivery settings (defaults as documented above). */
function createDispatcher(
  options: MockServerOptions,
  clock: Clock,
  seed: number,
  node: DeliveryTransport,
  hooks: { watch: DeliveryWatch; isOwnApi: (url: string) => boolean },
): Dispatcher {
  return new Dispatcher({
    clock,
    retrySchedule: resolveRetrySchedule(options),
    retryJitter: options.retryJitter ?? 0.1,
    random: seededRandom(seed ^ 0x5bd1e995),
    deliveryTimeoutMs: options.deliveryTimeoutMs ?? 15_000,
    transport: () => pickTransport(options.fetch, node),
    retainPayloads: options.retainPayloads ?? true,
    onDelivery: options.onDelivery,
    onAttempt: (attempt) => hooks.watch.record(attempt),
    isOwnApi: hooks.isOwnApi,
  });
}

/** Creates the mock without msw handlers. */
export function createMockServerCore(options: MockServerOptions = {}): MockServerCore {
  checkOptions(options);
  const clock = options.clock ?? realClock;
  const tokens =
    options.tokens && Object.keys(options.tokens).length > 0
      ? { ...options.tokens }
      : { [newToken()]: "default" };
  const token = Object.keys(tokens)[0] as string;
  const store = createStore(options, tokens, clock);
  seedApplications(store, clock, options.applications ?? [], tokens[token] as string);
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 32);
  const faults = new FaultInjector(seed);
  const node = nodeTransport();
  const url = (options.baseUrl ?? "https://api.octohooks.com").replace(/\/+$/, "");
  const basePath = new URL(url).pathname.replace(/\/+$/, "");
  const listeners = new Set<MockListener>();
  const isOwnApi = ownApiCheck(url, listeners);
  const watch = new DeliveryWatch();
  const dispatcher = createDispatcher(options, clock, seed, node.send, { watch, isOwnApi });
  let closed = false;
  const router: Router = createRouter({
    store,
    dispatcher,
    clock,
    faults,
    settings: {
      secretGracePeriodMs: options.secretGracePeriodMs ?? DAY_MS,
      isOwnApi,
      payloadValidator: options.validatePayloads ? createPayloadValidator() : undefined,
    },
    onRequest: options.onRequest,
    closed: () => closed,
  });
  return {
    token,
    tokens,
    url,
    clock,
    faults,
    store,
    handle: async (request) => toFetchResponse(await router(await fromFetchRequest(request, basePath))),
    async listen(listenOptions) {
      if (closed) throw new Error("The mock server is closed; create a new one to listen again.");
      const listener = await startListener(router, listenOptions);
      listeners.add(listener);
      return listener;
    },
    settle: () => dispatcher.settle(),
    snapshot(environment = tokens[token]) {
      const env = environment === undefined ? undefined : store.environments.get(environment);
      if (!env) throw new RangeError(`No environment named ${JSON.stringify(environment)}`);
      return snapshotEnvironment(env);
    },
    deliveries: (filter) => watch.deliveries(filter),
    waitForDelivery: (filter, waitOptions) => watch.waitForDelivery(filter, waitOptions),
    async close() {
      closed = true;
      faults.releaseHangs();
      await dispatcher.close();
      watch.close();
      node.close();
      await Promise.all([...listeners].map((listener) => listener.close()));
      listeners.clear();
    },
  };
}
