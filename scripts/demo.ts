/**
 * `npm run demo`: the quickstart, for real. It starts the reference mock server in-process (or uses
 * the server given by `--server-url`), starts a local receiver, creates an application and an endpoint
 * subscribed to `customer.created`, sends the quickstart's message, waits for its delivery, verifies
 * the signature with the endpoint's secret and reports the attempt. Exit code 0 when the webhook
 * arrived and verified, 1 when it did not, 2 for bad arguments. Neither the token nor the secret is
 * ever printed.
 */
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { isDeepStrictEqual, parseArgs } from "node:util";
import {
  AuthenticationError,
  ConnectionError,
  type MessageAttemptOut,
  type MessageIn,
  Octohooks,
  OctohooksError,
  Webhook,
  WebhookVerificationError,
} from "../src/index.js";
import { createMockServer } from "../src/mock/index.js";

const USAGE = `Usage: npm run demo [-- options]

Runs the quickstart end to end: application, endpoint, message, delivery, signature check.
Without --server-url it uses the reference mock server, started in-process.

  --server-url URL      an Octohooks-compatible server instead of the mock
  --token TOKEN         its API token (default: the OCTOHOOKS_TOKEN environment variable)
  --receiver-host HOST  interface the receiver listens on and the host in its URL (default 127.0.0.1)
  --receiver-port PORT  port the receiver listens on (default: any free port)
  --receiver-url URL    the URL the server should deliver to, when it is not the receiver's own
                        (a tunnel or a proxy in front of it)
  --timeout SECONDS     how long to wait for the delivery (default 10)
  -h, --help            this help`;

/** The quickstart's message, exactly as the seed sends it. */
const QUICKSTART_MESSAGE = {
  channels: [],
  eventType: "customer.created",
  uid: "774fa91a-510b-4a35-9799-6c233f6af790",
  payload: {
    email: "customer@email.com",
    integration: 100032,
    domain: "test",
    customer_code: "cus_xnxdt6s1zg1f4nx",
    id: 1173,
    identified: false,
    identifications: null,
    createdAt: "2016-03-29T20:03:09.584Z",
    updatedAt: "2016-03-29T20:03:09.584Z",
  },
} satisfies MessageIn;

class UsageError extends Error {}

/** A step that did not go as it should; its message says what happened, without secrets. */
class DemoFailure extends Error {}

/** Prints one numbered line per step, and the outcome. */
class StepPrinter {
  #count = 0;

  constructor(where: string) {
    console.log(`Octohooks demo: the quickstart ${where}`);
  }

  step(label: string, detail: string): void {
    this.#count += 1;
    console.log(`${String(this.#count).padStart(2)}. ${label.padEnd(12)} ${detail}`);
  }

  done(summary: string): void {
    console.log(`✓ Done: ${summary}`);
  }

  fail(reason: string): void {
    console.log(`✗ Failed at step ${this.#count + 1}: ${reason}`);
  }
}

/** A webhook the receiver got and verified. */
interface ReceivedWebhook {
  id: string;
  path: string;
  payload: unknown;
}

/** The local receiver: a node:http server that verifies what it receives. */
interface DemoReceiver {
  url: string;
  /** Resolves with the first webhook that verifies; rejects when one fails verification. */
  received: Promise<ReceivedWebhook>;
  /** Sets the verifier (the secret exists only once the endpoint does). */
  verifyWith(webhook: Webhook): void;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function startReceiver(
  host: string,
  port: number,
  publicUrl: string | undefined,
): Promise<DemoReceiver> {
  let verifier: Webhook | undefined;
  let settle: { resolve(webhook: ReceivedWebhook): void; reject(error: Error): void } | undefined;
  const received = new Promise<ReceivedWebhook>((resolve, reject) => (settle = { resolve, reject }));
  received.catch(() => undefined); // awaited later; a rejection before then is not unhandled
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    if (req.method !== "POST" || !verifier)
      return void res.writeHead(req.method === "POST" ? 503 : 405).end();
    try {
      const payload = verifier.verify(body, req.headers);
      settle?.resolve({ id: String(req.headers["webhook-id"]), path: req.url ?? "/", payload });
      res.writeHead(204).end();
    } catch (error) {
      const reason = error instanceof WebhookVerificationError ? error.reason : "unreadable request";
      settle?.reject(new DemoFailure(`a webhook arrived but failed verification: ${reason}`));
      res.writeHead(400).end(reason);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: publicUrl ?? `http://${shownHost}:${(server.address() as AddressInfo).port}/webhooks`,
    received,
    verifyWith: (webhook) => {
      verifier = webhook;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

interface DemoOptions {
  serverUrl?: string;
  token?: string;
  receiverHost: string;
  receiverPort: number;
  receiverUrl?: string;
  timeoutMs: number;
}

function parseOptions(argv: string[]): DemoOptions | "help" {
  const { values } = parseArgs({
    args: argv,
    options: {
      "server-url": { type: "string" },
      token: { type: "string" },
      "receiver-host": { type: "string", default: "127.0.0.1" },
      "receiver-port": { type: "string", default: "0" },
      "receiver-url": { type: "string" },
      timeout: { type: "string", default: "10" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return "help";
  const timeout = Number(values.timeout);
  if (!(timeout > 0 && timeout <= 300)) throw new UsageError("--timeout must be seconds between 0 and 300");
  const port = Number(values["receiver-port"]);
  if (!(Number.isInteger(port) && port >= 0 && port <= 65_535))
    throw new UsageError("--receiver-port must be a port");
  if (values["server-url"] !== undefined && !isHttpUrl(values["server-url"])) {
    throw new UsageError("--server-url must be an http(s) URL");
  }
  const token = values.token ?? (values["server-url"] ? process.env.OCTOHOOKS_TOKEN : undefined);
  if (values["server-url"] && !token) throw new UsageError("--server-url needs --token (or OCTOHOOKS_TOKEN)");
  return {
    serverUrl: values["server-url"],
    token,
    receiverHost: values["receiver-host"],
    receiverPort: port,
    receiverUrl: values["receiver-url"],
    timeoutMs: timeout * 1000,
  };
}

/** Where the demo's client talks to, and what to do at the end. */
interface Connection {
  octohooks: Octohooks;
  /** Resolves when every delivery in flight is over, when the server is in this process. */
  settle?: () => Promise<void>;
  close: () => Promise<void>;
}

async function connect(options: DemoOptions, out: StepPrinter): Promise<Connection> {
  if (options.serverUrl && options.token) {
    const octohooks = new Octohooks(options.token, { serverUrl: options.serverUrl });
    await octohooks.health.get();
    // The health check takes no token: list one application to know the token works before going on.
    await octohooks.application.list({ limit: 1 });
    out.step("Server", `${new URL(options.serverUrl).origin}  (healthy, token accepted)`);
    return { octohooks, close: async () => undefined };
  }
  const mock = createMockServer();
  const { url } = await mock.listen({ port: 0, host: "127.0.0.1" });
  out.step("Server", `${url}  (reference mock server, in-process)`);
  return {
    octohooks: new Octohooks(mock.token, { serverUrl: url }),
    settle: () => mock.settle(),
    close: () => mock.close(),
  };
}

/** Polls the message's attempts until one is over, within the deadline. */
async function awaitAttempt(connection: Connection, appId: string, msgId: string, deadline: number) {
  await connection.settle?.();
  for (let poll = 0; poll < 100 && Date.now() < deadline; poll++) {
    const page = await connection.octohooks.attempt.listByMessage(appId, msgId, { limit: 10 });
    const attempt = page.data.find((a) => a.status === "success" || a.status === "failed");
    if (attempt) return attempt;
    await sleep(100);
  }
  return undefined;
}

/** Waits for the receiver to get the webhook; fails early when an attempt failed instead. */
async function awaitDelivery(
  connection: Connection,
  receiver: DemoReceiver,
  ids: { appId: string; msgId: string },
  deadline: number,
): Promise<ReceivedWebhook> {
  for (let poll = 0; poll < 1000 && Date.now() < deadline; poll++) {
    const received = await orTimeout(receiver.received, Math.min(250, deadline - Date.now()));
    if (received) return received;
    const page = await connection.octohooks.attempt.listByMessage(ids.appId, ids.msgId, { status: "failed" });
    const failed = page.data[0];
    if (failed) throw new DemoFailure(`the delivery failed: ${describeAttempt(failed)}`);
  }
  throw new DemoFailure(`no delivery within the timeout: can the server reach ${receiver.url}?`);
}

function describeAttempt(attempt: MessageAttemptOut): string {
  const status =
    attempt.responseStatusCode === 0 ? attempt.response.slice(0, 120) : `HTTP ${attempt.responseStatusCode}`;
  return `${attempt.status}, ${status} in ${attempt.responseDurationMs} ms`;
}

/** Steps 3 to 5: an application with a fresh UID, an endpoint for the receiver, and its secret. */
async function createEndpoint(out: StepPrinter, octohooks: Octohooks, receiver: DemoReceiver) {
  const app = await octohooks.application.create({
    name: "Quickstart demo",
    uid: `quickstart-${randomBytes(4).toString("hex")}`,
  });
  out.step("Application", `${app.id}  uid ${app.uid}`);
  const endpoint = await octohooks.endpoint.create(app.id, {
    url: receiver.url,
    eventTypes: ["customer.created"],
    name: "Demo receiver",
  });
  out.step("Endpoint", `${endpoint.id}  → ${endpoint.url}  (${endpoint.eventTypes?.join(", ")})`);
  const { key } = await octohooks.endpoint.getSecret(app.id, endpoint.id);
  receiver.verifyWith(new Webhook(key));
  out.step("Secret", "whsec_…  (read with endpoint.getSecret, kept out of this output)");
  return app;
}

/** Steps 6 to 8: the quickstart's message, its verified delivery, and the recorded attempt. */
async function sendAndVerify(
  options: DemoOptions,
  out: StepPrinter,
  connection: Connection,
  receiver: DemoReceiver,
  appId: string,
) {
  const message = await connection.octohooks.message.create(appId, QUICKSTART_MESSAGE);
  out.step("Message", `${message.id}  ${message.eventType}  uid ${message.uid}`);
  const deadline = Date.now() + options.timeoutMs;
  const webhook = await awaitDelivery(connection, receiver, { appId, msgId: message.id }, deadline);
  if (webhook.id !== message.id) throw new DemoFailure(`received ${webhook.id}, expected ${message.id}`);
  if (!isDeepStrictEqual(webhook.payload, QUICKSTART_MESSAGE.payload)) {
    throw new DemoFailure("the signature verified but the payload differs from the message sent");
  }
  out.step("Delivered", `POST ${webhook.path}  signature verified, payload matches the message`);
  const attempt = await awaitAttempt(connection, appId, message.id, deadline + 5_000);
  if (!attempt) throw new DemoFailure("the webhook arrived but no finished attempt was recorded in time");
  out.step("Attempt", `${attempt.id}  ${describeAttempt(attempt)}`);
}

async function runQuickstart(
  options: DemoOptions,
  out: StepPrinter,
  connection: Connection,
  receiver: DemoReceiver,
) {
  const started = Date.now();
  const app = await createEndpoint(out, connection.octohooks, receiver);
  await sendAndVerify(options, out, connection, receiver, app.id);
  out.done(`the webhook was delivered and verified in ${Date.now() - started} ms.`);
  if (options.serverUrl) console.log(`  The application ${app.uid} stays on the server for you to inspect.`);
}

/** Runs the demo and returns the exit code. */
async function main(argv: string[]): Promise<number> {
  let options: DemoOptions | "help";
  try {
    options = parseOptions(argv);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n\n${USAGE}`);
    return 2;
  }
  if (options === "help") {
    console.log(USAGE);
    return 0;
  }
  const out = new StepPrinter(
    options.serverUrl ? "against your server" : "against the reference mock server",
  );
  const closers: (() => Promise<void>)[] = [];
  try {
    const connection = await connect(options, out);
    closers.push(connection.close);
    const receiver = await startReceiver(options.receiverHost, options.receiverPort, options.receiverUrl);
    closers.push(receiver.close);
    out.step("Receiver", `${receiver.url}  (node:http, verifies with Webhook)`);
    await runQuickstart(options, out, connection, receiver);
    return 0;
  } catch (error) {
    out.fail(describeError(error));
    return 1;
  } finally {
    for (const close of closers.reverse()) await close().catch(() => undefined);
  }
}

function describeError(error: unknown): string {
  if (error instanceof DemoFailure) return error.message;
  if (error instanceof AuthenticationError) return `the server refused the token (${error.message})`;
  if (error instanceof ConnectionError) return `cannot reach the server: ${error.message}`;
  if (error instanceof OctohooksError) return error.message;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function isHttpUrl(text: string): boolean {
  return URL.canParse(text) && /^https?:$/.test(new URL(text).protocol);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

/** The promise's value, or `undefined` after `ms`; the timer never outlives the race. */
async function orTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), Math.max(0, ms));
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

process.exitCode = await main(process.argv.slice(2));
// Idle keep-alive sockets to a remote server must not hold the finished demo open.
setTimeout(() => process.exit(), 1_000).unref();
