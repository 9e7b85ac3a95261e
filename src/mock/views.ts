/**
 * Records rendered as the API's response bodies, typed by the spec's own `ApplicationOut`,
 * `EndpointOut`, … (src/generated/openapi.ts), so a view that drifts from openapi.yaml fails to compile.
 *
 * @module
 */
import type {
  ApplicationOut,
  EndpointMessageOut,
  EndpointOut,
  EventTypeOut,
  MessageAttemptOut,
  MessageEndpointOut,
  MessageOut,
} from "../generated/openapi.js";
import type {
  ApplicationRecord,
  AttemptRecord,
  DestinationRecord,
  EndpointRecord,
  EventTypeRecord,
  MessageRecord,
} from "./store.js";

/** Milliseconds since the epoch as an RFC 3339 string. */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** `ApplicationOut`. */
export function applicationOut(app: ApplicationRecord): ApplicationOut {
  return {
    /** The application's ID, `app_…`. */
    id: app.id,
    /** Your UID for it, or `null`. */
    uid: app.uid,
    /** Display name. */
    name: app.name,
    /** Deliveries per second at most, or `null` for no limit. */
    rateLimit: app.rateLimit,
    /** Your string key/value pairs. */
    metadata: app.metadata,
    /** Creation time, RFC 3339. */
    createdAt: iso(app.createdAt),
    /** Last change, RFC 3339. */
    updatedAt: iso(app.updatedAt),
  };
}

/** `EndpointOut` (never the secret). */
export function endpointOut(endpoint: EndpointRecord): EndpointOut {
  return {
    /** The endpoint's ID, `ep_…`. */
    id: endpoint.id,
    /** Your UID for it, or `null`. */
    uid: endpoint.uid,
    /** Display name, or `null`. */
    name: endpoint.name,
    /** Free-text description. */
    description: endpoint.description,
    /** Where deliveries go. */
    url: endpoint.url,
    /** Disabled endpoints receive nothing. */
    enabled: endpoint.enabled,
    /** Event types it receives; empty means all. */
    eventTypes: endpoint.eventTypes,
    /** Channels it listens to; empty means all messages. */
    channels: endpoint.channels,
    /** Custom headers sent with every delivery. */
    headers: endpoint.headers,
    /** Deliveries per second at most, or `null` for no limit. */
    rateLimit: endpoint.rateLimit,
    /** Your string key/value pairs. */
    metadata: endpoint.metadata,
    /** The endpoint's version number, yours to use. */
    version: endpoint.version,
    /** Creation time, RFC 3339. */
    createdAt: iso(endpoint.createdAt),
    /** Last change, RFC 3339. */
    updatedAt: iso(endpoint.updatedAt),
  };
}

/** `MessageOut`; `payload` is left out without content and `{}` once expunged. */
export function messageOut(message: MessageRecord, withContent: boolean): MessageOut {
  return {
    /** The message's ID, `msg_…`. */
    id: message.id,
    /** Your UID for it, or `null`. */
    uid: message.uid,
    /** Its event type's name. */
    eventType: message.eventType,
    ...(withContent
      ? {
          /** The JSON payload (`{}` once expunged). */
          payload: message.payload ?? {},
        }
      : {}),
    /** Channels it was sent on. */
    channels: message.channels,
    /** When it was sent, RFC 3339. */
    timestamp: iso(message.timestamp),
  };
}

/** `EndpointMessageOut`: a message with its delivery status at one endpoint. */
export function endpointMessageOut(destination: DestinationRecord, withContent: boolean): EndpointMessageOut {
  return {
    ...messageOut(destination.message, withContent),
    status: destination.status,
    nextAttempt: destination.nextAttempt === null ? null : iso(destination.nextAttempt),
  };
}

/** `MessageEndpointOut`: an endpoint with the delivery status of one message there. */
export function messageEndpointOut(destination: DestinationRecord): MessageEndpointOut {
  const { endpoint } = destination;
  return {
    id: endpoint.id,
    uid: endpoint.uid,
    name: endpoint.name,
    description: endpoint.description,
    url: endpoint.url,
    enabled: endpoint.enabled,
    status: destination.status,
    nextAttempt: destination.nextAttempt === null ? null : iso(destination.nextAttempt),
    createdAt: iso(endpoint.createdAt),
    updatedAt: iso(endpoint.updatedAt),
  };
}

/** `MessageAttemptOut`. */
export function attemptOut(attempt: AttemptRecord): MessageAttemptOut {
  return {
    /** The attempt's ID, `atmpt_…`. */
    id: attempt.id,
    /** ID of the message attempted. */
    msgId: attempt.message.id,
    /** ID of the endpoint attempted. */
    endpointId: attempt.endpoint.id,
    /** The URL the attempt was sent to. */
    url: attempt.url,
    /** `success` or `failed`. */
    status: attempt.status,
    /** HTTP status of the answer; 0 for a connection error or timeout. */
    responseStatusCode: attempt.responseStatusCode,
    /** Body of the answer, cut at 10 KB; `""` once expunged. */
    response: attempt.response,
    /** How long the attempt took, in ms. */
    responseDurationMs: attempt.responseDurationMs,
    /** `scheduled` (automatic) or `manual` (resend, recover, replay). */
    triggerType: attempt.triggerType,
    /** When it was made, RFC 3339. */
    timestamp: iso(attempt.timestamp),
  };
}

/** `EventTypeOut`; lists leave `schemas` null unless asked for content. */
export function eventTypeOut(eventType: EventTypeRecord, withSchemas = true): EventTypeOut {
  return {
    /** The event type's name, e.g. `customer.created`. */
    name: eventType.name,
    /** Free-text description. */
    description: eventType.description,
    /** Payload JSON Schemas by version, or `null`. */
    schemas: withSchemas ? eventType.schemas : null,
    /** Archived event types are hidden from lists by default. */
    archived: eventType.archived,
    /** Creation time, RFC 3339. */
    createdAt: iso(eventType.createdAt),
    /** Last change, RFC 3339. */
    updatedAt: iso(eventType.updatedAt),
  };
}
