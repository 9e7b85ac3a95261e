/**
 * The receive side of a catalogue: what `TypedWebhook.verify` calls on an authentic payload, so that a
 * Webhook without a catalogue (not a TypedWebhook) carries none of this code.
 *
 * @module
 */
import type { StandardSchemaV1 } from "@standard-schema/spec";
import type { PayloadIssue } from "../core/errors.js";
import { WebhookVerificationError } from "../webhooks/errors.js";
import type { PayloadCheck, PayloadMismatchReason } from "./validate.js";

/** What `verify` may be told, per call, about the payload's schema. */
export interface PayloadSchemaOptions {
  /** A Standard Schema validator the payload must match, in place of the catalogue's. */
  schema?: StandardSchemaV1;
  /** The event type to check the payload as, for a catalogue without a discriminator. */
  eventType?: string;
}

/**
 * An authentic webhook whose payload does not fit the catalogue (or the per-call schema): reason
 * `schema_mismatch` (a schema drift, not a forgery) or `unknown_event_type`. Its `issues` say where.
 *
 * @example
 * ```ts
 * try {
 *   event = wh.verify(body, headers);
 * } catch (err) {
 *   if (err instanceof WebhookPayloadError && err.reason === "unknown_event_type") return new Response(null, { status: 204 });
 *   throw err;
 * }
 * ```
 */
export class WebhookPayloadError extends WebhookVerificationError {
  declare readonly reason: PayloadMismatchReason;
  /** What the validator reported, each with its path in the payload. */
  readonly issues: readonly PayloadIssue[];
  /** The event type the payload was checked as, when one was known. */
  readonly eventType: string | undefined;

  /** Builds the error; `message` must not contain the secret or a signature. */
  constructor(reason: PayloadMismatchReason, eventType: string | undefined, issues: readonly PayloadIssue[]) {
    const of = eventType === undefined ? "" : ` of ${JSON.stringify(eventType)}`;
    super(
      reason,
      reason === "schema_mismatch"
        ? `Webhook payload does not match the schema${of}`
        : `Webhook payload has an event type the catalogue lacks${of}`,
    );
    this.name = "WebhookPayloadError";
    this.issues = issues;
    this.eventType = eventType;
  }
}

type Outcome = StandardSchemaV1.Result<unknown> | PayloadCheck;

function settle(outcome: Outcome): unknown {
  if (!(outcome as { issues?: unknown }).issues) return (outcome as { value: unknown }).value;
  const {
    reason = "schema_mismatch",
    eventType,
    issues,
  } = outcome as Partial<PayloadCheck> & {
    reason?: PayloadMismatchReason;
    issues: readonly PayloadIssue[];
  };
  throw new WebhookPayloadError(reason, eventType, issues);
}

/**
 * Validates an authentic payload by the per-call schema, else by the catalogue, and returns the
 * schema's output. With `sync`, a validator that answers with a Promise is refused.
 * @throws {WebhookVerificationError} `schema_mismatch` or `unknown_event_type`.
 * @throws {TypeError} when `sync` and the validator is asynchronous.
 */
export function receivePayload(
  check: (payload: unknown, eventType?: string) => PayloadCheck | Promise<PayloadCheck>,
  value: unknown,
  options: PayloadSchemaOptions | undefined,
  sync: boolean,
): unknown {
  const outcome: Outcome | Promise<Outcome> = options?.schema
    ? options.schema["~standard"].validate(value)
    : check(value, options?.eventType);
  if (!(outcome instanceof Promise)) return settle(outcome);
  if (sync) {
    outcome.catch(() => {}); // the answer is the TypeError, not an unhandled rejection
    throw new TypeError("The payload's validator is asynchronous: use verifyAsync or verifyRequest");
  }
  return outcome.then(settle);
}
