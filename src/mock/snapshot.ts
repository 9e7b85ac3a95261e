/**
 * A read-only copy of one environment's state in the API's own shapes, for test assertions.
 *
 * @module
 */
import type { Environment } from "./store.js";
import { applicationOut, attemptOut, endpointOut, eventTypeOut, messageOut } from "./views.js";

/** Everything in one environment, each item shaped like its API response plus its `appId`. */
export interface MockSnapshot {
  readonly environment: string;
  readonly applications: ReturnType<typeof applicationOut>[];
  readonly endpoints: (ReturnType<typeof endpointOut> & { appId: string })[];
  readonly messages: (ReturnType<typeof messageOut> & { appId: string })[];
  readonly attempts: (ReturnType<typeof attemptOut> & { appId: string })[];
  readonly eventTypes: ReturnType<typeof eventTypeOut>[];
}

/** Copies an environment's state (oldest first in every list). */
export function snapshotEnvironment(env: Environment): MockSnapshot {
  const apps = env.apps;
  return {
    environment: env.name,
    applications: apps.map(applicationOut),
    endpoints: apps.flatMap((app) => app.endpoints.map((e) => ({ ...endpointOut(e), appId: app.id }))),
    messages: apps.flatMap((app) => app.messages.map((m) => ({ ...messageOut(m, true), appId: app.id }))),
    attempts: apps.flatMap((app) =>
      [...app.attemptsById.values()].map((a) => ({ ...attemptOut(a), appId: app.id })),
    ),
    eventTypes: env.eventTypes.map((e) => eventTypeOut(e)),
  };
}
