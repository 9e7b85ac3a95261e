/**
 * One webhook delivery: a signed `POST` of the payload to an endpoint, and what came back.
 *
 * @module
 */
import { Webhook } from "../webhooks/index.js";
import type { DeliveryTransport } from "./transport.js";

export { MAX_RECORDED_RESPONSE_BYTES } from "./transport.js";

/** The `user-agent` of every delivery. */
export const DELIVERY_USER_AGENT = "Octohooks-Webhooks/1.0 (mock)";

/** What to send, and where. */
export interface DeliveryRequest {
  readonly url: string;
  readonly msgId: string;
  /** The exact payload bytes (JSON text) that are sent and signed. */
  readonly body: string;
  /** Signing secrets (`whsec_…`); during a rotation the old and new ones both sign. */
  readonly secrets: readonly string[];
  /** The endpoint's custom headers. */
  readonly headers: Readonly<Record<string, string>>;
  readonly timestampSeconds: number;
  /** Real milliseconds the receiver has to answer before the attempt fails. */
  readonly timeoutMs: number;
  /** Sends the `POST`: node:http or a `fetch` (see transport.ts). */
  readonly send: DeliveryTransport;
  /** Aborts the delivery (the mock is closing); one signal per delivery. */
  readonly signal?: AbortSignal | undefined;
}

/** The outcome of one delivery. */
export interface DeliveryResult {
  /** A 2xx answer within the timeout. */
  readonly ok: boolean;
  /** HTTP status; 0 for a connection error or timeout. */
  readonly statusCode: number;
  /** The answer's body, cut at 10 KB; or a short description of the network failure. */
  readonly response: string;
  readonly durationMs: number;
}

const signers = new Map<string, Webhook>();

/** The `webhook-signature` header: one `v1,<base64>` per secret, space-separated. */
export async function signDelivery(
  secrets: readonly string[],
  msgId: string,
  timestampSeconds: number,
  body: string,
): Promise<string> {
  const signatures = await Promise.all(
    secrets.map((secret) => signerFor(secret).signAsync(msgId, timestampSeconds, body)),
  );
  return signatures.join(" ");
}

function signerFor(secret: string): Webhook {
  let signer = signers.get(secret);
  if (!signer) {
    // Bounded so rotating many secrets over a long run cannot grow memory.
    if (signers.size >= 1000) signers.clear();
    signer = new Webhook(secret);
    signers.set(secret, signer);
  }
  return signer;
}

/** Sends one delivery and reports what happened; never throws. */
export async function deliverWebhook(request: DeliveryRequest): Promise<DeliveryResult> {
  const started = performance.now();
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  request.signal?.addEventListener("abort", onAbort, { once: true });
  const timer = setTimeout(() => controller.abort(), request.timeoutMs);
  timer.unref?.();
  try {
    // Both transports refuse these alike (undici cannot send them; node:http would send Basic auth).
    if (/^https?:\/\/[^/?#]*@/i.test(request.url))
      throw new TypeError("URLs with credentials are not supported");
    const headers = {
      ...request.headers,
      "content-type": "application/json",
      "user-agent": DELIVERY_USER_AGENT,
      "webhook-id": request.msgId,
      "webhook-timestamp": String(request.timestampSeconds),
      "webhook-signature": await signDelivery(
        request.secrets,
        request.msgId,
        request.timestampSeconds,
        request.body,
      ),
    };
    const answer = await request.send(request.url, headers, request.body, controller.signal);
    const ok = answer.status >= 200 && answer.status < 300;
    return { ok, statusCode: answer.status, response: answer.body, durationMs: elapsed(started) };
  } catch (error) {
    const closed = request.signal?.aborted === true;
    const timedOut = controller.signal.aborted && !closed;
    let response = `Connection error: ${describe(error)}`;
    if (timedOut) response = `Timed out after ${request.timeoutMs} ms`;
    else if (closed) response = "Aborted: the mock server closed before the endpoint answered";
    return { ok: false, statusCode: 0, response, durationMs: elapsed(started) };
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener("abort", onAbort);
  }
}

function elapsed(started: number): number {
  return Math.max(0, Math.round(performance.now() - started));
}

function describe(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return cause instanceof Error ? cause.message : String(cause);
}
