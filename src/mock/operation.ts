/**
 * What an operation handler receives, and the lookups and input checks they all share.
 *
 * @module
 */
import type { Clock } from "./clock.js";
import type { Dispatcher } from "./dispatcher.js";
import { InvalidInput, type MockHttpResponse, notFound } from "./exchange.js";
import { decodeCursor, type Order, type PageRequest } from "./pagination.js";
import type { PayloadValidator } from "./payloadSchemas.js";
import { type BodyOf, type OperationId, type QueryOf, uidIssues } from "./requestInput.js";
import {
  type ApplicationRecord,
  byIdOrUid,
  type EndpointRecord,
  type Environment,
  type MessageRecord,
} from "./store.js";

/** Settings operations read. */
export interface OperationSettings {
  /** How long a rotated-out secret is still signed with, in ms. */
  readonly secretGracePeriodMs: number;
  /** Checks message payloads against their event type's JSON Schema, when `validatePayloads` is on. */
  readonly payloadValidator?: PayloadValidator | undefined;
  /** Whether a URL points at this mock's own API (an endpoint there would loop deliveries back in). */
  readonly isOwnApi: (url: string) => boolean;
}

/** Everything an operation handler may use; its input is already checked against the spec. */
export interface OperationContext<O extends OperationId = OperationId> {
  readonly env: Environment;
  /** Path parameters, percent-decoded. */
  readonly params: Readonly<Record<string, string>>;
  /** Query parameters by wire name, with the spec's defaults filled in. */
  readonly query: QueryOf<O>;
  /** The JSON body, valid for the operation's schema. */
  readonly body: BodyOf<O>;
  readonly clock: Clock;
  readonly dispatcher: Dispatcher;
  readonly settings: OperationSettings;
}

/** One operation of the API: from a validated context to a response. */
export type Operation<O extends OperationId = OperationId> = (
  ctx: OperationContext<O>,
) => MockHttpResponse | Promise<MockHttpResponse>;

/** The page asked for by `limit`, `iterator` and `order` (their defaults come from the spec). */
export function pageRequest(query: { limit?: number; iterator?: string; order?: Order }): PageRequest {
  const cursor = query.iterator === undefined ? undefined : decodeCursor(query.iterator);
  if (query.iterator !== undefined && !cursor)
    throw new InvalidInput([
      { loc: ["query", "iterator"], msg: "Not an iterator returned by this list.", type: "value_error" },
    ]);
  return { limit: query.limit ?? 50, order: query.order ?? "ascending", cursor };
}

/** Refuses (422) a path ID that a `PUT` would take as a new entity's UID when it is no valid UID. */
export function assertUsableUid(uid: string, param: string): void {
  const issues = uidIssues(uid, ["path", param]);
  if (issues.length > 0) throw new InvalidInput(issues);
}

/** What the entity lookups below read: the environment and the path parameters. */
export type Lookup = Pick<OperationContext, "env" | "params">;

/** The application named by the `app_id` path parameter, or 404. */
export function requireApp(ctx: Lookup): ApplicationRecord {
  const app = ctx.env.findApp(ctx.params.app_id ?? "");
  if (!app) throw notFound("Application");
  return app;
}

/** The endpoint named by `endpoint_id` in the application named by `app_id`, or 404. */
export function requireEndpoint(ctx: Lookup, app = requireApp(ctx)): EndpointRecord {
  const endpoint = byIdOrUid(app.endpointsById, app.endpointsByUid, ctx.params.endpoint_id ?? "");
  if (!endpoint) throw notFound("Endpoint");
  return endpoint;
}

/** The message named by `msg_id` in the application named by `app_id`, or 404. */
export function requireMessage(ctx: Lookup, app = requireApp(ctx)): MessageRecord {
  const message = byIdOrUid(app.messagesById, app.messagesByUid, ctx.params.msg_id ?? "");
  if (!message) throw notFound("Message");
  return message;
}

/** Whether `time` lies in [after, before) where each bound is optional (list filters). */
export function inWindow(time: number, after: number | undefined, before: number | undefined): boolean {
  return (after === undefined || time > after) && (before === undefined || time < before);
}
