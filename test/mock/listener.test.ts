import { Agent, request as httpRequest } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { createMockServer, type MockListener } from "../../src/mock/index.js";

const mock = createMockServer();
let listener: MockListener;
afterEach(() => listener.close());

function get(url: string, agent: Agent): Promise<{ status: number; socketPort: number }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { agent }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, socketPort: req.socket?.localPort ?? -1 }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("listener", () => {
  it("binds 127.0.0.1 on a free port and keeps connections alive", async () => {
    listener = await mock.listen({ port: 0 });
    expect(listener.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const first = await get(`${listener.url}/api/v1/health`, agent);
    const second = await get(`${listener.url}/api/v1/health`, agent);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.socketPort).toBe(first.socketPort);
    agent.destroy();
  });

  it("answers CORS preflights and exposes headers when cors is on", async () => {
    listener = await mock.listen({ cors: true });
    const preflight = await fetch(`${listener.url}/api/v1/app`, {
      method: "OPTIONS",
      headers: {
        origin: "http://localhost:3000",
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization, idempotency-key",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-headers")).toBe("authorization, idempotency-key");
    const res = await fetch(`${listener.url}/api/v1/health`, {
      headers: { origin: "http://localhost:3000" },
    });
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-expose-headers")).toContain("x-request-id");
  });

  it("sends no CORS headers by default", async () => {
    listener = await mock.listen();
    const res = await fetch(`${listener.url}/api/v1/health`);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    const preflight = await fetch(`${listener.url}/api/v1/app`, { method: "OPTIONS" });
    expect(preflight.status).toBe(405);
    expect(preflight.headers.get("allow")).toBe("GET, POST");
  });

  it("closes cleanly and refuses connections afterwards", async () => {
    listener = await mock.listen();
    const { url } = listener;
    await listener.close();
    await expect(fetch(`${url}/api/v1/health`)).rejects.toMatchObject({
      name: "TypeError",
      cause: { code: "ECONNREFUSED" },
    });
  });
});
