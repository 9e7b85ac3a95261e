/**
 * A webhook receiver as a Next.js Pages Router API route, `pages/api/webhooks.ts`. Next parses JSON bodies
 * before your handler unless the route turns its body parser off, and a parsed body cannot be verified:
 * `config.api.bodyParser = false` leaves the stream to `verifyNodeRequest`, which reads the raw bytes.
 * (Left on, the request is refused with reason `parsed_body` and a message naming this setting.)
 *
 * The handler gets Node's IncomingMessage and ServerResponse, as Next hands them over, so running this file
 * serves it on node:http without Next:
 *
 *   OCTOHOOKS_WEBHOOK_SECRET=whsec_... PORT=3000 npx tsx --tsconfig examples/tsconfig.json examples/receiver-next-pages.ts
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import { Webhook, WebhookVerificationError } from "octohooks/webhooks";
import { verifyNodeRequest } from "octohooks/webhooks/node";

export const config = { api: { bodyParser: false } };

const webhook = new Webhook(process.env.OCTOHOOKS_WEBHOOK_SECRET ?? "");

export default async function handler(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== "POST") return void res.writeHead(405, { allow: "POST" }).end();
  let payload: unknown;
  try {
    payload = await verifyNodeRequest(webhook, req);
  } catch (error) {
    if (!(error instanceof WebhookVerificationError)) throw error;
    return void res.writeHead(400, { "content-type": "text/plain" }).end(error.reason);
  }
  console.log(`verified ${req.headers["webhook-id"]} ${JSON.stringify(payload)}`); // your code
  res.writeHead(204).end();
}

/** Serves the handler on node:http, as `next start` would; resolves once it listens. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<Server> {
  if (!env.OCTOHOOKS_WEBHOOK_SECRET) {
    throw new Error("Set OCTOHOOKS_WEBHOOK_SECRET to the endpoint's secret (whsec_...)");
  }
  const server = createServer((req, res) => void handler(req, res));
  const host = env.HOST ?? "127.0.0.1";
  await new Promise<void>((resolve) => server.listen(Number(env.PORT ?? 3000), host, resolve));
  console.log(`listening on http://${host}:${(server.address() as AddressInfo).port}/api/webhooks`);
  return server;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
