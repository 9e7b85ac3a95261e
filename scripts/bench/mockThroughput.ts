// The mock server under load, three processes apart: this process creates messages through the SDK
// at concurrency 32; `octohooks-mock` runs in a second process; a receiver answering 200 in a third
// counts the deliveries (3 endpoints per message) until every one has arrived. The mock runs with a
// bounded history (MOCK_SETTINGS: the last 10,000 messages, payloads dropped once delivered), so
// its memory can stay flat over the run; the report says so. Beside it, the same
// client against a bare node:http server in its own process: the ceiling for Node on this machine.
// Run: node --expose-gc --import tsx scripts/bench/mockThroughput.ts [--quick]
import { existsSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { pathToFileURL } from "node:url";
import { Octohooks } from "../../src/index.js";
import { drive } from "./load.js";
import type { ReceiverStats } from "./serverProcess.js";
import { REPO_ROOT, type ServerProcess, spawnServer } from "./spawnServer.js";

/** The mock process's memory at one point of the run. */
export interface MemorySample {
  /** Messages created in the measured run when the sample was taken. */
  messages: number;
  rssMb: number;
  /** Live heap after a full GC. */
  heapMb: number;
  /** Heap V8 keeps committed (live or not). */
  heapTotalMb: number;
  /** Memory V8 tracks outside its heap, and the part of it held by ArrayBuffers (Buffers). */
  externalMb: number;
  arrayBuffersMb: number;
}

/** What {@link benchMockThroughput} measured. */
export interface MockThroughputResult {
  /** How the mock was started: the built `dist/mock-bin.js`, or the source through tsx. */
  mockCommand: string;
  /** The mock's retention flags, e.g. `--retain-messages 10000 --no-retain-payloads`. */
  mockSettings: string;
  messages: number;
  concurrency: number;
  endpointsPerMessage: number;
  /** `message.create` calls/s against the fixed-answer server in its own process: the better of two runs. */
  ceilingPerSec: number;
  /** The two runs of the ceiling, before and after the mock's. */
  ceilingRunsPerSec: number[];
  /** Messages the mock accepted per second (create phase only). */
  createdPerSec: number;
  /** Messages per second from the first create to the last of their deliveries arriving. */
  deliveredMessagesPerSec: number;
  /** Deliveries received per second over the same span. */
  deliveriesPerSec: number;
  /** `deliveredMessagesPerSec / ceilingPerSec`. */
  ratioToCeiling: number;
  /** Distinct (endpoint, message) deliveries expected, received, and received more than once. */
  expectedDeliveries: number;
  distinctDeliveries: number;
  duplicateDeliveries: number;
  /** Connections the receiver accepted for all the deliveries (warm-up included). */
  receiverSockets: number;
  /** The mock's memory at 10 % and 50 % of the run, and at the end, once every delivery arrived. */
  memoryEarly: MemorySample;
  memoryMid: MemorySample;
  memoryEnd: MemorySample;
  /** CPU time per message in each process over the measured run, in µs: where the time goes. */
  cpuUsPerMessage: { client: number; mock: number; receiver: number };
}

const TOKEN = "bench_token";
const CONCURRENCY = 32;
const ENDPOINTS = 3;
const BODY = { eventType: "invoice.paid", payload: { id: "in_1", amount: 1999, currency: "EUR" } };
const SERVER_PROCESS = ["--import", "tsx", "scripts/bench/serverProcess.ts"];
const MEMORY_PROBE = pathToFileURL(join(REPO_ROOT, "scripts/bench/memoryProbe.mjs")).href;
/** Bounded history: without it the mock keeps every message (~3 KB each) and memory grows linearly. */
const MOCK_SETTINGS = ["--retain-messages", "10000", "--no-retain-payloads"];

/** The built bin when there is one (what users run), else the source through tsx. */
function mockArgs(): { label: string; args: string[] } {
  const flags = ["--port", "0", "--token", `${TOKEN}:default`, "--quiet", ...MOCK_SETTINGS];
  const probe = ["--expose-gc", "--import", MEMORY_PROBE];
  if (existsSync(join(REPO_ROOT, "dist/mock-bin.js")))
    return { label: "node dist/mock-bin.js", args: [...probe, "dist/mock-bin.js", ...flags] };
  return {
    label: "node --import tsx src/mock/bin.ts",
    args: [...probe, "--import", "tsx", "src/mock/bin.ts", ...flags],
  };
}

/** `message.create` calls/s through the SDK against the fixed-answer server in another process. */
async function measureCeiling(calls: number): Promise<number> {
  const fixed = await spawnServer([...SERVER_PROCESS, "fixed"], { ready: /listening (\S+)/ });
  try {
    const octohooks = new Octohooks(TOKEN, { serverUrl: fixed.ready[1] });
    await drive(Math.min(500, calls), CONCURRENCY, () => octohooks.message.create("app_bench", BODY));
    return calls / (await drive(calls, CONCURRENCY, () => octohooks.message.create("app_bench", BODY)));
  } finally {
    await fixed.stop();
  }
}

/** Polls the receiver until it has `expected` distinct deliveries or `deadline` (ms, performance clock). */
async function awaitDeliveries(
  receiver: ServerProcess,
  expected: number,
  deadline: number,
): Promise<ReceiverStats> {
  for (;;) {
    const stats = await receiver.ask<ReceiverStats>("stats");
    if (stats.distinct >= expected || performance.now() > deadline) return stats;
    await sleep(50);
  }
}

/** Creates an application with three endpoints on the receiver; returns its ID. */
async function setUp(octohooks: Octohooks, receiverUrl: string): Promise<string> {
  const app = await octohooks.application.create({ name: "bench" });
  for (let i = 0; i < ENDPOINTS; i++)
    await octohooks.endpoint.create(app.id, { url: `${receiverUrl}/ep/${i}` });
  return app.id;
}

/** The three processes of a run and the call that creates one message. */
interface Rig {
  mock: ServerProcess;
  receiver: ServerProcess;
  create: () => Promise<unknown>;
}

/**
 * Measures the mock's throughput and memory (see the file comment). Quick mode sends 2,000 messages,
 * full mode 100,000; either way every delivery must arrive (bounded wait), or the result says how
 * many did not.
 */
export async function benchMockThroughput(opts: { quick?: boolean } = {}): Promise<MockThroughputResult> {
  const quick = opts.quick ?? false;
  const ceilingCalls = quick ? 2_000 : 20_000;
  const before = await measureCeiling(ceilingCalls);
  const { label, args } = mockArgs();
  const receiver = await spawnServer([...SERVER_PROCESS, "receiver"], { ready: /listening (\S+)/ });
  let mock: ServerProcess | undefined;
  let measured: Omit<
    MockThroughputResult,
    "mockCommand" | "mockSettings" | "ceilingPerSec" | "ceilingRunsPerSec" | "ratioToCeiling"
  >;
  try {
    mock = await spawnServer(args, { ready: /listening on (http:\/\/\S+)/ });
    const octohooks = new Octohooks(TOKEN, { serverUrl: mock.ready[1] });
    const appId = await setUp(octohooks, receiver.ready[1] as string);
    const rig = { mock, receiver, create: () => octohooks.message.create(appId, BODY) };
    const warmUp = quick ? 200 : 1_000;
    await drive(warmUp, CONCURRENCY, rig.create);
    await awaitDeliveries(receiver, warmUp * ENDPOINTS, performance.now() + 30_000);
    measured = await measuredRun(rig, { messages: quick ? 2_000 : 100_000, warmUp, quick });
  } finally {
    await mock?.stop();
    await receiver.stop();
  }
  const after = await measureCeiling(ceilingCalls);
  const ceilingPerSec = Math.max(before, after);
  return {
    mockCommand: label,
    mockSettings: MOCK_SETTINGS.join(" "),
    ceilingPerSec,
    ceilingRunsPerSec: [before, after],
    ratioToCeiling: measured.deliveredMessagesPerSec / ceilingPerSec,
    ...measured,
  };
}

async function measuredRun(rig: Rig, run: { messages: number; warmUp: number; quick: boolean }) {
  const { mock, receiver } = rig;
  const { messages, warmUp } = run;
  const tenth = Math.floor(messages / 10);
  const half = Math.floor(messages / 2);
  let early: Promise<MemorySample> | undefined;
  let mid: Promise<MemorySample> | undefined;
  const cpuBefore = { client: process.cpuUsage(), mock: mock.cpuMs(), receiver: receiver.cpuMs() };
  const start = performance.now();
  const createSeconds = await drive(messages, CONCURRENCY, async (i) => {
    await rig.create();
    if (i === tenth) early = sample(mock, tenth);
    if (i === half) mid = sample(mock, half);
  });
  const expected = (warmUp + messages) * ENDPOINTS;
  const stats = await awaitDeliveries(receiver, expected, performance.now() + (run.quick ? 30_000 : 120_000));
  const seconds = (performance.now() - start) / 1000;
  const client = process.cpuUsage(cpuBefore.client);
  const cpuUsPerMessage = {
    client: (client.user + client.system) / messages,
    mock: ((mock.cpuMs() - cpuBefore.mock) * 1000) / messages,
    receiver: ((receiver.cpuMs() - cpuBefore.receiver) * 1000) / messages,
  };
  const measuredDeliveries = stats.distinct - warmUp * ENDPOINTS;
  return {
    messages,
    concurrency: CONCURRENCY,
    endpointsPerMessage: ENDPOINTS,
    createdPerSec: messages / createSeconds,
    deliveredMessagesPerSec: measuredDeliveries / ENDPOINTS / seconds,
    deliveriesPerSec: measuredDeliveries / seconds,
    expectedDeliveries: messages * ENDPOINTS,
    distinctDeliveries: measuredDeliveries,
    duplicateDeliveries: stats.deliveries - stats.distinct,
    receiverSockets: stats.sockets,
    memoryEarly: await (early ?? memory(mock, tenth)),
    memoryMid: await (mid ?? memory(mock, half)),
    memoryEnd: await memory(mock, messages),
    cpuUsPerMessage,
  };
}

/** Starts a memory sample that is awaited later; the catch only keeps a failure from going unhandled meanwhile. */
function sample(mock: ServerProcess, messages: number): Promise<MemorySample> {
  const pending = memory(mock, messages);
  pending.catch(() => undefined);
  return pending;
}

async function memory(mock: ServerProcess, messages: number): Promise<MemorySample> {
  const answer = await mock.ask<Omit<MemorySample, "messages">>("memory");
  return { messages, ...answer };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(
    JSON.stringify(await benchMockThroughput({ quick: process.argv.includes("--quick") }), null, 2),
  );
}
