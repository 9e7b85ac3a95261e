// The child-process side of the benchmarks' servers. `fixed`: the fixed-answer server (the ceiling).
// `receiver`: a webhook receiver answering 200 that counts deliveries, each (path, webhook-id) once,
// so a lost or duplicated delivery shows. Prints `listening <url>`; answers "stats" over IPC; exits
// when the parent goes away.
// Run: node --import tsx scripts/bench/serverProcess.ts fixed|receiver
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { startFixedServer } from "./fixedServer.js";

/** What the `receiver` answers to "stats". */
export interface ReceiverStats {
  /** Requests received. */
  deliveries: number;
  /** Distinct (path, webhook-id) pairs among them. */
  distinct: number;
  /** Connections the deliveries came over. */
  sockets: number;
}

/** What the `fixed` server answers to "stats". */
export interface FixedStats {
  sockets: number;
}

async function startReceiver(): Promise<{ url: string; stats: () => ReceiverStats }> {
  const seen = new Set<string>();
  let deliveries = 0;
  let sockets = 0;
  const server = createServer((req, res) => {
    deliveries++;
    seen.add(`${req.url} ${req.headers["webhook-id"]}`);
    req.resume();
    req.on("end", () => res.end("ok"));
  });
  server.on("connection", () => sockets++);
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, stats: () => ({ deliveries, distinct: seen.size, sockets }) };
}

async function main(mode: string | undefined): Promise<void> {
  let url: string;
  let stats: () => ReceiverStats | FixedStats;
  if (mode === "receiver") ({ url, stats } = await startReceiver());
  else if (mode === "fixed") {
    const fixed = await startFixedServer();
    url = fixed.url;
    stats = () => ({ sockets: fixed.sockets() });
  } else throw new Error(`unknown mode ${JSON.stringify(mode)}: expected fixed or receiver`);
  process.on("message", () => process.send?.(stats()));
  process.on("disconnect", () => process.exit(0));
  process.stdout.write(`listening ${url}\n`);
}

await main(process.argv[2]);
