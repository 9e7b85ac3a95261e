/**
 * A webhook receiver in Express 5, in an app that also parses JSON for its other routes. The middleware
 * from `octohooks/webhooks/express` verifies each webhook and sets `req.webhook`; `keepRawBody` lets it
 * verify even though `express.json()` runs for every route. A request that fails verification gets 400
 * with `{ reason, message }` (Octohooks records it as the attempt's response) and never reaches your code.
 *
 *   OCTOHOOKS_WEBHOOK_SECRET=whsec_... PORT=3000 npx tsx --tsconfig examples/tsconfig.json examples/receiver-express.ts
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import express from "express";
import { Webhook } from "octohooks/webhooks";
import { keepRawBody, webhookMiddleware } from "octohooks/webhooks/express";

/** Creates the app: JSON parsed everywhere, webhooks verified on /webhooks/octohooks. */
export function createApp(secret: string): express.Express {
  const webhook = new Webhook(secret);
  const app = express();
  // Every route gets parsed JSON; keepRawBody also keeps the raw bytes the signature is over.
  app.use(express.json({ verify: keepRawBody }));

  app.post("/webhooks/octohooks", webhookMiddleware(webhook), (req, res) => {
    const { id, payload } = req.webhook!;
    console.log(`verified ${id} ${JSON.stringify(payload)}`); // your code: queue it, answer fast
    res.sendStatus(204);
  });
  app.all("/webhooks/octohooks", (_req, res) => {
    res.set("allow", "POST").sendStatus(405);
  });
  return app;
}

/** Starts the app; resolves with the server once it listens. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<Server> {
  const secret = env.OCTOHOOKS_WEBHOOK_SECRET;
  if (!secret) throw new Error("Set OCTOHOOKS_WEBHOOK_SECRET to the endpoint's secret (whsec_...)");
  const host = env.HOST ?? "127.0.0.1";
  const server = createApp(secret).listen(Number(env.PORT ?? 3000), host);
  await new Promise<void>((resolve) => server.once("listening", resolve));
  console.log(`listening on http://${host}:${(server.address() as AddressInfo).port}/webhooks/octohooks`);
  return server;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
