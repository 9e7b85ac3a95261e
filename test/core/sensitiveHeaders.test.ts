import { describe, expect, it } from "vitest";
import { isSensitiveHeader } from "../../src/core/sensitiveHeaders.js";
import { Octohooks } from "../../src/index.js";
import { createMockServer } from "../../src/mock/index.js";

const CREDENTIALS = [
  "authorization",
  "Proxy-Authorization",
  "cookie",
  "x-api-key",
  "x-apikey",
  "x-auth-key",
  "x-auth-token",
  "ocp-apim-subscription-key",
  "x-session-id",
  "x-client-secret",
  "x-amz-security-token",
  "x-password",
];
const PLAIN = ["content-type", "x-request-id", "idempotency-key", "x-trace", "user-agent", "accept"];

describe("isSensitiveHeader", () => {
  it.each(CREDENTIALS)("%s is a credential", (name) => expect(isSensitiveHeader(name)).toBe(true));
  it.each(PLAIN)("%s is not", (name) => expect(isSensitiveHeader(name)).toBe(false));

  it("is the list the mock server marks an endpoint's sensitive headers by", async () => {
    const mock = createMockServer();
    const { url, close } = await mock.listen({ port: 0 });
    const octohooks = new Octohooks(mock.token, { serverUrl: url, maxRetries: 0 });
    await octohooks.application.create({ name: "A", uid: "a" });
    const names = [...CREDENTIALS.slice(3), "x-request-id", "idempotency-key", "x-trace", "accept"];
    const headers = Object.fromEntries(names.map((n) => [n, "v"]));
    await octohooks.endpoint.create("a", { url: "https://example.test/hooks", uid: "e", headers });
    const { sensitive } = await octohooks.endpoint.getHeaders("a", "e");
    expect(new Set(sensitive)).toEqual(new Set(Object.keys(headers).filter(isSensitiveHeader)));
    await mock.close();
    await close();
  });
});
