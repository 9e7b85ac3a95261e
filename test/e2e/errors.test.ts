import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  AbortError,
  AuthenticationError,
  ConflictError,
  ConnectionError,
  InternalServerError,
  NotFoundError,
  Octohooks,
  PayloadTooLargeError,
  RateLimitError,
  ValidationError,
} from "../../src/index.js";
import { createMockServer, type MockServer } from "../../src/mock/index.js";

let mock: MockServer;
let close: () => Promise<void>;
let url: string;
let octohooks: Octohooks;

beforeEach(async () => {
  mock = createMockServer({ tokens: { tk_prod: "prod", tk_test: "test" } });
  ({ url, close } = await mock.listen({ port: 0 }));
  octohooks = new Octohooks("tk_prod", { serverUrl: url, maxRetries: 0 });
  await octohooks.application.create({ name: "E", uid: "e" });
});
afterEach(async () => {
  await mock.close();
  await close();
});

describe("every error path arrives as its typed error", () => {
  it("401 for an unknown token", async () => {
    const error = (await new Octohooks("tk_nope", { serverUrl: url }).application
      .list()
      .catch((e) => e)) as AuthenticationError;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.requestId).toMatch(/./);
    expect(error.message).not.toContain("tk_nope");
  });

  it("404 for a missing entity, and for another environment's", async () => {
    await expect(octohooks.application.get("missing")).rejects.toBeInstanceOf(NotFoundError);
    const other = new Octohooks("tk_test", { serverUrl: url, maxRetries: 0 });
    await expect(other.application.get("e")).rejects.toBeInstanceOf(NotFoundError);
    await expect(other.message.create("e", { eventType: "a.b", payload: {} })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(other.application.delete("e")).rejects.toBeInstanceOf(NotFoundError);
    expect((await other.application.list()).data).toEqual([]);
    expect((await octohooks.application.get("e")).uid).toBe("e");
  });

  it("409 conflict for a duplicate UID", async () => {
    const error = await octohooks.application.create({ name: "E2", uid: "e" }).catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe("conflict");
  });

  it("422 with the field for invalid input, and nothing changes", async () => {
    const error = await octohooks.endpoint
      .create("e", { url: "ftp://nope", headers: { "x-bad": "a\r\nInjected: 1" } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const locs = (error as ValidationError).errors.map((d) => d.loc.join("."));
    expect(locs).toContain("body.url");
    expect(locs.some((l) => l.startsWith("body.headers"))).toBe(true);
    expect((await octohooks.endpoint.list("e")).data).toEqual([]);
  });

  it("413 for a body over 1 MiB", async () => {
    const big = "x".repeat(1024 * 1024 + 10);
    await expect(
      octohooks.message.create("e", { eventType: "a.b", payload: { big } }),
    ).rejects.toBeInstanceOf(PayloadTooLargeError);
  });

  it("429 with retryAfter, and 5xx, from injected faults", async () => {
    mock.faults.inject({ operation: "application.list", kind: "rateLimit", retryAfterSeconds: 7, times: 1 });
    const limited = (await octohooks.application.list().catch((e) => e)) as RateLimitError;
    expect(limited).toBeInstanceOf(RateLimitError);
    expect(limited.retryAfter).toBe(7);
    mock.faults.inject({ operation: "application.get", kind: "serverError", status: 503, times: 1 });
    await expect(octohooks.application.get("e")).rejects.toBeInstanceOf(InternalServerError);
  });
});

describe("errors of calls that got no answer", () => {
  it("a refused connection names 127.0.0.1:<port>, the attempts made and the requestId sent", async () => {
    const closed = createMockServer();
    const listening = await closed.listen({ port: 0 });
    await closed.close();
    await listening.close();
    const port = new URL(listening.url).port;
    const sent: string[] = [];
    const client = new Octohooks("tk_prod", {
      serverUrl: listening.url,
      maxRetries: 2,
      retryPolicy: { baseDelayMs: 1, maxDelayMs: 1 },
      logger: (r) => sent.push(r.requestId),
    });
    const error = await client.application.list().catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toContain(`127.0.0.1:${port}`);
    expect(error.message).toContain("after 3 attempts");
    expect(error.message).toContain("OCTOHOOKS_SERVER_URL");
    expect(error.attempts).toBe(3);
    expect(error.requestId).toMatch(/^req_/);
    expect(new Set(sent)).toEqual(new Set([error.requestId]));
  });

  it("an aborted call carries the requestId it sent", async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await octohooks.application.list({ signal: controller.signal }).catch((e) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(error.requestId).toMatch(/^req_/);
  });

  it("a 422 has a code to switch on", async () => {
    const error = await octohooks.endpoint.create("e", { url: "ftp://nope" }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.code).toBe("validation_error");
  });
});
