// A catalogue adds nothing to the bundle of a user who does not use one: bundled for the browser
// and minified as a user's bundler would, sending a message or verifying a webhook pulls in none of
// the catalogue's code (defineEvents, its validation, syncEventTypes, WebhookPayloadError).
import { describe, expect, it } from "vitest";
import { browserBundle } from "../helpers/browserBundle.js";

const SRC = new URL("../../src/", import.meta.url).pathname;
const bundle = (contents: string) => browserBundle(contents, SRC);

// Strings only the catalogue's modules hold; minification keeps string literals.
const CATALOGUE_MARKERS = [
  "Unknown event type",
  "does not match its schema",
  "needs a Standard Schema validator",
  "cannot give a JSON Schema",
  "WebhookPayloadError",
  "~standard",
];

describe("a user without a catalogue", () => {
  it("bundles message.create without any catalogue code", async () => {
    const code = await bundle(`import { Octohooks } from "./index.ts";
new Octohooks("AUTH_TOKEN").message.create("app_1", { eventType: "invoice.paid", payload: { id: "in_1" } }).then(console.log);`);
    expect(code).toContain("/api/v1/app/{app_id}/msg");
    for (const marker of CATALOGUE_MARKERS) expect(code).not.toContain(marker);
  });

  it("bundles Webhook.verifyAsync without any catalogue code", async () => {
    const code = await bundle(`import { Webhook } from "./webhooks/index.ts";
new Webhook("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").verifyAsync("{}", {}).then(console.log);`);
    expect(code).toContain("No matching webhook signature");
    for (const marker of CATALOGUE_MARKERS) expect(code).not.toContain(marker);
  });

  it("while a user of one gets it (the markers are real)", async () => {
    const code =
      await bundle(`import { defineEvents, Octohooks, syncEventTypes, TypedWebhook } from "./index.ts";
const events = defineEvents({});
new TypedWebhook("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", { events });
syncEventTypes(new Octohooks("AUTH_TOKEN", { events }), events).then(console.log);`);
    for (const marker of CATALOGUE_MARKERS) expect(code).toContain(marker);
  });
});
