/**
 * Auto-pagination: `for await` over `message.list` walks every message of an application, newest
 * first, fetching each next page only when the loop reaches it (one page in memory at a time).
 *
 * Run it (token and server from OCTOHOOKS_TOKEN and OCTOHOOKS_SERVER_URL):
 *
 *   npx tsx --tsconfig examples/tsconfig.json examples/list-all-messages.ts app_123 [event.type ...]
 */
import { pathToFileURL } from "node:url";
import { type MessageOut, Octohooks } from "octohooks";

/**
 * Calls `onMessage` for every message of the application (only those of `eventTypes`, when given)
 * and returns how many there were.
 */
export async function forEachMessage(
  octohooks: Octohooks,
  appId: string,
  eventTypes: string[],
  onMessage: (message: MessageOut) => void,
): Promise<number> {
  let count = 0;
  // Payloads are left out: this loop only needs IDs and types, and pages get much smaller.
  const options = {
    limit: 100,
    withContent: false,
    ...(eventTypes.length > 0 ? { eventTypes } : {}),
  };
  for await (const message of octohooks.message.list(appId, options)) {
    onMessage(message);
    count += 1;
  }
  return count;
}

/** Prints one line per message, then the total. */
export async function main(args: string[] = process.argv.slice(2)): Promise<void> {
  const [appId, ...eventTypes] = args;
  if (!appId) throw new Error("Usage: list-all-messages.ts <app id or uid> [event type ...]");
  const octohooks = new Octohooks();
  const count = await forEachMessage(octohooks, appId, eventTypes, (message) => {
    console.log(`${message.id}  ${message.timestamp}  ${message.eventType}`);
  });
  console.log(`${count} message${count === 1 ? "" : "s"}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
