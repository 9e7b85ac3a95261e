// The reference site as a reader gets it: `npm run docs` builds it with zero warnings, then headless
// Chromium (the npm-provided one) opens it from a local server and follows every link in it.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../helpers/chromium.js";
import { type StaticServer, serveDirectory } from "../package/support/staticServer.js";

const SIDEBAR = ["Client", "Resources", "Models", "Errors", "Webhooks", "Mock", "Guides"];
const PAGE_TIMEOUT_MS = 15_000;

let out: string;
let site: StaticServer;
let browser: Browser;
let page: Page;
let buildOutput = "";
let buildStatus: number | null = null;

beforeAll(async () => {
  // Its own output folder, so the test never fights a developer's docs/api.
  out = mkdtempSync(join(tmpdir(), "octohooks-site-"));
  const run = spawnSync(process.execPath, ["node_modules/typedoc/bin/typedoc", "--out", out], {
    encoding: "utf8",
    timeout: 150_000,
  });
  buildOutput = `${run.stdout}\n${run.stderr}`;
  buildStatus = run.status;
  site = await serveDirectory(out);
  browser = await launchChromium();
  page = await browser.newPage();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

async function open(path: string): Promise<void> {
  const response = await page.goto(new URL(path, `${site.url}/`).href, { timeout: PAGE_TIMEOUT_MS });
  expect(response?.status(), path).toBe(200);
}

/** The sidebar, once the site's script has drawn it: each top-level entry with the links under it. */
async function sidebar(): Promise<{ title: string; links: string[] }[]> {
  await page.waitForSelector(".site-menu nav.tsd-navigation details", { timeout: PAGE_TIMEOUT_MS });
  return page.$$eval(".site-menu nav.tsd-navigation #tsd-nav-container > li > details", (groups) =>
    groups.map((group) => ({
      title: group.querySelector(":scope > summary")?.textContent?.trim() ?? "",
      links: [...group.querySelectorAll("a")].map((link) => link.textContent?.trim() ?? ""),
    })),
  );
}

it("npm run docs builds the site with zero typedoc warnings", () => {
  expect(buildOutput).not.toMatch(/\[warning\]|\[error\]/);
  expect(buildStatus, buildOutput).toBe(0);
});

describe("the sidebar", () => {
  it("is grouped Client, Resources, Models, Errors, Webhooks, Mock, Guides, with Octohooks first", async () => {
    await open("index.html");
    const groups = await sidebar();
    expect(groups.map((group) => group.title)).toEqual(SIDEBAR);
    expect(groups[0]?.links[0]).toBe("Octohooks");
    for (const group of groups) expect(group.links.length, group.title).toBeGreaterThan(0);
    const guides = groups.find((group) => group.title === "Guides")?.links ?? [];
    expect(guides.slice(0, 2)).toEqual(["Guides", "Getting started"]);
  });

  it("has no Default or Other box, on any page kind", async () => {
    for (const path of [
      "index.html",
      "modules.html",
      "classes/Octohooks.html",
      "functions/createMockServer.html",
    ]) {
      await open(path);
      const titles = await page.$$eval("summary, h2, h3.tsd-index-heading", (nodes) =>
        nodes.map((node) => node.textContent?.trim() ?? ""),
      );
      expect(
        titles.filter((title) => /^(Default|Other)$/.test(title)),
        path,
      ).toEqual([]);
    }
  });
});

it("a model's page lists the fields the spec gives it (MessageOut)", async () => {
  const schemas = (inject("openapiSpec") as { components: { schemas: Record<string, SchemaObject> } })
    .components.schemas;
  const fields = Object.keys(schemas.MessageOut?.properties ?? {});
  expect(fields.length).toBeGreaterThan(3);
  await open("index.html");
  const models = (await sidebar()).find((group) => group.title === "Models")?.links ?? [];
  expect(models).toContain("MessageOut");
  await open(
    await page
      .locator(".site-menu a", { hasText: /^MessageOut$/ })
      .first()
      .getAttribute("href")
      .then(String),
  );
  const members = await page.$$eval(".tsd-member", (sections) =>
    sections.map((section) => ({
      name: section.querySelector(":scope > h3.tsd-anchor-link > span")?.textContent?.trim() ?? "",
      text: section.textContent?.replace(/\s+/g, " ") ?? "",
    })),
  );
  expect(members.map((member) => member.name)).toEqual(expect.arrayContaining(fields));
  // Each field with its description from the spec (markdown code spans render as plain code text).
  let described = 0;
  for (const [field, schema] of Object.entries(schemas.MessageOut?.properties ?? {})) {
    const description = schema.description?.replaceAll("`", "").replace(/\s+/g, " ").trim();
    if (!description || /[[*_]/.test(description)) continue;
    expect(members.find((member) => member.name === field)?.text, field).toContain(description);
    described += 1;
  }
  expect(described).toBeGreaterThan(2);
});

it("an options type's page names each option and the query parameter it is sent as", async () => {
  await open("interfaces/MessageListOptions.html");
  const text = (await page.locator(".col-content").textContent()) ?? "";
  expect(text).toContain("withContent");
  expect(text).toContain("Sent as with_content");
});

it("the entry points' main classes have pages: Octohooks, Webhook, VirtualClock", async () => {
  for (const path of ["classes/Octohooks.html", "classes/Webhook.html", "classes/VirtualClock.html"]) {
    await open(path);
    expect(await page.locator("h1").first().textContent(), path).toMatch(/^Class /);
  }
});

it("a guide renders as a page of the site, reached from the README", async () => {
  await open("index.html");
  await page.locator(".tsd-panel a", { hasText: "the guides" }).first().click();
  await page.locator(".tsd-panel a", { hasText: "Getting started" }).first().click();
  expect(new URL(page.url()).pathname).toMatch(/\.html$/);
  expect(await page.locator("h1").first().textContent()).toBe("Getting started");
  expect(await page.locator("pre code").count()).toBeGreaterThan(2);
  await expect(page.locator(".tsd-panel").first().textContent()).resolves.not.toMatch(/```|\]\(/);
});

it("no link in the site is broken, and none opens raw markdown", async () => {
  const broken = await crawl(page, site.url);
  expect(broken).toEqual([]);
}, 60_000);

interface SchemaObject {
  properties?: Record<string, { description?: string }>;
}

/**
 * Follows every link from index.html, the sidebar's too (the site draws it with script, so the
 * browser reads it), through the built files, and returns each link whose target file is missing,
 * whose `#anchor` is not on its page, or that opens raw markdown.
 */
async function crawl(tab: Page, origin: string): Promise<string[]> {
  await tab.goto(`${origin}/index.html`, { timeout: PAGE_TIMEOUT_MS });
  await tab.waitForSelector("#tsd-nav-container li", { timeout: PAGE_TIMEOUT_MS });
  const sidebarLinks = await tab.$$eval("#tsd-nav-container a[href]", (links) =>
    links.map((link) => (link as HTMLAnchorElement).href),
  );
  const pages = new Map<string, { ids: Set<string>; links: string[] }>();
  const queue = [`${origin}/index.html`, ...sidebarLinks];
  const broken: string[] = [];
  const seenLinks: { from: string; href: string }[] = [];
  while (queue.length > 0) {
    const url = (queue.shift() as string).split("#")[0] as string;
    if (pages.has(url) || !url.startsWith(origin)) continue;
    const file = join(out, decodeURIComponent(new URL(url).pathname));
    const html = url.endsWith(".html") ? await readFile(file, "utf8").catch(() => undefined) : "";
    if (html === undefined || !existsSync(file)) {
      broken.push(`${url}: no such file`);
      pages.set(url, { ids: new Set(), links: [] });
      continue;
    }
    const ids = new Set(
      [...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((match) => decodeEntities(match[1] as string)),
    );
    const links = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map(
      (match) => new URL(decodeEntities(match[1] as string), url).href,
    );
    pages.set(url, { ids, links });
    for (const href of links) {
      seenLinks.push({ from: url, href });
      queue.push(href);
    }
  }
  for (const { from, href } of [...seenLinks, ...sidebarLinks.map((href) => ({ from: "sidebar", href }))]) {
    if (!href.startsWith(origin)) continue;
    if (/\.md(#|$)/.test(href)) broken.push(`${from} -> ${href}: raw markdown`);
    const [target, anchor] = href.split("#") as [string, string | undefined];
    const ids = pages.get(target)?.ids;
    if (anchor && ids && target.endsWith(".html") && !ids.has(decodeURIComponent(anchor))) {
      broken.push(`${from} -> ${href}: no #${anchor} there`);
    }
  }
  expect(pages.size).toBeGreaterThan(50);
  return [...new Set(broken)];
}

function decodeEntities(text: string): string {
  return text
    .replaceAll("&amp;", "&")
    .replaceAll("&quot;", '"')
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">");
}
