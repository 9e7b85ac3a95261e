import { describe, expect, it } from "vitest";
import { WebhookVerificationError } from "../../src/webhooks/errors.js";
import { readSignatureHeaders, type WebhookHeaders } from "../../src/webhooks/headers.js";

const ID = "msg_1";
const TS = "1700000000";
const SIG = "v1,abc=";

function failure(headers: WebhookHeaders): WebhookVerificationError {
  try {
    readSignatureHeaders(headers);
  } catch (err) {
    if (err instanceof WebhookVerificationError) return err;
    throw err;
  }
  throw new Error("expected a WebhookVerificationError");
}

describe("readSignatureHeaders", () => {
  it("reads lowercase plain-object keys", () => {
    const headers = { "webhook-id": ID, "webhook-timestamp": TS, "webhook-signature": SIG, "x-other": "1" };
    expect(readSignatureHeaders(headers)).toEqual([ID, TS, SIG]);
  });

  it("reads plain-object keys in any case", () => {
    const headers = { "Webhook-Id": ID, "WEBHOOK-TIMESTAMP": TS, "webhook-Signature": SIG };
    expect(readSignatureHeaders(headers)).toEqual([ID, TS, SIG]);
  });

  it("reads fetch Headers", () => {
    const headers = new Headers({ "Webhook-Id": ID, "webhook-timestamp": TS, "webhook-signature": SIG });
    expect(readSignatureHeaders(headers)).toEqual([ID, TS, SIG]);
  });

  it("reads only the Standard Webhooks names, which are all Octohooks sends", () => {
    const other = { "octohooks-id": ID, "webhook-timestamp": TS, "webhook-signature": SIG };
    expect(failure(other).message).toBe("Missing webhook-id header");
  });

  it("reads no headers at all (undefined, or a mistaken argument) as every header missing", () => {
    expect(failure(undefined as unknown as WebhookHeaders).message).toBe("Missing webhook-id header");
    const rawHeaders = ["webhook-id", ID, "webhook-timestamp", TS, "webhook-signature", SIG];
    expect(failure(rawHeaders as unknown as WebhookHeaders).reason).toBe("missing_headers");
  });

  it.each(["webhook-id", "webhook-timestamp", "webhook-signature"])(
    "reports a missing %s by name",
    (name) => {
      const headers: Record<string, string> = {
        "webhook-id": ID,
        "webhook-timestamp": TS,
        "webhook-signature": SIG,
      };
      delete headers[name];
      for (const variant of [headers, new Headers(headers)]) {
        const err = failure(variant);
        expect(err.reason).toBe("missing_headers");
        expect(err.message).toBe(`Missing ${name} header`);
      }
    },
  );

  it("treats undefined values and empty arrays as missing", () => {
    expect(
      failure({ "webhook-id": undefined, "webhook-timestamp": TS, "webhook-signature": SIG }).message,
    ).toBe("Missing webhook-id header");
    expect(failure({ "webhook-id": ID, "webhook-timestamp": TS, "webhook-signature": [] }).message).toBe(
      "Missing webhook-signature header",
    );
  });

  it("treats an empty id or signature as missing, and leaves an empty timestamp to the timestamp check", () => {
    expect(failure({ "webhook-id": "", "webhook-timestamp": TS, "webhook-signature": SIG }).reason).toBe(
      "missing_headers",
    );
    expect(failure({ "webhook-id": ID, "webhook-timestamp": TS, "webhook-signature": "" }).reason).toBe(
      "missing_headers",
    );
    expect(
      readSignatureHeaders({ "webhook-id": ID, "webhook-timestamp": "", "webhook-signature": SIG }),
    ).toEqual([ID, "", SIG]);
  });

  it("joins repeated signature values, as arrays or as keys differing in case, into one candidate list", () => {
    const asArray = { "webhook-id": ID, "webhook-timestamp": TS, "webhook-signature": ["v1,a", "v1,b"] };
    expect(readSignatureHeaders(asArray)[2]).toBe("v1,a v1,b");
    const asKeys = {
      "webhook-id": ID,
      "webhook-timestamp": TS,
      "webhook-signature": "v1,a",
      "Webhook-Signature": "v1,b",
    };
    expect(readSignatureHeaders(asKeys)[2]).toBe("v1,a v1,b");
  });

  it("accepts a repeated id or timestamp when every copy is identical", () => {
    const headers = {
      "webhook-id": [ID, ID],
      "Webhook-Id": ID,
      "webhook-timestamp": [TS, TS],
      "webhook-signature": SIG,
    };
    expect(readSignatureHeaders(headers)).toEqual([ID, TS, SIG]);
  });

  it.each([
    ["webhook-id", { "webhook-id": [ID, "msg_2"], "webhook-timestamp": TS, "webhook-signature": SIG }],
    [
      "webhook-id",
      { "webhook-id": ID, "WEBHOOK-ID": "msg_2", "webhook-timestamp": TS, "webhook-signature": SIG },
    ],
    ["webhook-id", { "webhook-id": ["", ID], "webhook-timestamp": TS, "webhook-signature": SIG }],
    [
      "webhook-timestamp",
      { "webhook-id": ID, "webhook-timestamp": [TS, "1700000001"], "webhook-signature": SIG },
    ],
  ])("rejects a repeated %s with conflicting values as missing_headers", (name, headers) => {
    const err = failure(headers);
    expect(err.reason).toBe("missing_headers");
    expect(err.message).toBe(`Conflicting ${name} headers`);
  });

  it("ignores values that are neither strings nor arrays of strings", () => {
    const headers = {
      "webhook-id": 42,
      "webhook-timestamp": TS,
      "webhook-signature": SIG,
    } as unknown as WebhookHeaders;
    expect(failure(headers).message).toBe("Missing webhook-id header");
  });
});
