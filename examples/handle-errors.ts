/**
 * Handling the errors worth handling. The client has already retried what is safe to retry
 * (connection errors, timeouts, 429 and 5xx, honouring `Retry-After`, with one idempotency key), so
 * an error that reaches your code is final for this call:
 *
 * - `RateLimitError` (429): still limited after the retries; keep the message and send it later.
 * - `ValidationError` (422): the message itself is wrong; retrying sends the same mistake again.
 * - anything else (`AuthenticationError`, `NotFoundError`, `ConnectionError`, ...): let it fail loudly.
 *
 * Run it (token and server from OCTOHOOKS_TOKEN and OCTOHOOKS_SERVER_URL):
 *
 *   npx tsx --tsconfig examples/tsconfig.json examples/handle-errors.ts app_123
 */
import { pathToFileURL } from "node:url";
import { type MessageIn, Octohooks, RateLimitError, ValidationError } from "octohooks";

/** What became of one message. */
export type SendOutcome =
  | { status: "sent"; messageId: string }
  | { status: "rate_limited"; retryAfterSeconds: number | undefined }
  | { status: "invalid"; problems: string[] };

/** Sends a message and turns the two expected failures into outcomes; anything else is thrown. */
export async function sendMessage(
  octohooks: Octohooks,
  appId: string,
  message: MessageIn,
): Promise<SendOutcome> {
  try {
    const sent = await octohooks.message.create(appId, message);
    return { status: "sent", messageId: sent.id };
  } catch (error) {
    if (error instanceof RateLimitError) {
      return { status: "rate_limited", retryAfterSeconds: error.retryAfter };
    }
    if (error instanceof ValidationError) {
      return {
        status: "invalid",
        problems: error.errors.map((item) => `${item.loc.join(".")}: ${item.msg}`),
      };
    }
    throw error;
  }
}

/** One line per outcome, e.g. `sent msg_...` or `invalid: body.eventType: ...`. */
export function describeOutcome(outcome: SendOutcome): string {
  switch (outcome.status) {
    case "sent":
      return `sent ${outcome.messageId}`;
    case "rate_limited":
      return `rate limited (RateLimitError), retry after ${outcome.retryAfterSeconds ?? "?"} s: queue it for later`;
    case "invalid":
      return `invalid (ValidationError): ${outcome.problems.join("; ")}: fix the message, do not retry`;
  }
}

/** Sends a valid message and an invalid one (an event type with spaces) and prints what happened. */
export async function main(args: string[] = process.argv.slice(2)): Promise<void> {
  const [appId] = args;
  if (!appId) throw new Error("Usage: handle-errors.ts <app id or uid>");
  const octohooks = new Octohooks();
  const messages: MessageIn[] = [
    { eventType: "invoice.paid", payload: { invoiceId: "in_1001", amount: 4200 } },
    { eventType: "invoice paid", payload: { invoiceId: "in_1002", amount: 990 } },
  ];
  for (const message of messages) {
    console.log(`${message.eventType}: ${describeOutcome(await sendMessage(octohooks, appId, message))}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
