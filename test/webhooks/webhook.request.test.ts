// verifyRequest in the shapes that hand over a fetch Request: a real Hono app on @hono/node-server that
// verifies a mock delivery and answers each mistake with its reason, a Next.js app-router route handler
// and a Cloudflare Worker's fetch, each called with a request from signRequest.
import type { Server } from "node:http";
import { createAdaptorServer, type HttpBindings } from "@hono/node-server";
import { type Context, Hono } from "hono";
import { describe, expect, test } from "vitest";
import { MemorySeenStore, signRequest, Webhook, WebhookVerificationError } from "../../src/webhooks/index.js";
import { errorAnswer, receiverAppSuite, reformat, SECRET } from "./support/receivers.js";

/** Hono's answer for a verification failure: 400 and the reason, as the other test apps answer. */
function refuse(error: unknown): Response {
  const { status, body } = errorAnswer(error);
  return new Response(body, { status, headers: { "content-type": "application/json" } });
}

function honoApp(webhook: Webhook) {
  type Env = { Bindings: HttpBindings };
  const app = new Hono<Env>();
  const verifying =
    (verify: (c: Context<Env>) => Promise<unknown>) =>
    async (c: Context<Env>): Promise<Response> => {
      try {
        await verify(c);
        return c.body(null, 204);
      } catch (error) {
        return refuse(error);
      }
    };
  app.post(
    "/webhooks",
    verifying((c) => webhook.verifyRequest(c.req.raw)),
  );
  app.post(
    "/mistake/parsed-object",
    verifying(async (c) => webhook.verifyAsync(await c.req.json(), c.req.raw.headers)),
  );
  app.post(
    "/mistake/reserialized",
    verifying(async (c) => webhook.verifyAsync(reformat(await c.req.json()), c.req.raw.headers)),
  );
  app.post(
    "/mistake/headers-object",
    verifying(async (c) => webhook.verifyAsync(await c.req.text(), c.req.raw.headers)),
  );
  // On Node, Hono's node-server hands over the IncomingMessage too, whose headersDistinct has arrays.
  app.post(
    "/mistake/header-arrays",
    verifying(async (c) => webhook.verifyAsync(await c.req.text(), c.env.incoming.headersDistinct)),
  );
  return app;
}

describe("a real Hono app on @hono/node-server", () => {
  receiverAppSuite(
    "verifyRequest(c.req.raw)",
    () => createAdaptorServer({ fetch: honoApp(new Webhook(SECRET)).fetch }) as Server,
  );

  test("with a seen store, refuses the same signed request twice (app.request, no network)", async () => {
    const app = honoApp(new Webhook(SECRET, { seen: new MemorySeenStore() }));
    const signed = await signRequest(new Webhook(SECRET), "http://localhost/webhooks", { orderId: 5 });
    expect((await app.request(signed.clone())).status).toBe(204);
    const again = await app.request(signed);
    expect([again.status, (await again.json()).reason]).toEqual([400, "replayed"]);
  });
});

describe("other fetch-style handlers", () => {
  const webhook = new Webhook(SECRET);

  /** A Next.js App Router route handler, app/api/webhooks/route.ts, as the guide writes it. */
  async function POST(request: Request): Promise<Response> {
    try {
      const payload = await webhook.verifyRequest(request);
      return Response.json({ received: payload });
    } catch (error) {
      if (error instanceof WebhookVerificationError) return new Response(error.reason, { status: 400 });
      throw error;
    }
  }

  /** A Cloudflare Worker, its secret in a binding and the Web Crypto path (verifyRequest is async). */
  const worker = {
    async fetch(request: Request, env: { OCTOHOOKS_WEBHOOK_SECRET: string }): Promise<Response> {
      try {
        await new Webhook(env.OCTOHOOKS_WEBHOOK_SECRET).verifyRequest(request);
        return new Response(null, { status: 204 });
      } catch (error) {
        if (error instanceof WebhookVerificationError) return new Response(error.reason, { status: 400 });
        throw error;
      }
    },
  };

  test("a Next.js route handler verifies a signed request and refuses a forged one", async () => {
    const ok = await POST(await signRequest(webhook, "http://localhost/api/webhooks", { orderId: 6 }));
    expect(await ok.json()).toEqual({ received: { orderId: 6 } });
    const other = new Webhook("whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD");
    const forged = await POST(await signRequest(other, "http://localhost/api/webhooks", { orderId: 6 }));
    expect([forged.status, await forged.text()]).toEqual([400, "no_matching_signature"]);
  });

  test("a Worker verifies with its binding's secret and refuses an unsigned request", async () => {
    const env = { OCTOHOOKS_WEBHOOK_SECRET: SECRET };
    const signed = await signRequest(webhook, "https://worker.example/", "{}");
    expect((await worker.fetch(signed, env)).status).toBe(204);
    const unsigned = new Request("https://worker.example/", { method: "POST", body: "{}" });
    const refused = await worker.fetch(unsigned, env);
    expect([refused.status, await refused.text()]).toEqual([400, "missing_headers"]);
  });
});
