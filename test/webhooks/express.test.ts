// Real Express 5 apps on 127.0.0.1: the middleware verifies a delivery from the reference mock whatever
// body parser ran before it (or answers 400 with the fix), and each mistake gets its reason.
import { createServer } from "node:http";
import express from "express";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { keepRawBody, webhookMiddleware } from "../../src/webhooks/express.js";
import { MemorySeenStore, Webhook } from "../../src/webhooks/index.js";
import {
  type Deliveries,
  errorAnswer,
  type Listening,
  listen,
  MISTAKES,
  postSigned,
  reformat,
  SECRET,
  startDeliveries,
} from "./support/receivers.js";

const webhook = new Webhook(SECRET);
const handled: unknown[] = [];

/** An app whose /webhooks route uses the middleware, after `before` (a body parser, or nothing). */
function appWith(before: express.RequestHandler[], guard = webhook): express.Express {
  const app = express();
  for (const parser of before) app.use(parser);
  app.post("/webhooks", webhookMiddleware(guard), (req, res) => {
    handled.push(req.webhook);
    res.sendStatus(204);
  });
  return app;
}

/** The mistakes, made on purpose with a raw-body route and direct calls to `verify`. */
function mistakesApp(): express.Express {
  const app = appWith([]);
  const raw = express.raw({ type: "application/json" });
  const verifying =
    (read: (req: express.Request) => [unknown, Parameters<Webhook["verify"]>[1]]): express.RequestHandler =>
    (req, res) => {
      try {
        const [body, headers] = read(req);
        webhook.verify(body as string, headers);
        res.sendStatus(204);
      } catch (error) {
        const { status, body } = errorAnswer(error);
        res.status(status).type("json").send(body);
      }
    };
  app.post(
    "/mistake/parsed-object",
    express.json(),
    verifying((req) => [req.body, req.headers]),
  );
  app.post(
    "/mistake/reserialized",
    express.json(),
    verifying((req) => [reformat(req.body), req.headers]),
  );
  app.post(
    "/mistake/headers-object",
    raw,
    verifying((req) => [req.body, new Headers(req.headers as Record<string, string>)]),
  );
  app.post(
    "/mistake/header-arrays",
    raw,
    verifying((req) => [req.body, req.headersDistinct]),
  );
  return app;
}

let deliveries: Deliveries;
const servers: Listening[] = [];
const serve = async (app: express.Express) => {
  const server = await listen(createServer(app));
  servers.push(server);
  return server.url;
};

beforeAll(async () => {
  deliveries = await startDeliveries();
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await deliveries?.close();
});

describe("webhookMiddleware in a real Express app", () => {
  test("verifies a delivery from the mock, whose attempt succeeds, and hands the handler { id, payload }", async () => {
    const url = await serve(appWith([]));
    const { id, attempts } = await deliveries.deliver(`${url}/webhooks`, { orderId: 7 });
    expect(attempts.map((a) => [a.status, a.code])).toEqual([["success", 204]]);
    expect(handled).toContainEqual({ id, payload: { orderId: 7 } });
  });

  test.each([
    ["express.raw() on every route", [express.raw({ type: "application/json" })]],
    ['express.text({ type: "application/json" })', [express.text({ type: "application/json" })]],
    ["express.json({ verify: keepRawBody })", [express.json({ verify: keepRawBody })]],
    ["express.json() for another content type", [express.json({ type: "application/x-other" })]],
  ])("verifies a delivery with %s mounted globally", async (_name, before) => {
    const url = await serve(appWith(before as express.RequestHandler[]));
    const { attempts } = await deliveries.deliver(`${url}/webhooks`);
    expect(attempts.map((a) => [a.status, a.code])).toEqual([["success", 204]]);
  });

  test("with express.json() mounted globally, answers 400 parsed_body with the fix, recorded by Octohooks", async () => {
    const url = await serve(appWith([express.json()]));
    const { attempts } = await deliveries.deliver(`${url}/webhooks`);
    expect(attempts.map((a) => [a.status, a.code])).toEqual([["failed", 400]]);
    const answer = JSON.parse(attempts[0]!.response) as { reason: string; message: string };
    expect(answer.reason).toBe("parsed_body");
    expect(answer.message).toContain("before app.use(express.json())");
    expect(answer.message).toContain('express.raw({ type: "application/json" })');
    expect(answer.message).toContain("express.json({ verify: keepRawBody })");
  });

  test("refuses a replayed request when the Webhook has a seen store, and lets a new one through", async () => {
    const url = await serve(appWith([], new Webhook(SECRET, { seen: new MemorySeenStore() })));
    expect(await postSigned(`${url}/webhooks`, { id: "msg_replay" })).toEqual({ status: 204 });
    expect(await postSigned(`${url}/webhooks`, { id: "msg_replay" })).toMatchObject({
      status: 400,
      reason: "replayed",
    });
    expect(await postSigned(`${url}/webhooks`, { id: "msg_other" })).toEqual({ status: 204 });
  });

  test("answers 413 body_too_large over maxBytes, and lets onError answer instead", async () => {
    const app = express();
    app.post("/small", webhookMiddleware(webhook, { maxBytes: 10 }), (_req, res) => res.sendStatus(204));
    app.post(
      "/custom",
      webhookMiddleware(webhook, { onError: (error, _req, res) => res.writeHead(401).end(error.reason) }),
      (_req, res) => res.sendStatus(204),
    );
    const url = await serve(app);
    expect(await postSigned(`${url}/small`)).toMatchObject({ status: 413, reason: "body_too_large" });
    const custom = await fetch(`${url}/custom`, { method: "POST", body: "{}" });
    expect([custom.status, await custom.text()]).toEqual([401, "missing_headers"]);
  });
});

describe("mistakes in a real Express app", () => {
  let url: string;
  beforeAll(async () => {
    url = await serve(mistakesApp());
  });

  test.each(MISTAKES)("$route $request → $status $reason", async ({ route, request, status, reason }) => {
    const answer = await postSigned(`${url}${route}`, request);
    expect(answer.status).toBe(status);
    expect(answer.reason).toBe(reason);
    if (reason === "parsed_body" || reason === "reserialized_body")
      expect(answer.message).toContain('express.raw({ type: "application/json" })');
  });
});
