/**
 * The API's operations as a table of method + path → handler, and the matcher over it.
 *
 * @module
 */
import { json, type MockHttpResponse } from "./exchange.js";
import type { Operation } from "./operation.js";
import * as applications from "./operations/applications.js";
import * as attempts from "./operations/attempts.js";
import * as delivery from "./operations/endpointDelivery.js";
import * as settings from "./operations/endpointSettings.js";
import * as endpoints from "./operations/endpoints.js";
import * as eventTypes from "./operations/eventTypes.js";
import * as messages from "./operations/messages.js";
import type { OperationId } from "./requestInput.js";

/** A route answered without a token. */
interface PublicRoute {
  readonly method: string;
  readonly operationId: string;
  readonly public: true;
  readonly respond: () => MockHttpResponse;
}

/** A route that needs a token and runs an operation in its environment. */
interface PrivateRoute {
  readonly method: string;
  readonly operationId: string;
  readonly public: false;
  readonly operation: Operation;
}

/** One operation of the API. */
export type Route = PublicRoute | PrivateRoute;

const APP = "/api/v1/app/{app_id}";
const ENDPOINT = `${APP}/endpoint/{endpoint_id}`;
const MSG = `${APP}/msg/{msg_id}`;

type Row = readonly [method: string, path: string, operationId: OperationId, operation: Operation];

/** One row of the table; the operationId must be the spec's, and the handler must take its input. */
function row<O extends OperationId>(method: string, path: string, id: O, operation: Operation<O>): Row {
  return [method, path, id, operation as Operation];
}

const TABLE: readonly Row[] = [
  row("GET", "/api/v1/app", "application.list", applications.listApplications),
  row("POST", "/api/v1/app", "application.create", applications.createApplication),
  row("GET", APP, "application.get", applications.getApplication),
  row("PUT", APP, "application.update", applications.updateApplication),
  row("PATCH", APP, "application.patch", applications.patchApplication),
  row("DELETE", APP, "application.delete", applications.deleteApplication),
  row("GET", `${APP}/endpoint`, "endpoint.list", endpoints.listEndpoints),
  row("POST", `${APP}/endpoint`, "endpoint.create", endpoints.createEndpointOperation),
  row("GET", ENDPOINT, "endpoint.get", endpoints.getEndpoint),
  row("PUT", ENDPOINT, "endpoint.update", endpoints.updateEndpoint),
  row("PATCH", ENDPOINT, "endpoint.patch", endpoints.patchEndpoint),
  row("DELETE", ENDPOINT, "endpoint.delete", endpoints.deleteEndpoint),
  row("GET", `${ENDPOINT}/secret`, "endpoint.getSecret", settings.getEndpointSecret),
  row("POST", `${ENDPOINT}/secret/rotate`, "endpoint.rotateSecret", settings.rotateEndpointSecret),
  row("GET", `${ENDPOINT}/headers`, "endpoint.getHeaders", settings.getEndpointHeaders),
  row("PUT", `${ENDPOINT}/headers`, "endpoint.updateHeaders", settings.updateEndpointHeaders),
  row("PATCH", `${ENDPOINT}/headers`, "endpoint.patchHeaders", settings.patchEndpointHeaders),
  row("POST", `${ENDPOINT}/recover`, "endpoint.recover", delivery.recoverEndpoint),
  row("POST", `${ENDPOINT}/replay-missing`, "endpoint.replayMissing", delivery.replayMissing),
  row("GET", `${ENDPOINT}/stats`, "endpoint.getStats", settings.getEndpointStats),
  row("POST", `${ENDPOINT}/send-example`, "endpoint.sendExample", delivery.sendExample),
  row("GET", `${APP}/msg`, "message.list", messages.listMessages),
  row("POST", `${APP}/msg`, "message.create", messages.createMessage),
  row("GET", MSG, "message.get", messages.getMessage),
  row("DELETE", `${MSG}/content`, "message.expungeContent", messages.expungeMessageContent),
  row(
    "GET",
    `${APP}/attempt/endpoint/{endpoint_id}`,
    "attempt.listByEndpoint",
    attempts.listAttemptsByEndpoint,
  ),
  row("GET", `${APP}/attempt/msg/{msg_id}`, "attempt.listByMessage", attempts.listAttemptsByMessage),
  row("GET", `${MSG}/attempt/{attempt_id}`, "attempt.get", attempts.getAttempt),
  row(
    "DELETE",
    `${MSG}/attempt/{attempt_id}/content`,
    "attempt.expungeContent",
    attempts.expungeAttemptContent,
  ),
  row("POST", `${MSG}/endpoint/{endpoint_id}/resend`, "attempt.resend", attempts.resendMessage),
  row("GET", `${ENDPOINT}/msg`, "attempt.listAttemptedMessages", attempts.listAttemptedMessages),
  row("GET", `${MSG}/endpoint`, "attempt.listAttemptedDestinations", attempts.listAttemptedDestinations),
  row("GET", "/api/v1/event-type", "eventType.list", eventTypes.listEventTypes),
  row("POST", "/api/v1/event-type", "eventType.create", eventTypes.createEventType),
  row("GET", "/api/v1/event-type/{event_type_name}", "eventType.get", eventTypes.getEventType),
  row("PUT", "/api/v1/event-type/{event_type_name}", "eventType.update", eventTypes.updateEventType),
  row("PATCH", "/api/v1/event-type/{event_type_name}", "eventType.patch", eventTypes.patchEventType),
  row("DELETE", "/api/v1/event-type/{event_type_name}", "eventType.delete", eventTypes.deleteEventType),
];

interface CompiledRoute {
  readonly route: Route;
  /** Literal segments, or the parameter name for `{param}` segments. */
  readonly segments: ReadonlyArray<{ literal: string } | { param: string }>;
}

function compile(path: string, route: Route): CompiledRoute {
  const segments = path
    .slice(1)
    .split("/")
    .map((s) => (s.startsWith("{") ? { param: s.slice(1, -1) } : { literal: s }));
  return { route, segments };
}

// Indexed by segment count, so a request is only compared with routes of its own length.
const BY_LENGTH = new Map<number, CompiledRoute[]>();
for (const compiled of [
  compile("/api/v1/health", {
    method: "GET",
    operationId: "health.get",
    public: true,
    respond: () => json(200, { status: "ok" }),
  }),
  ...TABLE.map(([method, path, operationId, operation]) =>
    compile(path, { method, operationId, public: false, operation }),
  ),
]) {
  const list = BY_LENGTH.get(compiled.segments.length) ?? [];
  list.push(compiled);
  BY_LENGTH.set(compiled.segments.length, list);
}

/** Every operationId the mock serves. */
export const OPERATION_IDS: readonly string[] = [
  "health.get",
  ...TABLE.map(([, , operationId]) => operationId),
];

/** A matched route with its percent-decoded path parameters. */
export interface RouteMatch {
  readonly route: Route;
  readonly params: Record<string, string>;
}

/** The methods some route answers at `path` (for a 405's `Allow`); empty when no route has the path. */
export function methodsAt(path: string): string[] {
  const parts = path.slice(1).split("/");
  const methods = new Set<string>();
  for (const candidate of BY_LENGTH.get(parts.length) ?? []) {
    if (matchSegments(candidate, parts)) methods.add(candidate.route.method);
  }
  return [...methods];
}

/** Finds the route for a method and path (`undefined` when none matches). */
export function matchRoute(method: string, path: string): RouteMatch | undefined {
  const parts = path.slice(1).split("/");
  for (const candidate of BY_LENGTH.get(parts.length) ?? []) {
    if (candidate.route.method !== method) continue;
    const params = matchSegments(candidate, parts);
    if (params) return { route: candidate.route, params };
  }
  return undefined;
}

function matchSegments(candidate: CompiledRoute, parts: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (const [i, segment] of candidate.segments.entries()) {
    const part = parts[i] as string;
    if ("literal" in segment) {
      if (segment.literal !== part) return undefined;
    } else {
      const value = decodeSegment(part);
      if (value === undefined) return undefined;
      params[segment.param] = value;
    }
  }
  return params;
}

function decodeSegment(part: string): string | undefined {
  if (part === "") return undefined;
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}
