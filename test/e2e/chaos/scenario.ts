// The chaos scenario, run in its own process by chaos.test.ts so that "the process exits on its
// own" is a real check: it never calls process.exit, so a leaked timer or socket would hang it.
// Prints one JSON line of figures. Run by hand: npx tsx test/e2e/chaos/scenario.ts [calls]
import { type LogRecord, Octohooks } from "../../../src/index.js";
import { createMockServer } from "../../../src/mock/index.js";

const CALLS = Number(process.argv[2] ?? 2_000);
const CONCURRENCY = 32;
const MAX_RETRIES = 10;
const TIMEOUT_MS = 250;

const unhandled: unknown[] = [];
process.on("unhandledRejection", (reason) => unhandled.push(reason));

// Attempts per call as the server saw them: the SDK keeps one x-request-id across a call's retries.
const serverAttempts = new Map<string, number>();
const mock = createMockServer({
  seed: 20261125,
  onRequest: (entry) => {
    if (entry.operationId !== "message.create") return;
    serverAttempts.set(entry.requestId, (serverAttempts.get(entry.requestId) ?? 0) + 1);
  },
});
const listener = await mock.listen({ port: 0 });
const setup = new Octohooks(mock.token, { serverUrl: listener.url });
await setup.application.create({ name: "Chaos", uid: "chaos" });

// About 30 % of requests meet a fault; the first matching fault whose dice roll hits applies.
const faultSpecs = [
  { name: "500", kind: "serverError", status: 500, probability: 0.06 },
  { name: "502", kind: "serverError", status: 502, probability: 0.05 },
  { name: "503", kind: "serverError", status: 503, probability: 0.05 },
  { name: "429 Retry-After: 1", kind: "rateLimit", retryAfterSeconds: 1, probability: 0.06 },
  { name: `hang past the ${TIMEOUT_MS} ms timeout`, kind: "hang", probability: 0.03 },
  { name: "drop after storing", kind: "drop", probability: 0.08 },
] as const;
const faults = faultSpecs.map(({ name, ...spec }) => ({
  name,
  fault: mock.faults.inject({ ...spec, operation: "message.create" }),
}));

const attemptsByRequest = new Map<string, number>();
const logger = (record: LogRecord) => {
  attemptsByRequest.set(
    record.requestId,
    Math.max(attemptsByRequest.get(record.requestId) ?? 0, record.retryCount),
  );
};
const octohooks = new Octohooks(mock.token, {
  serverUrl: listener.url,
  timeout: TIMEOUT_MS,
  maxRetries: MAX_RETRIES,
  retryPolicy: { baseDelayMs: 10, maxDelayMs: 100 },
  logger,
});

const started = Date.now();
let next = 0;
let wrong = 0;
let failed = 0;
const errors: string[] = [];
async function worker(): Promise<void> {
  while (next < CALLS) {
    const i = next++;
    // Every other call has no uid: then only the idempotency key stands between a retry and a
    // second message, so a duplicate would be stored, not refused as a uid conflict.
    const uid = i % 2 === 0 ? `chaos-${i}` : undefined;
    try {
      const message = await octohooks.message.create("chaos", {
        eventType: "chaos.test",
        uid,
        payload: { i },
      });
      if ((message.uid ?? undefined) !== uid || message.payload?.i !== i) wrong++;
    } catch (error) {
      failed++;
      if (errors.length < 5) errors.push(String(error));
    }
  }
}
await Promise.all(Array.from({ length: CONCURRENCY }, worker));
const seconds = (Date.now() - started) / 1000;

const messages = mock.snapshot().messages;
const withUid = messages.filter((m) => m.uid !== null).length;
// Each call's payload carries its number, so a message stored twice shows as a repeated number.
const distinct = new Set(messages.map((m) => (m.payload as { i?: number } | undefined)?.i)).size;
const seenByServer = [...serverAttempts.values()];
const retries = [...attemptsByRequest.values()];

await mock.close();
await listener.close();

console.log(
  JSON.stringify({
    calls: CALLS,
    concurrency: CONCURRENCY,
    maxRetries: MAX_RETRIES,
    seconds,
    resolved: CALLS - failed,
    failed,
    wrong,
    errors,
    stored: messages.length,
    storedWithUid: withUid,
    distinctCalls: distinct,
    duplicates: messages.length - distinct,
    serverCalls: seenByServer.length,
    serverMaxAttempts: Math.max(...seenByServer),
    requests: retries.reduce((sum, r) => sum + r + 1, 0),
    retries: retries.reduce((sum, r) => sum + r, 0),
    maxRetryCount: Math.max(...retries),
    faults: Object.fromEntries(faults.map(({ name, fault }) => [name, fault.hits])),
    faultStats: mock.faults.stats(),
    unhandledRejections: unhandled.length,
  }),
);
