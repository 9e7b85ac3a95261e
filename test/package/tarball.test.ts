// The packed tarball as users get it: what it contains, publint and attw on it, and importing and
// requiring each entry from a project that installed it.
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { bundleEntry } from "./support/bundleEntry.js";
import { describeRun, runProcess } from "./support/childProcess.js";
import { type ConsumerProject, consumerProject } from "./support/consumerProject.js";
import { type RunningMock, startMockServer } from "./support/mockServer.js";
import { type PackedTarball, packedTarball } from "./support/packedTarball.js";
import { REPO_ROOT } from "./support/paths.js";
import { installedMockBin } from "./support/smokeSetup.js";

const PUBLISHED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^openapi\.yaml$/,
  /^dist\/.+\.(js|cjs|d\.ts|d\.cts)$/,
];
const ENTRY_FILES = [
  "dist/index.js",
  "dist/index.cjs",
  "dist/index.d.ts",
  "dist/index.d.cts",
  "dist/webhooks.js",
  "dist/webhooks.cjs",
  "dist/webhooks.d.ts",
  "dist/webhooks.d.cts",
  "dist/node/index.js",
  "dist/node/index.cjs",
  "dist/node/webhooks.js",
  "dist/node/webhooks.cjs",
  "dist/webhooks/node.js",
  "dist/webhooks/node.cjs",
  "dist/webhooks/node.d.ts",
  "dist/webhooks/node.d.cts",
  "dist/webhooks/express.js",
  "dist/webhooks/express.cjs",
  "dist/webhooks/express.d.ts",
  "dist/webhooks/express.d.cts",
  "dist/node/webhooks/node.js",
  "dist/node/webhooks/node.cjs",
  "dist/node/webhooks/express.js",
  "dist/node/webhooks/express.cjs",
  "dist/browser/index.js",
  "dist/browser/index.cjs",
  "dist/browser/webhooks.js",
  "dist/browser/webhooks.cjs",
  "dist/browser/webhooks/node.js",
  "dist/browser/webhooks/express.js",
  "dist/node/mock.js",
  "dist/node/mock.cjs",
  "dist/node/mock.d.ts",
  "dist/node/mock.d.cts",
  "dist/node/mock-msw.js",
  "dist/node/mock-msw.cjs",
  "dist/node/mock-msw.d.ts",
  "dist/node/mock-msw.d.cts",
  "dist/mock-bin.js",
];

interface PackageManifest {
  sideEffects?: unknown;
  engines?: Record<string, string>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, unknown>;
  exports: Record<string, unknown>;
}

interface ConditionTarget {
  types?: string;
  default?: string;
}

/** Every object found under `condition` anywhere in an exports entry (it may sit under `node` too). */
function conditionTargets(entry: unknown, condition: string): ConditionTarget[] {
  if (typeof entry !== "object" || entry === null) return [];
  return Object.entries(entry).flatMap(([key, value]) =>
    key === condition ? [value as ConditionTarget] : conditionTargets(value, condition),
  );
}

function packagePath(target: string | undefined): string {
  return (target ?? "").replace(/^\.\//, "");
}

let tarball: PackedTarball;

beforeAll(async () => {
  tarball = await packedTarball();
}, 120_000);

describe("tarball contents", () => {
  test("holds only the built entries, their types, the spec, README and LICENSE", () => {
    const unexpected = tarball.files.filter((file) => !PUBLISHED.some((pattern) => pattern.test(file)));
    expect(unexpected).toEqual([]);
    expect(tarball.files).toEqual(expect.arrayContaining(ENTRY_FILES));
  });

  test("its package.json declares no side effects, Node >= 18, and msw only as an optional peer", () => {
    const pkg = tarball.manifest as PackageManifest;
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.engines).toEqual({ node: ">=18" });
    expect(Object.keys(pkg.dependencies ?? {})).not.toContain("msw");
    expect(pkg.peerDependencies?.msw).toBeDefined();
    expect(pkg.peerDependenciesMeta?.msw).toEqual({ optional: true });
  });

  test.each([".", "./webhooks", "./webhooks/node", "./webhooks/express", "./mock", "./mock/msw"])(
    "exports[%j]: every import and require target has its own types",
    (entry) => {
      const exports = (tarball.manifest as PackageManifest).exports[entry];
      for (const condition of ["import", "require"]) {
        const targets = conditionTargets(exports, condition);
        expect(targets.length, `${entry} has no "${condition}" condition`).toBeGreaterThan(0);
        for (const target of targets) {
          const extension = condition === "import" ? /\.js$/ : /\.cjs$/;
          expect(target.default, `${entry} ${condition}`).toMatch(extension);
          expect(target.types, `${entry} ${condition}`).toMatch(
            condition === "import" ? /\.d\.ts$/ : /\.d\.cts$/,
          );
          expect(tarball.files).toEqual(
            expect.arrayContaining([target.default, target.types].map(packagePath)),
          );
        }
      }
    },
  );
});

describe("linters on the tarball", () => {
  test("publint (strict) reports nothing", async () => {
    const buffer = await readFile(tarball.path);
    const tarballBytes = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
    const { messages, pkg } = await publint({
      pack: { tarball: tarballBytes },
      strict: true,
      level: "suggestion",
    });
    expect(
      messages.map((message) => `${message.type}: ${formatMessage(message, pkg) ?? message.code}`),
    ).toEqual([]);
  });

  test("@arethetypeswrong/cli finds no problem in any entry point, under any resolution mode", async () => {
    const attw = `${REPO_ROOT}/node_modules/@arethetypeswrong/cli/dist/index.js`;
    const args = [attw, tarball.path, "--format", "json", "--exclude-entrypoints", "./openapi.yaml"];
    const result = await runProcess(process.execPath, args, { cwd: REPO_ROOT, timeoutMs: 60_000 });
    let report: { analysis: { problems: unknown[]; entrypoints: object } };
    try {
      report = JSON.parse(result.stdout);
    } catch {
      throw new Error(describeRun("attw printed no JSON:", result));
    }
    expect(report.analysis.problems, describeRun("attw", result)).toEqual([]);
    expect(Object.keys(report.analysis.entrypoints)).toEqual(
      expect.arrayContaining([
        ".",
        "./webhooks",
        "./webhooks/node",
        "./webhooks/express",
        "./mock",
        "./mock/msw",
      ]),
    );
    expect(result.code, describeRun("attw", result)).toBe(0);
    // Six entry points, each under four resolution modes: more than the default 20 s on a busy machine.
  }, 90_000);
});

interface EntryReport {
  entry: string;
  exports: string[];
  result: unknown;
}

const ENTRIES = [
  {
    entry: "octohooks",
    project: "core",
    exports: ["Octohooks", "Webhook", "WebhookVerificationError", "ApiError", "NotFoundError", "PagePromise"],
    result: { app: "entry-check", eventType: "entry.checked", status: "ok" },
  },
  {
    entry: "octohooks/webhooks",
    project: "core",
    exports: ["MemorySeenStore", "Webhook", "WebhookSecretError", "WebhookVerificationError", "signRequest"],
    result: { type: "entry.checked" },
  },
  {
    entry: "octohooks/webhooks/node",
    project: "core",
    exports: ["readRawBody", "verifyNodeRequest"],
    result: { type: "entry.checked" },
  },
  {
    entry: "octohooks/webhooks/express",
    project: "core",
    exports: ["keepRawBody", "webhookMiddleware"],
    result: { type: "entry.checked" },
  },
  {
    entry: "octohooks/mock",
    project: "full",
    exports: ["createMockServer"],
    result: { status: 200, body: { status: "ok" } },
  },
  {
    entry: "octohooks/mock/msw",
    project: "full",
    exports: ["mswHandlers"],
    result: { status: 200, body: { status: "ok" } },
  },
] as const;

describe("installed from the tarball, each entry imported and required in its own process", () => {
  const workspaces: Record<"core" | "full", string> = { core: "", full: "" };
  let core: ConsumerProject;
  let mock: RunningMock;

  beforeAll(async () => {
    const [coreProject, fullProject] = await Promise.all([consumerProject("core"), consumerProject("full")]);
    core = coreProject;
    workspaces.core = await coreProject.workspace("entries");
    workspaces.full = await fullProject.workspace("entries");
    // From the core install: the octohooks-mock command runs without msw.
    mock = await startMockServer(installedMockBin(coreProject), { cwd: workspaces.core });
  }, 240_000);

  afterAll(() => mock?.stop());

  test("the core install has no msw: the client, webhooks and octohooks-mock (started from it) never need it", () => {
    expect(existsSync(join(core.root, "node_modules", "octohooks", "package.json"))).toBe(true);
    expect(existsSync(join(core.root, "node_modules", "msw"))).toBe(false);
  });

  test.each([
    {
      target: "node",
      file: "core.mjs",
      source: 'export * from "octohooks";\nexport * from "octohooks/webhooks";',
    },
    {
      target: "node",
      file: "core.cjs",
      source: 'module.exports = [require("octohooks"), require("octohooks/webhooks")];',
    },
    {
      target: "browser",
      file: "core.mjs",
      source: 'export * from "octohooks";\nexport * from "octohooks/webhooks";',
    },
  ] as const)(
    "a $target bundle of octohooks and octohooks/webhooks ($file) holds nothing of the mock",
    async (bundle) => {
      const entry = join(workspaces.core, bundle.file);
      const outfile = join(workspaces.core, `${bundle.target}-${bundle.file}.bundle.js`);
      await writeFile(entry, bundle.source);
      // msw is not installed in the core project, so any import of it would fail the bundle.
      const inputs = await bundleEntry(entry, outfile, { target: bundle.target, projectRoot: core.root });
      // Browser bundlers resolve the `browser` condition: the flavour without the node:crypto lookup.
      const flavour = bundle.target === "node" ? "dist/node/" : "dist/browser/";
      const allowed = new RegExp(`^node_modules/(openapi-fetch/|octohooks/${flavour}[^/]+$)`);
      expect(inputs.filter((input) => !allowed.test(input))).toEqual([]);
      expect(inputs).toContain(
        `node_modules/octohooks/${flavour}index.${bundle.file.endsWith(".cjs") ? "cjs" : "js"}`,
      );
      const output = await readFile(outfile, "utf8");
      expect(output).toMatch(/\bOctohooks = class\b/);
      expect(output).not.toContain("createMockServer");
    },
  );

  async function checkEntry(entry: string, project: "core" | "full", script: string): Promise<EntryReport> {
    const args = [join("smoke", script), entry, mock.url, mock.token];
    const result = await runProcess(process.execPath, args, { cwd: workspaces[project], timeoutMs: 30_000 });
    const line = result.stdout.split("\n").find((text) => text.startsWith("ENTRY_REPORT "));
    expect(line, describeRun(`${script} ${entry}`, result)).toBeDefined();
    expect(result.code, describeRun(`${script} ${entry}`, result)).toBe(0);
    return JSON.parse(line!.slice("ENTRY_REPORT ".length)) as EntryReport;
  }

  test.each(ENTRIES)(
    "$entry ($project install): import and require both load it and make its call",
    async (expected) => {
      const [esm, cjs] = await Promise.all([
        checkEntry(expected.entry, expected.project, "entryCheck.mjs"),
        checkEntry(expected.entry, expected.project, "entryCheck.cjs"),
      ]);
      for (const report of [esm, cjs]) {
        expect(report.exports).toEqual(expect.arrayContaining([...expected.exports]));
        expect(report.result).toEqual(expected.result);
      }
      expect(cjs.exports).toEqual(esm.exports);
    },
  );
});
