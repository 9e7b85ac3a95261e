// Browser entry, bundled by esbuild for the browser. The page URL's fragment carries the mock
// server's URL and token; the outcome is left on `window.smokeOutcome` for the test to read.
import { Octohooks } from "octohooks";
import { Webhook, WebhookVerificationError } from "octohooks/webhooks";
import { runScenario, WEBHOOK_SECRET } from "./scenario.mjs";

const params = new URLSearchParams(location.hash.slice(1));
const client = new Octohooks(params.get("token"), { serverUrl: params.get("server"), maxRetries: 0 });
const webhook = new Webhook(WEBHOOK_SECRET);

window.smokeOutcome = runScenario({
  client,
  webhook,
  WebhookVerificationError,
  label: "browser",
  sync: false,
}).then(
  (report) => ({
    report: { ...report, module: "esm", on: { name: "chromium", version: navigator.userAgent } },
  }),
  (error) => ({ error: String(error?.stack ?? error) }),
);
