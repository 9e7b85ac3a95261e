/**
 * Typed events: one catalogue that checks what you send and what you receive.
 * @module
 */
export {
  type DefineEventsOptions,
  type Discriminated,
  defineEvents,
  type EventCatalogue,
  type EventDefinition,
  type EventEntry,
  type EventName,
  type EventPayload,
  type EventPayloadIn,
  type EventPayloadOut,
  type EventSchemas,
  type JsonSchema,
  type MessageBase,
  type SchemaFor,
  type SchemasOf,
  schema,
  type TypedEventExampleIn,
  type TypedMessageIn,
  type UntypedEvents,
} from "./catalogue.js";
export { type PayloadSchemaOptions, WebhookPayloadError } from "./receive.js";
export {
  CATALOGUE_SCHEMA_VERSION,
  type SyncEventTypesResult,
  syncEventTypes,
} from "./sync.js";
export { TypedWebhook, type VerifiedPayload, type VerifyOptions } from "./typedWebhook.js";
export type { PayloadCheck, PayloadMismatchReason } from "./validate.js";
