/**
 * `syncEventTypes`: registers a catalogue's event types with Octohooks, each with its description
 * and JSON Schema, so the dashboard, `endpoint.sendExample` and your customers see what you send.
 *
 * @module
 */
import type { StandardJSONSchemaV1 } from "@standard-schema/spec";
import type { RequestOptions } from "../core/requestOptions.js";
import type { EventTypeOut, EventTypeUpdate } from "../models.js";
import type { EventType } from "../resources/eventType.js";
import type { EventCatalogue, EventDefinition, JsonSchema } from "./catalogue.js";

/** The schema version `syncEventTypes` stores a catalogue's JSON Schema under, in `schemas`. */
export const CATALOGUE_SCHEMA_VERSION = "1";

/** What {@link syncEventTypes} did, by event type name. */
export interface SyncEventTypesResult {
  /** Event types that did not exist and were created. */
  created: string[];
  /** Event types whose description, schema or archived state differed and were replaced. */
  updated: string[];
  /** Event types already as the catalogue describes them; no request was made for them. */
  unchanged: string[];
}

/** The JSON Schema of a definition: given by hand, else from a validator that implements Standard JSON Schema. */
export function jsonSchemaOf(name: string, definition: EventDefinition): JsonSchema | undefined {
  const converter = (definition.schema["~standard"] as Partial<StandardJSONSchemaV1.Props>).jsonSchema;
  let schema: JsonSchema | undefined;
  try {
    schema = definition.jsonSchema ?? converter?.input({ target: "draft-07" });
  } catch (cause) {
    throw new TypeError(
      `syncEventTypes: the validator of "${name}" cannot give a JSON Schema; pass jsonSchema`,
      {
        cause,
      },
    );
  }
  if (schema === undefined || definition.example === undefined) return schema;
  return { ...schema, examples: [definition.example] };
}

/** Key order aside, are two JSON values the same? */
function sameJson(a: unknown, b: unknown): boolean {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === "object"
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
          )
        : value;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

async function desiredEventType(events: EventCatalogue, name: string): Promise<EventTypeUpdate> {
  const definition = events.definition(name) as EventDefinition;
  // An example that fails its own schema would be sent to receivers by `sendExample`: refuse it here.
  if (definition.example !== undefined) await events.assertPayload(name, definition.example);
  const schema = jsonSchemaOf(name, definition);
  return {
    description: definition.description ?? "",
    schemas: schema ? { [CATALOGUE_SCHEMA_VERSION]: schema } : null,
    archived: false,
  };
}

function isCurrent(existing: EventTypeOut, desired: EventTypeUpdate): boolean {
  return (
    existing.description === desired.description &&
    !existing.archived &&
    sameJson(existing.schemas ?? null, desired.schemas ?? null)
  );
}

/**
 * Creates or updates every event type of a catalogue with its description and JSON Schema (under
 * version `"1"`; from the validator's Standard JSON Schema, e.g. zod 4, or the entry's `jsonSchema`),
 * and un-archives those the catalogue names. One list call, then one `PUT` per event type that
 * differs: idempotent, and cheap enough to call at every start. Event types the catalogue does not
 * name are left alone.
 *
 * @example
 * ```ts
 * const { created, updated } = await syncEventTypes(octohooks, events);
 * ```
 * @throws {EventPayloadError} when an entry's `example` does not match its own schema.
 * @throws {TypeError} when a validator cannot give a JSON Schema (pass `jsonSchema` by hand).
 */
export async function syncEventTypes(
  octohooks: { readonly eventType: EventType },
  events: EventCatalogue,
  options?: RequestOptions,
): Promise<SyncEventTypesResult> {
  const desired = new Map<string, EventTypeUpdate>();
  for (const name of events.names) desired.set(name, await desiredEventType(events, name));
  const existing = new Map<string, EventTypeOut>();
  const list = octohooks.eventType.list({ ...options, includeArchived: true, withContent: true, limit: 250 });
  for await (const eventType of list) existing.set(eventType.name, eventType);

  const result: SyncEventTypesResult = { created: [], updated: [], unchanged: [] };
  for (const [name, body] of desired) {
    const current = existing.get(name);
    if (current && isCurrent(current, body)) {
      result.unchanged.push(name);
      continue;
    }
    await octohooks.eventType.update(name, body, options);
    (current ? result.updated : result.created).push(name);
  }
  return result;
}
