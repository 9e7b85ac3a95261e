/**
 * A read-only copy of one environment's state in the API's own shapes, for test assertions.
 *
 * @module
 */
import type { Environment } from "./store.js";
import { applicationOut, attemptOut, endpointOut, eventTypeOut, messageOut } from "./views.js";

/** Everything in one environment, each item shaped like its API response plus its `appId`. */
export interface MockSnapshot {
  /** The environment's name. */
  readonly environment: string;
  /** Its applications, as `ApplicationOut`. */
  readonly applications: ReturnType<typeof applicationOut>[];
  /** Its endpoints, as `EndpointOut` (never the secret). */
  readonly endpoints: (ReturnType<typeof endpointOut> & {
    /** ID of its application. */
    appId: string;
  })[];
  /** Its messages, as `MessageOut` with their payload. */
  readonly messages: (ReturnType<typeof messageOut> & {
    /** ID of its application. */
    appId: string;
  })[];
  /** Its delivery attempts, as `MessageAttemptOut`. */
  readonly attempts: (ReturnType<typeof attemptOut> & {
    /** ID of its application. */
    appId: string;
  })[];
  /** Its event types, as `EventTypeOut` with their schemas. */
  readonly eventTypes: ReturnType<typeof eventTypeOut>[];
}

/** Copies an environment's state (oldest first in every list). */
export function snapshotEnvironment(env: Environment): MockSnapshot {
  const apps = env.apps;
  return {
    environment: env.name,
    applications: apps.map(applicationOut),
    endpoints: apps.flatMap((app) => app.endpoints.map((e) => ({ ...endpointOut(e), appId: app.id }))),
    messages: apps.flatMap((app) =>
      app.messages.toArray().map((m) => ({ ...messageOut(m, true), appId: app.id })),
    ),
    attempts: apps.flatMap((app) =>
      [...app.attemptsById.values()].map((a) => ({ ...attemptOut(a), appId: app.id })),
    ),
    eventTypes: env.eventTypes.map((e) => eventTypeOut(e)),
  };
}
