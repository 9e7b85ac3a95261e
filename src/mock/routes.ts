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

// [method, path, operationId, operation]
const TABLE: ReadonlyArray<readonly [string, string, string, Operation]> = [
  ["GET", "/api/v1/app", "application.list", applications.listApplications],
  ["POST", "/api/v1/app", "application.create", applications.createApplication],
  ["GET", APP, "application.get", applications.getApplication],
  ["PUT", APP, "application.update", applications.updateApplication],
  ["PATCH", APP, "application.patch", applications.patchApplication],
  ["DELETE", APP, "application.delete", applications.deleteApplication],
  ["GET", `${APP}/endpoint`, "endpoint.list", endpoints.listEndpoints],
  ["POST", `${APP}/endpoint`, "endpoint.create", endpoints.createEndpointOperation],
  ["GET", ENDPOINT, "endpoint.get", endpoints.getEndpoint],
  ["PUT", ENDPOINT, "endpoint.update", endpoints.updateEndpoint],
  ["PATCH", ENDPOINT, "endpoint.patch", endpoints.patchEndpoint],
  ["DELETE", ENDPOINT, "endpoint.delete", endpoints.deleteEndpoint],
  ["GET", `${ENDPOINT}/secret`, "endpoint.getSecret", settings.getEndpointSecret],
  ["POST", `${ENDPOINT}/secret/rotate`, "endpoint.rotateSecret", settings.rotateEndpointSecret],
  ["GET", `${ENDPOINT}/headers`, "endpoint.getHeaders", settings.getEndpointHeaders],
  ["PUT", `${ENDPOINT}/headers`, "endpoint.updateHeaders", settings.updateEndpointHeaders],
  ["PATCH", `${ENDPOINT}/headers`, "endpoint.patchHeaders", settings.patchEndpointHeaders],
  ["POST", `${ENDPOINT}/recover`, "endpoint.recover", delivery.recoverEndpoint],
  ["POST", `${ENDPOINT}/replay-missing`, "endpoint.replayMissing", delivery.replayMissing],
  ["GET", `${ENDPOINT}/stats`, "endpoint.getStats", settings.getEndpointStats],
  ["POST", `${ENDPOINT}/send-example`, "endpoint.sendExample", delivery.sendExample],
  ["GET", `${APP}/msg`, "message.list", messages.listMessages],
  ["POST", `${APP}/msg`, "message.create", messages.createMessage],
  ["GET", MSG, "message.get", messages.getMessage],
  ["DELETE", `${MSG}/content`, "message.expungeContent", messages.expungeMessageContent],
  ["GET", `${APP}/attempt/endpoint/{endpoint_id}`, "attempt.listByEndpoint", attempts.listAttemptsByEndpoint],
  ["GET", `${APP}/attempt/msg/{msg_id}`, "attempt.listByMessage", attempts.listAttemptsByMessage],
  ["GET", `${MSG}/attempt/{attempt_id}`, "attempt.get", attempts.getAttempt],
  ["DELETE", `${MSG}/attempt/{attempt_id}/content`, "attempt.expungeContent", attempts.expungeAttemptContent],
  ["POST", `${MSG}/endpoint/{endpoint_id}/resend`, "attempt.resend", attempts.resendMessage],
  ["GET", `${ENDPOINT}/msg`, "attempt.listAttemptedMessages", attempts.listAttemptedMessages],
  ["GET", `${MSG}/endpoint`, "attempt.listAttemptedDestinations", attempts.listAttemptedDestinations],
  ["GET", "/api/v1/event-type", "eventType.list", eventTypes.listEventTypes],
  ["POST", "/api/v1/event-type", "eventType.create", eventTypes.createEventType],
  ["GET", "/api/v1/event-type/{event_type_name}", "eventType.get", eventTypes.getEventType],
  ["PUT", "/api/v1/event-type/{event_type_name}", "eventType.update", eventTypes.updateEventType],
  ["PATCH", "/api/v1/event-type/{event_type_name}", "eventType.patch", eventTypes.patchEventType],
  ["DELETE", "/api/v1/event-type/{event_type_name}", "eventType.delete", eventTypes.deleteEventType],
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
