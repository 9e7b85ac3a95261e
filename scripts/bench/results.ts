// The shape of one `npm run bench` run, as written to bench/results.json.
import type { BundleSize } from "./bundleSize.js";
import type { ColdStartResult } from "./coldStart.js";
import type { MockThroughputResult } from "./mockThroughput.js";
import type { OverheadResult, SocketsResult } from "./overhead.js";
import type { PaginationResult } from "./pagination.js";
import type { RuntimePathResult } from "./runtimePaths.js";
import type { BenchResult as WebhookResult } from "./webhooks.js";

/** Where and how the run happened. */
export interface BenchMeta {
  date: string;
  node: string;
  platform: string;
  cpu: string;
  cores: number;
  quick: boolean;
  /** Whether node ran with --expose-gc (needed for honest heap figures). */
  gcExposed: boolean;
  /** Where the fixed-answer server of the overhead section ran. */
  overheadServer: "child process";
  seconds: number;
}

/** Every section's figures; a section that failed is absent and its error is in `errors`. */
export interface BenchResults {
  meta: BenchMeta;
  overhead?: OverheadResult[];
  sockets?: SocketsResult[];
  /** Both paths of the node flavour on Node, Bun and Deno (absent from --quick runs). */
  runtimePaths?: RuntimePathResult[];
  webhooks?: WebhookResult[];
  bundles?: BundleSize[];
  coldStart?: ColdStartResult;
  pagination?: PaginationResult;
  mock?: MockThroughputResult;
  /** Seconds each section took. */
  sectionSeconds: Record<string, number>;
  errors: Record<string, string>;
}

/** One line of the report: a figure, the target it is held to (if any), and why it missed. */
export interface ReportRow {
  section: string;
  measure: string;
  value: string;
  target: string;
  status: "PASS" | "MISS" | "";
  why?: string;
}
