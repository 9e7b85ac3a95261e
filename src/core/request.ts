import { InvalidArgumentError } from "./errors.js";
import type { ListResponse, PageFetcher } from "./pagination.js";
import { PagePromise } from "./pagination.js";
import type { RequestOptions } from "./requestOptions.js";

/** Query-parameter names that take a time; callers may pass a `Date` for them. */
export type TimeParam = "before" | "after" | "since" | "until";

/** A query type from the spec, with its time parameters also accepting `Date`. */
export type WithDates<Q> = { [K in keyof Q]: K extends TimeParam ? Q[K] | Date : Q[K] };

/**
 * Checks an ID, UID or name before it goes into a path: a non-empty string that is not `.` or
 * `..` (which URLs would resolve as path segments). openapi-fetch percent-encodes the rest.
 */
export function pathId(value: unknown, what = "id"): string {
  if (typeof value !== "string" || value === "") {
    throw new InvalidArgumentError(`${what} must be a non-empty string, got ${describeValue(value)}`);
  }
  if (value === "." || value === "..") throw new InvalidArgumentError(`${what} cannot be "${value}"`);
  if (/\p{Cs}/u.test(value))
    throw new InvalidArgumentError(`${what} has a lone surrogate (not valid Unicode)`);
  return value;
}

/** The `{app_id}` path parameter, checked. */
export function appIds(appId: string): { app_id: string } {
  return { app_id: pathId(appId, "appId") };
}

/** The `{app_id}` and `{endpoint_id}` path parameters, checked. */
export function endpointIds(appId: string, endpointId: string): { app_id: string; endpoint_id: string } {
  return { app_id: pathId(appId, "appId"), endpoint_id: pathId(endpointId, "endpointId") };
}

/** The `{app_id}` and `{msg_id}` path parameters, checked. */
export function messageIds(appId: string, msgId: string): { app_id: string; msg_id: string } {
  return { app_id: pathId(appId, "appId"), msg_id: pathId(msgId, "msgId") };
}

function describeValue(value: unknown): string {
  if (value === "") return "an empty string";
  return value === null ? "null" : typeof value;
}

/** Serialises `Date` query values as RFC 3339 and drops `undefined`s; adds the page cursor. */
export function toQuery<Q extends object>(query: WithDates<Q> | undefined, iterator?: string): Q {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) throw new InvalidArgumentError(`${key} is an invalid Date`);
      out[key] = value.toISOString();
    } else if (value !== undefined) out[key] = value;
  }
  if (iterator !== undefined) out.iterator = iterator;
  return out as Q;
}

/** The init field that carries a call's options (signal included) to the transport. */
export function callInit(options: RequestOptions | undefined): { callOptions?: RequestOptions } {
  return { callOptions: options };
}

/** The body of a successful response. The transport throws on every failure, so it is there. */
export function data<T>(result: { data?: T }): T {
  return result.data as T;
}

/** Wraps a page-fetching call into a lazy, awaitable and `for await`-iterable list. */
export function paginate<T>(
  fetchPage: (iterator: string | undefined) => Promise<{ data?: ListResponse<T> }>,
) {
  const fetcher: PageFetcher<T> = async (iterator) => data(await fetchPage(iterator)) as ListResponse<T>;
  return new PagePromise<T>(fetcher);
}
