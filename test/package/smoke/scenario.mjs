// The one scenario every runtime of the matrix runs. It takes an already constructed client and
// Webhook, because where and how those are constructed is part of what each runtime's entry tests
// (workerd: at module top level, where randomness, timers and I/O are forbidden).
// It imports nothing, so each entry loads the SDK the way users of its runtime do.

/** The public Standard Webhooks test vector key; tests recompute signatures with it. */
export const WEBHOOK_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

const MESSAGES = 3;

async function sendAndList(client, label) {
  const app = await client.application.create({ name: `smoke: ${label}` });
  const created = [];
  for (let n = 0; n < MESSAGES; n++) {
    const message = await client.message.create(app.id, { eventType: "smoke.ran", payload: { label, n } });
    created.push(message.id);
  }
  // limit 2 with 3 messages: the loop has to fetch a second page.
  const listed = [];
  for await (const message of client.message.list(app.id, { limit: 2 })) listed.push(message.id);
  return { appId: app.id, created, listed };
}

async function rejects(promiseFactory, ErrorClass) {
  try {
    await promiseFactory();
    return "accepted";
  } catch (error) {
    return error instanceof ErrorClass ? error.reason : `threw ${error?.name}: ${error?.message}`;
  }
}

/**
 * Signs and verifies one webhook, synchronously where `sync` (the runtime has node:crypto),
 * otherwise with the async variants (Web Crypto only).
 */
async function signAndVerify(webhook, WebhookVerificationError, sync, msgId) {
  const body = JSON.stringify({ type: "smoke.ran", data: { msgId } });
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = sync
    ? webhook.sign(msgId, timestamp, body)
    : await webhook.signAsync(msgId, timestamp, body);
  const headers = {
    "webhook-id": msgId,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": signature,
  };
  const verified = sync ? webhook.verify(body, headers) : await webhook.verifyAsync(body, headers);
  const verify = sync ? async (b, h) => webhook.verify(b, h) : (b, h) => webhook.verifyAsync(b, h);
  // A changed value: JSON only reformatted (a trailing space) would be named reserialized_body.
  const tampered = await rejects(
    () => verify(body.replace("smoke.ran", "smoke.forged"), headers),
    WebhookVerificationError,
  );
  return { mode: sync ? "sync" : "async", msgId, timestamp, body, signature, verified, tampered };
}

/**
 * Runs the scenario and returns a JSON-able report that the test checks.
 * @param {{ client: any, webhook: any, WebhookVerificationError: any, label: string, sync: boolean }} options
 */
export async function runScenario({ client, webhook, WebhookVerificationError, label, sync }) {
  const api = await sendAndList(client, label);
  const signing = await signAndVerify(webhook, WebhookVerificationError, sync, api.created[0]);
  return { label, api, webhook: signing };
}

/** The line a runtime prints its report on: one line, so the test finds it among other output. */
export function reportLine(report) {
  return `SMOKE_REPORT ${JSON.stringify(report)}`;
}
