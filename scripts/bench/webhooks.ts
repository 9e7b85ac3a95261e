// Verify throughput of octohooks/webhooks against standardwebhooks and svix, measured in one process
// with the candidates interleaved round by round, so machine noise hits all of them alike.
// Run: npx tsx scripts/bench/webhooks.ts [--quick]
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { Webhook as StdWebhook } from "standardwebhooks";
import { Webhook as SvixWebhook } from "svix";
import { Webhook } from "../../src/webhooks/index.js";
import { median } from "./load.js";

/** One measured candidate at one payload size. */
export interface BenchResult {
  name: string;
  size: string;
  opsPerSec: number;
}

type Operation = () => unknown;

const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"; // the public Standard Webhooks test vector key
const SIZES = [
  { label: "0.5 KB", bytes: 512 },
  { label: "64 KB", bytes: 64 * 1024 },
];
const COMPETITORS = ["standardwebhooks", "svix"];

/** A deterministic event payload of about `bytes` bytes (ASCII, so one byte per character). */
function eventPayload(bytes: number): string {
  const items: object[] = [];
  let json = "";
  for (let i = 0; json.length < bytes; i++) {
    items.push({
      id: `item_${i}`,
      sku: `SKU-${(i * 7919) % 100000}`,
      quantity: (i % 5) + 1,
      price: 1999 + i,
    });
    json = JSON.stringify({ type: "invoice.paid", timestamp: "2024-11-24T00:00:00Z", data: { items } });
  }
  return json;
}

/** Runs `operation` for about `sliceMs` and returns operations per second. */
async function measure(operation: Operation, isAsync: boolean, sliceMs: number): Promise<number> {
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < 8; i++) {
      const result = operation();
      if (isAsync) await result;
    }
    count += 8;
    elapsed = performance.now() - start;
  } while (elapsed < sliceMs);
  return (count * 1000) / elapsed;
}

function candidates(payload: string): Array<{ name: string; run: Operation; isAsync: boolean }> {
  const ours = new Webhook(SECRET);
  const std = new StdWebhook(SECRET);
  const svix = new SvixWebhook(SECRET);
  const timestamp = Math.floor(Date.now() / 1000);
  const headers = ours.signHeaders("msg_p5jXN8AQM9LWM0D4loKWxJek", timestamp, payload);
  const expected = JSON.stringify(JSON.parse(payload));
  // Every candidate must accept the same webhook before its speed means anything.
  if (JSON.stringify(ours.verify(payload, headers)) !== expected)
    throw new Error("ours rejected the payload");
  if (JSON.stringify(std.verify(payload, headers)) !== expected)
    throw new Error("standardwebhooks rejected it");
  svix.verify(payload, headers);
  return [
    { name: "octohooks verify", run: () => ours.verify(payload, headers), isAsync: false },
    { name: "octohooks verifyAsync", run: () => ours.verifyAsync(payload, headers), isAsync: true },
    { name: "standardwebhooks", run: () => std.verify(payload, headers), isAsync: false },
    { name: "svix", run: () => svix.verify(payload, headers), isAsync: false },
    // References, not competitors: the JSON.parse that verify() must do, and our HMAC without it.
    { name: "(ref) JSON.parse alone", run: () => JSON.parse(payload), isAsync: false },
    { name: "(ref) octohooks sign", run: () => ours.sign("msg_1", timestamp, payload), isAsync: false },
  ];
}

/**
 * Measures verify ops/s at 0.5 KB and 64 KB for octohooks (`verify`, `verifyAsync`), standardwebhooks
 * and svix: a warm-up, then several rounds that rotate the order of the candidates; the median round
 * counts. `quick` finishes in a few seconds.
 */
export async function benchWebhooks(opts: { quick?: boolean } = {}): Promise<BenchResult[]> {
  const rounds = opts.quick ? 3 : 7;
  const sliceMs = opts.quick ? 30 : 150;
  const results: BenchResult[] = [];
  for (const size of SIZES) {
    const list = candidates(eventPayload(size.bytes));
    for (const candidate of list) await measure(candidate.run, candidate.isAsync, sliceMs);
    const samples = list.map(() => [] as number[]);
    for (let round = 0; round < rounds; round++) {
      for (let k = 0; k < list.length; k++) {
        const index = (k + round) % list.length;
        const candidate = list[index]!;
        samples[index]!.push(await measure(candidate.run, candidate.isAsync, sliceMs));
      }
    }
    list.forEach((candidate, i) => {
      results.push({ name: candidate.name, size: size.label, opsPerSec: Math.round(median(samples[i]!)) });
    });
  }
  return results;
}

/** Formats results as a table, each row with its ratio to the faster competitor at that size. */
export function formatBenchTable(results: BenchResult[]): string {
  const lines = [`${"candidate".padEnd(26)}${"size".padEnd(9)}${"ops/s".padStart(12)}  vs best competitor`];
  for (const row of results) {
    const rivals = results.filter((r) => r.size === row.size && COMPETITORS.includes(r.name));
    const best = Math.max(...rivals.map((r) => r.opsPerSec));
    const ratio = `${(row.opsPerSec / best).toFixed(2)}x`;
    lines.push(
      `${row.name.padEnd(26)}${row.size.padEnd(9)}${row.opsPerSec.toLocaleString("en").padStart(12)}  ${ratio}`,
    );
  }
  return lines.join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const quick = process.argv.includes("--quick");
  console.log(`webhook verify, Node ${process.version}${quick ? " (quick)" : ""}`);
  console.log(formatBenchTable(await benchWebhooks({ quick })));
}
