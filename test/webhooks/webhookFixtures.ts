// Shared inputs for the webhook tests. The secret is the public Standard Webhooks test vector key.
import {
  Webhook,
  WebhookVerificationError,
  type WebhookVerificationReason,
} from "../../src/webhooks/index.js";

export const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
export const OTHER_SECRET = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD";
export const KEY_BYTES = Uint8Array.from(atob(SECRET.slice(6)), (c) => c.charCodeAt(0));
export const MSG_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
export const NOW = 1_732_406_400;
export const PAYLOAD = '{"type":"invoice.paid","data":{"id":"inv_1","amount":1999,"name":"Zoë 🚀"}}';

/** Headers signed with SECRET for PAYLOAD at NOW, as a plain lowercase object. */
export function signedHeaders(
  overrides: { id?: string; timestamp?: number; payload?: string | Uint8Array; secret?: string } = {},
): Record<string, string> {
  const wh = new Webhook(overrides.secret ?? SECRET);
  const headers = wh.signHeaders(
    overrides.id ?? MSG_ID,
    overrides.timestamp ?? NOW,
    overrides.payload ?? PAYLOAD,
  );
  return { ...headers };
}

/** Runs `action` and returns the WebhookVerificationError it throws, failing when it throws nothing else. */
export function verificationError(action: () => unknown): WebhookVerificationError {
  try {
    action();
  } catch (err) {
    if (err instanceof WebhookVerificationError) return err;
    throw err;
  }
  throw new Error("expected a WebhookVerificationError, nothing was thrown");
}

/** The reason of the error `action` throws. */
export function reasonOf(action: () => unknown): WebhookVerificationReason {
  return verificationError(action).reason;
}
