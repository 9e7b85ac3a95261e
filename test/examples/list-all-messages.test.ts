// examples/list-all-messages.ts, run with tsx: auto-pagination visits every message exactly once,
// newest first, across several pages of 100.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runExample } from "./support/exampleProcess.js";
import { type RunningMock, startMock } from "./support/mockServer.js";

const MESSAGES = 230;

let server: RunningMock;
let created: { id: string; eventType: string }[];

beforeAll(async () => {
  server = await startMock();
  await server.octohooks.application.create({ name: "Pagination", uid: "pagination" });
  created = [];
  for (let i = 0; i < MESSAGES; i++) {
    const eventType = i % 3 === 0 ? "invoice.paid" : "customer.created";
    const message = await server.octohooks.message.create("pagination", { eventType, payload: { i } });
    created.push({ id: message.id, eventType });
  }
});

afterAll(async () => {
  await server?.close();
});

function listedIds(stdout: string): string[] {
  return stdout
    .split("\n")
    .filter((line) => line.startsWith("msg_"))
    .map((line) => line.split(/\s+/)[0] as string);
}

describe("list-all-messages.ts", () => {
  test("prints every message of the application once, newest first, then the count", async () => {
    const run = await runExample("list-all-messages.ts", { args: ["pagination"], env: server.env });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(listedIds(run.stdout)).toEqual(created.map((m) => m.id).reverse());
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe(`${MESSAGES} messages`);
  });

  test("with event types given, prints only those messages", async () => {
    const run = await runExample("list-all-messages.ts", {
      args: ["pagination", "invoice.paid"],
      env: server.env,
    });
    expect(run.code).toBe(0);
    const expected = created.filter((m) => m.eventType === "invoice.paid").map((m) => m.id);
    expect(listedIds(run.stdout)).toEqual(expected.reverse());
    expect(run.stdout).toContain(`${expected.length} messages`);
  });

  test("without an application, prints the usage and exits 1", async () => {
    const run = await runExample("list-all-messages.ts", { env: server.env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Usage: list-all-messages.ts <app id or uid>");
  });
});
