// The mock's operations that take a JSON body: a valid body for each, the kind of each field, and
// for each kind an arbitrary of values the API must refuse (wrong type, bad shape, out of range).
import fc from "fast-check";

/** What a body field accepts, as far as generating wrong values goes. */
export type FieldKind =
  | "name"
  | "slug"
  | "slugList"
  | "channelList"
  | "rateLimit"
  | "version"
  | "stringMap"
  | "url"
  | "boolean"
  | "string"
  | "headerMap"
  | "headerPatch"
  | "dateTime"
  | "secret"
  | "jsonObject"
  | "schemas";

/** One operation that takes a body, addressed at the seeded entities (`app`, `ep`, `seed.event`). */
export interface BodyOperation {
  readonly name: string;
  readonly method: string;
  readonly path: string;
  /** A body the operation accepts. */
  readonly valid: Readonly<Record<string, unknown>>;
  /** Every field of its schema, with its kind; a trailing `?` marks a field that accepts `null`. */
  readonly fields: Readonly<Record<string, FieldKind | `${FieldKind}?`>>;
}

const APP_FIELDS = { name: "name", uid: "slug", rateLimit: "rateLimit?", metadata: "stringMap" } as const;
const APP_PATCH_FIELDS = { ...APP_FIELDS, uid: "slug?" } as const;
const ENDPOINT_FIELDS = {
  url: "url",
  uid: "slug",
  name: "name",
  description: "string",
  enabled: "boolean",
  eventTypes: "slugList",
  channels: "channelList",
  headers: "headerMap",
  rateLimit: "rateLimit",
  metadata: "stringMap",
  version: "version",
} as const;
const ENDPOINT_PATCH_FIELDS = {
  ...ENDPOINT_FIELDS,
  uid: "slug?",
  name: "name?",
  rateLimit: "rateLimit?",
  eventTypes: "slugList?",
  channels: "channelList?",
} as const;
const EVENT_TYPE_FIELDS = { description: "string", schemas: "schemas?", archived: "boolean" } as const;
const WINDOW = { since: "dateTime", until: "dateTime" } as const;
const APP = "/api/v1/app/app";
const EP = `${APP}/endpoint/ep`;
const ENDPOINT_BODY = { url: "http://127.0.0.1:9/hook", enabled: false };

/** The 16 operations with a body (`attempt.resend` takes none). */
export const BODY_OPERATIONS: readonly BodyOperation[] = [
  {
    name: "application.create",
    method: "POST",
    path: "/api/v1/app",
    valid: { name: "n" },
    fields: APP_FIELDS,
  },
  { name: "application.update", method: "PUT", path: APP, valid: { name: "n" }, fields: APP_FIELDS },
  { name: "application.patch", method: "PATCH", path: APP, valid: {}, fields: APP_PATCH_FIELDS },
  {
    name: "endpoint.create",
    method: "POST",
    path: `${APP}/endpoint`,
    valid: ENDPOINT_BODY,
    fields: { ...ENDPOINT_FIELDS, secret: "secret" },
  },
  { name: "endpoint.update", method: "PUT", path: EP, valid: ENDPOINT_BODY, fields: ENDPOINT_FIELDS },
  { name: "endpoint.patch", method: "PATCH", path: EP, valid: {}, fields: ENDPOINT_PATCH_FIELDS },
  {
    name: "endpoint.rotateSecret",
    method: "POST",
    path: `${EP}/secret/rotate`,
    valid: {},
    fields: { key: "secret?" },
  },
  {
    name: "endpoint.updateHeaders",
    method: "PUT",
    path: `${EP}/headers`,
    valid: { headers: {} },
    fields: { headers: "headerMap" },
  },
  {
    name: "endpoint.patchHeaders",
    method: "PATCH",
    path: `${EP}/headers`,
    valid: { headers: {} },
    fields: { headers: "headerPatch" },
  },
  {
    name: "endpoint.recover",
    method: "POST",
    path: `${EP}/recover`,
    valid: { since: "2020-01-01T00:00:00Z" },
    fields: WINDOW,
  },
  {
    name: "endpoint.replayMissing",
    method: "POST",
    path: `${EP}/replay-missing`,
    valid: { since: "2020-01-01T00:00:00Z" },
    fields: WINDOW,
  },
  {
    name: "endpoint.sendExample",
    method: "POST",
    path: `${EP}/send-example`,
    valid: { eventType: "seed.event" },
    fields: { eventType: "slug" },
  },
  {
    name: "message.create",
    method: "POST",
    path: `${APP}/msg`,
    valid: { eventType: "a.b", payload: {} },
    fields: { eventType: "slug", payload: "jsonObject", uid: "slug", channels: "channelList" },
  },
  {
    name: "eventType.create",
    method: "POST",
    path: "/api/v1/event-type",
    valid: { name: "new.event", description: "" },
    fields: { name: "slug", ...EVENT_TYPE_FIELDS },
  },
  {
    name: "eventType.update",
    method: "PUT",
    path: "/api/v1/event-type/seed.event",
    valid: { description: "d" },
    fields: EVENT_TYPE_FIELDS,
  },
  {
    name: "eventType.patch",
    method: "PATCH",
    path: "/api/v1/event-type/seed.event",
    valid: {},
    fields: EVENT_TYPE_FIELDS,
  },
];

type JsonType = "number" | "boolean" | "string" | "array" | "object" | "null";

const SMALL_JSON = fc.jsonValue({ maxDepth: 1 });
const OF_TYPE: Record<JsonType, fc.Arbitrary<unknown>> = {
  number: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
  boolean: fc.boolean(),
  string: fc.string({ maxLength: 10 }),
  array: fc.array(SMALL_JSON, { maxLength: 3 }),
  object: fc.dictionary(fc.string({ maxLength: 5 }), SMALL_JSON, { maxKeys: 3 }),
  null: fc.constant(null),
};

/** JSON values of every type but `allowed` (`null` is wrong too unless allowed). */
function otherThan(...allowed: JsonType[]): fc.Arbitrary<unknown> {
  const types = (Object.keys(OF_TYPE) as JsonType[]).filter((t) => !allowed.includes(t));
  return fc.oneof(...types.map((t) => OF_TYPE[t]));
}

const SLUG_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.";
const slugPart = fc.string({ unit: fc.constantFrom(...SLUG_CHARS), maxLength: 8 });
/** A string with at least one character outside `[a-zA-Z0-9_.-]`. */
const notSlug = fc
  .tuple(
    slugPart,
    fc.oneof(
      fc.constantFrom("/", " ", "?", "#", "%", "é", "🚀", "\n", ":", "*"),
      fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
    ),
    slugPart,
  )
  .map(([a, bad, b]) => a + bad + b)
  .filter((s) => !/^[a-zA-Z0-9\-_.]+$/.test(s));
const tooLong = (max: number) => fc.integer({ min: max + 1, max: max + 40 }).map((n) => "a".repeat(n));
const notPositiveOrTooBig = (max: number) =>
  fc.oneof(
    fc.integer({ max: 0 }),
    fc.integer({ min: max + 1 }),
    fc.double({ min: 1.01, max: 100, noNaN: true }).filter((d) => !Number.isInteger(d)),
  );
const badHeaderName = fc.oneof(
  fc.constantFrom("", "x y", "x:y", "é", "(x)", "x\r\ny"),
  fc.constantFrom("content-type", "Webhook-Signature", "host", "user-agent"),
);
const badHeaderValue = fc
  .tuple(fc.string({ maxLength: 5 }), fc.constantFrom("\r", "\n", "\r\n"), fc.string({ maxLength: 5 }))
  .map((p) => p.join(""));

/** Values a field of `kind` must refuse (`"slug?"`: a slug or `null`, so `null` is not among them). */
export function wrongValue(kind: string): fc.Arbitrary<unknown> {
  const nullable = kind.endsWith("?");
  const wrong = wrongOfKind(kind.replace(/\?$/, "") as FieldKind);
  return nullable ? wrong.filter((value) => value !== null) : wrong;
}

function wrongOfKind(kind: FieldKind): fc.Arbitrary<unknown> {
  switch (kind) {
    case "name":
      return fc.oneof(otherThan("string"), fc.constant(""), tooLong(256));
    case "slug":
      return fc.oneof(otherThan("string"), fc.constant(""), notSlug, tooLong(256));
    case "slugList":
      return fc.oneof(
        otherThan("array"),
        fc.array(fc.oneof(otherThan("string"), notSlug), { minLength: 1, maxLength: 3 }),
        fc.constant(["a", "a"]),
      );
    case "channelList":
      return fc.oneof(
        otherThan("array"),
        fc.array(fc.oneof(otherThan("string"), notSlug, tooLong(128)), { minLength: 1, maxLength: 3 }),
        fc.constant(["c", "c"]),
        fc.constant(Array.from({ length: 11 }, (_, i) => `c${i}`)),
      );
    case "rateLimit":
      return fc.oneof(otherThan("number"), notPositiveOrTooBig(65535));
    case "version":
      return fc.oneof(otherThan("number"), fc.integer({ max: 0 }), fc.constant(1.5));
    case "stringMap":
      return fc.oneof(
        otherThan("object"),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), otherThan("string"), {
          minKeys: 1,
          maxKeys: 3,
        }),
      );
    case "url":
      return fc.oneof(
        otherThan("string"),
        fc.constantFrom(
          "",
          "not a url",
          "ftp://example.com/x",
          "javascript:alert(1)",
          "//example.com/x",
          "mailto:a@b.c",
          "http:/x",
          "file:///etc/passwd",
        ),
      );
    case "boolean":
      return otherThan("boolean");
    case "string":
      return otherThan("string");
    case "headerMap":
    case "headerPatch":
      return fc.oneof(
        otherThan("object"),
        badHeaderName.map((name) => ({ [name]: "v" })),
        badHeaderValue.map((value) => ({ "x-custom": value })),
        (kind === "headerMap" ? otherThan("string") : otherThan("string", "null")).map((value) => ({
          "x-custom": value,
        })),
      );
    case "dateTime":
      return fc.oneof(
        otherThan("string"),
        fc.constantFrom(
          "",
          "yesterday",
          "2020-01-01",
          "2020-13-45T00:00:00Z",
          "1700000000",
          "2020-01-01T00:00:00",
        ),
      );
    case "secret":
      return fc.oneof(
        otherThan("string"),
        fc.constantFrom("whsec_short", "abc", `whsec_${"!".repeat(40)}`, `whsec_${"A".repeat(101)}`),
      );
    case "jsonObject":
      return otherThan("object");
    case "schemas":
      return fc.oneof(
        otherThan("object"),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 3 }), otherThan("object"), {
          minKeys: 1,
          maxKeys: 2,
        }),
      );
  }
  throw new Error(`no wrong values for field kind ${kind}`);
}
