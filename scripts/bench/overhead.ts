// Request overhead on the wire: `message.create` through the SDK (as Node users get it, over
// node:http, and forced onto fetch) against the same request sent bare by node:http, fetch and
// undici's `request`, svix's client doing the same call, and openapi-fetch's default path (a real
// `Request`), all against one bare node:http server on loopback (in a child process unless
// --in-process), interleaved round by round.
// Run: node --import tsx scripts/bench/overhead.ts [--quick] [--in-process]   (after npm run build)
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import createClient from "openapi-fetch";
import { Svix } from "svix";
import type { paths } from "../../src/generated/openapi.js";
import { APP, BODY, bareNodeHttp, type Call, rawFetch, TOKEN, undici } from "./bareClients.js";
import { startFixedServer } from "./fixedServer.js";
import { drive, median } from "./load.js";
import { REPO_ROOT, spawnServer } from "./spawnServer.js";

/** Throughput of one candidate at one concurrency, and the CPU this process spent per call. */
export interface OverheadResult {
  name: string;
  concurrency: number;
  callsPerSec: number;
  /** User + system CPU of the calling process per call, in µs (the server's too when in-process). */
  cpuUsPerCall: number;
}

/** Starts the fixed-answer server in this process (it lives in fixedServer.ts). */
export { startFixedServer } from "./fixedServer.js";

/** Options of {@link benchOverhead}. */
export interface OverheadOptions {
  quick?: boolean;
  /**
   * Where the fixed-answer server runs: in a child process (the default: it gets a core of its own,
   * so the figures are the client's alone), or in this process, sharing its event loop.
   */
  server?: "child" | "in-process";
}

type Sdk = typeof import("../../src/index.js");

/**
 * The SDK as Node users run it: the built node flavour (dist/node), which sends over node:http;
 * the sources run by tsx would be the default flavour, which sends over fetch.
 */
async function loadSdk(): Promise<Sdk> {
  const entry = pathToFileURL(join(REPO_ROOT, "dist", "node", "index.js")).href;
  return (await import(entry).catch((error: unknown) => {
    throw new Error(`loading dist/node failed (run npm run build first): ${error}`);
  })) as Sdk;
}

async function candidates(url: string): Promise<Array<{ name: string; call: Call }>> {
  const { Octohooks } = await loadSdk();
  const sdk = new Octohooks(TOKEN, { serverUrl: url });
  const sdkOverFetch = new Octohooks(TOKEN, { serverUrl: url, fetch: globalThis.fetch });
  const svix = new Svix(TOKEN, { serverUrl: url });
  const plain = createClient<paths>({ baseUrl: url, headers: { authorization: `Bearer ${TOKEN}` } });
  // The design the core could have had instead: openapi-fetch's whole pipeline, handed a light
  // `Request` stand-in that keeps the URL and init, and a fetch that sends them as they are.
  class LightRequest {
    constructor(
      readonly url: string,
      readonly init: RequestInit,
    ) {}
  }
  const light = createClient<paths>({
    baseUrl: url,
    headers: { authorization: `Bearer ${TOKEN}` },
    Request: LightRequest as unknown as typeof Request,
    fetch: ((request: LightRequest) => fetch(request.url, request.init)) as unknown as typeof fetch,
  });
  const raw = rawFetch(url);
  // The same again with the per-attempt timeout the SDK applies (15 s): what a timeout alone costs.
  const rawWithTimeout: Call = async () => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 15_000);
    try {
      return await raw(controller.signal);
    } finally {
      clearTimeout(timer);
    }
  };
  return [
    { name: "node:http", call: bareNodeHttp(url) },
    { name: "undici.request", call: undici(url) },
    { name: "raw fetch", call: () => raw() },
    // A signal and no timer: what undici's watching any signal costs, apart from the timer.
    { name: "raw fetch + signal", call: () => raw(new AbortController().signal) },
    { name: "raw fetch + timeout", call: rawWithTimeout },
    { name: "octohooks", call: () => sdk.message.create(APP, BODY) },
    { name: "octohooks over fetch", call: () => sdkOverFetch.message.create(APP, BODY) },
    {
      name: "openapi-fetch default",
      call: () => plain.POST("/api/v1/app/{app_id}/msg", { params: { path: { app_id: APP } }, body: BODY }),
    },
    {
      name: "openapi-fetch light Request",
      call: () => light.POST("/api/v1/app/{app_id}/msg", { params: { path: { app_id: APP } }, body: BODY }),
    },
    { name: "svix", call: () => svix.message.create(APP, BODY) },
  ];
}

/** Runs `calls` calls of `call` with `concurrency` in flight; returns calls/s and CPU µs per call. */
async function run(call: Call, calls: number, concurrency: number): Promise<[number, number]> {
  // A full collection first, so no candidate pays for the garbage the one before it left
  // (fetch's leaves several times more than node:http's); the bench runs with --expose-gc.
  globalThis.gc?.();
  const cpu = process.cpuUsage();
  const seconds = await drive(calls, concurrency, () => call());
  const used = process.cpuUsage(cpu);
  return [calls / seconds, (used.user + used.system) / calls];
}

/** Measures every candidate at concurrency 1 and 64, interleaved, median of the rounds. */
export async function benchOverhead(opts: OverheadOptions = {}): Promise<OverheadResult[]> {
  const fixed = opts.server === "in-process" ? await inProcessServer() : await childServer();
  try {
    const list = await candidates(fixed.url);
    // Ten candidates, interleaved; seven rounds, so a burst of noise on a shared machine moves the
    // median less (about four minutes).
    const rounds = opts.quick ? 2 : 7;
    const results: OverheadResult[] = [];
    for (const concurrency of [1, 64]) {
      const calls = opts.quick ? 200 : concurrency === 1 ? 1_500 : 4_000;
      for (const c of list) await run(c.call, Math.min(200, calls), concurrency); // warm-up
      const samples = new Map(list.map((c) => [c.name, { rate: [] as number[], cpu: [] as number[] }]));
      for (let r = 0; r < rounds; r++) {
        for (const c of r % 2 ? [...list].reverse() : list) {
          const [rate, cpu] = await run(c.call, calls, concurrency);
          samples.get(c.name)?.rate.push(rate);
          samples.get(c.name)?.cpu.push(cpu);
        }
      }
      for (const c of list) {
        const { rate, cpu } = samples.get(c.name) ?? { rate: [], cpu: [] };
        results.push({ name: c.name, concurrency, callsPerSec: median(rate), cpuUsPerCall: median(cpu) });
      }
    }
    return results;
  } finally {
    await fixed.stop();
  }
}

async function inProcessServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const { url, server } = await startFixedServer();
  return {
    url,
    stop: async () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

async function childServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = await spawnServer(["--import", "tsx", "scripts/bench/serverProcess.ts", "fixed"], {
    ready: /listening (\S+)/,
  });
  return { url: child.ready[1] as string, stop: () => child.stop() };
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
      const candidate = (await candidates(url)).find((c) => c.name === name) as { call: Call };
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
    const bare = rows.find((r) => r.name === "node:http")?.callsPerSec ?? Number.NaN;
    console.log(`\nmessage.create at concurrency ${concurrency}`);
    for (const r of rows) {
      console.log(
        `  ${r.name.padEnd(24)} ${r.callsPerSec.toFixed(0).padStart(8)} calls/s   ${(r.callsPerSec / bare).toFixed(2)}x node:http   ${r.cpuUsPerCall.toFixed(0)} µs CPU/call`,
      );
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const quick = process.argv.includes("--quick");
  const server = process.argv.includes("--in-process") ? "in-process" : "child";
  printTable(await benchOverhead({ quick, server }));
  for (const { name, calls, sockets } of await benchSockets({ quick }))
    console.log(`sockets opened for ${calls} ${name} calls at concurrency 64: ${sockets}`);
}
