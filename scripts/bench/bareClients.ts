// The request-overhead section's references: `message.create`'s exact request sent with no client
// around it, by what Node itself offers (a node:http keep-alive agent, and fetch) and by undici's
// own `request`, each with the SDK's 15 s timeout. What the SDK adds is measured against them.
import { randomUUID } from "node:crypto";
import http from "node:http";
import { Agent, request as undiciRequest } from "undici";

export const TOKEN = "bench_token";
export const APP = "app_bench";
export const BODY = { eventType: "invoice.paid", payload: { id: "in_1", amount: 1999, currency: "EUR" } };

/** A call of one candidate; an optional signal for the fetch variants. */
export type Call = (signal?: AbortSignal) => Promise<unknown>;

/** The SDK's timeout per attempt. */
const TIMEOUT_MS = 15_000;

/** The headers the SDK sends with `message.create`, fresh IDs each call. */
export function sdkHeaders(): Record<string, string> {
  return {
    authorization: `Bearer ${TOKEN}`,
    "content-type": "application/json",
    accept: "application/json",
    "user-agent": "bench",
    "x-request-id": `req_${randomUUID()}`,
    "idempotency-key": `auto_${randomUUID()}`,
  };
}

/** The request over fetch, as a careful hand-written call would send it. */
export function rawFetch(url: string): Call {
  const target = `${url}/api/v1/app/${APP}/msg`;
  return async (signal) => {
    const init: RequestInit = { method: "POST", headers: sdkHeaders(), body: JSON.stringify(BODY) };
    if (signal) init.signal = signal;
    const res = await fetch(target, init);
    return res.json();
  };
}

/**
 * The request over node:http with a keep-alive agent, the URL parsed once, a plain timer for the
 * timeout: the fastest a Node client without dependencies can be.
 */
export function bareNodeHttp(url: string): Call {
  const { hostname, port } = new URL(url);
  const agent = new http.Agent({ keepAlive: true });
  const path = `/api/v1/app/${APP}/msg`;
  return () =>
    new Promise((resolve, reject) => {
      const req = http.request({ hostname, port, path, method: "POST", agent, headers: sdkHeaders() });
      const timer = setTimeout(() => req.destroy(new Error("timed out")), TIMEOUT_MS);
      req.on("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
      req.on("response", (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          clearTimeout(timer);
          resolve(JSON.parse(Buffer.concat(chunks).toString()));
        });
      });
      req.end(JSON.stringify(BODY));
    });
}

/** The request over undici's `request` with a dispatcher of its own (a dependency, not Node's). */
export function undici(url: string): Call {
  const dispatcher = new Agent();
  const target = `${url}/api/v1/app/${APP}/msg`;
  return async () => {
    const { body } = await undiciRequest(target, {
      method: "POST",
      headers: sdkHeaders(),
      body: JSON.stringify(BODY),
      dispatcher,
      headersTimeout: TIMEOUT_MS,
      bodyTimeout: TIMEOUT_MS,
    });
    return body.json();
  };
}
