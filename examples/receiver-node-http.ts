/**
 * A webhook receiver on plain `node:http`: it reads the raw body, verifies the signature with the
 * endpoint's secret, hands each webhook to your code once, and answers 204. A request that fails
 * verification gets 400 and never reaches your code (Octohooks retries any non-2xx, so a genuine
 * webhook rejected because of a wrong secret arrives again once the secret is fixed).
 *
 * Run it (the secret comes from `octohooks.endpoint.getSecret(appId, endpointId)`):
 *
 *   OCTOHOOKS_WEBHOOK_SECRET=whsec_... PORT=3000 npx tsx --tsconfig examples/tsconfig.json examples/receiver-node-http.ts
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import { Webhook, WebhookVerificationError } from "octohooks/webhooks";
import { verifyNodeRequest } from "octohooks/webhooks/node";

/** How many webhook IDs are remembered to drop redeliveries (a database unique key does this in production). */
const REMEMBERED_IDS = 10_000;

/** A verified webhook. */
export interface ReceivedWebhook {
  /** The `webhook-id` header: the message ID, the same on every redelivery of one message. */
  id: string;
  /** The parsed JSON payload. */
  payload: unknown;
}

export interface ReceiverOptions {
  /** The endpoint's signing secret, `whsec_...`. */
  secret: string;
  /** Your code: called once per webhook ID. Throw to answer 500 and have the webhook retried. */
  onWebhook: (webhook: ReceivedWebhook) => void | Promise<void>;
  /** Called when a request fails verification, with the reason (never the secret). */
  onRejected?: (reason: string) => void;
  /** Called when a webhook already handled arrives again (a retry whose answer was lost, or a resend). */
  onDuplicate?: (id: string) => void;
}

/** Creates (but does not start) the receiver's HTTP server. */
export function createReceiver(options: ReceiverOptions): Server {
  const webhook = new Webhook(options.secret);
  const seen = new Set<string>();
  return createServer(async (req, res) => {
    if (req.method !== "POST") return void res.writeHead(405, { allow: "POST" }).end();
    let payload: unknown;
    try {
      // Reads the raw bytes (at most 1 MiB, the largest Octohooks sends) and verifies them.
      payload = await verifyNodeRequest(webhook, req);
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      options.onRejected?.(error.reason);
      const status = error.reason === "body_too_large" ? 413 : 400;
      return void res.writeHead(status, { "content-type": "text/plain" }).end(error.reason);
    }
    const id = String(req.headers["webhook-id"]);
    if (seen.has(id)) {
      options.onDuplicate?.(id);
      return void res.writeHead(204).end();
    }
    try {
      await options.onWebhook({ id, payload });
    } catch {
      return void res.writeHead(500).end();
    }
    remember(seen, id);
    res.writeHead(204).end();
  });
}

function remember(seen: Set<string>, id: string): void {
  if (seen.size >= REMEMBERED_IDS) seen.delete(seen.values().next().value as string);
  seen.add(id);
}

/** Starts the receiver and logs each webhook; resolves with the server once it listens. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<Server> {
  const secret = env.OCTOHOOKS_WEBHOOK_SECRET;
  if (!secret) throw new Error("Set OCTOHOOKS_WEBHOOK_SECRET to the endpoint's secret (whsec_...)");
  const server = createReceiver({
    secret,
    onWebhook: ({ id, payload }) => console.log(`verified ${id} ${JSON.stringify(payload).slice(0, 200)}`),
    onRejected: (reason) => console.log(`rejected a request: ${reason}`),
    onDuplicate: (id) => console.log(`duplicate ${id}: acknowledged, not handled again`),
  });
  const host = env.HOST ?? "127.0.0.1";
  await new Promise<void>((resolve) => server.listen(Number(env.PORT ?? 3000), host, resolve));
  console.log(`listening on http://${host}:${(server.address() as AddressInfo).port}/`);
  return server;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
