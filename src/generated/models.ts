/**
 * Generated from openapi.yaml by `npm run generate` (scripts/generate-models.mjs).
 * NEVER edit this file by hand: change openapi.yaml and run `npm run generate` again.
 * @module
 */

import type { PostRequestOptions, RequestOptions } from "../core/requestOptions.js";

/**
 * Delivery status of a message to an endpoint.
 */
export type MessageStatus = "success" | "pending" | "failed" | "sending";

/**
 * Sort order of a list.
 */
export type Ordering = "ascending" | "descending";

/**
 * The answer of `health.get`.
 */
export interface HealthOut {
  /**
   * Always `ok`.
   */
  status: "ok";
}

/**
 * The request body of `application.create`, `application.update`.
 */
export interface ApplicationIn {
  /**
   * Display name.
   */
  name: string;
  /**
   * Your own unique identifier for the entity, usable wherever its ID is. `.` and `..` are
   * refused because URLs would read them as path segments, and so is anything of an ID's form
   * (`app_`, `ep_`, `msg_` or `atmpt_` followed by letters and digits), which a path would read as
   * that ID.
   */
  uid?: string;
  /**
   * Maximum deliveries per second; excess deliveries wait, they are not dropped.
   */
  rateLimit?: number | null;
  /**
   * Free-form string key/value pairs for your own use.
   */
  metadata?: Record<string, string>;
}

/**
 * The request body of `application.patch`.
 */
export interface ApplicationPatch {
  /**
   * Display name.
   */
  name?: string;
  /**
   * Your own unique identifier for the entity, usable wherever its ID is. `.` and `..` are
   * refused because URLs would read them as path segments, and so is anything of an ID's form
   * (`app_`, `ep_`, `msg_` or `atmpt_` followed by letters and digits), which a path would read as
   * that ID.
   */
  uid?: string | null;
  /**
   * Maximum deliveries per second; excess deliveries wait, they are not dropped.
   */
  rateLimit?: number | null;
  /**
   * Free-form string key/value pairs for your own use.
   */
  metadata?: Record<string, string>;
}

/**
 * The answer of `application.create`, `application.get`, `application.update`, `application.patch`. The items listed by `application.list`.
 */
export interface ApplicationOut {
  /**
   * The application's ID, `app_…`.
   */
  id: string;
  /**
   * Your unique identifier for it, usable wherever its ID is; null when none was given.
   */
  uid: string | null;
  /**
   * Display name.
   */
  name: string;
  /**
   * Maximum deliveries per second; null for no limit.
   */
  rateLimit: number | null;
  /**
   * Your own string key/value pairs.
   */
  metadata: Record<string, string>;
  /**
   * The `createdAt` time, an RFC 3339 string.
   */
  createdAt: string;
  /**
   * The `updatedAt` time, an RFC 3339 string.
   */
  updatedAt: string;
}

/**
 * The request body of `endpoint.create`.
 */
export interface EndpointIn {
  /**
   * An http or https URL.
   */
  url: string;
  /**
   * Your own unique identifier for the entity, usable wherever its ID is. `.` and `..` are
   * refused because URLs would read them as path segments, and so is anything of an ID's form
   * (`app_`, `ep_`, `msg_` or `atmpt_` followed by letters and digits), which a path would read as
   * that ID.
   */
  uid?: string;
  /**
   * Display name.
   */
  name?: string;
  /**
   * Free-text description of the endpoint.
   * @defaultValue `""`
   */
  description?: string;
  /**
   * Disabled endpoints receive nothing.
   * @defaultValue `true`
   */
  enabled?: boolean;
  /**
   * Event types the endpoint receives; omitted or empty means all.
   */
  eventTypes?: string[];
  /**
   * Channels the endpoint listens to; omitted or empty means all messages.
   */
  channels?: string[];
  /**
   * Custom HTTP headers sent with every delivery. Names are HTTP tokens; values hold no CR or
   * LF. Reserved names are rejected (422): webhook-id, webhook-timestamp, webhook-signature,
   * content-type, content-length, host, user-agent, connection, transfer-encoding. At most 64
   * headers, and 8 KiB of names and values in all.
   */
  headers?: Record<string, string>;
  /**
   * Maximum deliveries per second; excess deliveries wait, they are not dropped.
   */
  rateLimit?: number;
  /**
   * Free-form string key/value pairs for your own use.
   */
  metadata?: Record<string, string>;
  /**
   * The endpoint's version number, yours to set (1 unless given).
   * @defaultValue `1`
   */
  version?: number;
  /**
   * The signing secret; generated when absent.
   */
  secret?: string;
}

/**
 * The request body of `endpoint.update`.
 */
export interface EndpointUpdate {
  /**
   * An http or https URL.
   */
  url: string;
  /**
   * Your own unique identifier for the entity, usable wherever its ID is. `.` and `..` are
   * refused because URLs would read them as path segments, and so is anything of an ID's form
   * (`app_`, `ep_`, `msg_` or `atmpt_` followed by letters and digits), which a path would read as
   * that ID.
   */
  uid?: string;
  /**
   * Display name.
   */
  name?: string;
  /**
   * Free-text description of the endpoint.
   * @defaultValue `""`
   */
  description?: string;
  /**
   * Disabled endpoints receive nothing.
   * @defaultValue `true`
   */
  enabled?: boolean;
  /**
   * Event types the endpoint receives; omitted or empty means all.
   */
  eventTypes?: string[];
  /**
   * Channels the endpoint listens to; omitted or empty means all messages.
   */
  channels?: string[];
  /**
   * Custom HTTP headers sent with every delivery. Names are HTTP tokens; values hold no CR or
   * LF. Reserved names are rejected (422): webhook-id, webhook-timestamp, webhook-signature,
   * content-type, content-length, host, user-agent, connection, transfer-encoding. At most 64
   * headers, and 8 KiB of names and values in all.
   */
  headers?: Record<string, string>;
  /**
   * Maximum deliveries per second; excess deliveries wait, they are not dropped.
   */
  rateLimit?: number;
  /**
   * Free-form string key/value pairs for your own use.
   */
  metadata?: Record<string, string>;
  /**
   * The endpoint's version number, yours to set (1 unless given).
   * @defaultValue `1`
   */
  version?: number;
}

/**
 * The request body of `endpoint.patch`.
 */
export interface EndpointPatch {
  /**
   * An http or https URL.
   */
  url?: string;
  /**
   * Your own unique identifier for the entity, usable wherever its ID is. `.` and `..` are
   * refused because URLs would read them as path segments, and so is anything of an ID's form
   * (`app_`, `ep_`, `msg_` or `atmpt_` followed by letters and digits), which a path would read as
   * that ID.
   */
  uid?: string | null;
  /**
   * Display name.
   */
  name?: string | null;
  /**
   * Free-text description of the endpoint.
   */
  description?: string;
  /**
   * Disabled endpoints receive nothing.
   */
  enabled?: boolean;
  /**
   * Event types the endpoint receives; `null` or empty means all.
   */
  eventTypes?: string[] | null;
  /**
   * Channels the endpoint listens to; `null` means all messages.
   */
  channels?: string[] | null;
  /**
   * Custom HTTP headers sent with every delivery. Names are HTTP tokens; values hold no CR or
   * LF. Reserved names are rejected (422): webhook-id, webhook-timestamp, webhook-signature,
   * content-type, content-length, host, user-agent, connection, transfer-encoding. At most 64
   * headers, and 8 KiB of names and values in all.
   */
  headers?: Record<string, string>;
  /**
   * Maximum deliveries per second; excess deliveries wait, they are not dropped.
   */
  rateLimit?: number | null;
  /**
   * Free-form string key/value pairs for your own use.
   */
  metadata?: Record<string, string>;
  /**
   * The endpoint's version number, yours to set (1 unless given).
   */
  version?: number;
}

/**
 * An endpoint. Its signing secret is never included; see `endpoint.getSecret`.
 */
export interface EndpointOut {
  /**
   * The endpoint's ID, `ep_…`.
   */
  id: string;
  /**
   * Your unique identifier for it, usable wherever its ID is; null when none was given.
   */
  uid: string | null;
  /**
   * Display name; null when none was given.
   */
  name: string | null;
  /**
   * Free-text description of the endpoint.
   */
  description: string;
  /**
   * An http or https URL.
   */
  url: string;
  /**
   * Disabled endpoints receive nothing.
   */
  enabled: boolean;
  /**
   * Event types the endpoint receives; `null` or empty means all.
   */
  eventTypes: string[] | null;
  /**
   * Channels the endpoint listens to; `null` means all messages.
   */
  channels: string[] | null;
  /**
   * Custom HTTP headers sent with every delivery.
   */
  headers: Record<string, string>;
  /**
   * Maximum deliveries per second to the endpoint; null for no limit.
   */
  rateLimit: number | null;
  /**
   * Your own string key/value pairs.
   */
  metadata: Record<string, string>;
  /**
   * The endpoint's version number, yours to set (1 unless given).
   */
  version: number;
  /**
   * The `createdAt` time, an RFC 3339 string.
   */
  createdAt: string;
  /**
   * The `updatedAt` time, an RFC 3339 string.
   */
  updatedAt: string;
}

/**
 * The answer of `endpoint.getSecret`.
 */
export interface EndpointSecretOut {
  /**
   * The signing secret, `whsec_` followed by base64.
   */
  key: string;
}

/**
 * The request body of `endpoint.rotateSecret`.
 */
export interface EndpointSecretRotateIn {
  /**
   * The new secret; generated when absent or null.
   */
  key?: string | null;
}

/**
 * The answer of `endpoint.getHeaders`.
 */
export interface EndpointHeadersOut {
  /**
   * The custom headers, with their stored values.
   */
  headers: Record<string, string>;
  /**
   * Names of the headers that carry credentials (values are returned as stored).
   */
  sensitive: string[];
}

/**
 * The request body of `endpoint.updateHeaders`.
 */
export interface EndpointHeadersIn {
  /**
   * Custom HTTP headers sent with every delivery. Names are HTTP tokens; values hold no CR or
   * LF. Reserved names are rejected (422): webhook-id, webhook-timestamp, webhook-signature,
   * content-type, content-length, host, user-agent, connection, transfer-encoding. At most 64
   * headers, and 8 KiB of names and values in all.
   */
  headers: Record<string, string>;
}

/**
 * The request body of `endpoint.patchHeaders`.
 */
export interface EndpointHeadersPatchIn {
  /**
   * Headers to set (string) or remove (`null`); unnamed headers stay.
   */
  headers: Record<string, string | null>;
}

/**
 * The request body of `endpoint.recover`.
 */
export interface RecoverIn {
  /**
   * Recover failures from this time.
   */
  since: string;
  /**
   * Recover failures before this time (default now).
   */
  until?: string;
}

/**
 * The answer of `endpoint.recover`.
 */
export interface RecoverOut {
  /**
   * ID of the background task, `qtask_…`.
   */
  id: string;
  /**
   * `running` while messages are queued for the endpoint; `finished` when there were none.
   */
  status: "running" | "finished";
  /**
   * The kind of task, `endpoint.recover`.
   */
  task: "endpoint.recover";
}

/**
 * The request body of `endpoint.replayMissing`.
 */
export interface ReplayIn {
  /**
   * Replay messages from this time.
   */
  since: string;
  /**
   * Replay messages before this time (default now).
   */
  until?: string;
}

/**
 * The answer of `endpoint.replayMissing`.
 */
export interface ReplayOut {
  /**
   * ID of the background task, `qtask_…`.
   */
  id: string;
  /**
   * `running` while messages are queued for the endpoint; `finished` when there were none.
   */
  status: "running" | "finished";
  /**
   * The kind of task, `endpoint.replay`.
   */
  task: "endpoint.replay";
}

/**
 * Number of messages to the endpoint in each delivery status.
 */
export interface EndpointStats {
  /**
   * Messages delivered.
   */
  success: number;
  /**
   * Messages waiting for their next attempt.
   */
  pending: number;
  /**
   * Messages being delivered now.
   */
  sending: number;
  /**
   * Messages whose delivery failed after every retry.
   */
  fail: number;
}

/**
 * The request body of `endpoint.sendExample`.
 */
export interface EventExampleIn {
  /**
   * The name of an event type.
   */
  eventType: string;
}

/**
 * The request body of `message.create`.
 */
export interface MessageIn {
  /**
   * The name of an event type.
   */
  eventType: string;
  /**
   * The JSON object delivered as the webhook body; it nests at most 64 levels deep.
   */
  payload: Record<string, unknown>;
  /**
   * Your own unique identifier for the entity, usable wherever its ID is. `.` and `..` are
   * refused because URLs would read them as path segments, and so is anything of an ID's form
   * (`app_`, `ep_`, `msg_` or `atmpt_` followed by letters and digits), which a path would read as
   * that ID.
   */
  uid?: string;
  /**
   * Channels of the message; only endpoints listening to one of them (or to all) get it.
   */
  channels?: string[];
}

/**
 * The answer of `endpoint.sendExample`, `message.create`, `message.get`. The items listed by `message.list`.
 */
export interface MessageOut {
  /**
   * The message's ID, `msg_…`.
   */
  id: string;
  /**
   * Your unique identifier for it, usable wherever its ID is; null when none was given.
   */
  uid: string | null;
  /**
   * The name of its event type.
   */
  eventType: string;
  /**
   * The message body; left out when `with_content=false`, `{}` once expunged.
   */
  payload?: Record<string, unknown>;
  /**
   * Channels the message was sent on; null when none.
   */
  channels: string[] | null;
  /**
   * When the message was created.
   */
  timestamp: string;
}

/**
 * A message with its delivery status at one endpoint.
 */
export interface EndpointMessageOut extends MessageOut {
  /**
   * Delivery status of the message at this endpoint.
   */
  status: MessageStatus;
  /**
   * When the next attempt is scheduled; null when none is.
   */
  nextAttempt: string | null;
}

/**
 * The answer of `attempt.get`. The items listed by `attempt.listByEndpoint`, `attempt.listByMessage`.
 */
export interface MessageAttemptOut {
  /**
   * The attempt's ID, `atmpt_…`.
   */
  id: string;
  /**
   * ID of the message attempted.
   */
  msgId: string;
  /**
   * ID of the endpoint attempted.
   */
  endpointId: string;
  /**
   * The URL the attempt was sent to.
   */
  url: string;
  /**
   * `success` or `failed`.
   */
  status: MessageStatus;
  /**
   * HTTP status of the answer; 0 for a connection error or timeout.
   */
  responseStatusCode: number;
  /**
   * Body of the answer, truncated to 10 KB; `""` once expunged.
   */
  response: string;
  /**
   * How long the endpoint took to answer, in ms.
   */
  responseDurationMs: number;
  /**
   * `scheduled` for automatic deliveries and retries, `manual` for a resend.
   */
  triggerType: "scheduled" | "manual";
  /**
   * The `timestamp` time, an RFC 3339 string.
   */
  timestamp: string;
}

/**
 * An endpoint with the delivery status of one message there.
 */
export interface MessageEndpointOut {
  /**
   * The endpoint's ID, `ep_…`.
   */
  id: string;
  /**
   * Your unique identifier for it, usable wherever its ID is; null when none was given.
   */
  uid: string | null;
  /**
   * Display name; null when none was given.
   */
  name: string | null;
  /**
   * Free-text description of the endpoint.
   */
  description: string;
  /**
   * The `url` field.
   */
  url: string;
  /**
   * Disabled endpoints receive nothing.
   */
  enabled: boolean;
  /**
   * Delivery status of the message at this endpoint.
   */
  status: MessageStatus;
  /**
   * When the next attempt is scheduled; null when none is.
   */
  nextAttempt: string | null;
  /**
   * The `createdAt` time, an RFC 3339 string.
   */
  createdAt: string;
  /**
   * The `updatedAt` time, an RFC 3339 string.
   */
  updatedAt: string;
}

/**
 * The request body of `eventType.create`.
 */
export interface EventTypeIn {
  /**
   * The name of an event type.
   */
  name: string;
  /**
   * What the event means.
   */
  description: string;
  /**
   * JSON Schemas of the payload, keyed by version (e.g. `"1"`).
   */
  schemas?: Record<string, Record<string, unknown>> | null;
  /**
   * Archived event types are left out of lists unless `include_archived=true`.
   * @defaultValue `false`
   */
  archived?: boolean;
}

/**
 * The request body of `eventType.update`.
 */
export interface EventTypeUpdate {
  /**
   * What the event means.
   */
  description: string;
  /**
   * JSON Schemas of the payload, keyed by version (e.g. `"1"`).
   */
  schemas?: Record<string, Record<string, unknown>> | null;
  /**
   * Archived event types are left out of lists unless `include_archived=true`.
   * @defaultValue `false`
   */
  archived?: boolean;
}

/**
 * The request body of `eventType.patch`.
 */
export interface EventTypePatch {
  /**
   * What the event means.
   */
  description?: string;
  /**
   * JSON Schemas of the payload, keyed by version (e.g. `"1"`).
   */
  schemas?: Record<string, Record<string, unknown>> | null;
  /**
   * Archived event types are left out of lists unless `include_archived=true`.
   */
  archived?: boolean;
}

/**
 * The answer of `eventType.create`, `eventType.get`, `eventType.update`, `eventType.patch`. The items listed by `eventType.list`.
 */
export interface EventTypeOut {
  /**
   * The event type's name, e.g. `customer.created`.
   */
  name: string;
  /**
   * What the event means.
   */
  description: string;
  /**
   * Payload JSON Schemas; null or left out in lists without `with_content=true`.
   */
  schemas?: Record<string, Record<string, unknown>> | null;
  /**
   * Archived event types are left out of lists unless `include_archived=true`.
   */
  archived: boolean;
  /**
   * The `createdAt` time, an RFC 3339 string.
   */
  createdAt: string;
  /**
   * The `updatedAt` time, an RFC 3339 string.
   */
  updatedAt: string;
}

/**
 * Options of `application.list`: its query parameters (camelCase here, snake_case on the wire) and the request options.
 */
export interface ApplicationListOptions extends RequestOptions {
  /**
   * Maximum number of items in the page.
   * @defaultValue `50`
   */
  limit?: number;
  /**
   * The `iterator` (next page) or `prevIterator` (previous page) of a page already read.
   */
  iterator?: string | null;
  /**
   * Sort order of the list; oldest first by default.
   * @defaultValue `"ascending"`
   */
  order?: Ordering;
}

/**
 * Options of `application.create`: its query parameters (camelCase here, snake_case on the wire) and the request options.
 */
export interface ApplicationCreateOptions extends PostRequestOptions {
  /**
   * Return the existing application (200) when one already has this `uid`. Sent as `get_if_exists`.
   * @defaultValue `false`
   */
  getIfExists?: boolean;
}

/**
 * Options of `endpoint.list`: its query parameters (camelCase here, snake_case on the wire) and the request options.
 */
export interface EndpointListOptions extends RequestOptions {
  /**
   * Maximum number of items in the page.
   * @defaultValue `50`
   */
  limit?: number;
  /**
   * The `iterator` (next page) or `prevIterator` (previous page) of a page already read.
   */
  iterator?: string | null;
  /**
   * Sort order of the list; oldest first by default.
   * @defaultValue `"ascending"`
   */
  order?: Ordering;
}

/**
 * Options of `endpoint.getStats`: its query parameters (camelCase here, snake_case on the wire) and the request options.
 */
export interface EndpointGetStatsOptions extends RequestOptions {
  /**
   * Count only messages created at or after this time.
   */
  since?: string | Date;
  /**
   * Count only messages created before this time.
   */
  until?: string | Date;
}

/**
 * Options of `message.list`: its query parameters (camelCase here, snake_case on the wire) and the request options.
 */
export interface MessageListOptions extends RequestOptions {
  /**
   * Maximum number of items in the page.
   * @defaultValue `50`
   */
  limit?: number;
  /**
   * The `iterator` (next page) or `prevIterator` (previous page) of a page already read.
   */
  iterator?: string | null;
  /**
   * Sort order of the list; newest first by default.
   * @defaultValue `"descending"`
   */
  order?: Ordering;
  /**
   * Only items of these event types (repeat the parameter for several). Sent as `event_types`.
   */
  eventTypes?: string[];
  /**
   * Only items sent on this channel.
   */
  channel?: string;
  /**
   * Only items created before this time.
   */
  before?: string | Date;
  /**
   * Only items created after this time.
   */
  after?: string | Date;
  /**
   * Include message payloads; `false` leaves `payload` out of the response. Sent as `with_content`.
   * @defaultValue `true`
   */
  withContent?: boolean;
}

/**
 * Options of `message.create`: its query parameters (camelCase here, snake_case on the wire) and the request options.
 */
export interface MessageCreateOptions extends PostRequestOptions {
  /**
   * Include message payloads; `false` leaves `payload` out of the response. Sent as `with_content`.
   * @defaultValue `true`
   */
  withContent?: boolean;
}

/**
 * Options of `message.get`: its query parameters (camelCase here, snake_case on the wire) and the request options.
 */
export interface MessageGetOptions extends RequestOptions {
  /**
   * Include message payloads; `false` leaves `payload` out of the response. Sent as `with_content`.
   * @defaultValue `true`
   */
  withContent?: boolean;
}

/**
 * Options of `attempt.listByEndpoint`: its query parameters (camelCase here, snake_case on the wire) and the request options.
 */
export interface AttemptListByEndpointOptions extends RequestOptions {
  /**
   * Maximum number of items in the page.
   * @defaultValue `50`
   */
  limit?: number;
  /**
   * The `iterator` (next page) or `prevIterator` (previous page) of a page already read.
   */
  iterator?: string | null;
  /**
   * Sort order of the list; newest first by default.
   * @defaultValue `"descending"`
   */
  order?: Ordering;
  /**
   * Only items with this delivery status.
   */
  status?: MessageStatus;
  /**
   * Only items of these event types (repeat the parameter for several). Sent as `event_types`.
   */
  eventTypes?: string[];
  /**
   * Only items sent on this channel.
   */
  channel?: string;
  /**
   * Only items created before this time.
   */
  before?: string | Date;
  /**
   * Only items created after this time.
   */
  after?: string | Date;
  /**
   * Include message payloads; `false` leaves `payload` out of the response. Sent as `with_content`.
   * @defaultValue `true`
   */
  withContent?: boolean;
}

/**
 * Options of `attempt.listByMessage`: its query parameters (camelCase here, snake_case on the wire) and the request options.
 */
export interface AttemptListByMessageOptions extends RequestOptions {
  /**
   * Maximum number of items in the page.
   * @defaultValue `50`
   */
  limit?: number;
  /**
   * The `iterator` (next page) or `prevIterator` (previous page) of a page already read.
   */
  iterator?: string | null;
  /**
   * Sort order of the list; newest first by default.
   * @defaultValue `"descending"`
   */
  order?: Ordering;
  /**
   * Only items with this delivery status.
   */
  status?: MessageStatus;
  /**
   * Only attempts made to this endpoint (ID or UID). Sent as `endpoint_id`.
   */
  endpointId?: string;
  /**
   * Only items created before this time.
   */
  before?: string | Date;
  /**
   * Only items created after this time.
   */
  after?: string | Date;
  /**
   * Include message payloads; `false` leaves `payload` out of the response. Sent as `with_content`.
   * @defaultValue `true`
   */
  withContent?: boolean;
}

/**
 * Options of `attempt.listAttemptedMessages`: its query parameters (camelCase here, snake_case on the wire) and the request options.
 */
export interface AttemptListAttemptedMessagesOptions extends RequestOptions {
  /**
   * Maximum number of items in the page.
   * @defaultValue `50`
   */
  limit?: number;
  /**
   * The `iterator` (next page) or `prevIterator` (previous page) of a page already read.
   */
  iterator?: string | null;
  /**
   * Sort order of the list; newest first by default.
   * @defaultValue `"descending"`
   */
  order?: Ordering;
  /**
   * Only items with this delivery status.
   */
  status?: MessageStatus;
  /**
   * Only items of these event types (repeat the parameter for several). Sent as `event_types`.
   */
  eventTypes?: string[];
  /**
   * Only items sent on this channel.
   */
  channel?: string;
  /**
   * Only items created before this time.
   */
  before?: string | Date;
  /**
   * Only items created after this time.
   */
  after?: string | Date;
  /**
   * Include message payloads; `false` leaves `payload` out of the response. Sent as `with_content`.
   * @defaultValue `true`
   */
  withContent?: boolean;
}

/**
 * Options of `attempt.listAttemptedDestinations`: its query parameters (camelCase here, snake_case on the wire) and the request options.
 */
export interface AttemptListAttemptedDestinationsOptions extends RequestOptions {
  /**
   * Maximum number of items in the page.
   * @defaultValue `50`
   */
  limit?: number;
  /**
   * The `iterator` (next page) or `prevIterator` (previous page) of a page already read.
   */
  iterator?: string | null;
  /**
   * Sort order of the list; newest first by default.
   * @defaultValue `"descending"`
   */
  order?: Ordering;
}

/**
 * Options of `eventType.list`: its query parameters (camelCase here, snake_case on the wire) and the request options.
 */
export interface EventTypeListOptions extends RequestOptions {
  /**
   * Maximum number of items in the page.
   * @defaultValue `50`
   */
  limit?: number;
  /**
   * The `iterator` (next page) or `prevIterator` (previous page) of a page already read.
   */
  iterator?: string | null;
  /**
   * Sort order of the list; oldest first by default.
   * @defaultValue `"ascending"`
   */
  order?: Ordering;
  /**
   * Include archived event types. Sent as `include_archived`.
   * @defaultValue `false`
   */
  includeArchived?: boolean;
  /**
   * Include each event type's `schemas` (otherwise `null`). Sent as `with_content`.
   * @defaultValue `false`
   */
  withContent?: boolean;
}

/**
 * Options of `eventType.delete`: its query parameters (camelCase here, snake_case on the wire) and the request options.
 */
export interface EventTypeDeleteOptions extends RequestOptions {
  /**
   * Delete the event type for good instead of archiving it.
   * @defaultValue `false`
   */
  expunge?: boolean;
}
