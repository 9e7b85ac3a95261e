import {
  AbortError,
  ApiError,
  ConnectionError,
  InvalidArgumentError,
  OctohooksError,
  ResponseTooLargeError,
  TimeoutError,
} from "./errors.js";
import { randomId } from "./random.js";
import type { Logger, LogRecord, RequestOptions } from "./requestOptions.js";
import { isRetryableStatus, type RetryPolicy, retryDelayMs } from "./retryPolicy.js";
import { VERSION } from "./version.js";
import { type Sender, WireFailure, type WireResponse } from "./wire.js";

/** What the transport needs from the client. */
export interface TransportConfig {
  token: string;
  baseUrl: string;
  sender: Sender;
  timeout: number;
  /** Largest response body accepted, in bytes. */
  maxResponseBytes: number;
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
  callOptions: RequestOptions | undefined;
}

/** A failed attempt: the error to throw if it is the last, and whether another may follow. */
interface Failure {
  error: OctohooksError;
  retryable: boolean;
  retryAfter?: string | null;
  status?: number;
}

/** The outcome of one attempt: a parsed response body, or a failure. */
type AttemptResult = { status: number; data: unknown } | Failure;

const USER_AGENT = `octohooks-typescript/${VERSION}`;

/**
 * Builds the one function every call goes through: it adds auth,
 * `user-agent`, `x-request-id` and idempotency keys, applies the per-attempt timeout, retries
 * what is safe to retry with the same keys, and turns every failure into a typed error.
 */
export function createTransport(
  config: TransportConfig,
): (request: OutgoingRequest) => Promise<{ data: unknown }> {
  return async function transport(request: OutgoingRequest): Promise<{ data: unknown }> {
    const options = request.callOptions ?? {};
    const headers = prepareHeaders(config, request);
    const maxRetries = options.maxRetries ?? config.maxRetries;
    const timeout = options.timeout ?? config.timeout;
    checkLimits(timeout, maxRetries);
    const signal = options.signal;
    const path = request.url.slice(config.baseUrl.length);
    // Errors name the call by its method and path, without the query.
    const route = path.split("?")[0] as string;
    const label = `${request.method} ${route}`;
    // Whether an earlier attempt may have reached the server and done the work: it got no answer,
    // or a 5xx. A 408, 409 or 429 says the server did nothing.
    let mayHaveLanded = false;
    for (let retry = 0; ; retry++) {
      if (retry > 0) headers["octohooks-retry-count"] = String(retry);
      const started = Date.now();
      const result = await attempt(config, request, headers, timeout, signal, route);
      const failed = "error" in result;
      const final = !failed || !result.retryable || retry >= maxRetries;
      const wait = final ? undefined : retryDelayMs(retry + 1, result.retryAfter, config.retryPolicy);
      if (config.logger) log(config.logger, logRecord(request, headers, path, retry, started, result, wait));
      if (!failed) return { data: result.data };
      // A retried DELETE that finds nothing, after an attempt whose outcome is unknown: that attempt
      // deleted it and its answer was lost.
      if (mayHaveLanded && request.method === "DELETE" && result.status === 404) return { data: undefined };
      mayHaveLanded ||= result.status === undefined || result.status >= 500;
      if (wait === undefined) throw result.error;
      await sleep(wait, signal, label);
    }
  };
}

/** Largest delay `setTimeout` honours; larger ones fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

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
  const headers: Record<string, string> = {};
  for (const name in config.headers) setHeader(headers, name, config.headers[name] as string);
  if (request.body !== undefined) headers["content-type"] = "application/json";
  const own = request.callOptions?.headers;
  for (const name in own) setHeader(headers, name, own[name] as string);
  setHeader(headers, "authorization", `Bearer ${config.token}`);
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

/** One HTTP exchange under the per-attempt timeout; never throws (the caller's abort is a final failure). */
async function attempt(
  config: TransportConfig,
  request: OutgoingRequest,
  headers: Record<string, string>,
  timeout: number,
  signal: AbortSignal | undefined,
  route: string,
): Promise<AttemptResult> {
  const label = `${request.method} ${route}`;
  if (signal?.aborted) return { error: abortError(label), retryable: false };
  const { method, url, body } = request;
  const { maxResponseBytes } = config;
  try {
    const response = await config.sender.send({
      method,
      url,
      headers,
      body,
      timeout,
      signal,
      maxResponseBytes,
    });
    return response.status >= 200 && response.status < 300
      ? parseSuccess(label, response)
      : parseFailure(method, route, response);
  } catch (failure) {
    if (signal?.aborted) return { error: abortError(label), retryable: false };
    return wireError(label, timeout, maxResponseBytes, failure);
  }
}

/**
 * The typed error of an exchange that got no usable answer. A timeout or a lost connection may be
 * retried (same keys); a body past the cap is final: the next attempt would get the same body.
 */
function wireError(label: string, timeout: number, max: number, failure: unknown): Failure {
  const { kind, cause, status } =
    failure instanceof WireFailure ? failure : { kind: "connection", cause: failure, status: undefined };
  if (kind === "tooLarge") {
    const error = new ResponseTooLargeError(
      `${label}: the ${status} answer is over ${max} bytes`,
      status,
      max,
    );
    return { error, retryable: false, status };
  }
  const error =
    kind === "timeout"
      ? new TimeoutError(`${label}: no response within ${timeout} ms`, { cause })
      : new ConnectionError(`${label}: connection failed (${describeCause(cause)})`, { cause });
  return { error, retryable: true };
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

function parseSuccess(label: string, response: WireResponse): AttemptResult {
  const { status, text } = response;
  try {
    return { status, data: text ? JSON.parse(text) : undefined };
  } catch {
    return {
      error: new OctohooksError(`${label}: the ${status} answer is not JSON`),
      retryable: false,
      status,
    };
  }
}

function parseFailure(method: string, path: string, response: WireResponse): Failure {
  const { status, text } = response;
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON: keep the raw text so the typed error still carries it.
  }
  const headers = response.headers();
  const error = ApiError.from({ status, method, path, headers, body });
  return {
    error,
    retryable: isRetryableStatus(status, error.code),
    retryAfter: headers.get("retry-after"),
    status,
  };
}

function abortError(label: string, when = ""): AbortError {
  return new AbortError(`${label}: aborted by the caller${when}`);
}

/** Waits `ms`, or rejects with an {@link AbortError} as soon as `signal` aborts. */
function sleep(ms: number, signal: AbortSignal | undefined, label: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      if (signal?.aborted) reject(abortError(label, " while waiting to retry"));
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
  if ("error" in result) record.error = `${result.error.name}: ${result.error.message}`;
  if (retryInMs !== undefined) record.retryInMs = retryInMs;
  return record;
}

/** Header names whose values are credentials, shown as `[redacted]` in log records. */
const SENSITIVE_HEADER =
  /^(authorization|proxy-authorization|cookie)$|token|secret|api-?key|password|session/i;

function redactedHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in headers)
    out[name] = SENSITIVE_HEADER.test(name) ? "[redacted]" : (headers[name] as string);
  return out;
}

function log(logger: Logger, record: LogRecord): void {
  try {
    logger(record);
  } catch {
    // A failing logger must not fail the call.
  }
}
