// Run by Node, Bun and Deno alike (plain JS): `message.create` through the built node flavour over
// each of its two paths, node:http (forced by an `httpAgent`) and fetch (forced by `fetch`),
// interleaved round by round, against the fixed-answer server at the URL given. Prints one JSON line:
// { defaultPath, rows: [{ path, concurrency, callsPerSec }] }: the path a client given neither takes
// on this runtime, and the median of the rounds.
// Run: <runtime> scripts/bench/runtimePaths.mjs URL [calls] [rounds]   (after npm run build)
import http from "node:http";
import { Octohooks } from "../../dist/node/index.js";

const [url, callsArg = "2000", roundsArg = "5"] = process.argv.slice(2);
const CALLS = Number(callsArg);
const ROUNDS = Number(roundsArg);
const BODY = { eventType: "invoice.paid", payload: { id: "in_1", amount: 1999, currency: "EUR" } };

const paths = {
  "node:http": new Octohooks("bench_token", {
    serverUrl: url,
    httpAgent: new http.Agent({ keepAlive: true }),
  }),
  fetch: new Octohooks("bench_token", { serverUrl: url, fetch: globalThis.fetch }),
};

async function drive(client, calls, concurrency) {
  let next = 0;
  const start = performance.now();
  const worker = async () => {
    while (next++ < calls) await client.message.create("app_bench", BODY);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return calls / ((performance.now() - start) / 1000);
}

/** The path a client given neither `fetch` nor `httpAgent` takes here: does it call the global fetch? */
async function defaultPath() {
  const original = globalThis.fetch;
  let fetched = false;
  globalThis.fetch = (...args) => {
    fetched = true;
    return original(...args);
  };
  try {
    await new Octohooks("bench_token", { serverUrl: url }).message.create("app_bench", BODY);
  } finally {
    globalThis.fetch = original;
  }
  return fetched ? "fetch" : "node:http";
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const results = [];
for (const concurrency of [1, 64]) {
  const rates = { "node:http": [], fetch: [] };
  for (const client of Object.values(paths)) await drive(client, 200, concurrency); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 ? ["fetch", "node:http"] : ["node:http", "fetch"];
    for (const path of order) rates[path].push(await drive(paths[path], CALLS, concurrency));
  }
  for (const path of Object.keys(rates))
    results.push({ path, concurrency, callsPerSec: median(rates[path]) });
}
console.log(JSON.stringify({ defaultPath: await defaultPath(), rows: results }));
// Exit explicitly: the runtimes differ in when idle keep-alive sockets let them go.
process.exit(0);
