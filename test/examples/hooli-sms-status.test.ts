// examples/hooli-sms-status.ts, run with tsx: the partner's application, its filtered, rate-limited
// endpoint with a custom header, and the message.sent webhook (UID = SMS ID) delivered to the partner.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Webhook } from "../../src/index.js";
import { type ProcessRun, runExample } from "./support/exampleProcess.js";
import { type Recorder, type RunningMock, startMock, startRecorder } from "./support/mockServer.js";

let server: RunningMock;
let partner: Recorder;
let run: ProcessRun;

beforeAll(async () => {
  server = await startMock();
  partner = await startRecorder();
  run = await runExample("hooli-sms-status.ts", {
    env: { ...server.env, HOOLI_PARTNER_WEBHOOK_URL: partner.url },
  });
  await server.mock.settle();
});

afterAll(async () => {
  await server?.close();
  await partner?.close();
});

describe("hooli-sms-status.ts", () => {
  test("exits 0 after reporting each step", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^partner partner_acme: application app_\w+$/m);
    expect(run.stdout).toMatch(/^endpoint ep_\w+: message\.sent, message\.failed, 10\/s$/m);
    expect(run.stdout).toMatch(/^sms sms_[\w-]+: 200, message\.sent webhook queued with uid sms_[\w-]+$/m);
  });

  test("registers the SMS event types and one application per partner, keyed by the partner's ID", async () => {
    const names = (await server.octohooks.eventType.list()).data.map((e) => e.name).sort();
    expect(names).toEqual(["message.delivered", "message.failed", "message.sent"]);
    // From the example's catalogue: each with its description and the SMS's JSON Schema.
    const sent = await server.octohooks.eventType.get("message.sent");
    expect(sent.description).toBe("An SMS was accepted and handed to the carrier.");
    expect(sent.schemas?.["1"]).toMatchObject({
      properties: { status: { const: "sent" }, createdAt: { format: "date-time" } },
      required: ["id", "to", "body", "status", "createdAt"],
    });
    const app = await server.octohooks.application.get("partner_acme");
    expect(app).toMatchObject({ uid: "partner_acme", name: "Acme Messaging" });
  });

  test("gives the partner an endpoint with an event filter, a custom header and a rate limit", async () => {
    const [endpoint, ...others] = (await server.octohooks.endpoint.list("partner_acme")).data;
    expect(others).toEqual([]);
    expect(endpoint).toMatchObject({
      url: partner.url,
      eventTypes: ["message.sent", "message.failed"],
      headers: { "x-acme-account": "acct_42" },
      rateLimit: 10,
    });
  });

  test("delivers message.sent to the partner, signed, with the SMS as payload and its ID as UID", async () => {
    const smsId = run.stdout.match(/^sms (sms_[\w-]+):/m)?.[1] as string;
    const message = await server.octohooks.message.get("partner_acme", smsId);
    expect(message).toMatchObject({ uid: smsId, eventType: "message.sent", channels: [] });
    expect(message.payload).toMatchObject({ id: smsId, to: "+15555550100", status: "sent" });

    expect(partner.requests).toHaveLength(1);
    const [delivery] = partner.requests;
    expect(delivery?.headers["x-acme-account"]).toBe("acct_42");
    expect(delivery?.headers["webhook-id"]).toBe(message.id);
    const [endpoint] = (await server.octohooks.endpoint.list("partner_acme")).data;
    const { key } = await server.octohooks.endpoint.getSecret("partner_acme", endpoint?.id ?? "");
    expect(new Webhook(key).verify(delivery?.body ?? "", delivery?.headers ?? {})).toEqual(message.payload);
  });

  test("a second run reuses the partner's application instead of failing on its UID", async () => {
    const again = await runExample("hooli-sms-status.ts", {
      env: { ...server.env, HOOLI_PARTNER_WEBHOOK_URL: partner.url },
    });
    expect(again.code).toBe(0);
    const apps = (await server.octohooks.application.list()).data.filter((a) => a.uid === "partner_acme");
    expect(apps).toHaveLength(1);
    expect(again.stdout).toContain(`application ${apps[0]?.id}`);
  });
});
