/**
 * `octohooks/mock/msw`: the mock as msw request handlers, one catch-all under the mock's base URL
 * `/api/v1/` that hands each request to the same router `mock.listen()` serves. The only part of the
 * mock that loads msw.
 *
 * @example
 * ```ts
 * import { setupServer } from "msw/node";
 * import { createMockServer } from "octohooks/mock";
 * import { mswHandlers } from "octohooks/mock/msw";
 *
 * const mock = createMockServer();
 * const server = setupServer(...mswHandlers(mock));
 * server.listen({ onUnhandledRequest: "bypass" });
 * const octohooks = new Octohooks(mock.token); // the handlers answer under https://api.octohooks.com
 * ```
 * @module
 */
import { type HttpHandler, HttpResponse, http } from "msw";

/** What the handlers need of a mock server: its base URL and its request handler. */
export interface MswMockTarget {
  /** The base URL the handlers answer under (the mock's `url`). */
  readonly url: string;
  /** Answers one Fetch request (the mock's `handle`). */
  handle(request: Request): Promise<Response>;
}

/** msw handlers that answer every request under `${mock.url}/api/v1/`: `setupServer(...mswHandlers(mock))`. */
export function mswHandlers(mock: MswMockTarget): HttpHandler[] {
  return [
    http.all(`${mock.url.replace(/\/+$/, "")}/api/v1/*`, async ({ request }) => {
      const response = await mock.handle(request);
      // msw needs its own error response to turn into a network error for the client.
      return response.type === "error" ? HttpResponse.error() : response;
    }),
  ];
}
