// CommonJS entry for Node and Bun: `require` the package and run the scenario (the scenario and
// helpers are imported dynamically, since Node 18 cannot require ES modules).
// Usage: <runtime> cjs.cjs <serverUrl> <token>
const { Octohooks } = require("octohooks");
const { Webhook, WebhookVerificationError } = require("octohooks/webhooks");

async function main() {
  const { currentRuntime, scriptArguments } = await import("./runtime.mjs");
  const { reportLine, runScenario, WEBHOOK_SECRET } = await import("./scenario.mjs");
  const [serverUrl, token] = scriptArguments();
  const client = new Octohooks(token, { serverUrl, maxRetries: 0 });
  const webhook = new Webhook(WEBHOOK_SECRET);
  const report = await runScenario({ client, webhook, WebhookVerificationError, label: "cjs", sync: true });
  const resolved = { root: require.resolve("octohooks"), webhooks: require.resolve("octohooks/webhooks") };
  console.log(reportLine({ ...report, module: "cjs", on: currentRuntime(), resolved }));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
