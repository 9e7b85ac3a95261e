// Type tests: each snippet is compiled by the TypeScript compiler, as a user's project would compile
// it (strict), and the test reads the compiler's own diagnostics. A wrong field, a wrong type and an
// unknown event type must fail to compile, each with the error TypeScript gives; the right calls
// must compile clean.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = new URL("../../", import.meta.url).pathname;
const DIR = join(ROOT, ".cache", "type-tests", "events");

const PRELUDE = `import * as v from "valibot";
import { z } from "zod";
import { defineEvents, Octohooks, schema, TypedWebhook, Webhook } from "../../../src/index.js";

const events = defineEvents({
  "invoice.paid": z.object({ id: z.string(), amountCents: z.number().int() }),
  "user.created": v.object({ email: v.string() }),
  "user.deleted": schema<{ id: string }>(),
  "user.renamed": { schema: z.object({ id: z.string(), name: z.string() }), description: "Renamed", example: { id: "u", name: "n" } },
});
const octohooks = new Octohooks("token", { events });
const typed = defineEvents(
  {
    "invoice.paid": z.object({ type: z.literal("invoice.paid"), id: z.string(), amountCents: z.number() }),
    "invoice.voided": z.object({ type: z.literal("invoice.voided"), id: z.string(), reason: z.string() }),
  },
  { discriminator: "type" },
);
export {};
`;

/** Each snippet goes in its own file after the prelude. */
const SNIPPETS: Record<string, string> = {
  valid: `
await octohooks.message.create("app_1", { eventType: "invoice.paid", payload: { id: "in_1", amountCents: 1200 }, uid: "u-1" });
await octohooks.message.create("app_1", { eventType: "user.created", payload: { email: "a@example.com" } });
await octohooks.message.create("app_1", { eventType: "user.deleted", payload: { id: "usr_1" } });
await octohooks.message.create("app_1", { eventType: "user.renamed", payload: { id: "usr_1", name: "Ada" } });
await octohooks.endpoint.sendExample("app_1", "ep_1", { eventType: "user.created" });
const sender = new Octohooks("token", { events: typed });
await sender.message.create("app_1", { eventType: "invoice.voided", payload: { type: "invoice.voided", id: "in_1", reason: "dup" } });
const event = new TypedWebhook("whsec_x", { events: typed }).verify("{}", {});
const reason: string = event.type === "invoice.voided" ? event.reason : String(event.amountCents);
const one: { email: string } = new TypedWebhook("whsec_x", { events }).verify("{}", {}, { eventType: "user.created" });
const untyped = new Octohooks("token");
await untyped.message.create("app_1", { eventType: "anything.at.all", payload: { free: true } });
const plain: Octohooks = octohooks;
void reason; void one; void plain;
`,
  wrongField: `
await octohooks.message.create("app_1", { eventType: "invoice.paid", payload: { id: "in_1", amount: 1200 } });
`,
  wrongType: `
await octohooks.message.create("app_1", { eventType: "invoice.paid", payload: { id: "in_1", amountCents: "1200" } });
`,
  unknownEventType: `
await octohooks.message.create("app_1", { eventType: "invoice.refunded", payload: { id: "in_1", amountCents: 1 } });
`,
  wrongTypeInDefinition: `
await octohooks.message.create("app_1", { eventType: "user.renamed", payload: { id: "usr_1", name: 42 } });
`,
  missingField: `
await octohooks.message.create("app_1", { eventType: "user.created", payload: {} });
`,
  missingDiscriminator: `
await new Octohooks("token", { events: typed }).message.create("app_1", { eventType: "invoice.paid", payload: { id: "in_1", amountCents: 1 } });
`,
  sendExampleUnknown: `
await octohooks.endpoint.sendExample("app_1", "ep_1", { eventType: "invoice.refunded" });
`,
  receivedNotNarrowed: `
const event = new TypedWebhook("whsec_x", { events: typed }).verify("{}", {});
const reason: string = event.reason;
`,
  schemaWithoutCatalogue: `
new Webhook("whsec_x").verify("{}", {}, { schema: z.object({ id: z.string() }) });
`,
};

/** Per snippet, each diagnostic's first line; `details` holds the whole message. */
let diagnostics: Record<string, string[]>;
let details: Record<string, string[]>;

beforeAll(() => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  const files = Object.entries(SNIPPETS).map(([name, body]) => {
    const file = join(DIR, `${name}.ts`);
    writeFileSync(file, PRELUDE + body);
    return file;
  });
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    types: [],
    skipLibCheck: true,
  });
  diagnostics = {};
  details = {};
  for (const [index, name] of Object.keys(SNIPPETS).entries()) {
    const source = program.getSourceFile(files[index] as string);
    const found = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    details[name] = found.map((d) => `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    diagnostics[name] = (details[name] ?? []).map((text) => text.split("\n")[0] as string);
  }
}, 60_000);

afterAll(() => rmSync(DIR, { recursive: true, force: true }));

describe("a client with an event catalogue, as tsc --strict sees it", () => {
  it("compiles the right calls: each event type's payload, sendExample, a typed receiver, no catalogue", () => {
    expect(diagnostics.valid).toEqual([]);
  });

  it("rejects a field the event type's schema does not have", () => {
    expect(diagnostics.wrongField).toEqual([
      expect.stringMatching(
        /^TS2353: Object literal may only specify known properties, and 'amount' does not exist/,
      ),
    ]);
  });

  it("rejects a field of the wrong type", () => {
    expect(diagnostics.wrongType).toEqual(["TS2322: Type 'string' is not assignable to type 'number'."]);
    expect(diagnostics.wrongTypeInDefinition).toEqual([
      "TS2322: Type 'number' is not assignable to type 'string'.",
    ]);
  });

  it("rejects an event type the catalogue lacks, naming the ones it has", () => {
    expect(diagnostics.unknownEventType).toEqual([
      `TS2322: Type '"invoice.refunded"' is not assignable to type '"invoice.paid" | "user.created" | "user.deleted" | "user.renamed"'.`,
    ]);
    expect(diagnostics.sendExampleUnknown).toEqual([
      `TS2322: Type '"invoice.refunded"' is not assignable to type '"invoice.paid" | "user.created" | "user.deleted" | "user.renamed"'.`,
    ]);
  });

  it("rejects a payload missing a required field (valibot) or the discriminator", () => {
    expect(diagnostics.missingField).toEqual([
      expect.stringMatching(/^TS2741: Property 'email' is missing in type '\{\}'/),
    ]);
    expect(diagnostics.missingDiscriminator).toEqual([expect.stringMatching(/^TS2322: /)]);
    expect(details.missingDiscriminator?.[0]).toMatch(/Property 'type' is missing in type/);
  });

  it("types a received event as the union, so a field needs the discriminator checked first", () => {
    expect(diagnostics.receivedNotNarrowed).toEqual([
      expect.stringMatching(/^TS2339: Property 'reason' does not exist on type/),
    ]);
  });

  it("offers a per-call schema only to a TypedWebhook, which runs it", () => {
    expect(diagnostics.schemaWithoutCatalogue).toEqual([
      "TS2353: Object literal may only specify known properties, and 'schema' does not exist in type '{ now?: number | Date | undefined; }'.",
    ]);
  });
});
