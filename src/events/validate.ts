/**
 * Runs an event catalogue's validators: the one piece of code shared by the send side
 * (`message.create`) and the receive side (`Webhook.verify`).
 *
 * @module
 */
import type { StandardSchemaV1 } from "@standard-schema/spec";
import type { EventDefinition } from "./catalogue.js";

/** Why a payload was refused: no such event type in the catalogue, or a payload off its schema. */
export type PayloadMismatchReason = "unknown_event_type" | "schema_mismatch";

/** The outcome of checking one payload against a catalogue. */
export type PayloadCheck =
  | {
      /** The validated payload (the schema's output). */
      value: unknown;
      /** The event type it was checked as. */
      eventType: string;
    }
  | {
      /** Why it was refused. */
      reason: PayloadMismatchReason;
      /** The event type it was checked as, when one was known. */
      eventType: string | undefined;
      /** What the validator reported, each with its path in the payload. */
      issues: readonly StandardSchemaV1.Issue[];
    };

function field(payload: unknown, name: string | undefined): unknown {
  return name !== undefined && typeof payload === "object" && payload !== null
    ? (payload as Record<string, unknown>)[name]
    : undefined;
}

function refuse(
  reason: PayloadMismatchReason,
  eventType: string | undefined,
  message: string,
  path?: string,
) {
  return { reason, eventType, issues: [{ message, ...(path === undefined ? {} : { path: [path] }) }] };
}

function accept(
  result: StandardSchemaV1.Result<unknown>,
  eventType: string,
  discriminator: string | undefined,
): PayloadCheck {
  if (result.issues) return { reason: "schema_mismatch", eventType, issues: result.issues };
  const { value } = result;
  // A validator that strips unknown keys drops the discriminator when its schema lacks it: put it back.
  if (
    discriminator !== undefined &&
    typeof value === "object" &&
    value !== null &&
    !(discriminator in value)
  ) {
    return { value: { [discriminator]: eventType, ...value }, eventType };
  }
  return { value, eventType };
}

/**
 * Checks `payload` as event type `eventType`, or as the one its `discriminator` field names.
 * Synchronous unless the validator is.
 * @throws {TypeError} when neither an event type nor a discriminator says which schema applies.
 */
export function validateEvent(
  definitions: ReadonlyMap<string, EventDefinition>,
  discriminator: string | undefined,
  payload: unknown,
  eventType?: string,
): PayloadCheck | Promise<PayloadCheck> {
  if (eventType === undefined && discriminator === undefined) {
    throw new TypeError("No event type: pass { eventType } or define the catalogue with a discriminator");
  }
  const carried = field(payload, discriminator);
  const name = eventType ?? (typeof carried === "string" ? carried : undefined);
  const definition = name === undefined ? undefined : definitions.get(name);
  if (name === undefined || !definition) {
    return refuse(
      "unknown_event_type",
      name,
      `Unknown event type ${JSON.stringify(name ?? null)}`,
      discriminator,
    );
  }
  if (discriminator !== undefined && carried !== name) {
    return refuse("schema_mismatch", name, `Expected ${JSON.stringify(name)}`, discriminator);
  }
  const result = definition.schema["~standard"].validate(payload);
  return result instanceof Promise
    ? result.then((r) => accept(r, name, discriminator))
    : accept(result, name, discriminator);
}
