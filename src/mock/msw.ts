/**
 * The mock as msw request handlers: one catch-all handler under the base URL's `/api/v1/` that
 * hands the request to the same router the node:http listener uses.
 *
 * @module
 */
import { type HttpHandler, HttpResponse, http } from "msw";

/** msw handlers that answer every request under `${baseUrl}/api/v1/` with `handle`. */
export function createMswHandlers(
  baseUrl: string,
  handle: (request: Request) => Promise<Response>,
): HttpHandler[] {
  return [
    http.all(`${baseUrl.replace(/\/+$/, "")}/api/v1/*`, async ({ request }) => {
      const response = await handle(request);
      // msw needs its own error response to turn into a network error for the client.
      return response.type === "error" ? HttpResponse.error() : response;
    }),
  ];
}
