/** The status and headers of the HTTP response a call ended with, whatever transport carried it. */
export interface ResponseInfo {
  /** HTTP status code, e.g. `200`. */
  readonly status: number;
  /** The response headers. */
  readonly headers: Headers;
}

/** What `.withResponse()` resolves to: the parsed body and what support will ask about it. */
export interface ApiResult<T> {
  /** The parsed body, as the call itself resolves. */
  data: T;
  /** The status and headers of the final response. */
  response: ResponseInfo;
  /** The `x-request-id` of the exchange (the server's, or the one the client sent). */
  requestId: string;
  /** `true` when the server answered an idempotent repeat with the first call's stored response. */
  idempotencyReplayed: boolean;
}

/**
 * What every method returns: `await` it for the body, or call {@link APIPromise.withResponse}
 * for the body together with the response's status, headers and request ID.
 *
 * @example
 * ```ts
 * const { data, requestId, idempotencyReplayed } = await octohooks.message
 *   .create("app_123", { eventType: "invoice.paid", payload: {} }, { idempotencyKey: "job-42" })
 *   .withResponse();
 * ```
 */
export class APIPromise<T> implements Promise<T> {
  /** So that an `APIPromise` passes wherever a `Promise` is expected. */
  readonly [Symbol.toStringTag] = "APIPromise";
  readonly #result: Promise<ApiResult<T>>;
  #data: Promise<T> | undefined;

  /** Wraps a call already under way. Methods build these; there is no need to construct one. */
  constructor(result: Promise<ApiResult<T>>) {
    this.#result = result;
  }

  /** The body together with the response's status, headers, request ID and replay flag. */
  withResponse(): Promise<ApiResult<T>> {
    return this.#result;
  }

  #body(): Promise<T> {
    this.#data ??= this.#result.then((result) => result.data);
    return this.#data;
  }

  // biome-ignore lint/suspicious/noThenProperty: an APIPromise is meant to be awaited.
  then<R1 = T, R2 = never>(
    onFulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    // biome-ignore lint/suspicious/noExplicitAny: the same as Promise's own signature.
    onRejected?: ((reason: any) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    // One promise, not two, for the common `await`: the body is taken from the result in the handler.
    if (this.#data === undefined && onFulfilled) {
      return this.#result.then((result) => onFulfilled(result.data), onRejected);
    }
    return this.#body().then(onFulfilled, onRejected);
  }

  /** Like `Promise.prototype.catch`. */
  // biome-ignore lint/suspicious/noExplicitAny: the same as Promise's own signature.
  catch<R = never>(onRejected?: ((reason: any) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.#body().catch(onRejected);
  }

  /** Like `Promise.prototype.finally`. */
  finally(onFinally?: (() => void) | null): Promise<T> {
    return this.#body().finally(onFinally);
  }
}
