// The runtime matrix in a browser: an esbuild bundle of the package runs the smoke scenario in
// headless Chromium (Debian's, driven by playwright-core) against octohooks-mock with CORS on.
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { bundleEntry } from "./support/bundleEntry.js";
import { expectSuccessfulSmoke, type SmokeReport } from "./support/smokeReport.js";
import { type SmokeSetup, smokeSetup } from "./support/smokeSetup.js";
import { type StaticServer, serveFiles } from "./support/staticServer.js";

const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];
const PAGE_TIMEOUT_MS = 20_000;
const TEST_TIMEOUT_MS = 60_000;

let setup: SmokeSetup;
let site: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`);
  setup = await smokeSetup("browser", { cors: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, timeout: 30_000 });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  setup?.mock.stop();
});

type Outcome = { report: SmokeReport } | { error: string };

describe("Chromium", () => {
  test(
    "a browser bundle calls the mock across origins, then signs and verifies with Web Crypto",
    async () => {
      const inputs = await bundleEntry(
        join(setup.workspace, "smoke", "browser.mjs"),
        join(setup.workspace, "bundle.js"),
        {
          target: "browser",
          projectRoot: setup.consumer.root,
        },
      );
      expect(inputs).toContain("node_modules/octohooks/dist/browser/index.js");
      expect(inputs.filter((input) => /octohooks\/dist\/node\/|mock|msw/.test(input))).toEqual([]);
      await writeFile(
        join(setup.workspace, "index.html"),
        '<!doctype html><script type="module" src="/bundle.js"></script>',
      );
      site = await serveFiles(setup.workspace, ["index.html", "bundle.js"]);

      const page = await browser.newPage();
      const logs: string[] = [];
      page.on("console", (message) => logs.push(`${message.type()}: ${message.text()}`));
      page.on("pageerror", (error) => logs.push(`pageerror: ${error.message}`));
      const fragment = new URLSearchParams({ server: setup.mock.url, token: setup.mock.token });
      await page.goto(`${site.url}/index.html#${fragment}`, { timeout: PAGE_TIMEOUT_MS });
      await page.waitForFunction(() => "smokeOutcome" in window, undefined, { timeout: PAGE_TIMEOUT_MS });
      const outcome = (await page.evaluate("window.smokeOutcome")) as Outcome;

      expect("report" in outcome ? "" : `${outcome.error}\n${logs.join("\n")}`).toBe("");
      const { report } = outcome as { report: SmokeReport };
      expect(report.on.version).toContain("Chrome/");
      expectSuccessfulSmoke(report, { mode: "async" });
    },
    TEST_TIMEOUT_MS,
  );
});
