// The default flavour's choice of sender (browsers, workerd, Deno, Bun): always fetch. The node
// flavour swaps this file for http.node.ts (see tsup.config.ts), so no bundle here carries node:http.
import { InvalidArgumentError, OctohooksError } from "./errors.js";
import { fetchSender, type Sender, type SenderOptions } from "./wire.js";

/** The sender of one client: the given `fetch`, else the global one looked up at each call. */
export function createSender(options: SenderOptions): Sender {
  if (options.httpAgent !== undefined) {
    throw new InvalidArgumentError(
      "httpAgent needs Node's http transport, which this build (for browsers and edge runtimes) does not have",
    );
  }
  const given = options.fetch;
  if (!given && typeof globalThis.fetch !== "function") {
    throw new OctohooksError("No fetch: this runtime has no global fetch, so pass one as the `fetch` option");
  }
  // Looked up at call time so a fetch patched after construction (msw, tests) is honoured.
  return fetchSender(given ? () => given : () => globalThis.fetch);
}
