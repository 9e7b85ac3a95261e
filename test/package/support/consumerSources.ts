// Source files of the type-checking consumer projects, written as a user of the package would.
// Kept as strings: as .ts files under test/ the repository's own tsc would check them before the
// package is built.

/** Compiler options every consumer shares: as strict as a careful user sets them. */
export const STRICT_OPTIONS = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noImplicitOverride: true,
  noImplicitReturns: true,
  skipLibCheck: false,
  noEmit: true,
  target: "ES2022",
};

/** Uses the client and webhooks the way the README shows; `@ts-expect-error` proves the types are not `any`. */
const CLIENT_USE = `
const client = new Octohooks("token", { serverUrl: "http://127.0.0.1:1", maxRetries: 1 });

export async function send(appId: string): Promise<MessageOut> {
  return client.message.create(appId, { eventType: "invoice.paid", payload: { id: "in_1" } });
}

export async function listIds(appId: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const message of client.message.list(appId, { limit: 10 })) ids.push(message.id);
  return ids;
}

export function isNotFound(error: unknown): boolean {
  return error instanceof NotFoundError && error.status === 404;
}

export function mistakes(): void {
  // @ts-expect-error eventType is required
  void client.message.create("app_1", { payload: {} });
  // @ts-expect-error there is no such resource
  void client.nothing;
  // @ts-expect-error an idempotency key is for POST calls only
  void client.application.get("app_1", { idempotencyKey: "k" });
  void client.application.create({ name: "A" }, { idempotencyKey: "k" });
}

const events = defineEvents({ "invoice.paid": schema<{ id: string; amountCents: number }>() });
const typed = new Octohooks("token", { events });

export async function sendTyped(appId: string): Promise<MessageOut> {
  return typed.message.create(appId, { eventType: "invoice.paid", payload: { id: "in_1", amountCents: 1200 } });
}

export function typedMistakes(): number {
  // @ts-expect-error amountCents is a number
  void typed.message.create("app_1", { eventType: "invoice.paid", payload: { id: "in_1", amountCents: "1" } });
  // @ts-expect-error the catalogue has no such event type
  void typed.message.create("app_1", { eventType: "invoice.refunded", payload: { id: "in_1", amountCents: 1 } });
  const received = new TypedWebhook("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", { events });
  return received.verify("{}", {}, { eventType: "invoice.paid" }).amountCents;
}

export async function verify(body: string, headers: Record<string, string>): Promise<string> {
  const webhook = new Webhook("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
  try {
    const event = await webhook.verifyAsync<{ type: string }>(body, headers);
    return event.type;
  } catch (error) {
    if (error instanceof WebhookVerificationError) return error.reason;
    throw error;
  }
}
`;

const IMPORTS = `import { TypedWebhook, defineEvents, type MessageOut, NotFoundError, Octohooks, schema } from "octohooks";
import { Webhook, WebhookVerificationError } from "octohooks/webhooks";
`;

/** Uses the mock server as a test suite would. */
const MOCK_USE = `
export async function withMock(): Promise<string> {
  const mock = createMockServer();
  const { url } = await mock.listen({ port: 0 });
  try {
    const octohooks = new Octohooks(mock.token, { serverUrl: url });
    const app = await octohooks.application.create({ name: "Acme" });
    // @ts-expect-error port is a number
    void mock.listen({ port: "0" });
    return app.id;
  } finally {
    await mock.close();
  }
}
`;

/** An ES module of a Node project (`"type": "module"`), also using the mock. */
export const NODE16_ESM = `${IMPORTS}import { createMockServer } from "octohooks/mock";
${CLIENT_USE}${MOCK_USE}`;

/** A CommonJS module (.cts) of the same project: its imports resolve through the `require` condition. */
export const NODE16_CJS = `${IMPORTS}${CLIENT_USE}`;

/** A CommonJS module using the mock (checked with skipLibCheck: msw's own CJS types do not pass without it). */
export const NODE16_CJS_MOCK = `import { Octohooks } from "octohooks";
import { createMockServer } from "octohooks/mock";
${MOCK_USE}`;

/** A browser or worker module checked with DOM types only: the public types must not need @types/node. */
export const BUNDLER_ESM = `${IMPORTS}${CLIENT_USE}`;
