import { decodeBase64 } from "./base64.js";
import { WebhookSecretError } from "./errors.js";

// Anchored: only a leading whsec_ is the prefix.
const SECRET_PREFIX = /^whsec_/;

/**
 * Turns a `whsec_<base64>` or bare (optionally unpadded) base64 secret, or raw key bytes, into a private
 * copy of the key bytes. Throws {@link WebhookSecretError}, never echoing the secret, when it is empty,
 * not base64, or of another type.
 */
export function decodeSecret(secret: string | Uint8Array): Uint8Array<ArrayBuffer> {
  const key =
    typeof secret === "string"
      ? decodeBase64(secret.replace(SECRET_PREFIX, ""))
      : secret instanceof Uint8Array
        ? new Uint8Array(secret)
        : undefined;
  if (!key?.length) throw new WebhookSecretError("Webhook secret is empty or not base64 (whsec_<base64>)");
  return key;
}
