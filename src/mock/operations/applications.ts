/**
 * `application.*` operations.
 *
 * @module
 */
import { conflict, json, noContent, notFound } from "../exchange.js";
import { newId } from "../ids.js";
import { assertUsableUid, type OperationContext, pageRequest, requireApp } from "../operation.js";
import { paginate, removeBySeq } from "../pagination.js";
import type { BodyOf } from "../requestInput.js";
import { SeqList } from "../seqList.js";
import type { ApplicationRecord, Environment } from "../store.js";
import { applicationOut } from "../views.js";
import { reindexUid } from "./uidIndex.js";

/** What a new application record is made of. */
export interface NewApplication {
  readonly id: string;
  readonly name: string;
  readonly uid: string | null;
  readonly rateLimit?: number | null | undefined;
  readonly metadata?: Record<string, string> | undefined;
}

/** Stores a new application in `env` (the caller checked its ID and UID are free). */
export function insertApplication(env: Environment, now: number, input: NewApplication): ApplicationRecord {
  const app: ApplicationRecord = {
    seq: env.nextSeq(),
    id: input.id,
    env,
    uid: input.uid,
    name: input.name,
    rateLimit: input.rateLimit ?? null,
    metadata: input.metadata ?? {},
    createdAt: now,
    updatedAt: now,
    deleted: false,
    endpoints: [],
    endpointsById: new Map(),
    endpointsByUid: new Map(),
    messages: new SeqList(),
    messagesById: new Map(),
    messagesByUid: new Map(),
    attemptsById: new Map(),
    nextSlotAt: Number.NEGATIVE_INFINITY,
  };
  env.apps.push(app);
  env.appsById.set(app.id, app);
  if (input.uid !== null) env.appsByUid.set(input.uid, app);
  return app;
}

function createApp(
  ctx: OperationContext,
  input: BodyOf<"application.create">,
  uid: string | null,
): ApplicationRecord {
  return insertApplication(ctx.env, ctx.clock.now(), { ...input, id: newId("app"), uid });
}

function assertUidFree(env: Environment, uid: string | null | undefined, self?: ApplicationRecord): void {
  const holder = uid ? env.appsByUid.get(uid) : undefined;
  if (holder && holder !== self) throw conflict("An application with this uid already exists.");
}

/** `GET /api/v1/app` */
export function listApplications(ctx: OperationContext<"application.list">) {
  const page = paginate(ctx.env.apps, pageRequest(ctx.query));
  return json(200, { ...page, data: page.data.map(applicationOut) });
}

/** `POST /api/v1/app` (200 with `get_if_exists=true` when the uid is taken). */
export function createApplication(ctx: OperationContext<"application.create">) {
  const { body } = ctx;
  const existing = body.uid ? ctx.env.appsByUid.get(body.uid) : undefined;
  if (existing && ctx.query.get_if_exists) return json(200, applicationOut(existing));
  assertUidFree(ctx.env, body.uid);
  return json(201, applicationOut(createApp(ctx, body, body.uid ?? null)));
}

/** `GET /api/v1/app/{app_id}` */
export function getApplication(ctx: OperationContext) {
  return json(200, applicationOut(requireApp(ctx)));
}

/** `PUT /api/v1/app/{app_id}`: replaces it, or creates it (201) with the path's id as uid. */
export function updateApplication(ctx: OperationContext<"application.update">) {
  const { body } = ctx;
  const app = ctx.env.findApp(ctx.params.app_id ?? "");
  if (!app) {
    const uid = ctx.params.app_id ?? "";
    assertUsableUid(uid, "app_id");
    assertUidFree(ctx.env, uid);
    return json(201, applicationOut(createApp(ctx, body, uid)));
  }
  assertUidFree(ctx.env, body.uid, app);
  reindexUid(ctx.env.appsByUid, app, body.uid ?? app.uid);
  app.name = body.name;
  app.rateLimit = body.rateLimit ?? null;
  app.metadata = body.metadata ?? {};
  app.updatedAt = ctx.clock.now();
  return json(200, applicationOut(app));
}

/** `PATCH /api/v1/app/{app_id}`: changes only the fields present. */
export function patchApplication(ctx: OperationContext<"application.patch">) {
  const { body } = ctx;
  const app = requireApp(ctx);
  assertUidFree(ctx.env, body.uid, app);
  applyPatch(app, body);
  if (body.uid !== undefined) reindexUid(ctx.env.appsByUid, app, body.uid);
  app.updatedAt = ctx.clock.now();
  return json(200, applicationOut(app));
}

function applyPatch(app: ApplicationRecord, body: BodyOf<"application.patch">): void {
  if (body.name !== undefined) app.name = body.name;
  if (body.rateLimit !== undefined) app.rateLimit = body.rateLimit;
  if (body.metadata !== undefined) app.metadata = body.metadata;
}

/** `DELETE /api/v1/app/{app_id}`: the application and everything under it disappear. */
export function deleteApplication(ctx: OperationContext) {
  const app = ctx.env.findApp(ctx.params.app_id ?? "");
  if (!app) throw notFound("Application");
  app.deleted = true;
  removeBySeq(ctx.env.apps, app);
  ctx.env.appsById.delete(app.id);
  if (app.uid !== null) ctx.env.appsByUid.delete(app.uid);
  return noContent();
}
