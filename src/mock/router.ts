/**
 * The one request pipeline both the node:http listener and the msw handlers call: request ID,
 * routing, auth, body parsing, idempotency, fault injection, the operation, and the request log.
 *
 * @module
 */
import type { Clock } from "./clock.js";
import type { Dispatcher } from "./dispatcher.js";
import {
  ApiProblem,
  BODY_TOO_LARGE,
  DROP_CONNECTION,
  errorResponse,
  InvalidInput,
  type MockHttpResponse,
  type MockRequest,
  type MockResponse,
  validationResponse,
} from "./exchange.js";
import type { FaultInjector } from "./faults.js";
import { requestFingerprint } from "./idempotency.js";
import { newId } from "./ids.js";
import { observed, reportExchange } from "./observe.js";
import type { Operation, OperationContext, OperationSettings } from "./operation.js";
import { checkInput } from "./requestInput.js";
import { matchRoute, methodsAt, type RouteMatch } from "./routes.js";
import type { Environment, MockStore } from "./store.js";

/** One line of the request log (never a token, header value or body). */
export interface RequestLogEntry {
  /** HTTP method of the request. */
  readonly method: string;
  /** URL path of the request, without the query string. */
  readonly path: string;
  /** Response status; 0 when the connection was dropped. */
  readonly status: number;
  /** Time from request to response, in ms. */
  readonly durationMs: number;
  /** The `x-request-id` of the response (the client's own, when it sent one). */
  readonly requestId: string;
  /** The spec's operationId, e.g. `message.create`; `undefined` when no route matched. */
  readonly operationId: string | undefined;
  /** The environment the token opened; `undefined` for public or unauthenticated requests. */
  readonly environment: string | undefined;
}

/** What the router needs. */
export interface RouterOptions {
  readonly store: MockStore;
  readonly dispatcher: Dispatcher;
  readonly clock: Clock;
  readonly faults: FaultInjector;
  readonly settings: OperationSettings;
  readonly onRequest?: ((entry: RequestLogEntry) => void) | undefined;
  /** True once the mock is closed: every request then gets 503. */
  readonly closed: () => boolean;
}

/** Answers one request. */
export type Router = (request: MockRequest) => Promise<MockResponse>;

const REQUEST_ID = /^[\x21-\x7e]{1,256}$/;

/** The client's `x-request-id` when it is 1-256 visible ASCII characters, else a fresh ID. */
export function requestIdFor(sent: string | undefined): string {
  return sent !== undefined && REQUEST_ID.test(sent) ? sent : newId("req");
}
const JSON_CONTENT_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i;

/** Builds the router over a store, dispatcher and fault registry. */
export function createRouter(options: RouterOptions): Router {
  return async (request) => {
    const started = performance.now();
    const requestId = requestIdFor(request.header("x-request-id"));
    const match = matchRoute(request.method, request.path);
    const env = match && !match.route.public ? authenticate(options.store, request) : undefined;
    const response = await respond(options, request, match, env);
    try {
      options.onRequest?.({
        method: request.method,
        path: request.path,
        status: response === DROP_CONNECTION ? 0 : response.status,
        durationMs: Math.round(performance.now() - started),
        requestId,
        operationId: match?.route.operationId,
        environment: env?.name,
      });
    } catch {
      // The user's logging callback failing is no reason to fail the request.
    }
    if (response === DROP_CONNECTION) return response;
    const sent = { ...response, headers: { ...response.headers, "x-request-id": requestId } };
    if (observed())
      reportExchange({ ...sent, method: request.method, path: request.path, search: request.search });
    return sent;
  };
}

function authenticate(store: MockStore, request: MockRequest): Environment | undefined {
  // RFC 6750: the scheme, spaces or tabs, the token. The adapters hand header values over trimmed of both.
  const token = /^Bearer[ \t]+(\S+)$/i.exec(request.header("authorization") ?? "")?.[1];
  return token === undefined ? undefined : store.authenticate(token);
}

async function respond(
  options: RouterOptions,
  request: MockRequest,
  match: RouteMatch | undefined,
  env: Environment | undefined,
): Promise<MockResponse> {
  if (!match) return noRoute(request);
  if (options.closed()) return errorResponse(503, "unavailable", "The mock server is closed.");
  const { route, params } = match;
  if (route.public)
    return (await execute(options, request, route.operationId, async () => route.respond())).response;
  if (!env) return errorResponse(401, "unauthorized", "Missing or invalid bearer token.");
  const parsed = parseBody(request);
  if ("status" in parsed) return parsed;
  const search = new URLSearchParams(request.search);
  // Checked inside the keyed work, so a keyed retry of a refused request replays its 422 too.
  const run = async () => {
    const input = checkInput(route.operationId, { params, search, body: parsed.value });
    if ("issues" in input) return validationResponse(input.issues);
    return runOperation(options, route.operation, { env, params, body: input.body, query: input.query });
  };
  const work = () => execute(options, request, route.operationId, run);
  const key = request.method === "POST" ? request.header("idempotency-key") : undefined;
  if (key === undefined) return (await work()).response;
  if (key.length < 1 || key.length > 256) {
    const msg = "The idempotency key must be 1 to 256 characters.";
    return validationResponse([{ loc: ["header", "idempotency-key"], msg, type: "value_error" }]);
  }
  return runIdempotent(request, env, key, work);
}

function parseBody(request: MockRequest): { value: unknown } | MockHttpResponse {
  const { body } = request;
  if (body === BODY_TOO_LARGE)
    return errorResponse(413, "payload_too_large", "The request body exceeds 1 MiB.");
  if (body === undefined || request.method === "GET" || request.method === "DELETE")
    return { value: undefined };
  const contentType = request.header("content-type");
  if (contentType !== undefined && !JSON_CONTENT_TYPE.test(contentType))
    return errorResponse(
      400,
      "bad_request",
      "The request body must be JSON (content-type: application/json).",
    );
  try {
    return { value: JSON.parse(body) };
  } catch {
    return errorResponse(400, "invalid_json", "The request body is not valid JSON.");
  }
}

/** 405 with `Allow` when the path exists under other methods, else 404. */
function noRoute(request: MockRequest): MockHttpResponse {
  const allowed = methodsAt(request.path);
  if (allowed.length === 0)
    return errorResponse(404, "not_found", `No operation at ${request.method} ${request.path}.`);
  const response = errorResponse(
    405,
    "method_not_allowed",
    `${request.method} is not allowed here; allowed: ${allowed.join(", ")}.`,
  );
  response.headers.allow = allowed.join(", ");
  return response;
}

/** What running a request produced. */
interface Outcome {
  readonly response: MockResponse;
  /** The operation's response when its work was done for good: what a keyed retry replays. */
  readonly completed?: MockHttpResponse | undefined;
}

/** Applies an injected fault, or runs the operation. */
async function execute(
  options: RouterOptions,
  request: MockRequest,
  operationId: string,
  run: () => Promise<MockHttpResponse>,
): Promise<Outcome> {
  const fault = options.faults.pick({ method: request.method, path: request.path, operationId });
  if (fault?.kind === "serverError")
    return { response: errorResponse(fault.status ?? 500, "internal_error", "Injected server error.") };
  if (fault?.kind === "rateLimit") {
    const response = errorResponse(429, "rate_limited", "Too many requests.");
    response.headers["retry-after"] = String(fault.retryAfterSeconds ?? 1);
    return { response };
  }
  if (fault?.kind === "hang") {
    await options.faults.hang(request.signal);
    return { response: DROP_CONNECTION };
  }
  const response = await run();
  const completed = response.status < 500 && response.status !== 429 ? response : undefined;
  return { response: fault?.kind === "drop" ? DROP_CONNECTION : response, completed };
}

async function runOperation(
  options: RouterOptions,
  operation: Operation,
  input: { env: Environment; params: Record<string, string>; body: unknown; query: Record<string, unknown> },
): Promise<MockHttpResponse> {
  const { clock, dispatcher, settings } = options;
  try {
    // The input passed the operation's own schemas, so it has the operation's body and query types.
    return await operation({ ...input, clock, dispatcher, settings } as OperationContext);
  } catch (error) {
    if (error instanceof ApiProblem) return error.toResponse();
    if (error instanceof InvalidInput) return validationResponse(error.issues);
    // A bug of the mock's own: shown to whoever runs it, and the client gets a plain 500.
    console.error(error);
    return errorResponse(500, "internal_error", "Internal server error.");
  }
}

/** Replays, refuses or runs a keyed POST; the key is released again when the work was not done. */
async function runIdempotent(
  request: MockRequest,
  env: Environment,
  key: string,
  work: () => Promise<Outcome>,
): Promise<MockResponse> {
  const body = typeof request.body === "string" ? request.body : undefined;
  const decision = env.idempotency.begin(
    key,
    requestFingerprint(request.method, `${request.path}?${request.search}`, body),
  );
  if (decision.kind === "replay") {
    const { status, headers, body: stored } = decision.response;
    return { status, headers: { ...headers, "idempotent-replayed": "true" }, body: stored };
  }
  if (decision.kind === "in_flight")
    return errorResponse(
      409,
      "idempotency_in_flight",
      "A request with this idempotency key is still in progress.",
    );
  if (decision.kind === "mismatch") {
    const msg = "This idempotency key was used for a different request.";
    return validationResponse([{ loc: ["header", "idempotency-key"], msg, type: "idempotency_key_reuse" }]);
  }
  let completed: MockHttpResponse | undefined;
  try {
    const outcome = await work();
    completed = outcome.completed;
    return outcome.response;
  } finally {
    if (completed) env.idempotency.complete(key, completed);
    else env.idempotency.abandon(key);
  }
}
