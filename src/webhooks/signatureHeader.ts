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
  for (let start = 0, end = 0; start < header.length; start = end + 1) {
    end = header.indexOf(" ", start);
    if (end < 0) end = header.length;
    if (!header.startsWith("v1,", start)) continue;
    const last = end - start > 3 && header.endsWith(",", end) ? end - 1 : end;
    if (constantTimeEqual(header.slice(start + 3, last), expected)) matched = true;
  }
  return matched;
}
