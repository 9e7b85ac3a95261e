/**
 * An endpoint's secret, custom headers and statistics.
 *
 * @module
 */
import { isSensitiveHeader } from "../../core/sensitiveHeaders.js";
import { InvalidInput, json, noContent } from "../exchange.js";
import { newSecret } from "../ids.js";
import { type OperationContext, requireEndpoint } from "../operation.js";
import { headerIssues, toMillis } from "../requestInput.js";

/** `GET …/endpoint/{endpoint_id}/secret` */
export function getEndpointSecret(ctx: OperationContext<"endpoint.getSecret">) {
  const [current] = requireEndpoint(ctx).secrets;
  return json(200, { key: current?.key });
}

/**
 * `POST …/endpoint/{endpoint_id}/secret/rotate`: the new secret signs from now on; the previous one
 * keeps signing too (so receivers can switch over) until the grace period ends.
 */
export function rotateEndpointSecret(ctx: OperationContext<"endpoint.rotateSecret">) {
  const { body } = ctx;
  const endpoint = requireEndpoint(ctx);
  const now = ctx.clock.now();
  const [current] = endpoint.secrets;
  const stillValid = endpoint.secrets.slice(1).filter((s) => s.expiresAt !== null && s.expiresAt > now);
  const retired = current ? [{ key: current.key, expiresAt: now + ctx.settings.secretGracePeriodMs }] : [];
  endpoint.secrets = [{ key: body.key ?? newSecret(), expiresAt: null }, ...retired, ...stillValid];
  endpoint.updatedAt = now;
  return noContent();
}

/** `GET …/endpoint/{endpoint_id}/headers` */
export function getEndpointHeaders(ctx: OperationContext<"endpoint.getHeaders">) {
  const { headers } = requireEndpoint(ctx);
  const sensitive = Object.keys(headers).filter(isSensitiveHeader);
  return json(200, { headers, sensitive });
}

/** `PUT …/endpoint/{endpoint_id}/headers`: replaces every custom header. */
export function updateEndpointHeaders(ctx: OperationContext<"endpoint.updateHeaders">) {
  const { body } = ctx;
  const endpoint = requireEndpoint(ctx);
  endpoint.headers = body.headers;
  endpoint.updatedAt = ctx.clock.now();
  return noContent();
}

/** `PATCH …/endpoint/{endpoint_id}/headers`: sets the named headers, `null` removes one. */
export function patchEndpointHeaders(ctx: OperationContext<"endpoint.patchHeaders">) {
  const endpoint = requireEndpoint(ctx);
  const headers = new Map(Object.entries(endpoint.headers));
  for (const [name, value] of Object.entries(ctx.body.headers)) {
    if (value === null) headers.delete(name);
    else headers.set(name, value);
  }
  // The limits hold for the headers the endpoint ends up with, not only for the patch.
  const merged = Object.fromEntries(headers);
  const issues = headerIssues(merged, ["body", "headers"]);
  if (headers.size > 64)
    issues.push({ loc: ["body", "headers"], msg: "At most 64 headers are allowed.", type: "too_long" });
  if (issues.length > 0) throw new InvalidInput(issues);
  endpoint.headers = merged;
  endpoint.updatedAt = ctx.clock.now();
  return noContent();
}

/** `GET …/endpoint/{endpoint_id}/stats`: messages by delivery status, created in [since, until). */
export function getEndpointStats(ctx: OperationContext<"endpoint.getStats">) {
  const since = ctx.query.since === undefined ? undefined : toMillis(ctx.query.since);
  const until = ctx.query.until === undefined ? undefined : toMillis(ctx.query.until);
  const stats = { success: 0, pending: 0, sending: 0, fail: 0 };
  for (const destination of requireEndpoint(ctx).destinations) {
    const created = destination.message.timestamp;
    if (since !== undefined && created < since) continue;
    if (until !== undefined && created >= until) continue;
    stats[destination.status === "failed" ? "fail" : destination.status] += 1;
  }
  return json(200, stats);
}
