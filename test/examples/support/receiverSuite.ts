/**
 * The behaviour both receiver examples share, run against the example as a child process: the mock
 * delivers to it and it verifies; a redelivery reaches the handler once; forged or unsigned requests
 * get 400 with the reason; other methods get 405.
 */
import { afterAll, beforeAll, expect, test } from "vitest";
import { Webhook } from "../../../src/index.js";
import { type RunningExample, startExample } from "./exampleProcess.js";
import { type RunningMock, startMock } from "./mockServer.js";

const OTHER_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

export interface ReceiverTraits {
  /** Whether the example drops a redelivery of a webhook it already handled. */
  dropsDuplicates: boolean;
  /** Whether a refusal's body is the bare reason (default) or webhookMiddleware's `{ reason, message }`. */
  refusal?: "text" | "json";
  /** Whether the example logs each refusal as `rejected a request: <reason>` (default true). */
  logsRejections?: boolean;
}

async function reasonIn(response: Response, traits: ReceiverTraits): Promise<string> {
  const text = await response.text();
  return traits.refusal === "json" ? (JSON.parse(text) as { reason: string }).reason : text;
}

export function receiverSuite(exampleFile: string, traits: ReceiverTraits): void {
  let server: RunningMock;
  let receiver: RunningExample;
  let appId: string;
  let endpointId: string;

  beforeAll(async () => {
    server = await startMock();
    const { octohooks } = server;
    appId = (await octohooks.application.create({ name: "Receiver test" })).id;
    endpointId = (await octohooks.endpoint.create(appId, { url: "http://127.0.0.1:9/not-yet" })).id;
    const { key } = await octohooks.endpoint.getSecret(appId, endpointId);
    receiver = await startExample(exampleFile, { env: { OCTOHOOKS_WEBHOOK_SECRET: key, PORT: "0" } });
    await octohooks.endpoint.patch(appId, endpointId, { url: receiver.url });
  });

  afterAll(async () => {
    await receiver?.stop();
    await server?.close();
  });

  test("verifies a delivery from Octohooks, which records a successful attempt", async () => {
    const { octohooks, mock } = server;
    const message = await octohooks.message.create(appId, {
      eventType: "order.paid",
      payload: { orderId: 7 },
    });
    await mock.settle();
    const attempts = await octohooks.attempt.listByMessage(appId, message.id);
    expect(attempts.data.map((a) => [a.status, a.responseStatusCode])).toEqual([["success", 204]]);
    await receiver.waitForOutput(new RegExp(`verified ${message.id} \\{"orderId":7\\}`));
  });

  const redelivery = traits.dropsDuplicates
    ? "a redelivery is acknowledged but handed to the code only once"
    : "a redelivery is acknowledged and handed to the code again (the handler keeps no state)";
  test(redelivery, async () => {
    const { octohooks, mock } = server;
    const message = await octohooks.message.create(appId, {
      eventType: "order.paid",
      payload: { orderId: 8 },
    });
    await mock.settle();
    await octohooks.attempt.resend(appId, message.id, endpointId);
    await mock.settle();
    const attempts = await octohooks.attempt.listByMessage(appId, message.id);
    expect(attempts.data.map((a) => [a.status, a.responseStatusCode, a.triggerType]).sort()).toEqual([
      ["success", 204, "manual"],
      ["success", 204, "scheduled"],
    ]);
    const verified = `verified ${message.id} {"orderId":8}`;
    const handled = (output: string) => output.split("\n").filter((line) => line === verified).length;
    if (traits.dropsDuplicates)
      await receiver.waitForOutput((output) => output.includes(`duplicate ${message.id}`));
    else await receiver.waitForOutput((output) => handled(output) === 2);
    expect(handled(receiver.output())).toBe(traits.dropsDuplicates ? 1 : 2);
  });

  test("rejects a request signed with another secret, and one without signature headers", async () => {
    const body = JSON.stringify({ orderId: 9 });
    const forged = new Webhook(OTHER_SECRET).signHeaders("msg_forged", new Date(), body);
    const wrongKey = await fetch(receiver.url, { method: "POST", body, headers: forged });
    expect(wrongKey.status).toBe(400);
    expect(await reasonIn(wrongKey, traits)).toBe("no_matching_signature");
    const unsigned = await fetch(receiver.url, { method: "POST", body });
    expect(unsigned.status).toBe(400);
    expect(await reasonIn(unsigned, traits)).toBe("missing_headers");
    if (traits.logsRejections !== false) {
      await receiver.waitForOutput(
        /rejected a request: no_matching_signature[\s\S]*rejected a request: missing_headers/,
      );
    }
    expect(receiver.output()).not.toContain("msg_forged");
  });

  test("answers 405 to anything but POST", async () => {
    const response = await fetch(receiver.url);
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
  });
}
