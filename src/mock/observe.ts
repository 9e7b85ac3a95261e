/**
 * A test hook: hands every response the mock's router sends to observers registered here. This
 * repository's vitest setup (`test/helpers/mockConformance.ts`) uses it to check every response of
 * the whole test suite against openapi.yaml. Internal: `octohooks/mock` does not export it.
 *
 * @internal
 * @module
 */

/**
 * One request and the response the router sent for it, `x-request-id` included. The transport
 * adds only `content-length` (and CORS headers when asked for).
 *
 * @internal
 */
export interface ObservedExchange {
  /** Upper-case HTTP method. */
  readonly method: string;
  /** Path below the base URL, e.g. `/api/v1/app`, still percent-encoded. */
  readonly path: string;
  /** The raw query string without `?` (may be empty). */
  readonly search: string;
  /** The response status. */
  readonly status: number;
  /** Response headers by lower-case name. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body text; `undefined` when there is none. */
  readonly body: string | undefined;
}

/** A function that receives every exchange. @internal */
export type ExchangeObserver = (exchange: ObservedExchange) => void;

const observers = new Set<ExchangeObserver>();

/**
 * Calls `observer` with every response of every mock in this module instance (in-process: msw
 * handlers, `mock.handle()` and `mock.listen()` alike) until the returned function is called.
 *
 * @internal
 */
export function observeExchanges(observer: ExchangeObserver): () => void {
  observers.add(observer);
  return () => {
    observers.delete(observer);
  };
}

/** Whether anyone observes: the router builds no exchange object otherwise. @internal */
export function observed(): boolean {
  return observers.size > 0;
}

/** Hands one exchange to every observer; a throwing observer cannot break the response. @internal */
export function reportExchange(exchange: ObservedExchange): void {
  for (const observer of observers) {
    try {
      observer(exchange);
    } catch {
      // A test hook failing is the test's problem, never the request's.
    }
  }
}
