// One environment's token cannot read, change or delete another's entities: every SDK method, tried
// by environment B on A's IDs and on A's UIDs, gets 404 (or an empty list, or acts on B's own data).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiError, NotFoundError, Octohooks, ValidationError } from "../../src/index.js";
import { createMockServer } from "../../src/mock/index.js";
import { startReceiver } from "../e2e/receiver.js";
import {
  INTRUDER_NAME,
  type PathArgs,
  SDK_OPERATIONS,
  type SdkOperation,
} from "../properties/sdkOperations.js";

/** What B gets from each method used on A's names. Everything not listed here must be a 404. */
const OUTCOME: Record<string, "public" | "empty list" | "own entity"> = {
  "health.get": "public",
  "application.list": "empty list",
  "eventType.list": "empty list",
  // Creates and upserts (PUT) act in B's environment: B gets its own entity under the same name,
  // never A's, and no 409 that would reveal A's names.
  "application.create": "own entity",
  "application.getOrCreate": "own entity",
  "application.update": "own entity",
  "eventType.create": "own entity",
  "eventType.update": "own entity",
};
/**
 * With A's IDs as names, these creates are refused (422) before any lookup, in every environment
 * alike: a UID may not have an ID's form. So the refusal reveals nothing of A.
 */
const REFUSED_WITH_IDS = new Set(["application.create", "application.getOrCreate", "application.update"]);
const VARIANTS = ["ids", "uids"] as const;
const A_TOKEN = "tk_tenant_a";
const PRIVATE = "tenant-a-private";
const bTokens = Object.fromEntries(
  SDK_OPERATIONS.flatMap((o) => VARIANTS.map((v) => [`tk_b_${o.name}_${v}`, `b:${o.name}:${v}`])),
);
const mock = createMockServer({
  tokens: { [A_TOKEN]: "a", ...bTokens, tk_idem_a: "idem-a", tk_idem_b: "idem-b" },
  // Short retries keep settle() quick even if a regression made a delivery fail.
  retrySchedule: [1, 1],
  retryJitter: 0,
  deliveryTimeoutMs: 2_000,
});
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let serverUrl: string;
const aNames = {} as Record<(typeof VARIANTS)[number], PathArgs>;
let aState: string;

/** A's state: the snapshot plus what it leaves out (secrets, idempotency keys remembered). */
function stateOf(environment: string): string {
  const env = mock.store.environments.get(environment);
  const secrets = env?.apps.flatMap((app) => app.endpoints.map((e) => e.secrets));
  return JSON.stringify({ snapshot: mock.snapshot(environment), secrets, keys: env?.idempotency.size });
}

beforeAll(async () => {
  receiver = await startReceiver();
  serverUrl = (await mock.listen({ port: 0 })).url;
  const a = new Octohooks(A_TOKEN, { serverUrl, maxRetries: 0 });
  const eventType = await a.eventType.create({ name: "a.private-event", description: PRIVATE });
  const app = await a.application.create({ name: PRIVATE, uid: "app-a", metadata: { secret: PRIVATE } });
  const endpoint = await a.endpoint.create(app.id, {
    uid: "ep-a",
    url: `${receiver.url}/a`,
    headers: { "x-tenant-secret": PRIVATE },
  });
  const message = await a.message.create(app.id, {
    uid: "msg-a",
    eventType: eventType.name,
    payload: { secret: PRIVATE },
  });
  await receiver.waitFor(1);
  await mock.settle();
  const [attempt] = (await a.attempt.listByMessage(app.id, message.id)).data;
  if (!attempt) throw new Error("A's message was not attempted");
  const shared = { attemptId: attempt.id, eventTypeName: eventType.name };
  aNames.ids = { appId: app.id, endpointId: endpoint.id, msgId: message.id, ...shared };
  aNames.uids = { appId: "app-a", endpointId: "ep-a", msgId: "msg-a", ...shared };
  aState = stateOf("a");
});
afterAll(async () => {
  await mock.close();
  await receiver.close();
});

const ROWS = SDK_OPERATIONS.flatMap((o) => VARIANTS.map((v) => [o.name, v, o] as const));

describe("environment B cannot reach environment A", () => {
  it("the table holds every SDK method", () => {
    expect(new Set(ROWS.map(([name]) => name)).size).toBe(40);
  });

  it.each(ROWS)("%s on A's %s", async (name, variant, operation: SdkOperation) => {
    const b = new Octohooks(`tk_b_${name}_${variant}`, { serverUrl, maxRetries: 0 });
    const deliveriesBefore = receiver.received.length;
    const outcome = await operation.call(b, aNames[variant]).then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
    const refused = variant === "ids" && REFUSED_WITH_IDS.has(name);
    const expected = refused ? undefined : OUTCOME[name];

    if ("error" in outcome && refused) {
      expect(outcome.error, String(outcome.error)).toBeInstanceOf(ValidationError);
      expect(JSON.stringify(outcome.error)).not.toContain(PRIVATE);
    } else if ("error" in outcome) {
      expect(expected, `${name} failed: ${String(outcome.error)}`).toBeUndefined();
      expect(outcome.error).toBeInstanceOf(NotFoundError);
      expect((outcome.error as ApiError).code).toBe("not_found");
      expect(JSON.stringify(outcome.error)).not.toContain(PRIVATE);
    } else {
      expect(expected, `${name} succeeded`).toBeDefined();
      const text = JSON.stringify(outcome.value);
      expect(text).not.toContain(PRIVATE);
      for (const id of Object.values(aNames.ids))
        if (id.includes("_")) expect(text).not.toContain(`"id":"${id}"`);
      if (expected === "empty list") expect((outcome.value as { data: unknown[] }).data).toEqual([]);
      if (expected === "own entity") expect(text).toContain(INTRUDER_NAME);
    }

    await mock.settle();
    expect(stateOf("a")).toBe(aState);
    expect(receiver.received.length).toBe(deliveriesBefore);
    // A refused call leaves nothing behind in B's environment either.
    const bSnapshot = mock.snapshot(`b:${name}:${variant}`);
    const bEntities = [
      bSnapshot.applications,
      bSnapshot.endpoints,
      bSnapshot.messages,
      bSnapshot.eventTypes,
    ].flat();
    expect(bEntities).toHaveLength(expected === "own entity" ? 1 : 0);
  });

  it("idempotency keys are per environment: B reusing A's key gets neither A's response nor a 422", async () => {
    const a = new Octohooks("tk_idem_a", { serverUrl, maxRetries: 0 });
    const b = new Octohooks("tk_idem_b", { serverUrl, maxRetries: 0 });
    const first = await a.application.create({ name: PRIVATE }, { idempotencyKey: "shared-1" });
    const second = await a.application.create({ name: PRIVATE }, { idempotencyKey: "shared-2" });
    // Same key, same request: a replay of A's response would hand B A's application.
    const same = await b.application.create({ name: PRIVATE }, { idempotencyKey: "shared-1" });
    // Same key, another body: a 422 idempotency_key_reuse would tell B that A used the key.
    const other = await b.application.create(
      { name: INTRUDER_NAME },
      {
        idempotencyKey: "shared-2",
      },
    );
    expect(same.id).not.toBe(first.id);
    expect(other.name).toBe(INTRUDER_NAME);
    expect(mock.snapshot("idem-a").applications.map((app) => app.id)).toEqual([first.id, second.id]);
    expect(mock.snapshot("idem-b").applications.map((app) => app.id)).toEqual([same.id, other.id]);
  });

  it("A still reads all of its entities by ID and UID", async () => {
    const a = new Octohooks(A_TOKEN, { serverUrl, maxRetries: 0 });
    for (const names of [aNames.ids, aNames.uids]) {
      expect((await a.application.get(names.appId)).name).toBe(PRIVATE);
      expect((await a.endpoint.getHeaders(names.appId, names.endpointId)).headers).toEqual({
        "x-tenant-secret": PRIVATE,
      });
      expect((await a.message.get(names.appId, names.msgId)).payload).toEqual({ secret: PRIVATE });
      expect((await a.attempt.get(names.appId, names.msgId, names.attemptId)).status).toBe("success");
      expect((await a.eventType.get(names.eventTypeName)).archived).toBe(false);
    }
  });
});
