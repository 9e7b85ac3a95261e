// Cold start, as a budget on what an import loads rather than a stopwatch: the time itself is
// measured side by side in `npm run bench` (scripts/bench/coldStart.ts), since a timed test on this
// shared machine mostly measures the other test files. What drives that time is how many modules an
// import loads: every builtin and every file costs a fresh Node process, node:crypto alone ~4 ms.
// So, from a project that installed the packed tarball, in fresh processes:
// - importing `octohooks` or `octohooks/webhooks` loads only the package's own files, and no
//   builtin beyond node:module over what importing an empty file loads (node:crypto waits for
//   the first request or signature);
// - constructing `Octohooks` and `Webhook` loads nothing more; the first signature loads crypto.
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { describeRun, runProcess } from "./support/childProcess.js";
import { type ConsumerProject, consumerProject } from "./support/consumerProject.js";

/** The only builtin the package may add at import: node:module, to load node:crypto on demand. */
const ALLOWED_BUILTINS = ["NativeModule module"];

/** What one fresh process reports: builtins each step loaded, and the package files `require` loaded. */
interface Probe {
  imported: string[];
  constructed: string[];
  signed: string[];
  files: string[];
}

const PROBE = `
const list = () => new Set(process.moduleLoadList);
const added = (before) => process.moduleLoadList.filter((entry) => !before.has(entry));
const target = process.argv.at(-1);
let before = list();
const pkg = IMPORT(target);
const imported = added(before);
before = list();
const client = pkg.Octohooks ? new pkg.Octohooks("tok", { serverUrl: "http://127.0.0.1:9" }) : undefined;
const webhook = new pkg.Webhook("whsec_" + btoa("k".repeat(24)));
const constructed = added(before);
before = list();
webhook.sign("msg_1", new Date(), "{}");
const signed = added(before);
const files = typeof require === "function" ? Object.keys(require.cache).filter((f) => f !== __filename) : [];
process.stdout.write(JSON.stringify({ imported, constructed, signed, files }));
`;

let consumer: ConsumerProject;
let dir: string;

beforeAll(async () => {
  consumer = await consumerProject("core");
  dir = await consumer.workspace("cold-start");
  await writeFile(join(dir, "probe.mjs"), PROBE.replace("IMPORT(target)", "await import(target)"));
  await writeFile(join(dir, "probe.cjs"), PROBE.replace("IMPORT(target)", "require(target)"));
  // The baseline: what the module loader itself loads to import one empty file.
  await writeFile(join(dir, "empty.mjs"), "export const Webhook = class { sign() {} };\n");
  await writeFile(join(dir, "empty.cjs"), "exports.Webhook = class { sign() {} };\n");
}, 180_000);

/** Public builtins only: Node's own `internal/` loader machinery differs with how a specifier resolves. */
function publicBuiltins(entries: string[]): string[] {
  return entries.filter((entry) => entry.startsWith("NativeModule ") && !entry.includes("internal/"));
}

async function probe(script: "probe.mjs" | "probe.cjs", target: string): Promise<Probe> {
  const result = await runProcess(process.execPath, [script, target], { cwd: dir, timeoutMs: 30_000 });
  if (result.code !== 0) throw new Error(describeRun(`node ${script} ${target}`, result));
  return JSON.parse(result.stdout) as Probe;
}

describe.each([
  ["import", "probe.mjs", "./empty.mjs"],
  ["require", "probe.cjs", "./empty.cjs"],
] as const)("cold start: %s", (_, script, empty) => {
  let baseline: Probe;
  beforeAll(async () => {
    baseline = await probe(script, empty);
  }, 60_000);

  test.each(["octohooks", "octohooks/webhooks"])("%s loads no builtin but node:module", async (target) => {
    const loaded = await probe(script, target);
    const extra = publicBuiltins(loaded.imported).filter((entry) => !baseline.imported.includes(entry));
    expect(extra).toEqual(ALLOWED_BUILTINS);
    expect(loaded.imported.some((entry) => /crypto/.test(entry))).toBe(false);
    // Constructing the client and a Webhook loads nothing; the first signature loads node:crypto.
    expect(loaded.constructed).toEqual([]);
    expect(loaded.signed.some((entry) => /crypto/.test(entry))).toBe(true);
  });

  if (script === "probe.cjs") {
    test("require loads only the package's own four files (openapi-fetch's serializers are inlined)", async () => {
      const { files } = await probe(script, "octohooks");
      const own = join(consumer.root, "node_modules", "octohooks", "dist", "node");
      expect(files.filter((file) => !file.startsWith(own))).toEqual([]);
      // The entry and three small chunks it shares: the webhook code (with octohooks/webhooks), the
      // webhook errors (with the node and express adapters), the credential-header list (with the mock).
      expect(files).toHaveLength(4);
    });
  }
});

/** The files an ESM entry statically imports, transitively, and the bare specifiers among them. */
async function importGraph(entry: string): Promise<{ files: string[]; bare: string[] }> {
  const files: string[] = [];
  const bare = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (files.includes(file)) continue;
    files.push(file);
    const source = await readFile(file, "utf8");
    for (const [, specifier] of source.matchAll(/^(?:import|export)\b[^'"]*?['"]([^'"]+)['"]/gm)) {
      if (specifier?.startsWith(".")) pending.push(resolve(dirname(file), specifier));
      else bare.add(specifier as string);
    }
  }
  return { files, bare: [...bare] };
}

test("import loads only the package's own files: its ESM entry imports no other package", async () => {
  const dist = join(consumer.root, "node_modules", "octohooks", "dist", "node");
  const graph = await importGraph(join(dist, "index.js"));
  expect(graph.files).toHaveLength(4); // as for require: the entry and three shared chunks
  expect(graph.files.every((file) => file.startsWith(dist))).toBe(true);
  expect(graph.bare).toEqual(["module"]);
});
