/**
 * An endpoint's secret, custom headers and statistics.
 *
 * @module
 */
import { isSensitiveHeader } from "../../core/sensitiveHeaders.js";
import { json, noContent } from "../exchange.js";
import { newSecret } from "../ids.js";
import { type OperationContext, readInput, requireEndpoint } from "../operation.js";
import { EndpointHeadersIn, EndpointHeadersPatchIn, EndpointSecretRotateIn } from "../schemas.js";

/** `GET …/endpoint/{endpoint_id}/secret` */
export function getEndpointSecret(ctx: OperationContext) {
  const [current] = requireEndpoint(ctx).secrets;
  return json(200, { key: current?.key });
}

/**
 * `POST …/endpoint/{endpoint_id}/secret/rotate`: the new secret signs from now on; the previous one
 * keeps signing too (so receivers can switch over) until the grace period ends.
 */
export function rotateEndpointSecret(ctx: OperationContext) {
  const { body } = readInput(ctx, { body: EndpointSecretRotateIn });
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
export function getEndpointHeaders(ctx: OperationContext) {
  const { headers } = requireEndpoint(ctx);
  const sensitive = Object.keys(headers).filter(isSensitiveHeader);
  return json(200, { headers, sensitive });
}

/** `PUT …/endpoint/{endpoint_id}/headers`: replaces every custom header. */
export function updateEndpointHeaders(ctx: OperationContext) {
  const { body } = readInput(ctx, { body: EndpointHeadersIn });
  const endpoint = requireEndpoint(ctx);
  endpoint.headers = body.headers;
  endpoint.updatedAt = ctx.clock.now();
  return noContent();
}

/** `PATCH …/endpoint/{endpoint_id}/headers`: sets the named headers, `null` removes one. */
export function patchEndpointHeaders(ctx: OperationContext) {
  const { body } = readInput(ctx, { body: EndpointHeadersPatchIn });
  const endpoint = requireEndpoint(ctx);
  const headers = new Map(Object.entries(endpoint.headers));
  for (const [name, value] of Object.entries(body.headers)) {
    if (value === null) headers.delete(name);
    else headers.set(name, value);
  }
  endpoint.headers = Object.fromEntries(headers);
  endpoint.updatedAt = ctx.clock.now();
  return noContent();
}

/** `GET …/endpoint/{endpoint_id}/stats`: messages by delivery status, created in [since, until). */
export function getEndpointStats(ctx: OperationContext) {
  const { query } = readInput(ctx, {
    query: (q) => ({ since: q.dateTime("since"), until: q.dateTime("until") }),
  });
  const stats = { success: 0, pending: 0, sending: 0, fail: 0 };
  for (const destination of requireEndpoint(ctx).destinations) {
    const created = destination.message.timestamp;
    if (query.since !== undefined && created < query.since) continue;
    if (query.until !== undefined && created >= query.until) continue;
    stats[destination.status === "failed" ? "fail" : destination.status] += 1;
  }
  return json(200, stats);
}
