// ESM entry for Node, Bun and Deno: `import` the package as their users do and run the scenario.
// Usage: <runtime> esm.mjs <serverUrl> <token>
import { Octohooks } from "octohooks";
import { Webhook, WebhookVerificationError } from "octohooks/webhooks";
import { currentRuntime, scriptArguments } from "./runtime.mjs";
import { reportLine, runScenario, WEBHOOK_SECRET } from "./scenario.mjs";

const [serverUrl, token] = scriptArguments();
const client = new Octohooks(token, { serverUrl, maxRetries: 0 });
const webhook = new Webhook(WEBHOOK_SECRET);
const report = await runScenario({ client, webhook, WebhookVerificationError, label: "esm", sync: true });
const resolved = {
  root: import.meta.resolve("octohooks"),
  webhooks: import.meta.resolve("octohooks/webhooks"),
};
console.log(reportLine({ ...report, module: "esm", on: currentRuntime(), resolved }));
