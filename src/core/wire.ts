/**
 * One HTTP exchange on the wire, behind one interface with two implementations: {@link fetchSender}
 * here, and the node:http sender of `http.node.ts`. The transport adds the SDK's semantics (headers,
 * retries, typed errors) on top of whichever one the client uses.
 * @module
 */

/** What one attempt sends. */
export interface WireRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
  /** Milliseconds for the whole exchange, the body read included. */
  timeout: number;
  /** The caller's signal; aborting it ends the exchange at once. */
  signal: AbortSignal | undefined;
  /** Largest response body accepted, in bytes. */
  maxResponseBytes: number;
}

/** What came back: the status, the whole body as text, and the headers (built only when asked for). */
export interface WireResponse {
  status: number;
  text: string;
  /** One header's value (repeated ones joined by `, `), or `null`. */
  header(name: string): string | null;
  headers(): Headers;
}

/** Sends attempts; `close` frees whatever it keeps between them (keep-alive sockets). */
export interface Sender {
  send(request: WireRequest): Promise<WireResponse>;
  close(): void;
}

/** What picks a client's sender (http.ts, or http.node.ts in the node flavour). */
export interface SenderOptions {
  baseUrl: string;
  fetch: typeof fetch | undefined;
  httpAgent: object | undefined;
}

/** Why an exchange got no usable answer; the transport turns it into the typed error. */
export type FailureKind = "timeout" | "connection" | "tooLarge";

/** A failed exchange: its kind, the underlying error, and for `tooLarge` the status that came. */
export class WireFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    cause?: unknown,
    readonly status?: number,
  ) {
    super(kind, { cause });
  }
}

/**
 * A sender over a `fetch`-compatible function, which `getFetch` returns at each call (so a fetch
 * patched after construction, as msw does, is the one used). Redirects are answered as they are.
 */
export function fetchSender(getFetch: () => typeof fetch): Sender {
  return {
    async send(request) {
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, request.timeout);
      const { signal } = request;
      const onAbort = () => controller.abort();
      signal?.addEventListener("abort", onAbort, { once: true });
      try {
        // A redirect is answered as it is (not followed): following one would turn a POST into a GET.
        const response = await getFetch()(request.url, {
          method: request.method,
          headers: request.headers,
          body: request.body,
          signal: controller.signal,
          redirect: "manual",
        });
        // Read under the same timeout and abort: a reset mid-body is a connection failure.
        const text = await readText(response, request.maxResponseBytes, controller);
        const { headers } = response;
        return { status: response.status, text, header: (name) => headers.get(name), headers: () => headers };
      } catch (cause) {
        if (cause instanceof WireFailure) throw cause;
        throw new WireFailure(timedOut ? "timeout" : "connection", cause);
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
      }
    },
    close() {
      // fetch keeps its connections in its own pool.
    },
  };
}

/** The body as text, refused past `max` bytes: by its length up front, or as it streams in. */
async function readText(response: Response, max: number, controller: AbortController): Promise<string> {
  const declared = response.headers.get("content-length");
  const tooLarge = () => {
    controller.abort();
    return new WireFailure("tooLarge", undefined, response.status);
  };
  if (declared !== null && Number(declared) > max) throw tooLarge();
  // A declared length within the cap bounds the body, unless fetch decompresses it: read it whole.
  if ((declared !== null && !response.headers.has("content-encoding")) || !response.body)
    return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > max) throw tooLarge();
    text += decoder.decode(value, { stream: true });
  }
}
