// The node flavour's choice of sender (picked by the `node` export condition, see tsup.config.ts):
// node:http(s) with a keep-alive agent per client, about a third of the CPU per call of undici's
// fetch. A given `fetch` is always used as given.
import type * as NodeHttp from "node:http";
import { createRequire } from "node:module";
import { InvalidArgumentError } from "./errors.js";
import {
  fetchSender,
  type Sender,
  type SenderOptions,
  WireFailure,
  type WireRequest,
  type WireResponse,
} from "./wire.js";

/**
 * Bun's node:http is a layer over its native fetch, which is 1.5-2.7x faster; on Deno node:http is
 * as fast or faster, as on Node (`npm run bench`, "paths per runtime" in bench/results.md).
 */
const PREFER_FETCH = "Bun" in globalThis;

/** The sender of one client: the given `fetch`; else node:http(s), or fetch where that is faster. */
export function createSender(options: SenderOptions): Sender {
  if (options.fetch !== undefined && options.httpAgent !== undefined) {
    throw new InvalidArgumentError(
      "httpAgent applies to the node:http transport; pass `fetch` or `httpAgent`",
    );
  }
  const given = options.fetch;
  if (given) return fetchSender(() => given);
  if (PREFER_FETCH && options.httpAgent === undefined) return fetchSender(() => globalThis.fetch);
  return nodeSender(options.baseUrl, options.httpAgent as NodeHttp.Agent | undefined);
}

/** node:http or node:https, loaded on the first request: importing the package loads neither. */
function load(name: "node:http" | "node:https"): typeof NodeHttp {
  return (process.getBuiltinModule?.(name) ?? createRequire(process.execPath)(name)) as typeof NodeHttp;
}

/**
 * A sender over node:http(s) to the one origin of `baseUrl`, through `agent` when given, else
 * through a keep-alive agent of its own, created on the first request. Idle sockets never hold the
 * process open (Node's agent unrefs them); `close` destroys the agent's sockets, not a given agent.
 * @internal
 */
export function nodeSender(baseUrl: string, agent?: NodeHttp.Agent): Sender {
  const { protocol, hostname: host, port, origin } = new URL(baseUrl);
  const hostname = host.replace(/^\[(.*)\]$/, "$1");
  let http: typeof NodeHttp | undefined;
  let own: NodeHttp.Agent | undefined;
  return {
    send(request) {
      http ??= load(protocol === "https:" ? "node:https" : "node:http");
      own ??= agent ? undefined : new http.Agent({ keepAlive: true });
      const options: NodeHttp.RequestOptions = {
        protocol,
        hostname,
        port,
        method: request.method,
        path: request.url.slice(origin.length),
        headers: request.headers,
        agent: agent ?? own,
      };
      return exchange(http, options, request);
    },
    close() {
      own?.destroy();
      own = undefined;
    },
  };
}

/** One request and its whole response, under the timeout, the caller's signal and the size cap. */
function exchange(
  http: typeof NodeHttp,
  options: NodeHttp.RequestOptions,
  request: WireRequest,
): Promise<WireResponse> {
  return new Promise((resolve, reject) => {
    const { signal, maxResponseBytes } = request;
    let settled = false;
    const settle = () => {
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    };
    const fail = (failure: WireFailure) => {
      if (settled) return;
      settle();
      // Destroying the request ends its socket too: it never goes back to the pool half-read.
      req.destroy();
      reject(failure);
    };
    const onAbort = () => fail(new WireFailure("connection", signal?.reason));
    // Looked up at each call, so an interceptor that patches the module (msw, nock) sees the request.
    const req = http.request(options);
    const timer = setTimeout(() => fail(new WireFailure("timeout")), request.timeout);
    signal?.addEventListener("abort", onAbort, { once: true });
    req.on("error", (cause) => fail(new WireFailure("connection", cause)));
    req.on("response", (res) => {
      const status = res.statusCode as number;
      const tooLarge = () => fail(new WireFailure("tooLarge", undefined, status));
      if (Number(rawHeader(res.rawHeaders, "content-length")) > maxResponseBytes) return tooLarge();
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxResponseBytes) tooLarge();
        else chunks.push(chunk);
      });
      // A reset mid-body: Node destroys the response with an "aborted" ECONNRESET.
      res.on("error", (cause) => fail(new WireFailure("connection", cause)));
      res.on("end", () => {
        if (settled) return;
        settle();
        const text =
          chunks.length === 1 ? (chunks[0] as Buffer).toString() : Buffer.concat(chunks).toString();
        // Only the raw headers are kept: holding `res` keeps Node's request, socket and parser
        // objects alive as long as the caller keeps the result, which doubled the GC work per call.
        resolve(new NodeResponse(status, text, res.rawHeaders));
      });
    });
    req.end(bodyFor(request));
  });
}

/** A node:http answer, read whole, with its raw header list. */
class NodeResponse implements WireResponse {
  constructor(
    readonly status: number,
    readonly text: string,
    readonly raw: string[],
  ) {}

  header(name: string): string | null {
    return rawHeader(this.raw, name);
  }

  /** A `Headers` of the raw name/value pairs, repeated headers kept. */
  headers(): Headers {
    const headers = new Headers();
    const { raw } = this;
    for (let i = 0; i < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string);
    return headers;
  }
}

/**
 * One header (`name` in lower case) of Node's raw name/value list, repeats joined by `, ` as
 * fetch's `Headers.get` joins them, so both transports read a header alike.
 */
function rawHeader(raw: string[], name: string): string | null {
  let value: string | null = null;
  for (let i = 0; i < raw.length; i += 2) {
    const key = raw[i] as string;
    if (key.length !== name.length || key.toLowerCase() !== name) continue;
    value = value === null ? (raw[i + 1] as string) : `${value}, ${raw[i + 1]}`;
  }
  return value;
}

const NON_ASCII = /[^\0-\x7f]/;

/**
 * The body to write. Node writes a string body in one write with the headers, all as UTF-8; a
 * header with a Latin-1 character must go out as that one byte (as fetch sends it), so then the
 * body goes as bytes and the headers apart, as Latin-1.
 */
function bodyFor({ body, headers }: WireRequest): string | Buffer | undefined {
  if (body === undefined) return undefined;
  for (const name in headers) if (NON_ASCII.test(headers[name] as string)) return Buffer.from(body);
  return body;
}
