// A real Fastify 5 app on 127.0.0.1, as docs/verifying-webhooks.md tells Fastify users to write it: the
// webhook routes get the raw bytes from a `parseAs: "buffer"` content-type parser and verify them with
// `request.headers`; the mock's delivery verifies, and each mistake gets its reason. Fastify's own JSON
// parser consumes `request.raw`, so verifyNodeRequest on it says the stream was read, with the fix.
import type { Server } from "node:http";
import Fastify, { type FastifyReply, type FastifyRequest } from "fastify";
import { describe, expect, test } from "vitest";
import { Webhook } from "../../src/webhooks/index.js";
import { verifyNodeRequest } from "../../src/webhooks/node.js";
import { errorAnswer, listen, postSigned, receiverAppSuite, reformat, SECRET } from "./support/receivers.js";

type Verify = (request: FastifyRequest) => unknown;

/** A handler that answers 204 when `verify` passes, else 400 with the reason. */
const answering =
  (verify: Verify) =>
  async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    try {
      await verify(request);
      await reply.code(204).send();
    } catch (error) {
      const { status, body } = errorAnswer(error);
      await reply.code(status).type("application/json").send(body);
    }
  };

async function fastifyApp(webhook: Webhook): Promise<Server> {
  const app = Fastify();
  // The webhook routes, in a scope of their own whose JSON parser keeps the raw bytes.
  await app.register(async (raw) => {
    raw.addContentTypeParser("application/json", { parseAs: "buffer" }, (_request, body, done) =>
      done(null, body),
    );
    raw.post(
      "/webhooks",
      answering((request) => webhook.verify(request.body as Buffer, request.headers)),
    );
    raw.post(
      "/mistake/headers-object",
      answering((request) => {
        const headers = new Headers();
        const pairs = request.raw.rawHeaders;
        for (let i = 0; i < pairs.length; i += 2) headers.append(pairs[i] as string, pairs[i + 1] as string);
        return webhook.verify(request.body as Buffer, headers);
      }),
    );
    raw.post(
      "/mistake/header-arrays",
      answering((request) => webhook.verify(request.body as Buffer, request.raw.headersDistinct)),
    );
  });
  // Everything else gets Fastify's JSON parser: the mistakes of verifying what it made.
  app.post(
    "/mistake/parsed-object",
    answering((request) => webhook.verify(request.body as string, request.headers)),
  );
  app.post(
    "/mistake/reserialized",
    answering((request) => webhook.verify(reformat(request.body), request.headers)),
  );
  app.post(
    "/mistake/node-request",
    answering((request) => verifyNodeRequest(webhook, request.raw)),
  );
  await app.ready();
  return app.server;
}

describe("a real Fastify receiver", () => {
  receiverAppSuite("Fastify with a buffer content-type parser", () => fastifyApp(new Webhook(SECRET)));

  test("verifyNodeRequest on request.raw after Fastify's JSON parser says the stream was read", async () => {
    const server = await listen(await fastifyApp(new Webhook(SECRET)));
    try {
      const answer = await postSigned(`${server.url}/mistake/node-request`);
      expect(answer.status).toBe(400);
      expect(answer.reason).toBe("body_already_read");
      expect(answer.message).toMatch(/Fastify/);
    } finally {
      await server.close();
    }
  });
});
