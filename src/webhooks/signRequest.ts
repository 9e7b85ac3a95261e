import { toUnixSeconds } from "./timestamp.js";
import type { Webhook } from "./webhook.js";

/** Options of {@link signRequest}. */
export interface SignRequestOptions {
  /** The `webhook-id`; default a fresh `msg_test_...`, so two requests are never taken for a replay. */
  id?: string;
  /** When the request is signed, unix seconds or a `Date`; default now. */
  timestamp?: number | Date;
  /** More headers to send, such as an endpoint's custom headers. */
  headers?: Record<string, string>;
}

let counter = 0;

/**
 * A signed `POST` of `payload` to `url`, as Octohooks delivers one (JSON body, `content-type:
 * application/json`, the three `webhook-*` headers), for a receiver's tests: `fetch(request)`, or a
 * framework's `app.request(request)`. A string payload is sent as it is, anything else as JSON.
 * `signHeaders` gives only the headers; this also keeps the body signed and the body sent the same bytes.
 * A standalone function rather than a `Webhook` method, so verification-only bundles stay small.
 *
 * @example
 * ```ts
 * const response = await fetch(await signRequest(webhook, "http://127.0.0.1:3000/webhooks", { type: "ping" }));
 * ```
 */
export async function signRequest(
  webhook: Webhook,
  url: string | URL,
  payload: unknown,
  options: SignRequestOptions = {},
): Promise<Request> {
  const body = typeof payload === "string" ? payload : JSON.stringify(payload);
  const id = options.id ?? `msg_test_${Date.now().toString(36)}${(counter++).toString(36)}`;
  const timestamp = toUnixSeconds(options.timestamp ?? new Date());
  return new Request(url, {
    method: "POST",
    body,
    headers: {
      ...options.headers,
      "content-type": "application/json",
      "webhook-id": id,
      "webhook-timestamp": String(timestamp),
      "webhook-signature": await webhook.signAsync(id, timestamp, body),
    },
  });
}
