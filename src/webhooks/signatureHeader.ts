import { constantTimeEqual } from "./hmac.js";

/**
 * Whether any `v1` signature in a `webhook-signature` header (space-separated `version,signature`
 * pairs) equals `expected`. Other versions are skipped. Every v1 candidate is compared in constant
 * time, and all of them are compared, so the time taken does not tell which one matched. A trailing
 * comma on a pair is dropped, because fetch `Headers` joins a repeated header as `"v1,a, v1,b"`.
 *
 * @example
 * hasV1Signature("v2,xyz v1,abc=", "abc=") // true
 */
export function hasV1Signature(header: string, expected: string): boolean {
  let matched = false;
  for (const pair of header.split(" ")) {
    if (pair.startsWith("v1,") && constantTimeEqual(pair.slice(3).replace(/,$/, ""), expected))
      matched = true;
  }
  return matched;
}
