/**
 * What an operation handler receives, and the lookups and input checks they all share.
 *
 * @module
 */
import type { Clock } from "./clock.js";
import type { Dispatcher } from "./dispatcher.js";
import { InvalidInput, type MockHttpResponse, notFound } from "./exchange.js";
import { type Cursor, decodeCursor, type Order, type PageRequest } from "./pagination.js";
import type { PayloadValidator } from "./payloadSchemas.js";
import { QueryReader } from "./queryParams.js";
import {
  type ApplicationRecord,
  byIdOrUid,
  type EndpointRecord,
  type Environment,
  type MessageRecord,
} from "./store.js";
import { INVALID, reject, type Schema, type ValidationIssue } from "./validation.js";

/** Settings operations read. */
export interface OperationSettings {
  /** How long a rotated-out secret is still signed with, in ms. */
  readonly secretGracePeriodMs: number;
  /** Checks message payloads against their event type's JSON Schema, when `validatePayloads` is on. */
  readonly payloadValidator?: PayloadValidator | undefined;
}

/** Everything an operation handler may use. */
export interface OperationContext {
  readonly env: Environment;
  /** Path parameters, percent-decoded. */
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  /** The parsed JSON body, `undefined` when the request had none. */
  readonly body: unknown;
  readonly clock: Clock;
  readonly dispatcher: Dispatcher;
  readonly settings: OperationSettings;
}

/** One operation of the API: from a validated context to a response. */
export type Operation = (ctx: OperationContext) => MockHttpResponse | Promise<MockHttpResponse>;

/**
 * Validates the body with `body` and the query with `query`, reporting the problems of both in one
 * 422 (thrown as {@link InvalidInput}).
 */
export function readInput<B, Q = undefined>(
  ctx: OperationContext,
  spec: { body?: Schema<B>; query?: (reader: QueryReader) => Q },
): { body: B; query: Q } {
  const issues: ValidationIssue[] = [];
  let body = undefined as B | typeof INVALID;
  if (spec.body) {
    body =
      ctx.body === undefined
        ? reject(issues, ["body"], "missing", "A JSON body is required.")
        : spec.body(ctx.body, ["body"], issues);
  }
  const query = spec.query ? spec.query(new QueryReader(ctx.query, issues)) : (undefined as Q);
  if (issues.length > 0 || body === INVALID) throw new InvalidInput(issues);
  return { body: body as B, query };
}

/** Reads `limit`, `iterator` and `order` with the list's default order. */
export function readPageRequest(reader: QueryReader, defaultOrder: Order): PageRequest {
  const limit = reader.integer("limit", 1, 250) ?? 50;
  const order = reader.string("order", orderSchema) ?? defaultOrder;
  const cursor = reader.string("iterator", cursorSchema);
  return { limit, order, cursor };
}

const orderSchema: Schema<Order> = (value, loc, issues) =>
  value === "ascending" || value === "descending"
    ? value
    : reject(issues, loc, "enum", "Input should be 'ascending' or 'descending'.");

const cursorSchema: Schema<Cursor> = (value, loc, issues) =>
  (typeof value === "string" && decodeCursor(value)) ||
  reject(issues, loc, "value_error", "Not an iterator returned by this list.");

/** The application named by the `app_id` path parameter, or 404. */
export function requireApp(ctx: OperationContext): ApplicationRecord {
  const app = ctx.env.findApp(ctx.params.app_id ?? "");
  if (!app) throw notFound("Application");
  return app;
}

/** The endpoint named by `endpoint_id` in the application named by `app_id`, or 404. */
export function requireEndpoint(ctx: OperationContext, app = requireApp(ctx)): EndpointRecord {
  const endpoint = byIdOrUid(app.endpointsById, app.endpointsByUid, ctx.params.endpoint_id ?? "");
  if (!endpoint) throw notFound("Endpoint");
  return endpoint;
}

/** The message named by `msg_id` in the application named by `app_id`, or 404. */
export function requireMessage(ctx: OperationContext, app = requireApp(ctx)): MessageRecord {
  const message = byIdOrUid(app.messagesById, app.messagesByUid, ctx.params.msg_id ?? "");
  if (!message) throw notFound("Message");
  return message;
}

/** Whether `time` lies in [after, before) where each bound is optional (list filters). */
export function inWindow(time: number, after: number | undefined, before: number | undefined): boolean {
  return (after === undefined || time > after) && (before === undefined || time < before);
}
