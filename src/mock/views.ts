/**
 * Records rendered as the API's response bodies (`ApplicationOut`, `EndpointOut`, …).
 *
 * @module
 */
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
export function applicationOut(app: ApplicationRecord) {
  return {
    id: app.id,
    uid: app.uid,
    name: app.name,
    rateLimit: app.rateLimit,
    metadata: app.metadata,
    createdAt: iso(app.createdAt),
    updatedAt: iso(app.updatedAt),
  };
}

/** `EndpointOut` (never the secret). */
export function endpointOut(endpoint: EndpointRecord) {
  return {
    id: endpoint.id,
    uid: endpoint.uid,
    name: endpoint.name,
    description: endpoint.description,
    url: endpoint.url,
    enabled: endpoint.enabled,
    eventTypes: endpoint.eventTypes,
    channels: endpoint.channels,
    headers: endpoint.headers,
    rateLimit: endpoint.rateLimit,
    metadata: endpoint.metadata,
    version: endpoint.version,
    createdAt: iso(endpoint.createdAt),
    updatedAt: iso(endpoint.updatedAt),
  };
}

/** `MessageOut`; `payload` is left out without content and `{}` once expunged. */
export function messageOut(message: MessageRecord, withContent: boolean) {
  return {
    id: message.id,
    uid: message.uid,
    eventType: message.eventType,
    ...(withContent ? { payload: message.payload ?? {} } : {}),
    channels: message.channels,
    timestamp: iso(message.timestamp),
  };
}

/** `EndpointMessageOut`: a message with its delivery status at one endpoint. */
export function endpointMessageOut(destination: DestinationRecord, withContent: boolean) {
  return {
    ...messageOut(destination.message, withContent),
    status: destination.status,
    nextAttempt: destination.nextAttempt === null ? null : iso(destination.nextAttempt),
  };
}

/** `MessageEndpointOut`: an endpoint with the delivery status of one message there. */
export function messageEndpointOut(destination: DestinationRecord) {
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
export function attemptOut(attempt: AttemptRecord) {
  return {
    id: attempt.id,
    msgId: attempt.message.id,
    endpointId: attempt.endpoint.id,
    url: attempt.url,
    status: attempt.status,
    responseStatusCode: attempt.responseStatusCode,
    response: attempt.response,
    responseDurationMs: attempt.responseDurationMs,
    triggerType: attempt.triggerType,
    timestamp: iso(attempt.timestamp),
  };
}

/** `EventTypeOut`; lists leave `schemas` null unless asked for content. */
export function eventTypeOut(eventType: EventTypeRecord, withSchemas = true) {
  return {
    name: eventType.name,
    description: eventType.description,
    schemas: withSchemas ? eventType.schemas : null,
    archived: eventType.archived,
    createdAt: iso(eventType.createdAt),
    updatedAt: iso(eventType.updatedAt),
  };
}
