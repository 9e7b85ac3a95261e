import { request as httpRequest } from "node:http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type MockHarness, readChecked, startMock } from "./helpers.js";

let h: MockHarness;
beforeEach(async () => {
  h = await startMock();
  await h.api("POST", "/api/v1/app", { body: { name: "App", uid: "app" } });
});
afterEach(() => h.close());

const bigBody = () => JSON.stringify({ eventType: "a", payload: { blob: "x".repeat(1024 * 1024) } });

/** Streams a body without content-length (chunked), as a client that does not know the size would. */
function postChunked(
  url: string,
  token: string,
  chunks: string[],
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${url}/api/v1/app/app/msg`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": "application/json",
        "transfer-encoding": "chunked",
      },
    });
    req.on("response", (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    const writeNext = (i: number) => {
      if (i === chunks.length) return void req.end();
      if (req.write(chunks[i] as string)) writeNext(i + 1);
      else req.once("drain", () => writeNext(i + 1));
    };
    writeNext(0);
  });
}

describe("bad input never crashes the mock or changes its state", () => {
  it("400s invalid JSON with invalid_json", async () => {
    const res = await h.api("POST", "/api/v1/app", { rawBody: '{"name": "x",' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe("invalid_json");
  });

  it("400s a body that is not declared as JSON", async () => {
    const res = await h.api("POST", "/api/v1/app", {
      rawBody: JSON.stringify({ name: "x" }),
      headers: { "content-type": "text/plain" },
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe("bad_request");
    expect(
      (
        await h.api("POST", "/api/v1/app", {
          rawBody: JSON.stringify({ name: "y" }),
          headers: { "content-type": "application/json; charset=utf-8" },
        })
      ).status,
    ).toBe(201);
  });

  it("422s a missing body and a body that is not an object", async () => {
    const none = await h.api("POST", "/api/v1/app");
    expect(none.body.detail[0]).toMatchObject({ loc: ["body"], type: "missing" });
    const list = await h.api("POST", "/api/v1/app", { body: [1, 2] });
    expect(list.body.detail[0]).toMatchObject({ loc: ["body"], type: "dict_type" });
  });

  it("422s wrong types, negative numbers and out-of-range values", async () => {
    const res = await h.api("POST", "/api/v1/app/app/endpoint", {
      body: { url: 5, enabled: "yes", rateLimit: -1, version: 1.5, metadata: "m" },
    });
    expect(
      res.body.detail.map((d: { loc: string[]; type: string }) => `${d.loc.join(".")}:${d.type}`),
    ).toEqual([
      "body.url:string_type",
      "body.enabled:bool_type",
      "body.rateLimit:greater_than_equal",
      "body.metadata:dict_type",
      "body.version:int_type",
    ]);
    const stats = await h.api("GET", "/api/v1/app/app/endpoint/x/stats?since=yesterday");
    expect(stats.body.detail[0].loc).toEqual(["query", "since"]);
    const flag = await h.api("GET", "/api/v1/app/app/msg?with_content=maybe");
    expect(flag.body.detail[0]).toMatchObject({ loc: ["query", "with_content"], type: "bool_type" });
  });

  it("422s a path id that is not a valid id or uid", async () => {
    const res = await h.api("PUT", "/api/v1/app/bad%20id", { body: { name: "x" } });
    expect(res.status).toBe(422);
    expect(res.body.detail[0].loc).toEqual(["path", "app_id"]);
  });

  it("413s a body over 1 MiB over HTTP, with or without content-length, and keeps serving", async () => {
    const declared = await h.api("POST", "/api/v1/app/app/msg", { rawBody: bigBody() });
    expect(declared.status).toBe(413);
    expect(declared.body).toEqual({ code: "payload_too_large", detail: "The request body exceeds 1 MiB." });
    const chunk = "x".repeat(64 * 1024);
    const streamed = await postChunked(h.url, h.mock.token, [
      `{"eventType":"a","payload":{"b":"`,
      ...Array(20).fill(chunk),
      `"}}`,
    ]);
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body).code).toBe("payload_too_large");
    expect((await h.api("GET", "/api/v1/app/app/msg")).body.data).toEqual([]);
    expect((await h.api("GET", "/api/v1/health")).status).toBe(200);
  });

  it("413s a body over 1 MiB through handle()", async () => {
    const request = new Request(`${h.mock.url}/api/v1/app/app/msg`, {
      method: "POST",
      headers: { authorization: `Bearer ${h.mock.token}`, "content-type": "application/json" },
      body: bigBody(),
    });
    const res = await readChecked("POST", "/api/v1/app/app/msg", await h.mock.handle(request));
    expect(res.status).toBe(413);
  });
});

describe("unknown body fields", () => {
  const unknown = (body: { detail: { loc: string[]; type: string }[] }) =>
    body.detail.filter((d) => d.type === "extra_forbidden").map((d) => d.loc.join("."));

  it("422s an application with a misspelled or unknown field, with each field's loc, and stores nothing", async () => {
    const refused = await h.api("POST", "/api/v1/app", {
      body: { name: "Extra", uid: "extra", isAdmin: true, ratelimit: 5 },
    });
    expect(refused.status).toBe(422);
    expect(unknown(refused.body).sort()).toEqual(["body.isAdmin", "body.ratelimit"]);
    expect((await h.api("GET", "/api/v1/app/extra")).status).toBe(404);
    expect(JSON.stringify(h.mock.snapshot())).not.toContain("isAdmin");
  });

  it("422s an endpoint create, PUT and PATCH with an unknown field (throttleRate, disabled) and changes nothing", async () => {
    const refused = await h.api("POST", "/api/v1/app/app/endpoint", {
      body: { url: "https://e.example/hook", uid: "ep", throttleRate: 5 },
    });
    expect(refused.status).toBe(422);
    expect(unknown(refused.body)).toEqual(["body.throttleRate"]);
    const created = await h.api("POST", "/api/v1/app/app/endpoint", {
      body: { url: "https://e.example/hook", uid: "ep" },
    });
    expect(created.status).toBe(201);
    const put = await h.api("PUT", "/api/v1/app/app/endpoint/ep", {
      body: { url: "https://e.example/other", disabled: true },
    });
    expect(put.status).toBe(422);
    expect(unknown(put.body)).toEqual(["body.disabled"]);
    const patched = await h.api("PATCH", "/api/v1/app/app/endpoint/ep", {
      body: { description: "d", verifyTls: false },
    });
    expect(patched.status).toBe(422);
    expect(unknown(patched.body)).toEqual(["body.verifyTls"]);
    expect((await h.api("GET", "/api/v1/app/app/endpoint/ep")).body).toEqual(created.body);
  });

  it("422s an unknown field nested in a known object, e.g. a message's", async () => {
    const refused = await h.api("POST", "/api/v1/app/app/msg", {
      body: { eventType: "a", payload: { free: "form" }, channel: "eu" },
    });
    expect(refused.status).toBe(422);
    expect(unknown(refused.body)).toEqual(["body.channel"]);
    expect((await h.api("GET", "/api/v1/app/app/msg")).body.data).toEqual([]);
  });
});

describe("keys that look like prototypes", () => {
  let hh: MockHarness;
  beforeEach(async () => {
    hh = await startMock();
  });
  afterEach(() => hh.close());

  it("keeps __proto__ keys as plain data in metadata, schemas and headers", async () => {
    const app = await hh.api("POST", "/api/v1/app", {
      rawBody: '{"name":"A","metadata":{"__proto__":"x","k":"v"}}',
    });
    expect(app.status).toBe(201);
    expect(app.body.metadata).toEqual(JSON.parse('{"__proto__":"x","k":"v"}'));
    const et = await hh.api("POST", "/api/v1/event-type", {
      rawBody: '{"name":"e","description":"","schemas":{"__proto__":{"polluted":true}}}',
    });
    expect(Object.keys(et.body.schemas)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const ep = (
      await hh.api("POST", `/api/v1/app/${app.body.id}/endpoint`, { body: { url: "https://e.example" } })
    ).body.id;
    const path = `/api/v1/app/${app.body.id}/endpoint/${ep}/headers`;
    await hh.api("PATCH", path, { rawBody: '{"headers":{"__proto__":"v"}}' });
    expect(Object.keys((await hh.api("GET", path)).body.headers)).toEqual(["__proto__"]);
  });
});
