import type { ApiResult } from "./apiPromise.js";
import {
  AbortError,
  ApiError,
  ConnectionError,
  InvalidArgumentError,
  type OctohooksError,
  ResponseTooLargeError,
  TimeoutError,
  UnexpectedResponseError,
} from "./errors.js";
import { randomId } from "./random.js";
import type { Logger, LogRecord, PostRequestOptions } from "./requestOptions.js";
import { isRetryableStatus, MAX_TIMER_MS, type RetryPolicy, retryDelayMs } from "./retryPolicy.js";
import { isSensitiveHeader } from "./sensitiveHeaders.js";
import { VERSION } from "./version.js";
import { type Sender, WireFailure, type WireResponse } from "./wire.js";

/** What the transport needs from the client. */
export interface TransportConfig {
  token: string;
  baseUrl: string;
  sender: Sender;
  /** Largest response body accepted, in bytes. */
  maxResponseBytes: number;
  timeout: number;
  maxRetries: number;
  headers: Record<string, string>;
  logger: Logger | undefined;
  retryPolicy: RetryPolicy;
}

/** One call as the transport sees it: the final URL, the JSON body text, and the call's options. */
export interface OutgoingRequest {
  method: string;
  url: string;
  body: string | undefined;
  callOptions: PostRequestOptions | undefined;
}

/** What the call knows when it builds the error of a failed attempt. */
interface CallState {
  label: string;
  origin: string;
  requestId: string;
  attempts: number;
  earlierAttemptUnknown: boolean;
}

/** A failed attempt: how to build its error, and whether another attempt may follow. */
interface Failure {
  error: (state: CallState) => OctohooksError;
  retryable: boolean;
  retryAfter?: string | null;
  status?: number;
}

/** A successful attempt: the parsed body and the response it came in. */
interface Success {
  status: number;
  wire: WireResponse;
  data: unknown;
}

/** The outcome of one attempt: a parsed response body, or a failure. */
type AttemptResult = Success | Failure;

const USER_AGENT = `octohooks-typescript/${VERSION}`;

/**
 * Builds the one function every call goes through: it adds auth,
 * `user-agent`, `x-request-id` and idempotency keys, applies the per-attempt timeout, retries
 * what is safe to retry with the same keys, and turns every failure into a typed error.
 */
export function createTransport(
  config: TransportConfig,
): (request: OutgoingRequest) => Promise<ApiResult<unknown>> {
  const origin = new URL(config.baseUrl).origin;
  return async function transport(request: OutgoingRequest): Promise<ApiResult<unknown>> {
    const options = request.callOptions ?? {};
    const headers = prepareHeaders(config, request);
    const maxRetries = options.maxRetries ?? config.maxRetries;
    const timeout = options.timeout ?? config.timeout;
    checkLimits(timeout, maxRetries);
    const signal = options.signal;
    const path = request.url.slice(config.baseUrl.length);
    // Errors name the call by its method and path, without the query.
    const route = path.split("?")[0] as string;
    const requestId = headers["x-request-id"] as string;
    // Whether an earlier attempt may have reached the server and done the work: it got no answer,
    // or a 5xx. A 408, 409 or 429 says the server did nothing.
    const state: CallState = {
      label: `${request.method} ${route}`,
      origin,
      requestId,
      attempts: 0,
      earlierAttemptUnknown: false,
    };
    for (let retry = 0; ; retry++) {
      if (retry > 0) headers["octohooks-retry-count"] = String(retry);
      const started = Date.now();
      const result = await attempt(config, request, headers, timeout, signal, route);
      state.attempts = retry + 1;
      const failed = "error" in result;
      const final = !failed || !result.retryable || retry >= maxRetries;
      const wait = final ? undefined : retryDelayMs(retry + 1, result.retryAfter, config.retryPolicy);
      const error = failed ? result.error(state) : undefined;
      if (config.logger)
        log(config.logger, logRecord(request, headers, path, retry, started, result, error, wait));
      if (!failed) return success(result, requestId);
      if (wait === undefined) throw error;
      state.earlierAttemptUnknown ||= result.status === undefined || result.status >= 500;
      await sleep(wait, signal, state);
    }
  };
}

function success(result: Success, sentRequestId: string): ApiResult<unknown> {
  const { status, wire, data } = result;
  let headers: Headers | undefined;
  return {
    data,
    // Built only when read: most calls never look, and on node:http it costs a copy of every header.
    response: {
      status,
      get headers() {
        headers ??= wire.headers();
        return headers;
      },
    },
    requestId: wire.header("x-request-id") ?? sentRequestId,
    idempotencyReplayed: wire.header("idempotent-replayed") === "true",
  };
}

/** Refuses a timeout or retry count the transport cannot honour (a larger timer would fire at once). */
export function checkLimits(timeout: number, maxRetries: number): void {
  if (!(timeout >= 1 && timeout <= MAX_TIMER_MS) || !(Number.isInteger(maxRetries) && maxRetries >= 0)) {
    throw new InvalidArgumentError(
      `timeout must be 1..${MAX_TIMER_MS} ms and maxRetries a whole number >= 0`,
    );
  }
}

/**
 * The headers of every attempt, as a plain object: cheaper than a `Headers` that fetch would copy
 * again. Precedence: client defaults < the call's; `authorization`, `content-type` and the
 * idempotency key are the SDK's; `user-agent`, `accept` and `x-request-id` are defaults a caller may set.
 */
function prepareHeaders(config: TransportConfig, request: OutgoingRequest): Record<string, string> {
  // A fresh object filled key by key: a spread copy that then gains keys is a slow dictionary.
  const headers: Record<string, string> = {};
  for (const name in config.headers) setHeader(headers, name, config.headers[name] as string);
  const own = request.callOptions?.headers;
  for (const name in own) setHeader(headers, name, own[name] as string);
  // The body is always JSON: a caller's content-type would make the server misread it.
  if (request.body !== undefined) headers["content-type"] = "application/json";
  else delete headers["content-type"];
  // The token was checked when the client was built (checkToken).
  headers.authorization = `Bearer ${config.token}`;
  headers["user-agent"] ??= USER_AGENT;
  headers.accept ??= "application/json";
  headers["x-request-id"] ??= `req_${randomId()}`;
  if (request.method === "POST") {
    const key = request.callOptions?.idempotencyKey ?? headers["idempotency-key"] ?? `auto_${randomId()}`;
    if (key.length < 1 || key.length > 256)
      throw new InvalidArgumentError("idempotencyKey must be 1 to 256 characters");
    setHeader(headers, "idempotency-key", key);
  }
  return headers;
}

const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
// Connection-level headers fetch manages itself: set by a caller they fail or vanish on the wire.
const FORBIDDEN = new Set([
  "connection",
  "content-length",
  "expect",
  "host",
  "keep-alive",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
]);

/** Sets a caller-given header; an invalid name or value (e.g. CR/LF) is refused without echoing the value. */
function setHeader(headers: Record<string, string>, name: string, value: string): void {
  const ok = HEADER_NAME.test(name) && !FORBIDDEN.has(name.toLowerCase()) && typeof value === "string";
  if (!ok || !HEADER_VALUE.test(value)) {
    throw new InvalidArgumentError(
      `header "${name.replace(/[^\x21-\x7e]/g, "?")}" has an invalid name or value`,
    );
  }
  headers[name.toLowerCase()] = value;
}

/**
 * One HTTP exchange under the per-attempt timeout, through the client's sender (node:http or
 * fetch, see wire.ts); never throws (the caller's abort is a final failure).
 */
async function attempt(
  config: TransportConfig,
  request: OutgoingRequest,
  headers: Record<string, string>,
  timeout: number,
  signal: AbortSignal | undefined,
  route: string,
): Promise<AttemptResult> {
  if (signal?.aborted) return { error: abortError(), retryable: false };
  const { method, url, body } = request;
  const { maxResponseBytes } = config;
  try {
    const wire = await config.sender.send({ method, url, headers, body, timeout, signal, maxResponseBytes });
    return wire.status >= 200 && wire.status < 300 ? parseSuccess(wire) : parseFailure(method, route, wire);
  } catch (failure) {
    if (signal?.aborted) return { error: abortError(), retryable: false };
    return wireFailure(failure, timeout, maxResponseBytes);
  }
}

/**
 * The failure of an exchange that got no usable answer. A timeout or a lost connection may be
 * retried (same keys); a body past the cap is final: the next attempt would get the same body.
 */
function wireFailure(failure: unknown, timeout: number, limit: number): Failure {
  const { kind, cause, status } =
    failure instanceof WireFailure ? failure : { kind: "connection", cause: failure, status: undefined };
  if (kind === "tooLarge") {
    const error = (s: CallState) =>
      new ResponseTooLargeError(`${s.label}: the ${status} answer is over ${limit} bytes`, {
        status,
        limit,
        requestId: s.requestId,
      });
    return { error, retryable: false, status };
  }
  return {
    error: kind === "timeout" ? timeoutError(timeout, cause) : connectionError(cause),
    retryable: true,
  };
}

const CHECK_SERVER = "check serverUrl (or OCTOHOOKS_SERVER_URL)";

function attemptsText(n: number): string {
  return n === 1 ? "1 attempt" : `${n} attempts`;
}

function connectionError(cause: unknown): Failure["error"] {
  return (s) =>
    new ConnectionError(
      `${s.label}: could not connect to ${s.origin} (${describeCause(cause)}) after ${attemptsText(s.attempts)}; ${CHECK_SERVER}`,
      { cause, requestId: s.requestId, attempts: s.attempts, origin: s.origin },
    );
}

function timeoutError(timeout: number, cause: unknown): Failure["error"] {
  return (s) =>
    new TimeoutError(
      `${s.label}: no response from ${s.origin} within ${timeout} ms, after ${attemptsText(s.attempts)}; ${CHECK_SERVER}, or raise \`timeout\``,
      { cause, requestId: s.requestId, attempts: s.attempts, origin: s.origin },
    );
}

/**
 * Why a request got no answer, in a few words: node:http's error code (ECONNREFUSED, ENOTFOUND, a
 * reset…), or the one Node's fetch keeps in its own `cause` under its bare "fetch failed".
 */
function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const own = (cause as { code?: unknown }).code;
  if (typeof own === "string") return own;
  const inner = cause.cause as { code?: unknown; message?: unknown } | undefined;
  const detail = inner?.code ?? inner?.message;
  return typeof detail === "string" && detail ? `${cause.message}: ${detail}` : cause.message;
}

function parseSuccess(wire: WireResponse): AttemptResult {
  const { status, text } = wire;
  try {
    return { status, wire, data: text ? JSON.parse(text) : undefined };
  } catch {
    return {
      error: (s) => new UnexpectedResponseError(`${s.label}: the ${status} answer is not JSON`, s),
      retryable: false,
      status,
    };
  }
}

function parseFailure(method: string, path: string, wire: WireResponse): Failure {
  const { status, text } = wire;
  const headers = wire.headers();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON: keep the raw text so the typed error still carries it.
  }
  const init = { status, method, path, headers, body };
  const code = ApiError.from(init).code;
  return {
    error: (s) =>
      ApiError.from({ ...init, requestId: s.requestId, earlierAttemptUnknown: s.earlierAttemptUnknown }),
    retryable: isRetryableStatus(status, code),
    retryAfter: headers.get("retry-after"),
    status,
  };
}

function abortError(when = ""): Failure["error"] {
  return (s) => new AbortError(`${s.label}: aborted by the caller${when}`, { requestId: s.requestId });
}

/** Waits `ms`, or rejects with an {@link AbortError} as soon as `signal` aborts. */
function sleep(ms: number, signal: AbortSignal | undefined, state: CallState): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      if (signal?.aborted) reject(abortError(" while waiting to retry")(state));
      else resolve();
    };
    const timer = setTimeout(done, ms);
    if (signal?.aborted) done();
    else signal?.addEventListener("abort", done, { once: true });
  });
}

function logRecord(
  request: OutgoingRequest,
  headers: Record<string, string>,
  path: string,
  retryCount: number,
  started: number,
  result: AttemptResult,
  error: OctohooksError | undefined,
  retryInMs: number | undefined,
): LogRecord {
  const record: LogRecord = {
    method: request.method,
    path,
    durationMs: Date.now() - started,
    retryCount,
    requestId: headers["x-request-id"] as string,
    headers: redactedHeaders(headers),
  };
  const key = headers["idempotency-key"];
  if (key) record.idempotencyKey = key;
  if (result.status !== undefined) record.status = result.status;
  if (error) record.error = `${error.name}: ${error.message}`;
  if (retryInMs !== undefined) record.retryInMs = retryInMs;
  return record;
}

function redactedHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in headers) out[name] = isSensitiveHeader(name) ? "[redacted]" : (headers[name] as string);
  return out;
}

function log(logger: Logger, record: LogRecord): void {
  try {
    logger(record);
  } catch {
    // A failing logger must not fail the call.
  }
}
