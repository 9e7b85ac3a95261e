/**
 * The request bodies of the Octohooks API (openapi.yaml `components.schemas.*In/*Patch/*Update`),
 * written in the mock's {@link Schema} language.
 *
 * @module
 */
import {
  array,
  boolean,
  dateTime,
  httpUrl,
  integer,
  jsonObject,
  nullable,
  object,
  optional,
  record,
  reject,
  required,
  type Schema,
  slug,
  string,
  type ValidationIssue,
} from "./validation.js";

const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// An HTTP field value (RFC 9110): no CR, LF, NUL or other control characters, nothing above Latin-1.
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
const SECRET = /^whsec_[A-Za-z0-9+/=]{32,100}$/;

/** Header names a delivery sets itself, so an endpoint may not override them. */
export const RESERVED_HEADERS: ReadonlySet<string> = new Set([
  "webhook-id",
  "webhook-timestamp",
  "webhook-signature",
  "content-type",
  "content-length",
  "host",
  "user-agent",
  "connection",
  "transfer-encoding",
]);

function headerName(name: string, loc: string[], issues: ValidationIssue[]): boolean {
  if (!HEADER_NAME.test(name)) {
    reject(issues, loc, "value_error", "Header names must be HTTP tokens.");
    return false;
  }
  if (RESERVED_HEADERS.has(name.toLowerCase())) {
    reject(issues, loc, "value_error", `Header '${name}' is reserved and set by Octohooks.`);
    return false;
  }
  return true;
}

const headerValue = string({
  pattern: FIELD_VALUE,
  patternMsg:
    "Header values must not contain CR, LF or other control characters, nor characters above U+00FF.",
});
// "." and ".." are refused: URLs would read them as path segments, so they could never be addressed.
const uid = string({
  min: 1,
  max: 256,
  pattern: /^(?!\.{1,2}$)[a-zA-Z0-9\-_.]+$/,
  patternMsg: "Only letters, digits, '-', '_' and '.' are allowed, and not '.' or '..' alone.",
});
const eventTypeName = slug(256);
const channel = slug(128);
const rateLimit = integer({ min: 1, max: 65535 });
const metadata = record(string());
const name = string({ min: 1, max: 256 });

/** Custom delivery headers: token names, no CR/LF in values, no reserved names. */
export const headerMap: Schema<Record<string, string>> = record(headerValue, headerName);
/** An endpoint signing secret (`whsec_` + base64). */
export const endpointSecret = string({
  pattern: SECRET,
  patternMsg: "Secret must be whsec_ followed by base64.",
});

/** `ApplicationIn`. */
export const ApplicationIn = object({
  name: required(name),
  uid: optional(uid),
  rateLimit: optional(nullable(rateLimit)),
  metadata: optional(metadata),
});

/** `ApplicationPatch`. */
export const ApplicationPatch = object({
  name: optional(name),
  uid: optional(nullable(uid)),
  rateLimit: optional(nullable(rateLimit)),
  metadata: optional(metadata),
});

// Empty, like absent, means every event type.
const eventTypeList = array(eventTypeName, { max: 100, unique: true });
const channelList = array(channel, { max: 10, unique: true });

const endpointFields = {
  url: required(httpUrl),
  uid: optional(uid),
  name: optional(name),
  description: optional(string()),
  enabled: optional(boolean),
  eventTypes: optional(eventTypeList),
  channels: optional(channelList),
  headers: optional(headerMap),
  rateLimit: optional(rateLimit),
  metadata: optional(metadata),
  version: optional(integer({ min: 1 })),
};

/** `EndpointUpdate`. */
export const EndpointUpdate = object(endpointFields);
/** `EndpointIn`. */
export const EndpointIn = object({ ...endpointFields, secret: optional(endpointSecret) });

/** `EndpointPatch`. */
export const EndpointPatch = object({
  url: optional(httpUrl),
  uid: optional(nullable(uid)),
  name: optional(nullable(name)),
  description: optional(string()),
  enabled: optional(boolean),
  eventTypes: optional(nullable(eventTypeList)),
  channels: optional(nullable(channelList)),
  headers: optional(headerMap),
  rateLimit: optional(nullable(rateLimit)),
  metadata: optional(metadata),
  version: optional(integer({ min: 1 })),
});

/** `EndpointSecretRotateIn`. */
export const EndpointSecretRotateIn = object({ key: optional(nullable(endpointSecret)) });
/** `EndpointHeadersIn`. */
export const EndpointHeadersIn = object({ headers: required(headerMap) });
/** `EndpointHeadersPatchIn`: a string sets a header, `null` removes it. */
export const EndpointHeadersPatchIn = object({
  headers: required(record(nullable(headerValue), headerName)),
});
/** `RecoverIn` and `ReplayIn`: a time window. */
export const TimeWindowIn = object({ since: required(dateTime), until: optional(dateTime) });
/** `EventExampleIn`. */
export const EventExampleIn = object({ eventType: required(eventTypeName) });

/** `MessageIn`. */
export const MessageIn = object({
  eventType: required(eventTypeName),
  payload: required(jsonObject),
  uid: optional(uid),
  channels: optional(channelList),
});

const eventTypeSchemas = record(jsonObject);

/** `EventTypeIn`. */
export const EventTypeIn = object({
  name: required(eventTypeName),
  description: required(string()),
  schemas: optional(nullable(eventTypeSchemas)),
  archived: optional(boolean),
});

/** `EventTypeUpdate`. */
export const EventTypeUpdate = object({
  description: required(string()),
  schemas: optional(nullable(eventTypeSchemas)),
  archived: optional(boolean),
});

/** `EventTypePatch`. */
export const EventTypePatch = object({
  description: optional(string()),
  schemas: optional(nullable(eventTypeSchemas)),
  archived: optional(boolean),
});

/** The path parameters that name an entity by ID or UID. */
export const idOrUid = uid;
/** The `event_type_name` path parameter. */
export const eventTypeNameParam = eventTypeName;
/** The `channel` query parameter. */
export const channelParam = channel;
