/**
 * `octohooks/mock`: a stateful, in-memory Octohooks that really delivers signed webhooks. Serve it
 * as a real HTTP server on loopback, call it in process with `mock.handle(request)`, or install it
 * in msw with `mswHandlers(mock)` from `octohooks/mock/msw`. All three run the same router. msw is
 * needed only for that last one.
 *
 * @example On a port
 * ```ts
 * const mock = createMockServer();
 * const { url } = await mock.listen(); // http://127.0.0.1:<free port>
 * const octohooks = new Octohooks(mock.token, { serverUrl: url });
 * ```
 *
 * @example With a virtual clock
 * ```ts
 * const clock = new VirtualClock();
 * const mock = createMockServer({ clock });
 * const { url, close } = await mock.listen();
 * // ... send a message to a failing endpoint ...
 * await mock.waitForDelivery({ status: "failed" }); // first attempt done
 * await clock.advance(5_000);                       // first retry due
 * ```
 * @module
 */
import { createMockServerCore, type MockServerCore, type MockServerOptions } from "./server.js";

export { type Clock, realClock, type TimerHandle, VirtualClock } from "./clock.js";
export { DELIVERY_USER_AGENT } from "./delivery.js";
export {
  type DeliveryFilter,
  DeliveryTimeoutError,
  type MockDelivery,
  type WaitForDeliveryOptions,
} from "./deliveryWatch.js";
export type { DeliveryLogEntry } from "./dispatcher.js";
export type {
  Fault,
  FaultInjector,
  FaultKind,
  FaultMatch,
  FaultSpec,
  FaultStats,
  FaultTarget,
} from "./faults.js";
export type { ListenOptions, MockListener } from "./listener.js";
export { DEFAULT_RETRY_SCHEDULE_MS } from "./retrySchedule.js";
export type { RequestLogEntry } from "./router.js";
export type { SeedApplication } from "./seed.js";
export type { MockServerCore, MockServerOptions } from "./server.js";
export type { MockSnapshot } from "./snapshot.js";
export type { MockStore, TriggerType } from "./store.js";

/** The mock server; `mswHandlers(mock)` from `octohooks/mock/msw` serves it through msw. */
export type MockServer = MockServerCore;

/**
 * Creates a mock Octohooks server. Nothing listens until {@link MockServerCore.listen}; it needs
 * no msw (see `octohooks/mock/msw` for that).
 *
 * @example
 * ```ts
 * const mock = createMockServer({ tokens: { tk_prod: "prod", tk_test: "test" }, retryScheduleScale: 0.001 });
 * const { url } = await mock.listen({ port: 0 });
 * await fetch(`${url}/api/v1/app`, { headers: { authorization: "Bearer tk_prod" } });
 * await mock.close();
 * ```
 */
export function createMockServer(options: MockServerOptions = {}): MockServer {
  return createMockServerCore(options);
}
