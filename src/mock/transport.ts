/**
 * How a delivery's `POST` goes out: over node:http(s) with keep-alive agents, about a quarter of the
 * CPU of undici's `fetch` per delivery, or over a `fetch` when the user gave one or something (msw,
 * a test stub) replaced the global `fetch`, so whatever intercepts deliveries today still sees them.
 *
 * @module
 */
import http from "node:http";
import https from "node:https";

/** Response bodies are kept up to this many bytes (10 KB). */
export const MAX_RECORDED_RESPONSE_BYTES = 10 * 1024;

/** What came back: the status and at most 10 KB of the body, decoded as UTF-8. */
export interface TransportAnswer {
  /** HTTP status. */
  readonly status: number;
  /** The body's first 10 KB at most, decoded as UTF-8. */
  readonly body: string;
}

/**
 * Sends one `POST` without following redirects; rejects on a network error or when `signal` aborts
 * (before or while the answer is read).
 */
export type DeliveryTransport = (
  url: string,
  headers: Readonly<Record<string, string>>,
  body: string,
  signal: AbortSignal,
) => Promise<TransportAnswer>;

/** The global `fetch` when the mock loaded: while it is still in place, nothing intercepts `fetch`. */
const originalFetch = globalThis.fetch;

/**
 * The transport of the next delivery: the user's `fetch` when given; node:http while the global
 * `fetch` is the original; else the global `fetch`, because msw or a test stub replaced it to see
 * (or answer) the deliveries, as they always could.
 */
export function pickTransport(
  userFetch: typeof fetch | undefined,
  node: DeliveryTransport,
): DeliveryTransport {
  if (userFetch) return fetchTransport(userFetch);
  return globalThis.fetch === originalFetch ? node : fetchTransport(globalThis.fetch);
}

/** A transport over a `fetch` (redirects left unfollowed, the body read up to the limit). */
export function fetchTransport(fetchImpl: typeof fetch): DeliveryTransport {
  return async (url, headers, body, signal) => {
    const response = await fetchImpl(url, { method: "POST", headers, body, redirect: "manual", signal });
    return { status: response.status, body: await readFetchBody(response) };
  };
}

/** A transport over node:http and node:https with keep-alive agents of its own; `close` ends their sockets. */
export function nodeTransport(): { send: DeliveryTransport; close(): void } {
  const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };
  const send: DeliveryTransport = (url, headers, body, signal) =>
    new Promise((resolve, reject) => {
      const secure = url.startsWith("https:");
      // Looked up at each call (not imported by name) so an interceptor patching the module sees it.
      const request = secure ? https.request : http.request;
      const req = request(url, {
        method: "POST",
        headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
        agent: secure ? agents.https : agents.http,
        signal,
      });
      req.once(
        "response",
        (res) =>
          void readNodeBody(res).then((text) => resolve({ status: res.statusCode ?? 0, body: text }), reject),
      );
      req.on("error", reject);
      req.end(body);
    });
  return {
    send,
    close() {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}

/** Reads at most 10 KB of a node:http answer, then stops reading (the socket is not reused). */
function readNodeBody(res: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    res.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size < MAX_RECORDED_RESPONSE_BYTES) return;
      res.destroy();
      resolve(decode(chunks));
    });
    res.once("end", () => resolve(decode(chunks)));
    res.on("error", reject);
    // Cut off before its end (an abort, the peer gone): a failed attempt, like fetch's.
    res.once("close", () => {
      if (!res.complete && size < MAX_RECORDED_RESPONSE_BYTES)
        reject(new Error("The connection closed before the answer ended"));
    });
  });
}

/** Reads at most 10 KB of a Fetch answer, then cancels the rest. */
async function readFetchBody(response: Response): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < MAX_RECORDED_RESPONSE_BYTES) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  if (size >= MAX_RECORDED_RESPONSE_BYTES) await reader.cancel().catch(() => undefined);
  return decode(chunks);
}

function decode(chunks: Uint8Array[]): string {
  const bytes = Buffer.concat(chunks).subarray(0, MAX_RECORDED_RESPONSE_BYTES);
  // A multi-byte character cut at the limit decodes as U+FFFD, one char for 1-3 bytes: still within 10 KB.
  return new TextDecoder().decode(bytes);
}
