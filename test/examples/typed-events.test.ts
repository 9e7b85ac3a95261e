// examples/typed-events-zod.ts and examples/typed-events-valibot.ts, run with tsx against the mock;
// docs/typed-events.md shows each file in full, so the guide's examples are the ones run here.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { extractSnippets } from "./support/docSnippets.js";
import { type ProcessRun, REPO_ROOT, runExample } from "./support/exampleProcess.js";
import { type RunningMock, startMock } from "./support/mockServer.js";

let server: RunningMock;
let zod: ProcessRun;
let valibot: ProcessRun;

beforeAll(async () => {
  server = await startMock();
  [zod, valibot] = await Promise.all([
    runExample("typed-events-zod.ts", { env: server.env }),
    runExample("typed-events-valibot.ts", { env: server.env }),
  ]);
}, 60_000);

afterAll(() => server?.close());

describe("typed-events-zod.ts", () => {
  test("syncs the event types, refuses a drifted payload before sending, and the receiver gets the typed event", () => {
    expect(zod.stderr).toBe("");
    expect(zod.code).toBe(0);
    expect(zod.stdout).toMatch(/^event types: 2 created, 0 unchanged$/m);
    expect(zod.stdout).toMatch(
      /^refused before sending: Payload of "invoice\.paid" does not match its schema: amountCents: .+$/m,
    );
    expect(zod.stdout).toMatch(/^receiver got: invoice in_1 paid, 1200 cents$/m);
  });

  test("registered each event type with its JSON Schema and example; only the valid message was stored", async () => {
    const paid = await server.octohooks.eventType.get("invoice.paid");
    expect(paid.description).toBe("An invoice was paid in full.");
    expect(paid.schemas?.["1"]).toMatchObject({
      properties: { amountCents: { type: "integer" } },
      examples: [{ type: "invoice.paid", id: "in_example", amountCents: 1200 }],
    });
    const messages = (await server.octohooks.message.list("acme-zod")).data;
    expect(messages.map((m) => m.payload)).toEqual([{ type: "invoice.paid", id: "in_1", amountCents: 1200 }]);
  });
});

describe("typed-events-valibot.ts", () => {
  test("syncs valibot's JSON Schemas; the handler accepts a valid event, refuses a drifted one, acknowledges an unknown type", () => {
    expect(valibot.stderr).toBe("");
    expect(valibot.code).toBe(0);
    expect(valibot.stdout).toMatch(/^event types: 2 created, 0 unchanged$/m);
    expect(valibot.stdout).toMatch(/^user\.created schema requires: type,id,email$/m);
    expect(valibot.stdout).toMatch(/^handler: user usr_1 created \(ada@example\.com\)$/m);
    expect(valibot.stdout).toMatch(/^user\.created usr_2 -> 400 schema_mismatch$/m);
    expect(valibot.stdout).toMatch(/^user\.renamed usr_1 -> 204$/m);
    expect(valibot.stdout).not.toMatch(/handler: user usr_2/);
  });
});

describe("docs/typed-events.md", () => {
  test("shows both examples in full, as the files run above", async () => {
    const guide = await readFile(join(REPO_ROOT, "docs/typed-events.md"), "utf8");
    const blocks = extractSnippets("docs/typed-events.md", guide).map((s) => `${s.code}\n`);
    for (const file of ["typed-events-zod.ts", "typed-events-valibot.ts"]) {
      expect(blocks, file).toContain(await readFile(join(REPO_ROOT, "examples", file), "utf8"));
    }
  });
});
