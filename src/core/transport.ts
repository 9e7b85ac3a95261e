import {
  AbortError,
  ApiError,
  ConnectionError,
  InvalidArgumentError,
  OctohooksError,
  TimeoutError,
} from "./errors.js";
import { randomId } from "./random.js";
import type { Logger, LogRecord, RequestOptions } from "./requestOptions.js";
import { isRetryableStatus, type RetryPolicy, retryDelayMs } from "./retryPolicy.js";
import { VERSION } from "./version.js";

/** What the transport needs from the client. */
export interface TransportConfig {
  token: string;
  baseUrl: string;
  fetch: typeof fetch;
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
  callOptions: RequestOptions | undefined;
}

/** The outcome of one attempt: a response to return, or a failure that may be retried. */
type AttemptResult =
  | { kind: "response"; response: Response; data: unknown }
  | {
      kind: "failure";
      error: OctohooksError;
      retryable: boolean;
      retryAfter?: string | null;
      status?: number;
    };

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
    for (let retry = 0; ; retry++) {
      if (retry > 0) headers["octohooks-retry-count"] = String(retry);
      const started = Date.now();
      const result = await attempt(config.fetch, request, headers, timeout, signal, path);
      const final = result.kind === "response" || !result.retryable || retry >= maxRetries;
      const wait = final ? undefined : retryDelayMs(retry + 1, result.retryAfter, config.retryPolicy);
      if (config.logger) log(config.logger, logRecord(request, headers, path, retry, started, result, wait));
      if (result.kind === "response") return { data: result.data };
      // A retried DELETE that finds nothing: an earlier attempt deleted it and its answer was lost.
      if (retry > 0 && request.method === "DELETE" && result.status === 404) return { data: undefined };
      if (wait === undefined) throw result.error;
      await sleep(wait, signal);
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
  fetchImpl: typeof fetch,
  request: OutgoingRequest,
  headers: Record<string, string>,
  timeout: number,
  signal: AbortSignal | undefined,
  path: string,
): Promise<AttemptResult> {
  if (signal?.aborted) return { kind: "failure", error: abortError(request, path), retryable: false };
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const onAbort = () => controller.abort();
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    // A redirect is answered as it is (not followed): following one would turn a POST into a GET.
    const init: RequestInit = {
      method: request.method,
      headers,
      body: request.body,
      signal: controller.signal,
      redirect: "manual",
    };
    const response = await fetchImpl(request.url, init);
    if (!response.ok) return await failedResponse(request, path, response);
    // The body is read here, under the same timeout and abort: a reset mid-body is a retryable
    // connection failure (same idempotency key), never a raw error the caller would retry by hand.
    return successfulResponse(request, path, response, await response.text());
  } catch (cause) {
    if (signal?.aborted) return { kind: "failure", error: abortError(request, path), retryable: false };
    if (timedOut) {
      const error = new TimeoutError(`${request.method} ${path}: no response within ${timeout} ms`, {
        cause,
      });
      return { kind: "failure", error, retryable: true };
    }
    const reason = cause instanceof Error ? cause.message : String(cause);
    const error = new ConnectionError(`${request.method} ${path}: connection failed (${reason})`, { cause });
    return { kind: "failure", error, retryable: true };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
}

function successfulResponse(
  request: OutgoingRequest,
  path: string,
  response: Response,
  text: string,
): AttemptResult {
  try {
    return { kind: "response", response, data: text ? JSON.parse(text) : undefined };
  } catch {
    const error = new OctohooksError(
      `${request.method} ${path.split("?")[0]}: the ${response.status} answer is not JSON`,
    );
    return { kind: "failure", error, retryable: false, status: response.status };
  }
}

async function failedResponse(
  request: OutgoingRequest,
  path: string,
  response: Response,
): Promise<AttemptResult> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON: keep the raw text so the typed error still carries it.
  }
  const error = ApiError.from({
    status: response.status,
    method: request.method,
    path: path.split("?")[0] as string,
    headers: response.headers,
    body,
  });
  return {
    kind: "failure",
    error,
    retryable: isRetryableStatus(response.status, error.code),
    retryAfter: response.headers.get("retry-after"),
    status: response.status,
  };
}

function abortError(request: OutgoingRequest, path: string): AbortError {
  return new AbortError(`${request.method} ${path.split("?")[0]}: aborted by the caller`);
}

/** Waits `ms`, or rejects with an {@link AbortError} as soon as `signal` aborts. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AbortError("aborted by the caller while waiting to retry"));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortError("aborted by the caller while waiting to retry"));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
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
  if (result.kind === "response") record.status = result.response.status;
  else {
    if (result.status !== undefined) record.status = result.status;
    record.error = `${result.error.name}: ${result.error.message}`;
  }
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
