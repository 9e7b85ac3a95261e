// Request overhead on the wire: `message.create` through the SDK against a hand-written `fetch` of
// the same request, svix's client doing the same call, and openapi-fetch's default path (a real
// `Request`), all against one bare node:http server on loopback, interleaved round by round.
// Run: npx tsx scripts/bench/overhead.ts [--quick]
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import createClient from "openapi-fetch";
import { Svix } from "svix";
import type { paths } from "../../src/generated/openapi.js";
import { Octohooks } from "../../src/index.js";
import { startFixedServer } from "./fixedServer.js";

/** Throughput of one candidate at one concurrency. */
export interface OverheadResult {
  name: string;
  concurrency: number;
  callsPerSec: number;
}

const TOKEN = "bench_token";
const APP = "app_bench";
const BODY = { eventType: "invoice.paid", payload: { id: "in_1", amount: 1999, currency: "EUR" } };

/** Starts the fixed-answer server in this process (it lives in fixedServer.ts). */
export { startFixedServer } from "./fixedServer.js";

/** Options of {@link benchOverhead}. */
export interface OverheadOptions {
  quick?: boolean;
  /** A fixed-answer server already running (e.g. in another process); default: one in this process. */
  serverUrl?: string;
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
export async function benchOverhead(opts: OverheadOptions = {}): Promise<OverheadResult[]> {
  const own = opts.serverUrl === undefined ? await startFixedServer() : undefined;
  try {
    const list = candidates(opts.serverUrl ?? (own?.url as string));
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
    own?.server.closeAllConnections();
    own?.server.close();
  }
}

/** Sockets a server accepted while one candidate made its calls at concurrency 64. */
export interface SocketsResult {
  name: string;
  calls: number;
  sockets: number;
}

/**
 * Makes 20,000 calls at concurrency 64 through the SDK, then through raw fetch, each against a fresh
 * server, and counts the sockets each server accepted: with keep-alive it stays near the concurrency.
 */
export async function benchSockets(opts: { quick?: boolean } = {}): Promise<SocketsResult[]> {
  const calls = opts.quick ? 2_000 : 20_000;
  const results: SocketsResult[] = [];
  for (const name of ["octohooks", "raw fetch"]) {
    const { url, server, sockets } = await startFixedServer();
    try {
      const candidate = candidates(url).find((c) => c.name === name) as { call: Call };
      await run(candidate.call, calls, 64);
      results.push({ name, calls, sockets: sockets() });
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }
  return results;
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
  for (const { name, calls, sockets } of await benchSockets({ quick }))
    console.log(`sockets opened for ${calls} ${name} calls at concurrency 64: ${sockets}`);
}
