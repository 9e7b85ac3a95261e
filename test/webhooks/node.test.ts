// octohooks/webhooks/node: readRawBody on request streams, and a real node:http app that verifies a
// delivery from the reference mock through verifyNodeRequest and answers each mistake with its reason.
import { createServer, type IncomingMessage } from "node:http";
import { Readable } from "node:stream";
import { describe, expect, test } from "vitest";
import { Webhook } from "../../src/webhooks/index.js";
import { type NodeWebhookRequest, readRawBody, verifyNodeRequest } from "../../src/webhooks/node.js";
import { errorAnswer, receiverAppSuite, reformat, SECRET } from "./support/receivers.js";
import { reasonOf } from "./webhookFixtures.js";

/** A request stream with these chunks and headers, as node:http hands one over. */
function requestOf(chunks: string[], headers: Record<string, string> = {}): NodeWebhookRequest {
  return Object.assign(Readable.from(chunks.map((c) => Buffer.from(c))), {
    headers,
  }) as unknown as IncomingMessage;
}

async function rejection(promise: Promise<unknown>): Promise<{ reason: string; message: string }> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: { reason: string; message: string }) => error,
  );
}

describe("readRawBody", () => {
  test("refuses by content-length before reading a byte, and takes a body of exactly maxBytes", async () => {
    const declared = requestOf(["01234"], { "content-length": "1000" });
    const error = await rejection(readRawBody(declared, { maxBytes: 10 }));
    expect(error).toMatchObject({
      reason: "body_too_large",
      message: "Webhook body is over maxBytes (10 bytes)",
    });
    expect(declared.readableDidRead).toBe(false);
    const exact = requestOf(["0123456789"], { "content-length": "10" });
    expect(String(await readRawBody(exact, { maxBytes: 10 }))).toBe("0123456789");
    const kept = Object.assign(requestOf([]), { rawBody: Buffer.from("0123456789") });
    expect(String(await readRawBody(kept, { maxBytes: 10 }))).toBe("0123456789");
  });

  test("refuses a stream read part way, and says which of the two mistakes it was", async () => {
    const started = requestOf(["a", "b", "c"]);
    await new Promise<void>((resolve) =>
      started.once("data", () => {
        started.pause();
        resolve();
      }),
    );
    expect(started.readableEnded).toBe(false);
    const error = await rejection(readRawBody(started));
    expect(error.reason).toBe("body_already_read");
    expect(error.message).toMatch(/^The body stream was read before verification: /);
    const nulled = requestOf(["x"]);
    for await (const _ of nulled);
    nulled.body = null;
    expect((await rejection(readRawBody(nulled))).reason).toBe("body_already_read");
    const parsed = requestOf(["{}"]);
    for await (const _ of parsed);
    parsed.body = {};
    expect((await rejection(readRawBody(parsed))).message).toMatch(
      /^The body was parsed before verification: /,
    );
  });

  test("reads the stream's bytes as they are", async () => {
    const body = await readRawBody(requestOf(['{"a":', " 1}"]));
    expect(Buffer.from(body).toString()).toBe('{"a": 1}');
  });

  test("uses the raw copy a framework kept, in req.rawBody or as a Buffer or string req.body", async () => {
    const read = Object.assign(requestOf([]), { rawBody: Buffer.from("raw") });
    expect(String(await readRawBody(read))).toBe("raw");
    expect(await readRawBody(Object.assign(requestOf([]), { body: "text" }))).toBe("text");
  });

  test("refuses a stream a parser consumed: parsed_body when it left an object, body_already_read otherwise", async () => {
    const parsed = requestOf(['{"a":1}']);
    for await (const _ of parsed);
    parsed.body = { a: 1 };
    const error = await rejection(readRawBody(parsed));
    expect(error.reason).toBe("parsed_body");
    expect(error.message).toContain("export const config = { api: { bodyParser: false } }");
    const drained = requestOf(["x"]);
    for await (const _ of drained);
    expect((await rejection(readRawBody(drained))).reason).toBe("body_already_read");
  });

  test("refuses a body over maxBytes, by content-length before reading and while reading", async () => {
    const declared = requestOf(["0123456789"], { "content-length": "10" });
    expect((await rejection(readRawBody(declared, { maxBytes: 9 }))).reason).toBe("body_too_large");
    const streamed = requestOf(["01234", "56789"]);
    expect((await rejection(readRawBody(streamed, { maxBytes: 9 }))).reason).toBe("body_too_large");
    const kept = Object.assign(requestOf([]), { rawBody: Buffer.alloc(10) });
    expect((await rejection(readRawBody(kept, { maxBytes: 9 }))).reason).toBe("body_too_large");
    expect(String(await readRawBody(requestOf(["012345678"]), { maxBytes: 9 }))).toBe("012345678");
  });
});

describe("verifyNodeRequest", () => {
  const webhook = new Webhook(SECRET);

  test("verifies the stream's body with the request's headers, at the given time", async () => {
    const body = '{"orderId": 3}';
    const headers = webhook.signHeaders("msg_node", 1_700_000_000, body);
    const payload = await verifyNodeRequest(webhook, requestOf([body], headers), { now: 1_700_000_000 });
    expect(payload).toEqual({ orderId: 3 });
    expect(reasonOf(() => webhook.verify(body, headers))).toBe("timestamp_too_old");
  });
});

/** node:http, with the correct adapter on /webhooks and each mistake on its own route. */
function nodeApp(webhook: Webhook) {
  return createServer(async (req, res) => {
    let answer: { status: number; body?: string } = { status: 204 };
    try {
      if (req.url === "/webhooks") await verifyNodeRequest(webhook, req);
      else {
        const raw = String(await readRawBody(req));
        if (req.url === "/mistake/parsed-object") webhook.verify(JSON.parse(raw), req.headers);
        if (req.url === "/mistake/reserialized") webhook.verify(reformat(JSON.parse(raw)), req.headers);
        if (req.url === "/mistake/headers-object") {
          const headers = new Headers();
          for (let i = 0; i < req.rawHeaders.length; i += 2)
            headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
          webhook.verify(raw, headers);
        }
        if (req.url === "/mistake/header-arrays") webhook.verify(raw, req.headersDistinct);
      }
    } catch (error) {
      answer = errorAnswer(error);
    }
    res.writeHead(answer.status, { "content-type": "application/json" }).end(answer.body);
  });
}

describe("a real node:http receiver", () => {
  receiverAppSuite("verifyNodeRequest", () => nodeApp(new Webhook(SECRET)));
});
