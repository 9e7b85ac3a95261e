/**
 * `octohooks/mock`: a stateful, in-memory Octohooks that really delivers signed webhooks. Use it in
 * process through msw, or as a real HTTP server on loopback; both run the same router.
 *
 * @example In process, with msw
 * ```ts
 * import { setupServer } from "msw/node";
 * import { createMockServer } from "octohooks/mock";
 *
 * const mock = createMockServer();
 * const server = setupServer(...mock.handlers);
 * server.listen({ onUnhandledRequest: "bypass" });
 * const octohooks = new Octohooks(mock.token, { serverUrl: mock.url });
 * ```
 *
 * @example Over HTTP, with a virtual clock
 * ```ts
 * const clock = new VirtualClock();
 * const mock = createMockServer({ clock });
 * const { url, close } = await mock.listen(); // http://127.0.0.1:<free port>
 * // ... send a message to a failing endpoint ...
 * await mock.settle();        // first attempt done
 * await clock.advance(5_000); // first retry done
 * ```
 * @module
 */
import type { HttpHandler } from "msw";
import { createMswHandlers } from "./msw.js";
import { createMockServerCore, type MockServerCore, type MockServerOptions } from "./server.js";

export { type Clock, realClock, type TimerHandle, VirtualClock } from "./clock.js";
export { DELIVERY_USER_AGENT } from "./delivery.js";
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
export type { MockServerCore, MockServerOptions } from "./server.js";
export type { MockSnapshot } from "./snapshot.js";
export type { MockStore, TriggerType } from "./store.js";

/** The mock server: {@link MockServerCore} plus msw handlers. */
export interface MockServer extends MockServerCore {
  /** msw handlers answering under {@link MockServerCore.url}: `setupServer(...mock.handlers)`. */
  readonly handlers: HttpHandler[];
}

/**
 * Creates a mock Octohooks server. Nothing listens until {@link MockServerCore.listen}; the msw
 * {@link MockServer.handlers} work as soon as they are installed.
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
  const core = createMockServerCore(options);
  return { ...core, handlers: createMswHandlers(core.url, core.handle) };
}
