// examples/handle-errors.ts, run with tsx: a 422 is reported as a ValidationError with its location,
// and a 429 that outlasts the client's retries as a RateLimitError; neither stores a message.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runExample } from "./support/exampleProcess.js";
import { type RunningMock, startMock } from "./support/mockServer.js";

let server: RunningMock;

beforeAll(async () => {
  server = await startMock();
});

afterAll(async () => {
  await server?.close();
});

async function messagesOf(appId: string) {
  return (await server.octohooks.message.list(appId)).data;
}

describe("handle-errors.ts", () => {
  test("sends the valid message and reports the invalid one as a ValidationError", async () => {
    await server.octohooks.application.create({ name: "Errors", uid: "errors-valid" });
    const run = await runExample("handle-errors.ts", { args: ["errors-valid"], env: server.env });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const stored = await messagesOf("errors-valid");
    expect(stored.map((m) => m.eventType)).toEqual(["invoice.paid"]);
    expect(run.stdout).toContain(`invoice.paid: sent ${stored[0]?.id}\n`);
    expect(run.stdout).toMatch(
      /^invoice paid: invalid \(ValidationError\): body\.eventType: .+: fix the message/m,
    );
  });

  test("reports a rate limit that outlasts the client's retries as a RateLimitError", async () => {
    await server.octohooks.application.create({ name: "Errors", uid: "errors-limited" });
    server.mock.faults.resetStats();
    // Three 429s: the first attempt and the client's two retries (Retry-After 0: no real waiting).
    server.mock.faults.inject({
      operation: "message.create",
      kind: "rateLimit",
      retryAfterSeconds: 0,
      times: 3,
    });
    const run = await runExample("handle-errors.ts", { args: ["errors-limited"], env: server.env });
    expect(run.code).toBe(0);
    expect(server.mock.faults.stats().rateLimit).toBe(3);
    expect(run.stdout).toContain(
      "invoice.paid: rate limited (RateLimitError), retry after 0 s: queue it for later",
    );
    expect(run.stdout).toContain("invoice paid: invalid (ValidationError)");
    expect(await messagesOf("errors-limited")).toEqual([]);
  });

  test("lets other errors through: an unknown application fails the run with a NotFoundError", async () => {
    const run = await runExample("handle-errors.ts", { args: ["no-such-app"], env: server.env });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/404 not_found/);
  });
});
