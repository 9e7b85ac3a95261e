/**
 * Moves a Svix account's event types, applications and endpoints to Octohooks, keeping every
 * endpoint's signing secret, so your customers' receivers (and their `svix` `Webhook`) verify
 * Octohooks deliveries without a change. It reads with the `svix` package and writes with
 * `octohooks`; running it again updates what it moved before instead of failing or duplicating.
 *
 *   SVIX_TOKEN=... OCTOHOOKS_TOKEN=... npx tsx examples/migrate-from-svix.ts [--page-size 100]
 *
 * `SVIX_SERVER_URL` and `OCTOHOOKS_SERVER_URL` point either side elsewhere (a region, a mock).
 * Messages and attempts are history and stay in Svix. An application or endpoint without a UID gets
 * `svix_<its Svix ID>` as its UID, since Octohooks makes its own IDs.
 */
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { ConflictError, type EndpointIn, Octohooks } from "octohooks";
import { Svix } from "svix";

/** How many things were moved, by kind. */
export interface MigrationReport {
  eventTypes: number;
  applications: number;
  endpoints: number;
}

interface SvixPage<T> {
  data: T[];
  iterator?: string | null;
  done: boolean;
}

/** Every item of a Svix list, following its `iterator` page by page. */
async function* allOf<T>(list: (iterator: string | undefined) => Promise<SvixPage<T>>): AsyncGenerator<T> {
  let iterator: string | undefined;
  for (;;) {
    const page = await list(iterator);
    yield* page.data;
    if (page.done || !page.iterator) return;
    iterator = page.iterator;
  }
}

/** Copies event types, applications and endpoints (with their secrets and headers) from Svix. */
export async function migrate(svix: Svix, octohooks: Octohooks, pageSize = 100): Promise<MigrationReport> {
  const report: MigrationReport = { eventTypes: 0, applications: 0, endpoints: 0 };
  const eventTypes = (iterator?: string) =>
    svix.eventType.list({ iterator, limit: pageSize, includeArchived: true, withContent: true });
  for await (const type of allOf(eventTypes)) {
    // PUT creates the event type or replaces it, so a rerun converges.
    await octohooks.eventType.update(type.name, {
      description: type.description,
      archived: type.archived ?? false,
      schemas: type.schemas ?? undefined,
    });
    report.eventTypes += 1;
  }
  for await (const app of allOf((iterator) => svix.application.list({ iterator, limit: pageSize }))) {
    const uid = app.uid ?? `svix_${app.id}`;
    await octohooks.application.update(uid, {
      name: app.name,
      uid,
      metadata: app.metadata,
      rateLimit: app.throttleRate ?? undefined,
    });
    report.applications += 1;
    report.endpoints += await migrateEndpoints(svix, octohooks, app.id, uid, pageSize);
  }
  return report;
}

async function migrateEndpoints(
  svix: Svix,
  octohooks: Octohooks,
  svixAppId: string,
  appUid: string,
  pageSize: number,
): Promise<number> {
  let count = 0;
  const list = (iterator?: string) => svix.endpoint.list(svixAppId, { iterator, limit: pageSize });
  for await (const endpoint of allOf(list)) {
    const uid = endpoint.uid ?? `svix_${endpoint.id}`;
    const { headers } = await svix.endpoint.getHeaders(svixAppId, endpoint.id);
    const body = {
      url: endpoint.url,
      uid,
      description: endpoint.description,
      enabled: !endpoint.disabled,
      eventTypes: endpoint.eventTypes ?? undefined,
      channels: endpoint.channels ?? undefined,
      headers,
      rateLimit: endpoint.throttleRate ?? undefined,
      metadata: endpoint.metadata,
    } satisfies EndpointIn;
    const { key } = await svix.endpoint.getSecret(svixAppId, endpoint.id);
    try {
      // The same secret: receivers keep verifying with the one they have.
      await octohooks.endpoint.create(appUid, { ...body, secret: key });
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      // Moved by an earlier run: bring its fields up to date; its secret was set then.
      await octohooks.endpoint.update(appUid, uid, body);
    }
    count += 1;
  }
  return count;
}

/** Reads both tokens from the environment, migrates, and prints what it moved. */
export async function main(args: string[] = process.argv.slice(2)): Promise<void> {
  const { values } = parseArgs({ args, options: { "page-size": { type: "string", default: "100" } } });
  const pageSize = Number(values["page-size"]);
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new Error("--page-size: expected a positive integer");
  const svixToken = process.env.SVIX_TOKEN;
  if (!svixToken) throw new Error("Set SVIX_TOKEN to the Svix account's API token");
  const svix = new Svix(svixToken, { serverUrl: process.env.SVIX_SERVER_URL });
  const report = await migrate(svix, new Octohooks(), pageSize);
  console.log(
    `Moved ${report.eventTypes} event types, ${report.applications} applications and ${report.endpoints} endpoints (secrets kept).`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
