/**
 * A webhook receiver as a Fetch-API handler, `(request: Request) => Promise<Response>`: the shape of
 * Next.js route handlers (`export const POST = handler`), Hono (`app.post("/webhooks", (c) => handler(c.req.raw))`),
 * Cloudflare Workers, Bun.serve and Deno.serve. `verifyRequest` reads the body once, as bytes, and
 * uses Web Crypto where node:crypto is missing.
 *
 * Node has no built-in Fetch server, so running this file directly serves the handler through a
 * small node:http adapter:
 *
 *   OCTOHOOKS_WEBHOOK_SECRET=whsec_... PORT=3000 npx tsx --tsconfig examples/tsconfig.json examples/receiver-fetch.ts
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import { Webhook, WebhookVerificationError } from "octohooks";

const MAX_BODY_BYTES = 1024 * 1024;

export interface WebhookHandlerOptions {
  /** The endpoint's signing secret, `whsec_...`. */
  secret: string;
  /** Your code, given the message ID and the verified payload. Throw to answer 500 (Octohooks retries). */
  onWebhook: (id: string, payload: unknown) => void | Promise<void>;
  /** Called when a request fails verification, with the reason (never the secret). */
  onRejected?: (reason: string) => void;
}

/** A Fetch-API handler that accepts only webhooks signed with `secret`. */
export function createWebhookHandler(
  options: WebhookHandlerOptions,
): (request: Request) => Promise<Response> {
  const webhook = new Webhook(options.secret);
  return async (request) => {
    if (request.method !== "POST") return new Response(null, { status: 405, headers: { allow: "POST" } });
    if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
      return new Response(null, { status: 413 });
    }
    let payload: unknown;
    try {
      payload = await webhook.verifyRequest(request);
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      options.onRejected?.(error.reason);
      return new Response(error.reason, { status: 400 });
    }
    try {
      await options.onWebhook(request.headers.get("webhook-id") ?? "", payload);
    } catch {
      return new Response(null, { status: 500 });
    }
    return new Response(null, { status: 204 });
  };
}

/** Serves a Fetch-API handler on node:http (what Next, Hono's node adapter or Bun do for you). */
export function serveOnNode(handler: (request: Request) => Promise<Response>): Server {
  return createServer(async (req, res) => {
    const headers = new Headers();
    for (let i = 0; i + 1 < req.rawHeaders.length; i += 2)
      headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    const hasBody = req.method !== "GET" && req.method !== "HEAD";
    const request = new Request(new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`), {
      method: req.method,
      headers,
      body: hasBody ? Buffer.concat(chunks) : undefined,
    });
    const response = await handler(request);
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
}

/** Serves the handler on node:http and logs each webhook; resolves with the server once it listens. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<Server> {
  const secret = env.OCTOHOOKS_WEBHOOK_SECRET;
  if (!secret) throw new Error("Set OCTOHOOKS_WEBHOOK_SECRET to the endpoint's secret (whsec_...)");
  const handler = createWebhookHandler({
    secret,
    onWebhook: (id, payload) => console.log(`verified ${id} ${JSON.stringify(payload).slice(0, 200)}`),
    onRejected: (reason) => console.log(`rejected a request: ${reason}`),
  });
  const server = serveOnNode(handler);
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
