// Turns a run's figures into report rows, each held to its target (PASS/MISS) and, where it
// missed, with the numbers that say why; then into a console table and a Markdown table.
import type { BenchResults, ReportRow } from "./results.js";

/** A number with thousands separators and no decimals. */
const n = (value: number) => Math.round(value).toLocaleString("en");
const x = (value: number) => `${value.toFixed(2)}x`;
const mb = (value: number) => `${value.toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

function status(pass: boolean): "PASS" | "MISS" {
  return pass ? "PASS" : "MISS";
}

function overheadRows(results: BenchResults): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const concurrency of [1, 64]) {
    const at = (name: string) =>
      results.overhead?.find((r) => r.name === name && r.concurrency === concurrency);
    const [ours, bare, svix] = [at("octohooks"), at("node:http"), at("svix")];
    if (!ours || !bare || !svix) continue;
    const section = "request overhead";
    const cpuOf = (name: string) => {
      const r = at(name);
      return r ? `${name} ${n(r.cpuUsPerCall)} µs` : undefined;
    };
    const cpu = `client CPU per call: ${[
      "octohooks",
      "node:http",
      "undici.request",
      "raw fetch",
      "octohooks over fetch",
      "svix",
    ]
      .map(cpuOf)
      .filter(Boolean)
      .join(", ")}`;
    const vsBare = ours.callsPerSec / bare.callsPerSec;
    rows.push({
      section,
      measure: `message.create, octohooks / bare node:http keep-alive client, concurrency ${concurrency}`,
      value: `${x(vsBare)} (${n(ours.callsPerSec)} vs ${n(bare.callsPerSec)} calls/s)`,
      target: ">= 0.85x",
      status: status(vsBare >= 0.85),
      why: cpu,
    });
    const vsSvix = ours.callsPerSec / svix.callsPerSec;
    rows.push({
      section,
      measure: `message.create, octohooks / svix, concurrency ${concurrency}`,
      value: `${x(vsSvix)} (${n(ours.callsPerSec)} vs ${n(svix.callsPerSec)} calls/s)`,
      target: ">= 2.50x",
      status: status(vsSvix >= 2.5),
      // What any client on Node's own HTTP stack could reach against svix in the same rounds.
      why: `the bare node:http client itself is ${x(bare.callsPerSec / svix.callsPerSec)} svix here; ${cpu}`,
    });
    rows.push({
      section,
      measure: `message.create, CPU per call of the calling process, concurrency ${concurrency}`,
      value: cpu.replace("client CPU per call: ", ""),
      target: "",
      status: "",
    });
    for (const [name, what] of [
      ["undici.request", "undici.request with its own dispatcher (a dependency)"],
      ["raw fetch", "raw fetch"],
      ["raw fetch + signal", "raw fetch with an AbortSignal and no timer"],
      ["raw fetch + timeout", "raw fetch with a 15 s timeout signal"],
      ["octohooks over fetch", "octohooks given `fetch: globalThis.fetch`"],
      ["openapi-fetch default", "openapi-fetch's default path"],
      ["openapi-fetch light Request", "openapi-fetch's pipeline with a light Request stand-in"],
    ] as const) {
      const other = at(name);
      if (other)
        rows.push({
          section,
          measure: `message.create, ${what}, concurrency ${concurrency}`,
          value: `${n(other.callsPerSec)} calls/s (${x(other.callsPerSec / bare.callsPerSec)} node:http)`,
          target: "",
          status: "",
        });
    }
  }
  return rows;
}

/** Per runtime: both paths side by side, and whether the client's default is the faster. */
function runtimePathRows(results: BenchResults): ReportRow[] {
  return (results.runtimePaths ?? []).map((r) => {
    const rate = (path: string, c: number) =>
      r.rows.find((row) => row.path === path && row.concurrency === c)?.callsPerSec ?? Number.NaN;
    // The faster over both concurrencies: the geometric mean of its two ratios.
    const ratio = Math.sqrt(
      (rate("node:http", 1) / rate("fetch", 1)) * (rate("node:http", 64) / rate("fetch", 64)),
    );
    const faster = ratio >= 1 ? "node:http" : "fetch";
    const at = (c: number) =>
      `c${c}: ${n(rate("node:http", c))} vs ${n(rate("fetch", c))} calls/s (${x(rate("node:http", c) / rate("fetch", c))})`;
    return {
      section: "paths per runtime",
      measure: `${r.runtime} ${r.version}: message.create over node:http / over fetch; the default`,
      value: `${at(1)}; ${at(64)}; default ${r.defaultPath}`,
      target: "default = the faster",
      status: status(r.defaultPath === faster),
      why: `the faster here is ${faster} (${x(ratio)} node:http/fetch over both concurrencies)`,
    };
  });
}

function socketRows(results: BenchResults): ReportRow[] {
  const ours = results.sockets?.find((s) => s.name === "octohooks");
  if (!ours) return [];
  const raw = results.sockets?.find((s) => s.name === "raw fetch");
  return [
    {
      section: "connection reuse",
      measure: `sockets opened for ${n(ours.calls)} octohooks calls at concurrency 64`,
      value: `${ours.sockets}${raw ? ` (raw fetch: ${raw.sockets})` : ""}`,
      target: "<= 128 (2 x concurrency)",
      status: status(ours.sockets <= 128),
      why: "the default fetch (undici) pool opened more connections than calls in flight",
    },
  ];
}

function webhookRows(results: BenchResults): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const [size, goal] of [
    ["0.5 KB", 1.5],
    ["64 KB", 5],
  ] as const) {
    const at = (name: string) => results.webhooks?.find((r) => r.name === name && r.size === size)?.opsPerSec;
    const [ours, std, svix] = [at("octohooks verify"), at("standardwebhooks"), at("svix")];
    if (ours === undefined || std === undefined || svix === undefined) continue;
    const best = Math.max(std, svix);
    const [parse, sign] = [at("(ref) JSON.parse alone"), at("(ref) octohooks sign")];
    const bound = parse && sign ? 1 / (1 / parse + 1 / sign) : undefined;
    rows.push({
      section: "webhook verification",
      measure: `verify ops/s at ${size}, octohooks / faster of standardwebhooks and svix`,
      value: `${x(ours / best)} (${n(ours)} vs ${n(best)}; standardwebhooks ${n(std)}, svix ${n(svix)})`,
      target: `>= ${goal}x`,
      status: status(ours / best >= goal),
      why:
        bound === undefined
          ? undefined
          : `verify returns the parsed payload, so it must JSON.parse it (${n(parse as number)} ops/s alone) besides the HMAC (${n(sign as number)} ops/s): together at most ${n(bound)} ops/s = ${x(bound / best)} the competitor`,
    });
  }
  return rows;
}

function bundleRows(results: BenchResults): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const [task, budget] of [
    ["send a message", 7500],
    ["verify a webhook", 2000],
  ] as const) {
    const all = results.bundles?.filter((b) => b.task === task) ?? [];
    const ours = all.find((b) => b.package === "octohooks");
    if (!ours) continue;
    const others = all.filter((b) => b !== ours);
    const pass = ours.gzipBytes <= budget && others.every((b) => ours.gzipBytes < b.gzipBytes);
    rows.push({
      section: "bundle size",
      measure: `browser bundle to ${task}, min+gzip`,
      value: `${kb(ours.gzipBytes)} (${others.map((b) => `${b.package} ${kb(b.gzipBytes)}`).join(", ")})`,
      target: `<= ${kb(budget)} and smaller than each`,
      status: status(pass),
      why: `minified ${kb(ours.minBytes)} before gzip`,
    });
  }
  return rows;
}

function coldStartRows(results: BenchResults): ReportRow[] {
  const samples = results.coldStart?.samples ?? [];
  return samples
    .filter((sample) => sample.label !== "node -e 0")
    .map((sample) => {
      const ours = sample.label.includes("octohooks");
      return {
        section: "import cost",
        measure: `${sample.label} over node -e 0 (${results.coldStart?.runs} runs)`,
        value: `+${sample.cpuBestOverheadMs.toFixed(1)} ms CPU (least), +${sample.overheadMs.toFixed(1)} ms wall (median)`,
        target: ours ? "< 10 ms CPU" : "",
        status: ours ? status(sample.cpuBestOverheadMs < 10) : "",
        why: `wall ${sample.medianMs.toFixed(1)} ms median, ${sample.bestMs.toFixed(1)} ms best`,
      };
    });
}

function paginationRows(results: BenchResults): ReportRow[] {
  const p = results.pagination;
  if (!p) return [];
  const section = "auto-pagination";
  const flat = p.heapPeakMb <= p.heapEarlyMb * 1.25;
  return [
    {
      section,
      measure: `for await over ${n(p.items)} messages`,
      value: `${n(p.itemsPerSec)} items/s`,
      target: "",
      status: "",
    },
    {
      section,
      measure: "live heap: first tenth / peak / end",
      value: `${mb(p.heapEarlyMb)} / ${mb(p.heapPeakMb)} / ${mb(p.heapEndMb)}`,
      target: "peak <= 1.25 x first tenth",
      status: status(flat),
      why: results.meta.gcExposed
        ? "the iterator holds more than one page"
        : "run without --expose-gc: garbage counted",
    },
  ];
}

/** Every row of the report, section by section; only a MISS keeps its reason. */
export function reportRows(results: BenchResults): ReportRow[] {
  const rows = [
    ...overheadRows(results),
    ...socketRows(results),
    ...runtimePathRows(results),
    ...webhookRows(results),
    ...bundleRows(results),
    ...coldStartRows(results),
    ...paginationRows(results),
    ...mockRows(results),
  ];
  return rows.map(({ why, ...row }) => (row.status === "MISS" && why ? { ...row, why } : row));
}

function mockRows(results: BenchResults): ReportRow[] {
  const m = results.mock;
  if (!m) return [];
  const section = "mock server";
  const cpu = m.cpuUsPerMessage;
  const lost = m.expectedDeliveries - m.distinctDeliveries;
  const heapGrowth = m.memoryEnd.heapMb / m.memoryEarly.heapMb;
  const rssGrowth = m.memoryEnd.rssMb / m.memoryMid.rssMb;
  // Older results have no settings: that mock kept its whole history.
  const history = m.mockSettings || "no retention flags (full history)";
  const kept = m.mockSettings
    ? `the mock ran with ${m.mockSettings} (bounded history: only messages still in delivery go beyond the limit), so this is what else it holds`
    : "the mock keeps every message, delivery and attempt (the history its list and attempt operations serve)";
  const heapKbPerMessage =
    ((m.memoryEnd.heapMb - m.memoryEarly.heapMb) * 1024) / (m.memoryEnd.messages - m.memoryEarly.messages);
  return [
    {
      section,
      measure: `ceiling: octohooks vs a bare node:http server (own process), concurrency ${m.concurrency}`,
      value: `${n(m.ceilingPerSec)} calls/s (better of ${m.ceilingRunsPerSec.map(n).join(" before and ")} after)`,
      target: "",
      status: "",
    },
    {
      section,
      measure: `${n(m.messages)} messages, ${m.endpointsPerMessage} endpoints each: created, then all delivered`,
      value: `${n(m.createdPerSec)} created/s; ${n(m.deliveredMessagesPerSec)} messages/s delivered = ${x(m.ratioToCeiling)} ceiling; ${n(m.deliveriesPerSec)} deliveries/s`,
      target: ">= 0.50x ceiling",
      status: status(m.ratioToCeiling >= 0.5),
      why: `CPU per message: mock ${n(cpu.mock)} µs (1 request in, ${m.endpointsPerMessage} signed deliveries out) caps it near ${n(1e6 / cpu.mock)} messages/s on one core; client ${n(cpu.client)} µs, receiver ${n(cpu.receiver)} µs; ${results.meta.cores} cores for 3 processes`,
    },
    {
      section,
      measure: "deliveries lost / duplicated; connections they came over",
      value: `${n(lost)} / ${n(m.duplicateDeliveries)} of ${n(m.expectedDeliveries)}; ${n(m.receiverSockets)} connections`,
      target: "0 / 0",
      status: status(lost === 0 && m.duplicateDeliveries === 0),
      why: "the receiver had not seen them all when the bounded wait ended",
    },
    {
      section,
      measure: `mock memory at ${n(m.memoryEarly.messages)}, ${n(m.memoryMid.messages)} and ${n(m.memoryEnd.messages)} messages (live heap; RSS), mock run with ${history}`,
      value: `heap ${mb(m.memoryEarly.heapMb)} -> ${mb(m.memoryMid.heapMb)} -> ${mb(m.memoryEnd.heapMb)}; RSS ${mb(m.memoryEarly.rssMb)} -> ${mb(m.memoryMid.rssMb)} -> ${mb(m.memoryEnd.rssMb)}`,
      // Flat: what the mock holds does not grow with the count (live heap after a GC), and the
      // process stops growing once V8 has sized its heap (RSS over the second half).
      target: "heap at 100 % <= 1.25 x at 10 %; RSS at 100 % <= 1.25 x at 50 %",
      status: status(heapGrowth <= 1.25 && rssGrowth <= 1.25),
      why: `live heap grows ${heapKbPerMessage.toFixed(2)} KB per message: ${kept}; V8 keeps ${mb(m.memoryEnd.heapTotalMb)} of heap committed for ${mb(m.memoryEnd.heapMb)} live, and ${mb(m.memoryEnd.externalMb)} outside the heap`,
    },
  ];
}

/** The rows as aligned console text, a MISS followed by its reason. */
export function formatConsoleTable(rows: ReportRow[]): string {
  const width = (pick: (row: ReportRow) => string, head: string) =>
    Math.max(head.length, ...rows.map((r) => pick(r).length));
  const cols = [
    { head: "section", pick: (r: ReportRow) => r.section },
    { head: "measure", pick: (r: ReportRow) => r.measure },
    { head: "result", pick: (r: ReportRow) => r.value },
    { head: "target", pick: (r: ReportRow) => r.target },
    { head: "", pick: (r: ReportRow) => r.status },
  ].map((col) => ({ ...col, width: width(col.pick, col.head) }));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(cols[i]?.width ?? 0))
      .join("  ")
      .trimEnd();
  const out = [line(cols.map((c) => c.head)), line(cols.map((c) => "-".repeat(c.width)))];
  for (const row of rows) {
    out.push(line(cols.map((c) => c.pick(row))));
    if (row.status === "MISS" && row.why) out.push(`${" ".repeat(cols[0]?.width ?? 0)}  why: ${row.why}`);
  }
  return out.join("\n");
}

/** The rows as a Markdown table, with the run's conditions above and the reasons for misses below. */
export function formatMarkdown(results: BenchResults, rows: ReportRow[]): string {
  const { meta } = results;
  const cell = (text: string) => text.replaceAll("|", "\\|");
  const out = [
    `Measured by \`npm run bench${meta.quick ? " -- --quick" : ""}\` on ${meta.date.slice(0, 10)}: Node ${meta.node}, ${meta.platform}, ${meta.cpu} (${meta.cores} cores), ${Math.round(meta.seconds)} s.`,
    "",
    "| Section | Measure | Result | Target | |",
    "| --- | --- | --- | --- | --- |",
    ...rows.map(
      (r) =>
        `| ${cell(r.section)} | ${cell(r.measure)} | ${cell(r.value)} | ${cell(r.target)} | ${r.status} |`,
    ),
  ];
  const misses = rows.filter((r) => r.status === "MISS" && r.why);
  if (misses.length > 0)
    out.push("", "Why the misses miss:", "", ...misses.map((r) => `- ${r.measure}: ${r.why}`));
  const errors = Object.entries(results.errors);
  if (errors.length > 0)
    out.push("", "Sections that failed:", "", ...errors.map(([name, error]) => `- ${name}: ${error}`));
  return `${out.join("\n")}\n`;
}
