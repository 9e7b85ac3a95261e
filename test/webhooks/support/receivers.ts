/**
 * What the real-framework receiver tests share: the reference mock delivering to an app on 127.0.0.1,
 * signed test requests, and the mistakes each app makes on purpose, with the answer each must get.
 */
import { request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, test } from "vitest";
import { Webhook, WebhookVerificationError } from "../../../src/webhooks/index.js";
import { type RunningMock, startMock } from "../../examples/support/mockServer.js";

/** The endpoint secret every app verifies with (the public Standard Webhooks test vector key). */
export const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

/** One attempt the mock recorded. */
export interface RecordedAttempt {
  status: string;
  code: number;
  response: string;
}

/** The mock, delivering messages to one URL at a time. */
export interface Deliveries {
  /** Sends a message to an endpoint at `url` and returns its ID and the attempts once settled. */
  deliver(
    url: string,
    payload?: Record<string, unknown>,
  ): Promise<{ id: string; attempts: RecordedAttempt[] }>;
  close(): Promise<void>;
}

export async function startDeliveries(): Promise<Deliveries> {
  const running: RunningMock = await startMock();
  const { octohooks, mock } = running;
  return {
    async deliver(url, payload = { orderId: 1 }) {
      // An application per delivery, so each message goes to this one endpoint only.
      const appId = (await octohooks.application.create({ name: "Receiver" })).id;
      await octohooks.endpoint.create(appId, { url, secret: SECRET });
      const message = await octohooks.message.create(appId, { eventType: "order.paid", payload });
      await mock.settle();
      const attempts = await octohooks.attempt.listByMessage(appId, message.id);
      return {
        id: message.id,
        attempts: attempts.data.map((a) => ({
          status: a.status,
          code: a.responseStatusCode,
          response: a.response,
        })),
      };
    },
    close: () => running.close(),
  };
}

/** A server listening on 127.0.0.1 and its base URL. */
export interface Listening {
  url: string;
  close(): Promise<void>;
}

export async function listen(server: Server): Promise<Listening> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A request signed with {@link SECRET}; `headers` are added after the signed ones, as `[name, value]` pairs. */
export interface SignedPost {
  body?: string;
  /** Signed-header names to leave out. */
  omit?: string[];
  headers?: ReadonlyArray<readonly [string, string]>;
  id?: string;
}

/**
 * Posts a signed request with node:http (fetch would join a repeated header into one line) and returns
 * the status and the `reason` and `message` of a JSON error answer.
 */
export async function postSigned(
  url: string,
  options: SignedPost = {},
): Promise<{ status: number; reason?: string; message?: string }> {
  const body = options.body ?? JSON.stringify({ orderId: 2 });
  const signed = new Webhook(SECRET).signHeaders(options.id ?? "msg_test_post", new Date(), body);
  const headers = new Map<string, string[]>([["content-type", ["application/json"]]]);
  for (const [name, value] of Object.entries(signed))
    if (!options.omit?.includes(name)) headers.set(name, [value]);
  for (const [name, value] of options.headers ?? []) headers.set(name, [...(headers.get(name) ?? []), value]);
  const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(url, { method: "POST" }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        text += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
    });
    for (const [name, values] of headers) req.setHeader(name, values.length === 1 ? values[0]! : values);
    req.on("error", reject);
    req.end(body);
  });
  const answer = text.startsWith("{") ? (JSON.parse(text) as { reason?: string; message?: string }) : {};
  return { status, ...answer };
}

/** The answer a test app gives for an error: 400 and the reason for a verification failure. */
export function errorAnswer(error: unknown): { status: number; body: string } {
  if (!(error instanceof WebhookVerificationError)) throw error;
  return { status: 400, body: JSON.stringify({ reason: error.reason, message: error.message }) };
}

/**
 * The mistakes of the issue, each as a route the apps implement the wrong way on purpose, and what the
 * request to it must get: 400 and a reason, or, for the `Headers` object, 204 (it is read correctly).
 */
export const MISTAKES = [
  { route: "/mistake/parsed-object", request: {}, status: 400, reason: "parsed_body" },
  { route: "/mistake/reserialized", request: {}, status: 400, reason: "reserialized_body" },
  { route: "/mistake/headers-object", request: {}, status: 204, reason: undefined },
  {
    route: "/mistake/header-arrays",
    request: { headers: [["webhook-id", "msg_test_post"]] },
    status: 204,
    reason: undefined,
  },
  {
    route: "/mistake/header-arrays",
    request: { headers: [["webhook-id", "msg_other"]] },
    status: 400,
    reason: "missing_headers",
  },
  { route: "/webhooks", request: { omit: ["webhook-signature"] }, status: 400, reason: "missing_headers" },
] as const satisfies ReadonlyArray<{ route: string; request: SignedPost; status: number; reason?: string }>;

/** A compact-JSON body re-serialised the way a logging middleware or a careless handler does. */
export const reformat = (parsed: unknown): string => JSON.stringify(parsed, null, 2);

/**
 * The tests every real receiver app passes: `app()` serves /webhooks through its adapter and each
 * {@link MISTAKES} route; the mock delivers to /webhooks, and each mistake gets its answer.
 */
export function receiverAppSuite(adapter: string, app: () => Server | Promise<Server>): void {
  let deliveries: Deliveries;
  let server: Listening;
  beforeAll(async () => {
    deliveries = await startDeliveries();
    server = await listen(await app());
  });
  afterAll(async () => {
    await server?.close();
    await deliveries?.close();
  });

  test(`verifies a delivery from the mock through ${adapter}`, async () => {
    const { attempts } = await deliveries.deliver(`${server.url}/webhooks`);
    expect(attempts.map((a) => [a.status, a.code])).toEqual([["success", 204]]);
  });

  test.each(MISTAKES)("$route $request → $status $reason", async ({ route, request, status, reason }) => {
    const answer = await postSigned(`${server.url}${route}`, request);
    expect([answer.status, answer.reason]).toEqual([status, reason]);
  });
}
