/**
 * A webhook receiver in Hono, which runs the same on Node, Bun, Deno and Cloudflare Workers: `c.req.raw` is
 * the standard `Request`, and `verifyRequest` reads its body once, as bytes, before anything parses it.
 * Running this file serves the app on Node with @hono/node-server:
 *
 *   OCTOHOOKS_WEBHOOK_SECRET=whsec_... PORT=3000 npx tsx --tsconfig examples/tsconfig.json examples/receiver-hono.ts
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import { createAdaptorServer } from "@hono/node-server";
import { Hono } from "hono";
import { Webhook, WebhookVerificationError } from "octohooks/webhooks";

/** Creates the app, verifying webhooks on /webhooks/octohooks. */
export function createApp(secret: string): Hono {
  const webhook = new Webhook(secret);
  const app = new Hono();

  app.post("/webhooks/octohooks", async (c) => {
    let payload: unknown;
    try {
      // Before any c.req.json() or c.req.text(): those read the body verifyRequest needs.
      payload = await webhook.verifyRequest(c.req.raw);
    } catch (error) {
      if (error instanceof WebhookVerificationError) return c.text(error.reason, 400);
      throw error;
    }
    console.log(`verified ${c.req.header("webhook-id")} ${JSON.stringify(payload)}`); // your code
    return c.body(null, 204);
  });
  app.all("/webhooks/octohooks", (c) => c.body(null, 405, { allow: "POST" }));
  return app;
}

/** Serves the app on Node; resolves with the server once it listens. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<Server> {
  const secret = env.OCTOHOOKS_WEBHOOK_SECRET;
  if (!secret) throw new Error("Set OCTOHOOKS_WEBHOOK_SECRET to the endpoint's secret (whsec_...)");
  const server = createAdaptorServer({ fetch: createApp(secret).fetch }) as Server;
  const host = env.HOST ?? "127.0.0.1";
  await new Promise<void>((resolve) => server.listen(Number(env.PORT ?? 3000), host, resolve));
  console.log(`listening on http://${host}:${(server.address() as AddressInfo).port}/webhooks/octohooks`);
  return server;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
