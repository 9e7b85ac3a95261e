import { WebhookVerificationError } from "./errors.js";

/**
 * Request headers as a fetch `Headers` or a plain object (such as Node's `req.headers`), whose keys
 * may be in any case and whose values may be repeated as arrays.
 */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

/** The three Standard Webhooks header values a signature depends on, in this order. */
export type SignatureHeaders = [id: string, timestamp: string, signature: string];

// Standard names first, then the octohooks-* aliases at the same position + 3.
const NAMES = [
  "webhook-id",
  "webhook-timestamp",
  "webhook-signature",
  "octohooks-id",
  "octohooks-timestamp",
  "octohooks-signature",
];
const TIMESTAMP = 1;
const SIGNATURE = 2;

// undefined: absent; null: repeated with different values.
type Slot = string | null | undefined;

function collect(slots: Slot[], index: number, value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(slots, index, item);
    return;
  }
  if (typeof value !== "string") return;
  const previous = slots[index];
  if (previous === undefined) slots[index] = value;
  // Every repeated signature value holds candidates; a repeated id or timestamp must agree.
  else if (index % 3 === SIGNATURE) slots[index] = `${previous} ${value}`;
  else if (previous !== value) slots[index] = null;
}

function pick(slots: Slot[], index: number): string {
  const value = slots[index] !== undefined ? slots[index] : slots[index + 3];
  // An empty timestamp is left to the timestamp check, which names the problem better.
  if (value || (value === "" && index === TIMESTAMP)) return value;
  const name = NAMES[index];
  throw new WebhookVerificationError(
    "missing_headers",
    value === null ? `Conflicting ${name} headers` : `Missing ${name} header`,
  );
}

/**
 * Reads `webhook-id`, `webhook-timestamp` and `webhook-signature`, each falling back to its
 * `octohooks-*` alias (the standard name wins when both are present). An empty id or signature counts
 * as missing; an empty timestamp is returned for the timestamp check to reject. Repeated signature headers are all candidates;
 * a repeated id or timestamp is accepted only when every copy is identical. Throws
 * {@link WebhookVerificationError} with reason `missing_headers` otherwise.
 */
export function readSignatureHeaders(headers: WebhookHeaders): SignatureHeaders {
  const slots: Slot[] = [];
  if (typeof headers.get === "function") {
    for (let i = 0; i < NAMES.length; i++) collect(slots, i, (headers as Headers).get(NAMES[i]!));
  } else {
    const record = headers as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const index = NAMES.indexOf(key.toLowerCase());
      if (index >= 0) collect(slots, index, record[key]);
    }
  }
  return [pick(slots, 0), pick(slots, TIMESTAMP), pick(slots, SIGNATURE)];
}
