import { describe, expect, it } from "vitest";
import { WebhookSecretError, WebhookVerificationError } from "../../src/webhooks/errors.js";

describe("WebhookVerificationError", () => {
  it("carries its reason and names itself", () => {
    const err = new WebhookVerificationError("timestamp_too_old", "Webhook timestamp is too old");
    expect(err).toBeInstanceOf(Error);
    expect(err.reason).toBe("timestamp_too_old");
    expect(err.name).toBe("WebhookVerificationError");
    expect(String(err)).toBe("WebhookVerificationError: Webhook timestamp is too old");
  });
});

describe("WebhookSecretError", () => {
  it("is an Error with its own name and no reason", () => {
    const err = new WebhookSecretError("Webhook secret is empty");
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(WebhookVerificationError);
    expect(String(err)).toBe("WebhookSecretError: Webhook secret is empty");
  });
});
