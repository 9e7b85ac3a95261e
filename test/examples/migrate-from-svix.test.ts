// examples/migrate-from-svix.ts, run with tsx between two mock servers: the source stands in for the
// Svix account (read through the `svix` package, which speaks the same API), the target is Octohooks.
// Paged, rerunnable, secrets kept: svix's own `Webhook` verifies a delivery from the target.
import { Webhook as SvixWebhook } from "svix";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runExample } from "./support/exampleProcess.js";
import { type Recorder, type RunningMock, startMock, startRecorder } from "./support/mockServer.js";

const SVIX_TOKEN = "svix_source_token";
const MOVED = "Moved 3 event types, 3 applications and 3 endpoints (secrets kept).";

let source: RunningMock;
let target: RunningMock;
let receiver: Recorder;
let anonymousAppId: string;
let anonymousEndpointId: string;

beforeAll(async () => {
  [source, target, receiver] = await Promise.all([startMock(SVIX_TOKEN), startMock(), startRecorder()]);
  const svixSide = source.octohooks;
  await svixSide.eventType.create({ name: "invoice.paid", description: "An invoice was paid" });
  await svixSide.eventType.create({
    name: "invoice.voided",
    description: "An invoice was voided",
    schemas: { "1": { type: "object", properties: { id: { type: "string" } } } },
  });
  await svixSide.eventType.create({ name: "legacy.ping", description: "Old", archived: true });
  await svixSide.application.create({ name: "Acme", uid: "acme", metadata: { plan: "pro" } });
  await svixSide.application.create({ name: "Globex", uid: "globex" });
  anonymousAppId = (await svixSide.application.create({ name: "No UID" })).id;
  await svixSide.endpoint.create("acme", {
    url: receiver.url,
    uid: "acme-main",
    description: "Main",
    eventTypes: ["invoice.paid"],
    channels: ["eu"],
    headers: { "x-acme-route": "billing" },
    metadata: { team: "billing" },
  });
  anonymousEndpointId = (
    await svixSide.endpoint.create("acme", { url: "https://acme.example.com/hooks", enabled: false })
  ).id;
  await svixSide.endpoint.create("globex", { url: "https://globex.example.com/hooks", uid: "globex-1" });
}, 60_000);

afterAll(async () => {
  await Promise.all([source?.close(), target?.close(), receiver?.close()]);
});

function runMigration() {
  return runExample("migrate-from-svix.ts", {
    args: ["--page-size", "2"],
    env: { SVIX_TOKEN, SVIX_SERVER_URL: source.url, ...target.env },
    timeoutMs: 60_000,
  });
}

async function secretOf(side: RunningMock, app: string, endpoint: string): Promise<string> {
  return (await side.octohooks.endpoint.getSecret(app, endpoint)).key;
}

describe("migrate-from-svix.ts", () => {
  test("moves event types, applications and endpoints page by page, keeping secrets and headers", async () => {
    const run = await runMigration();
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(MOVED);

    const voided = await target.octohooks.eventType.get("invoice.voided");
    expect([voided.description, voided.schemas]).toEqual([
      "An invoice was voided",
      { "1": { type: "object", properties: { id: { type: "string" } } } },
    ]);
    expect((await target.octohooks.eventType.get("legacy.ping")).archived).toBe(true);

    const acme = await target.octohooks.application.get("acme");
    expect([acme.name, acme.metadata]).toEqual(["Acme", { plan: "pro" }]);
    expect((await target.octohooks.application.get(`svix_${anonymousAppId}`)).name).toBe("No UID");

    const main = await target.octohooks.endpoint.get("acme", "acme-main");
    expect(main).toMatchObject({
      url: receiver.url,
      description: "Main",
      enabled: true,
      eventTypes: ["invoice.paid"],
      channels: ["eu"],
      metadata: { team: "billing" },
    });
    expect((await target.octohooks.endpoint.getHeaders("acme", "acme-main")).headers).toEqual({
      "x-acme-route": "billing",
    });
    // No UID in Svix: `svix_<its Svix ID>`. (Its `enabled: false` is not checked: the source mock
    // speaks Octohooks' `enabled`, which svix does not read; Svix itself sends `disabled`.)
    const anonymous = await target.octohooks.endpoint.get("acme", `svix_${anonymousEndpointId}`);
    expect(anonymous.url).toBe("https://acme.example.com/hooks");

    for (const [app, endpoint, sourceId] of [
      ["acme", "acme-main", "acme-main"],
      ["acme", `svix_${anonymousEndpointId}`, anonymousEndpointId],
      ["globex", "globex-1", "globex-1"],
    ] as const) {
      expect(await secretOf(target, app, endpoint), endpoint).toBe(await secretOf(source, app, sourceId));
    }
  });

  test("a rerun updates what it moved instead of failing or duplicating", async () => {
    await source.octohooks.endpoint.patch("globex", "globex-1", { description: "Renamed in Svix" });
    const run = await runMigration();
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(MOVED);
    expect((await target.octohooks.application.list()).data).toHaveLength(3);
    expect((await target.octohooks.endpoint.list("acme")).data).toHaveLength(2);
    expect((await target.octohooks.endpoint.get("globex", "globex-1")).description).toBe("Renamed in Svix");
    expect(await secretOf(target, "globex", "globex-1")).toBe(await secretOf(source, "globex", "globex-1"));
  });

  test("svix's Webhook, given the old secret, verifies a delivery from the new account", async () => {
    const secret = await secretOf(source, "acme", "acme-main");
    await target.octohooks.message.create("acme", {
      eventType: "invoice.paid",
      channels: ["eu"],
      payload: { id: "in_1" },
    });
    await target.mock.settle();
    const delivery = receiver.requests.at(-1);
    expect(delivery).toBeDefined();
    const headers = Object.fromEntries(
      Object.entries(delivery?.headers ?? {}).map(([name, value]) => [name, String(value)]),
    );
    const body = delivery?.body ?? "";
    // svix 2's verify returns nothing and throws when the signature does not match.
    expect(() => new SvixWebhook(secret).verify(body, headers)).not.toThrow();
    const otherSecret = await secretOf(source, "globex", "globex-1");
    expect(() => new SvixWebhook(otherSecret).verify(body, headers)).toThrow("No matching signature found");
    expect(JSON.parse(body)).toEqual({ id: "in_1" });
  });
});
