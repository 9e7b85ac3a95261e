// The README's chart of a run: hand-made SVG, one group of horizontal bars per comparison, each
// group on its own scale, octohooks in colour and the others in grey.
import type { BenchMeta, BenchResults } from "./results.js";

/** One bar: what it measures and its value, drawn in colour when it is octohooks. */
export interface Bar {
  label: string;
  value: number;
  kind: "ours" | "other" | "reference";
}

/** A titled group of bars on one scale. */
export interface BarGroup {
  title: string;
  /** How a value is written at the end of its bar. */
  format: (value: number) => string;
  bars: Bar[];
}

const WIDTH = 760;
const LABEL_WIDTH = 230;
const BAR_SPACE = 400;
const BAR_HEIGHT = 16;
const ROW = 22;
const COLOURS = { ours: "#4f46e5", other: "#94a3b8", reference: "#cbd5e1" };

const perSec = (value: number) => `${Math.round(value).toLocaleString("en")}/s`;
// "octohooks", "octohooks verify", 'import "octohooks"' and 'require("octohooks")' are ours.
const kind = (name: string): Bar["kind"] =>
  /^(import |require\()?"?octohooks/.test(name) ? "ours" : "other";

function escapeXml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] as string,
  );
}

function overheadGroups(results: BenchResults): BarGroup[] {
  return [1, 64].map((concurrency) => ({
    title: `message.create through each client, concurrency ${concurrency} (calls/s)`,
    format: perSec,
    bars: (results.overhead ?? [])
      .filter((r) => r.concurrency === concurrency)
      .map((r) => ({
        label: r.name,
        value: r.callsPerSec,
        kind: /^(raw fetch|node:http|undici)/.test(r.name) ? "reference" : kind(r.name),
      })),
  }));
}

function webhookGroups(results: BenchResults): BarGroup[] {
  return ["0.5 KB", "64 KB"].map((size) => ({
    title: `Webhook verification, ${size} payload (verifications/s)`,
    format: perSec,
    bars: (results.webhooks ?? [])
      .filter((r) => r.size === size && !r.name.startsWith("(ref)") && r.name !== "octohooks verifyAsync")
      .map((r) => ({ label: r.name, value: r.opsPerSec, kind: kind(r.name) })),
  }));
}

function bundleGroups(results: BenchResults): BarGroup[] {
  return ["send a message", "verify a webhook"].map((task) => ({
    title: `Browser bundle to ${task} (min+gzip, smaller is better)`,
    format: (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`,
    bars: (results.bundles ?? [])
      .filter((b) => b.task === task)
      .map((b) => ({ label: b.package, value: b.gzipBytes, kind: kind(b.package) })),
  }));
}

function mockGroup(results: BenchResults): BarGroup[] {
  const m = results.mock;
  if (!m) return [];
  return [
    {
      title: `Mock server, ${m.endpointsPerMessage} endpoints per message (messages/s)`,
      format: perSec,
      bars: [
        { label: "ceiling: bare node:http server", value: m.ceilingPerSec, kind: "reference" },
        { label: "octohooks-mock: created", value: m.createdPerSec, kind: "ours" },
        { label: "octohooks-mock: all delivered", value: m.deliveredMessagesPerSec, kind: "ours" },
      ],
    },
  ];
}

function importCostGroup(results: BenchResults): BarGroup[] {
  const samples = (results.coldStart?.samples ?? []).filter((sample) => sample.label !== "node -e 0");
  return [
    {
      title: "Import cost over node -e 0 (least CPU time of the runs, smaller is better)",
      format: (ms: number) => `${ms.toFixed(1)} ms`,
      bars: samples.map((s) => ({
        label: s.label,
        value: Math.max(0, s.cpuBestOverheadMs),
        kind: kind(s.label),
      })),
    },
  ];
}

/** The groups the README's chart shows, from a run's results. */
export function chartGroups(results: BenchResults): BarGroup[] {
  return [
    ...overheadGroups(results),
    ...webhookGroups(results),
    ...bundleGroups(results),
    ...importCostGroup(results),
    ...mockGroup(results),
  ].filter((group) => group.bars.length > 0);
}

function groupSvg(group: BarGroup, top: number): string[] {
  const max = Math.max(...group.bars.map((bar) => bar.value), Number.MIN_VALUE);
  const parts = [`<text x="16" y="${top + 14}" class="title">${escapeXml(group.title)}</text>`];
  group.bars.forEach((bar, i) => {
    const y = top + 24 + i * ROW;
    const width = Math.max(1, (bar.value / max) * BAR_SPACE);
    parts.push(
      `<text x="${LABEL_WIDTH - 8}" y="${y + 12}" class="label" text-anchor="end">${escapeXml(bar.label)}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${width.toFixed(1)}" height="${BAR_HEIGHT}" rx="2" fill="${COLOURS[bar.kind]}"/>`,
      `<text x="${(LABEL_WIDTH + width + 6).toFixed(1)}" y="${y + 12}" class="value">${escapeXml(group.format(bar.value))}</text>`,
    );
  });
  return parts;
}

/** The line under the chart: how and where the figures were measured. */
export function chartCaption(meta: BenchMeta): string {
  const command = `npm run bench${meta.quick ? " -- --quick" : ""}`;
  return `${command}, ${meta.date.slice(0, 10)}, Node ${meta.node}, ${meta.cpu} (${meta.cores} cores)`;
}

/** Renders the groups as one SVG document; `caption` goes at the bottom (e.g. the machine). */
export function renderChart(groups: BarGroup[], caption: string): string {
  const parts: string[] = [];
  let top = 16;
  for (const group of groups) {
    parts.push(...groupSvg(group, top));
    top += 24 + group.bars.length * ROW + 18;
  }
  const height = top + 20;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="octohooks benchmarks">`,
    "<style>text{font-family:system-ui,-apple-system,Segoe UI,sans-serif;fill:#1e293b}.title{font-size:14px;font-weight:600}.label,.value{font-size:12px}.caption{font-size:11px;fill:#64748b}</style>",
    `<rect width="${WIDTH}" height="${height}" rx="8" fill="#ffffff"/>`,
    ...parts,
    `<text x="16" y="${height - 12}" class="caption">${escapeXml(caption)}</text>`,
    "</svg>",
    "",
  ].join("\n");
}
