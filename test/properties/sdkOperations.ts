// Every method of the SDK as a row: its HTTP method, its path template and a call over named path
// arguments. The path-encoding properties and the environment-isolation checks both walk it.
import type { Octohooks } from "../../src/index.js";

/** The path arguments an SDK method can take. */
export type PathArg = "appId" | "endpointId" | "msgId" | "attemptId" | "eventTypeName";

/** Values for the path arguments of a call (a create uses `appId`/`eventTypeName` as its UID/name). */
export type PathArgs = Record<PathArg, string>;

/** One SDK method. */
export interface SdkOperation {
  /** `resource.method`, as on the client. */
  readonly name: string;
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Path segments below the server URL; `:appId` and the like stand for an argument. */
  readonly segments: readonly string[];
  /** Whether it returns a page (awaitable and iterable) rather than one entity. */
  readonly list: boolean;
  call(client: Octohooks, args: PathArgs): Promise<unknown>;
}

const SINCE = "2020-01-01T00:00:00Z";
const INTRUDER = "intruder";

function op(
  name: string,
  method: SdkOperation["method"],
  path: string,
  call: SdkOperation["call"],
  list = false,
): SdkOperation {
  return { name, method, segments: path.slice(1).split("/"), list, call };
}

const APP = "/api/v1/app/:appId";
const EP = `${APP}/endpoint/:endpointId`;
const MSG = `${APP}/msg/:msgId`;
const ET = "/api/v1/event-type/:eventTypeName";

/** All 40 methods: the 39 operations of the spec and `application.getOrCreate`. */
export const SDK_OPERATIONS: readonly SdkOperation[] = [
  op("health.get", "GET", "/api/v1/health", (c) => c.health.get()),
  op("application.list", "GET", "/api/v1/app", async (c) => c.application.list(), true),
  op("application.create", "POST", "/api/v1/app", (c, a) =>
    c.application.create({ name: INTRUDER, uid: a.appId }),
  ),
  op("application.getOrCreate", "POST", "/api/v1/app", (c, a) =>
    c.application.getOrCreate({ name: INTRUDER, uid: a.appId }),
  ),
  op("application.get", "GET", APP, (c, a) => c.application.get(a.appId)),
  op("application.update", "PUT", APP, (c, a) => c.application.update(a.appId, { name: INTRUDER })),
  op("application.patch", "PATCH", APP, (c, a) => c.application.patch(a.appId, { name: INTRUDER })),
  op("application.delete", "DELETE", APP, (c, a) => c.application.delete(a.appId)),
  op("endpoint.list", "GET", `${APP}/endpoint`, async (c, a) => c.endpoint.list(a.appId), true),
  op("endpoint.create", "POST", `${APP}/endpoint`, (c, a) =>
    c.endpoint.create(a.appId, { url: "http://127.0.0.1:9/intruder" }),
  ),
  op("endpoint.get", "GET", EP, (c, a) => c.endpoint.get(a.appId, a.endpointId)),
  op("endpoint.update", "PUT", EP, (c, a) =>
    c.endpoint.update(a.appId, a.endpointId, { url: "http://127.0.0.1:9/intruder" }),
  ),
  op("endpoint.patch", "PATCH", EP, (c, a) => c.endpoint.patch(a.appId, a.endpointId, { enabled: false })),
  op("endpoint.delete", "DELETE", EP, (c, a) => c.endpoint.delete(a.appId, a.endpointId)),
  op("endpoint.getSecret", "GET", `${EP}/secret`, (c, a) => c.endpoint.getSecret(a.appId, a.endpointId)),
  op("endpoint.rotateSecret", "POST", `${EP}/secret/rotate`, (c, a) =>
    c.endpoint.rotateSecret(a.appId, a.endpointId),
  ),
  op("endpoint.getHeaders", "GET", `${EP}/headers`, (c, a) => c.endpoint.getHeaders(a.appId, a.endpointId)),
  op("endpoint.updateHeaders", "PUT", `${EP}/headers`, (c, a) =>
    c.endpoint.updateHeaders(a.appId, a.endpointId, { headers: { "x-intruder": "1" } }),
  ),
  op("endpoint.patchHeaders", "PATCH", `${EP}/headers`, (c, a) =>
    c.endpoint.patchHeaders(a.appId, a.endpointId, { headers: { "x-intruder": "1" } }),
  ),
  op("endpoint.recover", "POST", `${EP}/recover`, (c, a) =>
    c.endpoint.recover(a.appId, a.endpointId, { since: SINCE }),
  ),
  op("endpoint.replayMissing", "POST", `${EP}/replay-missing`, (c, a) =>
    c.endpoint.replayMissing(a.appId, a.endpointId, { since: SINCE }),
  ),
  op("endpoint.getStats", "GET", `${EP}/stats`, (c, a) => c.endpoint.getStats(a.appId, a.endpointId)),
  op("endpoint.sendExample", "POST", `${EP}/send-example`, (c, a) =>
    c.endpoint.sendExample(a.appId, a.endpointId, { eventType: a.eventTypeName }),
  ),
  op("message.list", "GET", `${APP}/msg`, async (c, a) => c.message.list(a.appId), true),
  op("message.create", "POST", `${APP}/msg`, (c, a) =>
    c.message.create(a.appId, { eventType: "intruder.event", payload: { intruder: true } }),
  ),
  op("message.get", "GET", MSG, (c, a) => c.message.get(a.appId, a.msgId)),
  op("message.expungeContent", "DELETE", `${MSG}/content`, (c, a) =>
    c.message.expungeContent(a.appId, a.msgId),
  ),
  op(
    "attempt.listByEndpoint",
    "GET",
    `${APP}/attempt/endpoint/:endpointId`,
    async (c, a) => c.attempt.listByEndpoint(a.appId, a.endpointId),
    true,
  ),
  op(
    "attempt.listByMessage",
    "GET",
    `${APP}/attempt/msg/:msgId`,
    async (c, a) => c.attempt.listByMessage(a.appId, a.msgId),
    true,
  ),
  op("attempt.get", "GET", `${MSG}/attempt/:attemptId`, (c, a) =>
    c.attempt.get(a.appId, a.msgId, a.attemptId),
  ),
  op("attempt.expungeContent", "DELETE", `${MSG}/attempt/:attemptId/content`, (c, a) =>
    c.attempt.expungeContent(a.appId, a.msgId, a.attemptId),
  ),
  op("attempt.resend", "POST", `${MSG}/endpoint/:endpointId/resend`, (c, a) =>
    c.attempt.resend(a.appId, a.msgId, a.endpointId),
  ),
  op(
    "attempt.listAttemptedMessages",
    "GET",
    `${EP}/msg`,
    async (c, a) => c.attempt.listAttemptedMessages(a.appId, a.endpointId),
    true,
  ),
  op(
    "attempt.listAttemptedDestinations",
    "GET",
    `${MSG}/endpoint`,
    async (c, a) => c.attempt.listAttemptedDestinations(a.appId, a.msgId),
    true,
  ),
  op("eventType.list", "GET", "/api/v1/event-type", async (c) => c.eventType.list(), true),
  op("eventType.create", "POST", "/api/v1/event-type", (c, a) =>
    c.eventType.create({ name: a.eventTypeName, description: INTRUDER }),
  ),
  op("eventType.get", "GET", ET, (c, a) => c.eventType.get(a.eventTypeName)),
  op("eventType.update", "PUT", ET, (c, a) => c.eventType.update(a.eventTypeName, { description: INTRUDER })),
  op("eventType.patch", "PATCH", ET, (c, a) => c.eventType.patch(a.eventTypeName, { description: INTRUDER })),
  op("eventType.delete", "DELETE", ET, (c, a) => c.eventType.delete(a.eventTypeName)),
];

/** The path arguments an operation's path takes, in order. */
export function pathArgsOf(operation: SdkOperation): PathArg[] {
  return operation.segments.filter((s) => s.startsWith(":")).map((s) => s.slice(1) as PathArg);
}

/** The name and description written by the table's creates and updates. */
export const INTRUDER_NAME = INTRUDER;

/** Every `resource.method` of a client, read off the resource prototypes. */
export function clientMethods(client: Octohooks): string[] {
  const names: string[] = [];
  for (const resource of ["health", "application", "endpoint", "message", "attempt", "eventType"] as const) {
    const proto = Object.getPrototypeOf(client[resource]);
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name !== "constructor" && typeof proto[name] === "function") names.push(`${resource}.${name}`);
    }
  }
  return names;
}
