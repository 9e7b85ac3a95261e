/**
 * Header names whose values are credentials: `authorization`, cookies, and any name mentioning a
 * token, secret, key, password, session, credential or auth (`x-api-key`, `x-auth-key`,
 * `ocp-apim-subscription-key`…). The client's log records and the mock server both use it.
 */
const SENSITIVE_HEADER =
  /^(authorization|proxy-authorization|cookie|set-cookie)$|token|secret|key|passw|session|credential|auth|signature/i;

/** Whether a header's value is a credential to keep out of logs and output. */
export function isSensitiveHeader(name: string): boolean {
  // The idempotency key is no credential, and logs need it to tie retries together.
  return name.toLowerCase() !== "idempotency-key" && SENSITIVE_HEADER.test(name);
}
