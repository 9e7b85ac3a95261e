/**
 * The mock's in-memory state: environments, and in each its applications, endpoints, messages,
 * delivery destinations, attempts and event types. Records are plain mutable objects linked to their
 * parents; lists are arrays sorted by `seq` (insertion order) and every lookup by ID or UID is a map.
 *
 * @module
 */
import { IdempotencyCache } from "./idempotency.js";
import type { Sequenced } from "./pagination.js";
import { MessageRetention } from "./retention.js";
import type { SeqList } from "./seqList.js";

/** Delivery status of a message to one endpoint. */
export type MessageStatus = "success" | "pending" | "failed" | "sending";
/** Why an attempt was made: automatically, or by a person (resend, recover, replay). */
export type TriggerType = "scheduled" | "manual";

/** An application. */
export interface ApplicationRecord extends Sequenced {
  readonly id: string;
  readonly env: Environment;
  uid: string | null;
  name: string;
  rateLimit: number | null;
  metadata: Record<string, string>;
  readonly createdAt: number;
  updatedAt: number;
  deleted: boolean;
  readonly endpoints: EndpointRecord[];
  readonly endpointsById: Map<string, EndpointRecord>;
  readonly endpointsByUid: Map<string, EndpointRecord>;
  readonly messages: SeqList<MessageRecord>;
  readonly messagesById: Map<string, MessageRecord>;
  readonly messagesByUid: Map<string, MessageRecord>;
  readonly attemptsById: Map<string, AttemptRecord>;
  /** When the next delivery to any of its endpoints may start under its `rateLimit` (-Infinity: any time). */
  nextSlotAt: number;
}

/** A signing secret; a rotated-out one stays valid (and is still signed with) until `expiresAt`. */
export interface SecretRecord {
  readonly key: string;
  readonly expiresAt: number | null;
}

/** An endpoint of an application. */
export interface EndpointRecord extends Sequenced {
  readonly id: string;
  readonly app: ApplicationRecord;
  uid: string | null;
  name: string | null;
  description: string;
  url: string;
  enabled: boolean;
  eventTypes: string[] | null;
  channels: string[] | null;
  headers: Record<string, string>;
  rateLimit: number | null;
  metadata: Record<string, string>;
  version: number;
  readonly createdAt: number;
  updatedAt: number;
  /** The current secret first, then rotated-out ones still in their grace period. */
  secrets: SecretRecord[];
  deleted: boolean;
  readonly destinations: SeqList<DestinationRecord>;
  readonly attempts: SeqList<AttemptRecord>;
  /** Earliest time the next delivery may start under `rateLimit` (-Infinity: any time). */
  nextSlotAt: number;
}

/** A message; `payload` is `undefined` once expunged or pruned. */
export interface MessageRecord extends Sequenced {
  readonly id: string;
  readonly app: ApplicationRecord;
  readonly uid: string | null;
  readonly eventType: string;
  payload: Record<string, unknown> | undefined;
  readonly channels: string[] | null;
  readonly timestamp: number;
  readonly destinations: DestinationRecord[];
  readonly attempts: AttemptRecord[];
  /** Deliveries of it queued or in flight (a retry cycle, a resend); while above 0 it is never evicted. */
  openDeliveries: number;
}

/** The delivery of one message to one endpoint: its status and next scheduled attempt. */
export interface DestinationRecord extends Sequenced {
  readonly message: MessageRecord;
  readonly endpoint: EndpointRecord;
  status: MessageStatus;
  nextAttempt: number | null;
}

/** One recorded try at delivering a message to an endpoint. */
export interface AttemptRecord extends Sequenced {
  readonly id: string;
  readonly message: MessageRecord;
  readonly endpoint: EndpointRecord;
  readonly url: string;
  readonly status: "success" | "failed";
  readonly responseStatusCode: number;
  response: string;
  readonly responseDurationMs: number;
  readonly triggerType: TriggerType;
  readonly timestamp: number;
}

/** An event type of an environment. */
export interface EventTypeRecord extends Sequenced {
  readonly name: string;
  description: string;
  schemas: Record<string, Record<string, unknown>> | null;
  archived: boolean;
  readonly createdAt: number;
  updatedAt: number;
}

/** Looks an entity up by ID first, then by UID. */
export function byIdOrUid<T>(byId: Map<string, T>, byUid: Map<string, T>, key: string): T | undefined {
  return byId.get(key) ?? byUid.get(key);
}

/** One environment: everything a token can see. Nothing links across environments. */
export class Environment {
  readonly apps: ApplicationRecord[] = [];
  readonly appsById = new Map<string, ApplicationRecord>();
  readonly appsByUid = new Map<string, ApplicationRecord>();
  readonly eventTypes: EventTypeRecord[] = [];
  readonly eventTypesByName = new Map<string, EventTypeRecord>();
  readonly idempotency: IdempotencyCache;
  /** Which messages are kept, and the eviction of the oldest delivered ones past the limit. */
  readonly retention: MessageRetention;
  #seq = 0;

  constructor(
    readonly name: string,
    idempotency: IdempotencyCache,
    retention: MessageRetention,
  ) {
    this.idempotency = idempotency;
    this.retention = retention;
  }

  /** The next value of this environment's ever-growing sequence (starts at 1). */
  nextSeq(): number {
    this.#seq += 1;
    return this.#seq;
  }

  /** The application with this ID or UID. */
  findApp(idOrUid: string): ApplicationRecord | undefined {
    return byIdOrUid(this.appsById, this.appsByUid, idOrUid);
  }
}

/** Options of {@link MockStore}. */
export interface MockStoreOptions {
  /** How long an idempotency key is remembered, in ms. */
  idempotencyTtlMs: number;
  /**
   * At most this many idempotency keys are kept per environment (oldest completed forgotten first;
   * in-flight ones never): a deliberate cap below the service's 24 h, see `MockServerOptions`.
   */
  idempotencyMaxKeys: number;
  /** Messages kept per environment, more only while more are in delivery (`Infinity`: all). */
  retainMessages: number;
  /** The clock that timestamps idempotency records. */
  now: () => number;
}

/** All environments of one mock server, and the tokens that open them. */
export class MockStore {
  /** Every environment by name, in creation order. */
  readonly environments = new Map<string, Environment>();
  readonly #byToken = new Map<string, Environment>();

  constructor(
    tokens: Record<string, string>,
    private readonly options: MockStoreOptions,
  ) {
    for (const [token, envName] of Object.entries(tokens))
      this.#byToken.set(token, this.environment(envName));
  }

  /** The environment with this name, created on first use. */
  environment(name: string): Environment {
    let env = this.environments.get(name);
    if (!env) {
      const { idempotencyTtlMs, idempotencyMaxKeys, retainMessages, now } = this.options;
      const idempotency = new IdempotencyCache(now, idempotencyTtlMs, idempotencyMaxKeys);
      env = new Environment(name, idempotency, new MessageRetention(retainMessages));
      this.environments.set(name, env);
    }
    return env;
  }

  /** The environment a bearer token opens, if the token is known. */
  authenticate(token: string): Environment | undefined {
    return this.#byToken.get(token);
  }
}
