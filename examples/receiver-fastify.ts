/**
 * A webhook receiver in Fastify 5, in an app that parses JSON for its other routes. Fastify's JSON parser
 * consumes the body before a handler runs, so the webhook route sits in a scope of its own whose parser
 * keeps the raw bytes the signature is over (`parseAs: "buffer"`); `verify` checks them with the request's
 * headers. A request that fails verification gets 400 with the reason and never reaches your code.
 *
 *   OCTOHOOKS_WEBHOOK_SECRET=whsec_... PORT=3000 npx tsx --tsconfig examples/tsconfig.json examples/receiver-fastify.ts
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import Fastify, { type FastifyInstance } from "fastify";
import { Webhook, WebhookVerificationError } from "octohooks/webhooks";

/** Creates the app: JSON parsed everywhere but on /webhooks/octohooks, which verifies webhooks. */
export async function createApp(secret: string): Promise<FastifyInstance> {
  const webhook = new Webhook(secret);
  const app = Fastify();

  await app.register(async (hooks) => {
    // In this scope only: the body as the bytes that came, not parsed.
    hooks.addContentTypeParser("application/json", { parseAs: "buffer" }, (_req, body, done) =>
      done(null, body),
    );
    hooks.post("/webhooks/octohooks", async (request, reply) => {
      let payload: unknown;
      try {
        payload = webhook.verify(request.body as Buffer, request.headers);
      } catch (error) {
        if (error instanceof WebhookVerificationError) return reply.code(400).send(error.reason);
        throw error;
      }
      console.log(`verified ${request.headers["webhook-id"]} ${JSON.stringify(payload)}`); // your code
      return reply.code(204).send();
    });
  });
  app.route({
    method: ["DELETE", "GET", "PATCH", "PUT"],
    url: "/webhooks/octohooks",
    handler: (_request, reply) => reply.code(405).header("allow", "POST").send(),
  });
  return app;
}

/** Starts the app; resolves with the server once it listens. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<Server> {
  const secret = env.OCTOHOOKS_WEBHOOK_SECRET;
  if (!secret) throw new Error("Set OCTOHOOKS_WEBHOOK_SECRET to the endpoint's secret (whsec_...)");
  const app = await createApp(secret);
  const host = env.HOST ?? "127.0.0.1";
  await app.listen({ port: Number(env.PORT ?? 3000), host });
  console.log(`listening on http://${host}:${(app.server.address() as AddressInfo).port}/webhooks/octohooks`);
  return app.server;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
