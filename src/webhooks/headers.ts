import { WebhookVerificationError } from "./errors.js";

/**
 * Request headers as a fetch `Headers` or a plain object (such as Node's `req.headers`), whose keys
 * may be in any case and whose values may be repeated as arrays.
 */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

/** The three Standard Webhooks header values a signature depends on, in this order. */
export type SignatureHeaders = [id: string, timestamp: string, signature: string];

const NAMES = ["webhook-id", "webhook-timestamp", "webhook-signature"];
const TIMESTAMP = 1;
const SIGNATURE = 2;

// undefined: absent; null: repeated with different values.
type Slot = string | null | undefined;

function collect(slots: Slot[], index: number, value: unknown): void {
  for (const item of [value].flat()) {
    if (typeof item !== "string") continue;
    const previous = slots[index];
    if (previous === undefined) slots[index] = item;
    // Every repeated signature value holds candidates; a repeated id or timestamp must agree.
    else if (index === SIGNATURE) slots[index] = `${previous} ${item}`;
    else if (previous !== item) slots[index] = null;
  }
}

function pick(slots: Slot[], index: number): string {
  const value = slots[index];
  // An empty timestamp is left to the timestamp check, which names the problem better.
  if (value || (value === "" && index === TIMESTAMP)) return value;
  throw new WebhookVerificationError(
    "missing_headers",
    value === null ? `Conflicting ${NAMES[index]} headers` : `Missing ${NAMES[index]} header`,
  );
}

/**
 * Reads `webhook-id`, `webhook-timestamp` and `webhook-signature`. An empty id or signature counts as
 * missing; an empty timestamp is returned for the timestamp check to reject. Repeated signature headers
 * are all candidates; a repeated id or timestamp is accepted only when every copy in an array is identical
 * (copies Node or fetch `Headers` joined with ", " fail later, as a wrong signature or timestamp). No headers object at all
 * reads as every header missing. Throws {@link WebhookVerificationError} with reason `missing_headers`.
 */
export function readSignatureHeaders(given: WebhookHeaders): SignatureHeaders {
  const slots: Slot[] = [];
  const headers = given ?? {};
  if (typeof headers.get === "function") {
    for (let i = 0; i < 3; i++) collect(slots, i, (headers as Headers).get(NAMES[i]!));
  } else {
    const record = headers as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const index = NAMES.indexOf(key.toLowerCase());
      if (index >= 0) collect(slots, index, record[key]);
    }
  }
  return [pick(slots, 0), pick(slots, TIMESTAMP), pick(slots, SIGNATURE)];
}
