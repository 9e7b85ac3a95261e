/**
 * `endpoint.*` CRUD operations.
 *
 * @module
 */
import { conflict, InvalidInput, json, noContent } from "../exchange.js";
import { newId, newSecret } from "../ids.js";
import {
  assertUsableUid,
  type OperationContext,
  pageRequest,
  requireApp,
  requireEndpoint,
} from "../operation.js";
import { paginate, removeBySeq } from "../pagination.js";
import type { BodyOf } from "../requestInput.js";
import { SeqList } from "../seqList.js";
import { type ApplicationRecord, byIdOrUid, type EndpointRecord } from "../store.js";
import { endpointOut } from "../views.js";
import { reindexUid } from "./uidIndex.js";

type EndpointFields = BodyOf<"endpoint.update">;

/** Refuses (422) a URL that points at the mock's own API: deliveries there would loop back in. */
function assertNotOwnApi(ctx: OperationContext, url: string | undefined): void {
  if (url === undefined || !ctx.settings.isOwnApi(url)) return;
  const msg = "The URL points at this mock server's own API, so deliveries would loop back into it.";
  throw new InvalidInput([{ loc: ["body", "url"], msg, type: "value_error" }]);
}

function assertUidFree(app: ApplicationRecord, uid: string | null | undefined, self?: EndpointRecord): void {
  const holder = uid ? app.endpointsByUid.get(uid) : undefined;
  if (holder && holder !== self)
    throw conflict("An endpoint with this uid already exists in this application.");
}

/** Sets every replaceable field from a full endpoint body, with the documented defaults. */
function replaceFields(endpoint: EndpointRecord, body: EndpointFields): void {
  endpoint.url = body.url;
  endpoint.name = body.name ?? null;
  endpoint.description = body.description ?? "";
  endpoint.enabled = body.enabled ?? true;
  endpoint.eventTypes = body.eventTypes ?? null;
  endpoint.channels = body.channels ?? null;
  endpoint.headers = body.headers ?? {};
  endpoint.rateLimit = body.rateLimit ?? null;
  endpoint.metadata = body.metadata ?? {};
  endpoint.version = body.version ?? 1;
}

/** Stores a new endpoint of `app` from a full endpoint body (the caller checked its URL and UID). */
export function insertEndpoint(
  app: ApplicationRecord,
  now: number,
  body: EndpointFields,
  uid: string | null,
  secret: string,
): EndpointRecord {
  const endpoint: EndpointRecord = {
    seq: app.env.nextSeq(),
    id: newId("ep"),
    app,
    uid,
    name: null,
    description: "",
    url: body.url,
    enabled: true,
    eventTypes: null,
    channels: null,
    headers: {},
    rateLimit: null,
    metadata: {},
    version: 1,
    createdAt: now,
    updatedAt: now,
    secrets: [{ key: secret, expiresAt: null }],
    deleted: false,
    destinations: new SeqList(),
    attempts: new SeqList(),
    nextSlotAt: Number.NEGATIVE_INFINITY,
  };
  replaceFields(endpoint, body);
  app.endpoints.push(endpoint);
  app.endpointsById.set(endpoint.id, endpoint);
  if (uid !== null) app.endpointsByUid.set(uid, endpoint);
  return endpoint;
}

/** `GET /api/v1/app/{app_id}/endpoint` */
export function listEndpoints(ctx: OperationContext<"endpoint.list">) {
  const page = paginate(requireApp(ctx).endpoints, pageRequest(ctx.query));
  return json(200, { ...page, data: page.data.map(endpointOut) });
}

/** `POST /api/v1/app/{app_id}/endpoint` */
export function createEndpointOperation(ctx: OperationContext<"endpoint.create">) {
  const { body } = ctx;
  assertNotOwnApi(ctx, body.url);
  const app = requireApp(ctx);
  assertUidFree(app, body.uid);
  return json(
    201,
    endpointOut(insertEndpoint(app, ctx.clock.now(), body, body.uid ?? null, body.secret ?? newSecret())),
  );
}

/** `GET /api/v1/app/{app_id}/endpoint/{endpoint_id}` */
export function getEndpoint(ctx: OperationContext) {
  return json(200, endpointOut(requireEndpoint(ctx)));
}

/** `PUT …/endpoint/{endpoint_id}`: replaces it, or creates it (201) with the path's id as uid. */
export function updateEndpoint(ctx: OperationContext<"endpoint.update">) {
  const { body } = ctx;
  assertNotOwnApi(ctx, body.url);
  const app = requireApp(ctx);
  const key = ctx.params.endpoint_id ?? "";
  const endpoint = byIdOrUid(app.endpointsById, app.endpointsByUid, key);
  if (!endpoint) {
    assertUsableUid(key, "endpoint_id");
    assertUidFree(app, key);
    return json(201, endpointOut(insertEndpoint(app, ctx.clock.now(), body, key, newSecret())));
  }
  assertUidFree(app, body.uid, endpoint);
  reindexUid(app.endpointsByUid, endpoint, body.uid ?? endpoint.uid);
  replaceFields(endpoint, body);
  endpoint.updatedAt = ctx.clock.now();
  return json(200, endpointOut(endpoint));
}

/** `PATCH …/endpoint/{endpoint_id}`: changes only the fields present; `null` clears. */
export function patchEndpoint(ctx: OperationContext<"endpoint.patch">) {
  const { body } = ctx;
  assertNotOwnApi(ctx, body.url);
  const app = requireApp(ctx);
  const endpoint = requireEndpoint(ctx, app);
  assertUidFree(app, body.uid, endpoint);
  if (body.uid !== undefined) reindexUid(app.endpointsByUid, endpoint, body.uid);
  const { uid: _uid, ...fields } = body;
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined) Object.assign(endpoint, { [name]: value });
  }
  endpoint.updatedAt = ctx.clock.now();
  return json(200, endpointOut(endpoint));
}

/** `DELETE …/endpoint/{endpoint_id}`: queued deliveries to it are dropped. */
export function deleteEndpoint(ctx: OperationContext) {
  const app = requireApp(ctx);
  const endpoint = requireEndpoint(ctx, app);
  endpoint.deleted = true;
  removeBySeq(app.endpoints, endpoint);
  app.endpointsById.delete(endpoint.id);
  if (endpoint.uid !== null) app.endpointsByUid.delete(endpoint.uid);
  return noContent();
}
