/**
 * Fault injection: make chosen requests fail the way real networks and servers do, so a client's
 * retries, timeouts and idempotency can be tested.
 *
 * @module
 */
import { type RandomSource, seededRandom } from "./seededRandom.js";

/**
 * - `serverError`: answer a 5xx (`status`, default 500) before doing any work.
 * - `rateLimit`: answer 429 `rate_limited` with `Retry-After` before doing any work.
 * - `hang`: never answer, until the client gives up (aborts) or the mock closes; no work is done.
 * - `drop`: do the work (the store keeps its effect), then cut the connection without answering.
 */
export type FaultKind = "serverError" | "rateLimit" | "hang" | "drop";

/** Which requests a fault applies to; every given criterion must match. */
export interface FaultMatch {
  /** HTTP method, e.g. `"POST"` (case-insensitive). */
  method?: string;
  /**
   * The URL path: a RegExp, or a pattern where `*` matches within one segment, `**` across
   * segments and `{name}` one segment, e.g. `"/api/v1/app/{app_id}/msg"`.
   */
  path?: string | RegExp;
  /** One operationId or several, e.g. `"message.create"`. */
  operation?: string | readonly string[];
}

/** A fault to inject. */
export interface FaultSpec extends FaultMatch {
  /** What the fault does (see {@link FaultKind}). */
  kind: FaultKind;
  /** `serverError` only: the 5xx status (default 500). */
  status?: number;
  /** `rateLimit` only: the `Retry-After` seconds (default 1). */
  retryAfterSeconds?: number;
  /** Applies to this many matching requests, then retires (default: no limit). */
  times?: number;
  /** Applies to each matching request with this probability, from the seeded generator (default 1). */
  probability?: number;
}

/** An injected fault. */
export interface Fault {
  /** The spec it was injected with. */
  readonly spec: Readonly<FaultSpec>;
  /** Requests it was applied to so far. */
  readonly hits: number;
  /** False once removed or used up. */
  readonly active: boolean;
  /** Stops applying it. */
  remove(): void;
}

/** How many requests each kind of fault was applied to. */
export type FaultStats = Record<FaultKind, number> & {
  /** All kinds together. */
  total: number;
};

/** The request facts faults are matched against. */
export interface FaultTarget {
  /** HTTP method of the request. */
  readonly method: string;
  /** URL path of the request, without the query string. */
  readonly path: string;
  /** The spec's operationId of the route, `undefined` when none matched. */
  readonly operationId: string | undefined;
}

class InjectedFault implements Fault {
  hits = 0;
  active = true;
  readonly #path: RegExp | undefined;

  constructor(
    readonly spec: Readonly<FaultSpec>,
    private readonly detach: (fault: InjectedFault) => void,
  ) {
    this.#path = typeof spec.path === "string" ? compilePathPattern(spec.path) : spec.path;
  }

  matches(target: FaultTarget): boolean {
    const { method, operation } = this.spec;
    if (method && method.toUpperCase() !== target.method) return false;
    if (this.#path && !this.#path.test(target.path)) return false;
    if (operation === undefined) return true;
    return typeof operation === "string"
      ? operation === target.operationId
      : operation.includes(target.operationId ?? "");
  }

  remove(): void {
    this.active = false;
    this.detach(this);
  }
}

/** Turns `/api/v1/app/{app_id}/*` into an anchored RegExp. */
export function compilePathPattern(pattern: string): RegExp {
  const source = pattern
    .split(/(\*\*|\*|\{[^}]*\})/)
    .map((part) => {
      if (part === "**") return ".*";
      if (part === "*" || part.startsWith("{")) return "[^/]+";
      return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("");
  return new RegExp(`^${source}$`);
}

/**
 * The mock's fault registry (`mock.faults`).
 *
 * @example
 * ```ts
 * mock.faults.inject({ operation: "message.create", kind: "drop", times: 1 });
 * await client.message.create(appId, msg); // 1st try: work done, connection cut; retry replays it
 * expect(mock.faults.stats().drop).toBe(1);
 * ```
 */
export class FaultInjector {
  #faults: InjectedFault[] = [];
  #random: RandomSource;
  #stats: FaultStats = emptyStats();
  readonly #hangs = new Set<() => void>();

  /** @param seed Seeds the generator behind `probability` (default: random). */
  constructor(seed: number = Math.floor(Math.random() * 2 ** 32)) {
    this.#random = seededRandom(seed);
  }

  /** Adds a fault; faults are tried in the order they were added, the first that applies wins. */
  inject(spec: FaultSpec): Fault {
    validateSpec(spec);
    const fault = new InjectedFault({ ...spec }, (f) => {
      this.#faults = this.#faults.filter((other) => other !== f);
    });
    this.#faults.push(fault);
    return fault;
  }

  /** Removes every fault (the stats stay). */
  clear(): void {
    for (const fault of this.#faults) fault.active = false;
    this.#faults = [];
  }

  /** Restarts the `probability` generator from `seed`, so a chaos run repeats exactly. */
  seed(seed: number): void {
    this.#random = seededRandom(seed);
  }

  /** Counts of applied faults per kind, and in total. */
  stats(): FaultStats {
    return { ...this.#stats };
  }

  /** Zeroes the counts. */
  resetStats(): void {
    this.#stats = emptyStats();
  }

  /** The fault to apply to a request, if any (counts it as applied). */
  pick(target: FaultTarget): Readonly<FaultSpec> | undefined {
    for (const fault of this.#faults) {
      if (!fault.matches(target)) continue;
      if (fault.spec.probability !== undefined && this.#random() >= fault.spec.probability) continue;
      fault.hits += 1;
      if (fault.spec.times !== undefined && fault.hits >= fault.spec.times) fault.remove();
      this.#stats[fault.spec.kind] += 1;
      this.#stats.total += 1;
      return fault.spec;
    }
    return undefined;
  }

  /** Requests hanging right now. */
  get hanging(): number {
    return this.#hangs.size;
  }

  /** Waits until `signal` aborts or the mock closes; holds no timer. */
  hang(signal: AbortSignal | undefined): Promise<void> {
    if (signal?.aborted) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const done = () => {
        this.#hangs.delete(done);
        signal?.removeEventListener("abort", done);
        resolve();
      };
      this.#hangs.add(done);
      signal?.addEventListener("abort", done, { once: true });
    });
  }

  /** Ends every hanging request (on close). */
  releaseHangs(): void {
    for (const done of [...this.#hangs]) done();
  }
}

function emptyStats(): FaultStats {
  return { serverError: 0, rateLimit: 0, hang: 0, drop: 0, total: 0 };
}

function validateSpec(spec: FaultSpec): void {
  const kinds: FaultKind[] = ["serverError", "rateLimit", "hang", "drop"];
  if (!kinds.includes(spec.kind)) throw new TypeError(`Unknown fault kind: ${String(spec.kind)}`);
  if (
    spec.status !== undefined &&
    !(Number.isInteger(spec.status) && spec.status >= 500 && spec.status <= 599)
  )
    throw new RangeError("status must be a 5xx status code");
  if (spec.times !== undefined && !(Number.isInteger(spec.times) && spec.times >= 1))
    throw new RangeError("times must be an integer >= 1");
  if (spec.probability !== undefined && !(spec.probability >= 0 && spec.probability <= 1))
    throw new RangeError("probability must be within [0, 1]");
  if (
    spec.retryAfterSeconds !== undefined &&
    !(Number.isInteger(spec.retryAfterSeconds) && spec.retryAfterSeconds >= 0)
  )
    throw new RangeError("retryAfterSeconds must be an integer >= 0");
}
