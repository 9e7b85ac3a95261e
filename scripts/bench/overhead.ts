// Request overhead on the wire: `message.create` through the SDK against a hand-written `fetch` of
// the same request, svix's client doing the same call, and openapi-fetch's default path (a real
// `Request`), all against one bare node:http server on loopback, interleaved round by round.
// Run: npx tsx scripts/bench/overhead.ts [--quick]
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import createClient from "openapi-fetch";
import { Svix } from "svix";
import type { paths } from "../../src/generated/openapi.js";
import { Octohooks } from "../../src/index.js";

/** Throughput of one candidate at one concurrency, and the sockets the server saw. */
export interface OverheadResult {
  name: string;
  concurrency: number;
  callsPerSec: number;
}

const TOKEN = "bench_token";
const APP = "app_bench";
const BODY = { eventType: "invoice.paid", payload: { id: "in_1", amount: 1999, currency: "EUR" } };
const ANSWER = JSON.stringify({
  id: "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W",
  uid: null,
  eventType: "invoice.paid",
  payload: BODY.payload,
  channels: null,
  timestamp: "2026-01-01T00:00:00Z",
});

/** A bare node:http server answering 202 with a fixed message body: the ceiling for Node here. */
export async function startFixedServer(): Promise<{ url: string; server: Server; sockets: () => number }> {
  let sockets = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(202, { "content-type": "application/json", "content-length": Buffer.byteLength(ANSWER) });
      res.end(ANSWER);
    });
  });
  server.on("connection", () => sockets++);
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server, sockets: () => sockets };
}

type Call = () => Promise<unknown>;

function candidates(url: string): Array<{ name: string; call: Call }> {
  const sdk = new Octohooks(TOKEN, { serverUrl: url });
  const svix = new Svix(TOKEN, { serverUrl: url });
  const plain = createClient<paths>({ baseUrl: url, headers: { authorization: `Bearer ${TOKEN}` } });
  const target = `${url}/api/v1/app/${APP}/msg`;
  // The same request on the wire as the SDK's: same headers, same body, no client features.
  const raw: Call = async () => {
    const res = await fetch(target, {
      method: "POST",
      headers: {
        authorization: `Bearer ${TOKEN}`,
        "content-type": "application/json",
        accept: "application/json",
        "user-agent": "bench",
        "x-request-id": `req_${crypto.randomUUID()}`,
        "idempotency-key": `auto_${crypto.randomUUID()}`,
      },
      body: JSON.stringify(BODY),
    });
    return res.json();
  };
  return [
    { name: "raw fetch", call: raw },
    { name: "octohooks", call: () => sdk.message.create(APP, BODY) },
    {
      name: "openapi-fetch default",
      call: () => plain.POST("/api/v1/app/{app_id}/msg", { params: { path: { app_id: APP } }, body: BODY }),
    },
    { name: "svix", call: () => svix.message.create(APP, BODY) },
  ];
}

/** Runs `calls` calls of `call` with `concurrency` in flight; returns calls per second. */
async function run(call: Call, calls: number, concurrency: number): Promise<number> {
  let next = 0;
  const start = performance.now();
  const worker = async () => {
    while (next < calls) {
      next++;
      await call();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return (calls * 1000) / (performance.now() - start);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Measures every candidate at concurrency 1 and 64, interleaved, median of the rounds. */
export async function benchOverhead(opts: { quick?: boolean } = {}): Promise<OverheadResult[]> {
  const { url, server } = await startFixedServer();
  try {
    const list = candidates(url);
    const rounds = opts.quick ? 2 : 7;
    const results: OverheadResult[] = [];
    for (const concurrency of [1, 64]) {
      const calls = opts.quick ? 200 : concurrency === 1 ? 2_000 : 6_000;
      for (const c of list) await run(c.call, Math.min(200, calls), concurrency); // warm-up
      const samples = new Map<string, number[]>(list.map((c) => [c.name, []]));
      for (let r = 0; r < rounds; r++) {
        for (const c of r % 2 ? [...list].reverse() : list)
          samples.get(c.name)?.push(await run(c.call, calls, concurrency));
      }
      for (const c of list)
        results.push({ name: c.name, concurrency, callsPerSec: median(samples.get(c.name) ?? []) });
    }
    return results;
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

/** Opens 20,000 SDK calls at concurrency 64 and counts the sockets the server accepted. */
export async function benchSockets(
  opts: { quick?: boolean } = {},
): Promise<{ calls: number; sockets: number }> {
  const { url, server, sockets } = await startFixedServer();
  try {
    const sdk = new Octohooks(TOKEN, { serverUrl: url });
    const calls = opts.quick ? 2_000 : 20_000;
    await run(() => sdk.message.create(APP, BODY), calls, 64);
    return { calls, sockets: sockets() };
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

function printTable(results: OverheadResult[]): void {
  for (const concurrency of [1, 64]) {
    const rows = results.filter((r) => r.concurrency === concurrency);
    const raw = rows.find((r) => r.name === "raw fetch")?.callsPerSec ?? Number.NaN;
    console.log(`\nmessage.create at concurrency ${concurrency}`);
    for (const r of rows) {
      console.log(
        `  ${r.name.padEnd(24)} ${r.callsPerSec.toFixed(0).padStart(8)} calls/s   ${(r.callsPerSec / raw).toFixed(2)}x raw`,
      );
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const quick = process.argv.includes("--quick");
  printTable(await benchOverhead({ quick }));
  const { calls, sockets } = await benchSockets({ quick });
  console.log(`\nsockets opened for ${calls} SDK calls at concurrency 64: ${sockets}`);
}
