/**
 * The event catalogue: one object naming each event type and its payload, checked when you send
 * (`message.create`) and when you receive (`Webhook.verify`). Payloads are described by any
 * Standard Schema validator (zod, valibot, arktype…) or, with no runtime check, by a plain
 * TypeScript type through {@link schema}.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * import { defineEvents, Octohooks } from "octohooks";
 *
 * const events = defineEvents({ "invoice.paid": z.object({ id: z.string(), amountCents: z.number().int() }) });
 * const octohooks = new Octohooks(token, { events });
 * await octohooks.message.create(app, { eventType: "invoice.paid", payload: { id: "in_1", amountCents: 1200 } });
 * ```
 * @module
 */
import type { StandardSchemaV1 } from "@standard-schema/spec";
import { EventPayloadError } from "../core/errors.js";
import { type PayloadSchemaOptions, receivePayload } from "./receive.js";
import { validateEvent } from "./validate.js";

/** A JSON Schema document, as stored in an event type's `schemas`. */
export type JsonSchema = Record<string, unknown>;

/** One event type given with more than its schema. */
export interface EventDefinition<S extends StandardSchemaV1 = StandardSchemaV1> {
  /** The payload's validator (or {@link schema}`<T>()` for a type with no runtime check). */
  schema: S;
  /** What the event means; `syncEventTypes` stores it as the event type's description. */
  description?: string;
  /** The payload's JSON Schema, when the validator cannot give one (e.g. a plain type). */
  jsonSchema?: JsonSchema;
  /** An example payload: stored in the JSON Schema's `examples`, sent by `endpoint.sendExample`. */
  example?: StandardSchemaV1.InferInput<S>;
}

/** What `defineEvents` takes per event type: a validator alone, or an {@link EventDefinition}. */
export type EventEntry = StandardSchemaV1 | EventDefinition;

/** Each event type's validator, by name. */
export type EventSchemas = Record<string, StandardSchemaV1>;

/** The validators of a `defineEvents` argument, by event type name. */
export type SchemasOf<T extends Record<string, EventEntry>> = {
  [K in keyof T]: T[K] extends StandardSchemaV1
    ? T[K]
    : T[K] extends EventDefinition
      ? T[K]["schema"]
      : never;
};

/** Options of {@link defineEvents}. */
export interface DefineEventsOptions<D extends string | undefined> {
  /**
   * A payload field that carries the event type's name, e.g. `"type"`. Octohooks sends no
   * event-type header, so this is how a receiver tells one event from another: every payload must
   * then have `[discriminator]: eventType`, checked on send and read on receive.
   */
  discriminator?: D;
}

/**
 * An event catalogue, made by {@link defineEvents}. Pass it as `events` to `new Octohooks()` and to
 * `new Webhook()`, and to `syncEventTypes` to register its event types.
 */
export interface EventCatalogue<
  S extends EventSchemas = EventSchemas,
  D extends string | undefined = string | undefined,
> {
  /** Type-only: the validators by name, for inference. Always `undefined` at run time. */
  readonly "~schemas"?: S;
  /** The event type names, in the order given (`string`s, so a catalogue stays assignable to `EventCatalogue`). */
  readonly names: readonly string[];
  /** The payload field that carries the event type's name, when there is one. */
  readonly discriminator: D;
  /** The definition of an event type, or `undefined` for a name the catalogue lacks. */
  definition(name: string): EventDefinition | undefined;
  /**
   * Checks a payload to send; resolves when it matches its event type's schema.
   * @throws {EventPayloadError} for an unknown event type or a payload that does not match.
   */
  assertPayload(eventType: string, payload: unknown): Promise<void>;
  /**
   * Checks an authentic received payload (what `Webhook.verify` calls): by `options.schema`, else by
   * the schema of `options.eventType` or of the event type its discriminator names. Returns the
   * schema's output, a Promise when the validator is asynchronous and `sync` is false.
   * @throws {WebhookVerificationError} with reason `schema_mismatch` or `unknown_event_type`.
   */
  receive(payload: unknown, options: PayloadSchemaOptions | undefined, sync: boolean): unknown;
}

/**
 * The catalogue type of a client or `Webhook` made without one (or with one of unknown type): no
 * payload typing; named, so hovers read `Octohooks<UntypedEvents>`.
 */
export type UntypedEvents = EventCatalogue | undefined;

/** An event type name of a catalogue (`string` without one). */
export type EventName<C> = C extends EventCatalogue<infer S> ? keyof S & string : string;

/** The validator of event type `E` in catalogue `C`. */
export type SchemaFor<C, E> = C extends EventCatalogue<infer S> ? (E extends keyof S ? S[E] : never) : never;

/** With a discriminator `D`, the field `{ [D]: E }` every payload of event type `E` carries; else nothing. */
export type Discriminated<C, E> =
  C extends EventCatalogue<EventSchemas, infer D>
    ? [D] extends [string]
      ? { [K in D]: E }
      : unknown
    : unknown;

/** The payload you send for event type `E` of catalogue `C` (its schema's input). */
export type EventPayloadIn<C, E extends EventName<C>> = StandardSchemaV1.InferInput<SchemaFor<C, E>> &
  Discriminated<C, E>;

/** The payload a receiver gets for event type `E` of catalogue `C`, validated (its schema's output). */
export type EventPayloadOut<C, E extends EventName<C>> = StandardSchemaV1.InferOutput<SchemaFor<C, E>> &
  Discriminated<C, E>;

/** Any validated payload of catalogue `C`: with a discriminator, a union `switch` narrows by it. */
export type EventPayload<C> = { [E in EventName<C>]: EventPayloadOut<C, E> }[EventName<C>];

/** What {@link TypedMessageIn} narrows: a message body's event type and payload. */
export interface MessageBase {
  /** The event type's name. */
  eventType: string;
  /** The payload. */
  payload: unknown;
}

/**
 * The body of `message.create` for a client with catalogue `C` and event type `E`: `payload` typed by
 * `eventType`, and an unknown event type a compile error. Without a catalogue, the plain `MessageIn`.
 */
export type TypedMessageIn<C, E extends EventName<C>, Base extends MessageBase> = [C] extends [EventCatalogue]
  ? Omit<Base, "eventType" | "payload"> & {
      /** The event type, one of the catalogue's. */
      eventType: E;
      /** The payload, as the event type's schema describes it. */
      payload: EventPayloadIn<C, E>;
    }
  : Base;

/** The body of `endpoint.sendExample` for a client with catalogue `C`: one of its event types. */
export type TypedEventExampleIn<C, Base extends Pick<MessageBase, "eventType">> = [C] extends [EventCatalogue]
  ? Omit<Base, "eventType"> & {
      /** The event type, one of the catalogue's. */
      eventType: EventName<C>;
    }
  : Base;

const TYPE_ONLY = "octohooks";

/**
 * A payload type with no runtime check: for catalogues written as plain TypeScript types. Give a
 * `jsonSchema` in its {@link EventDefinition} for `syncEventTypes` to store.
 *
 * @example
 * ```ts
 * const events = defineEvents({ "user.created": schema<{ id: string; email: string }>() });
 * ```
 */
export function schema<T>(): StandardSchemaV1<T> {
  return {
    "~standard": { version: 1, vendor: TYPE_ONLY, validate: (value) => ({ value: value as T }) },
  };
}

function isSchema(entry: EventEntry): entry is StandardSchemaV1 {
  return typeof entry === "object" && entry !== null && "~standard" in entry;
}

function toDefinition(name: string, entry: unknown): EventDefinition {
  const definition = isSchema(entry as EventEntry) ? { schema: entry as StandardSchemaV1 } : entry;
  const validate = (definition as EventDefinition | null)?.schema?.["~standard"]?.validate;
  if (typeof validate !== "function") {
    throw new TypeError(
      `defineEvents: "${name}" needs a Standard Schema validator (zod, valibot…) or schema<T>()`,
    );
  }
  return definition as EventDefinition;
}

/**
 * Builds an event catalogue from validators (any Standard Schema: zod, valibot, arktype…) or plain
 * types ({@link schema}), keyed by event type name.
 *
 * @example
 * ```ts
 * const events = defineEvents(
 *   {
 *     "invoice.paid": z.object({ type: z.literal("invoice.paid"), id: z.string() }),
 *     "invoice.voided": { schema: z.object({ type: z.literal("invoice.voided"), id: z.string() }), description: "An invoice was voided." },
 *   },
 *   { discriminator: "type" },
 * );
 * ```
 * @throws {TypeError} when an entry is not a validator.
 */
export function defineEvents<T extends Record<string, EventEntry>, D extends string | undefined = undefined>(
  entries: T,
  options?: DefineEventsOptions<D>,
): EventCatalogue<SchemasOf<T>, D> {
  const definitions = new Map(Object.entries(entries).map(([name, e]) => [name, toDefinition(name, e)]));
  const discriminator = options?.discriminator as D;
  const check = (payload: unknown, eventType?: string) =>
    validateEvent(definitions, discriminator, payload, eventType);
  return {
    names: [...definitions.keys()],
    discriminator,
    definition: (name) => definitions.get(name),
    async assertPayload(eventType, payload) {
      const result = await check(payload, eventType);
      if ("issues" in result) throw new EventPayloadError(eventType, result.issues);
    },
    receive: (payload, receiveOptions, sync) => receivePayload(check, payload, receiveOptions, sync),
  };
}
