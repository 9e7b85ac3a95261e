/**
 * Converts between Fetch `Request`/`Response` and the router's plain shapes, for `mock.handle()`
 * and the msw handlers.
 *
 * @module
 */
import {
  BODY_TOO_LARGE,
  DROP_CONNECTION,
  MAX_BODY_BYTES,
  type MockRequest,
  type MockResponse,
} from "./exchange.js";

/** The router's view of a Fetch request; `basePath` (the base URL's path) is cut off the front. */
export async function fromFetchRequest(request: Request, basePath: string): Promise<MockRequest> {
  const url = new URL(request.url);
  const path =
    basePath && url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) || "/" : url.pathname;
  return {
    method: request.method.toUpperCase(),
    path,
    search: url.search.slice(1),
    header: (name) => request.headers.get(name) ?? undefined,
    body: await readLimited(request),
    signal: request.signal,
  };
}

/** A Fetch response; a dropped connection becomes `Response.error()` (a network error for the client). */
export function toFetchResponse(response: MockResponse): Response {
  if (response === DROP_CONNECTION) return Response.error();
  return new Response(response.body ?? null, { status: response.status, headers: response.headers });
}

async function readLimited(request: Request): Promise<MockRequest["body"]> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return BODY_TOO_LARGE;
  if (!request.body) return undefined;
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => undefined);
      return BODY_TOO_LARGE;
    }
    chunks.push(value);
  }
  return size === 0 ? undefined : Buffer.concat(chunks, size).toString("utf8");
}
