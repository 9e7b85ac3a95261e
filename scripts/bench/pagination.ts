// Auto-pagination over N messages with `for await`: items per second, and the heap sampled along
// the way, which must stay flat (the iterator holds one page at a time).
// Run: npx tsx scripts/bench/pagination.ts [--quick]
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { Octohooks } from "../../src/index.js";

/** Items per second, and the heap after the first tenth and at the end of the walk. */
export interface PaginationResult {
  items: number;
  itemsPerSec: number;
  heapEarlyMb: number;
  heapPeakMb: number;
  heapEndMb: number;
}

const PAGE = 250;

/** A loopback server that makes up `total` messages, `limit` per page, cursor = offset. */
async function startPagingServer(total: number) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const from = Number(url.searchParams.get("iterator") ?? 0);
    const limit = Number(url.searchParams.get("limit") ?? 50);
    const to = Math.min(total, from + limit);
    const data = [];
    for (let i = from; i < to; i++) {
      data.push({
        id: `msg_${i}`,
        uid: null,
        eventType: "invoice.paid",
        payload: { invoice: `in_${i}`, amount: i },
        channels: null,
        timestamp: "2026-01-01T00:00:00Z",
      });
    }
    const done = to >= total;
    const body = JSON.stringify({
      data,
      iterator: done ? null : String(to),
      prevIterator: String(from),
      done,
    });
    res.writeHead(200, { "content-type": "application/json" });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Live heap in MB, after a full GC when node runs with --expose-gc (so garbage does not count). */
function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** Walks every message with `for await` and samples the heap about 20 times along the way. */
export async function benchPagination(opts: { quick?: boolean } = {}): Promise<PaginationResult> {
  const total = opts.quick ? 10_000 : 100_000;
  const { server, url } = await startPagingServer(total);
  try {
    const octohooks = new Octohooks("bench", { serverUrl: url });
    let items = 0;
    let heapEarly = 0;
    let heapPeak = 0;
    // About 20 samples over the walk, whatever its length, one of them at the first tenth.
    const every = PAGE * Math.max(1, Math.floor(total / PAGE / 20));
    // The heap samples force full GCs; their time is taken out of the walk's.
    let samplingMs = 0;
    const start = performance.now();
    for await (const message of octohooks.message.list("app_bench", { limit: PAGE })) {
      if (!message.id) throw new Error("a message without an id");
      items++;
      if (items % every === 0) {
        const sampled = performance.now();
        const heap = heapMb();
        samplingMs += performance.now() - sampled;
        heapPeak = Math.max(heapPeak, heap);
        if (items <= total / 10) heapEarly = heap;
      }
    }
    const seconds = (performance.now() - start - samplingMs) / 1000;
    if (items !== total) throw new Error(`walked ${items} of ${total} messages`);
    return {
      items,
      itemsPerSec: items / seconds,
      heapEarlyMb: heapEarly,
      heapPeakMb: heapPeak,
      heapEndMb: heapMb(),
    };
  } finally {
    server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const r = await benchPagination({ quick: process.argv.includes("--quick") });
  console.log(
    `for await over ${r.items} messages: ${r.itemsPerSec.toFixed(0)} items/s; heap ${r.heapEarlyMb.toFixed(1)} MB after the first tenth, peak ${r.heapPeakMb.toFixed(1)} MB, end ${r.heapEndMb.toFixed(1)} MB`,
  );
}
