// Cloudflare Workers entry, bundled by esbuild with the workerd conditions. SMOKE_SERVER_URL and
// SMOKE_TOKEN are replaced at bundle time (esbuild `define`).
import { Octohooks } from "octohooks";
import { Webhook, WebhookVerificationError } from "octohooks/webhooks";
import { runScenario, WEBHOOK_SECRET } from "./scenario.mjs";

// At module top level, as Workers users write it: workerd throws here on randomness, timers or I/O.
const client = new Octohooks(SMOKE_TOKEN, { serverUrl: SMOKE_SERVER_URL, maxRetries: 0 });
const webhook = new Webhook(WEBHOOK_SECRET);

export default {
  async fetch() {
    try {
      const report = await runScenario({
        client,
        webhook,
        WebhookVerificationError,
        label: "workerd",
        sync: false,
      });
      return Response.json({
        ...report,
        module: "esm",
        on: { name: "workerd", version: navigator.userAgent },
      });
    } catch (error) {
      return new Response(String(error?.stack ?? error), { status: 500 });
    }
  },
};
