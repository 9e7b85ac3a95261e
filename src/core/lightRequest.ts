import type { RequestOptions } from "./requestOptions.js";

/**
 * A minimal stand-in for `Request`, handed to openapi-fetch as its `Request` option.
 * A real `Request` streams its body and costs about a third of the throughput on loopback;
 * the transport only needs the URL, method, headers, string body and the call's options.
 */
export class LightRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: string | undefined;
  readonly signal: AbortSignal | undefined;
  /** The per-call options, carried from the resource method to the transport. */
  readonly callOptions: RequestOptions | undefined;

  constructor(url: string, init: RequestInit & { callOptions?: RequestOptions }) {
    this.url = url;
    this.method = init.method ?? "GET";
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.body = typeof init.body === "string" ? init.body : undefined;
    this.signal = init.signal ?? undefined;
    this.callOptions = init.callOptions;
  }
}
