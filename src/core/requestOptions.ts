/**
 * Options every method accepts in its last argument, beside the operation's own query options
 * (e.g. `MessageListOptions`). Each overrides the client's default for this call. The methods that
 * `POST` take {@link PostRequestOptions}, which adds the idempotency key.
 */
export interface RequestOptions {
  /** Per-attempt timeout in milliseconds (default: the client's, 15 000). */
  timeout?: number;
  /** How many times to retry a retryable failure (default: the client's, 2). `0` turns retries off. */
  maxRetries?: number;
  /** Stops the call at once, during a request or during a wait between retries. */
  signal?: AbortSignal;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
}

/**
 * The options of a method that `POST`s (a create, a resend, a recovery, …): the
 * {@link RequestOptions} and the idempotency key. Only these take a key: `PUT`, `PATCH` and
 * `DELETE` are idempotent as they are, and a key given to another method is refused.
 */
export interface PostRequestOptions extends RequestOptions {
  /**
   * Idempotency key for a `POST`. When omitted the client generates one per call (`auto_<uuid>`);
   * either way every retry of the call sends the same key, so a retried create happens once.
   */
  idempotencyKey?: string;
}

/** The keys of {@link PostRequestOptions}; every method accepts them but the key (POST only). @internal */
export const REQUEST_OPTION_KEYS = [
  "idempotencyKey",
  "timeout",
  "maxRetries",
  "signal",
  "headers",
] as const satisfies readonly (keyof PostRequestOptions)[];

// Fails to compile when PostRequestOptions gains a key the list above lacks.
type Never<T extends never> = T;
export type _EveryRequestOptionListed = Never<
  Exclude<keyof PostRequestOptions, (typeof REQUEST_OPTION_KEYS)[number]>
>;

/** One record per HTTP attempt, given to the client's `logger`. Never holds the API token. */
export interface LogRecord {
  /** HTTP method. */
  method: string;
  /** Request path and query, without the server URL. */
  path: string;
  /** Response status; absent when the attempt got no response. */
  status?: number;
  /** Time from sending to the response headers (or the failure), in ms. */
  durationMs: number;
  /** 0 for the first attempt, N for the Nth retry. */
  retryCount: number;
  /** The call's `x-request-id` (the same on every attempt). */
  requestId: string;
  /** The call's idempotency key, for POSTs. */
  idempotencyKey?: string;
  /** What went wrong, when the attempt failed (class name and one-line message). */
  error?: string;
  /** The wait before the next attempt, when one follows. */
  retryInMs?: number;
  /** The request headers sent, with `authorization` redacted. */
  headers: Record<string, string>;
}

/** Receives one {@link LogRecord} per attempt. Errors it throws are ignored. */
export type Logger = (record: LogRecord) => void;
