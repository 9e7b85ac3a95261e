// docs/verifying-webhooks.md: each framework's snippet is an excerpt, line for line, of an example the
// receiver suite runs against the mock, and the table of mistakes names every reason the SDK gives.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { REPO_ROOT } from "./support/exampleProcess.js";

const GUIDE = readFileSync(join(REPO_ROOT, "docs/verifying-webhooks.md"), "utf8");

interface Excerpt {
  section: string;
  example: string;
  lines: string[];
}

/** The ```ts examples/<file> blocks of the guide, with the section each is in. */
function excerpts(markdown: string): Excerpt[] {
  const found: Excerpt[] = [];
  let section = "";
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.startsWith("## ")) section = line.slice(3);
    const fence = line.match(/^```ts (examples\/\S+\.ts)$/);
    if (!fence) continue;
    const end = lines.findIndex((text, j) => j > i && text === "```");
    found.push({ section, example: fence[1] as string, lines: lines.slice(i + 1, end) });
    i = end;
  }
  return found;
}

/** Whether `lines` appear in `source` one after another, each line compared without its indentation. */
function containsRun(source: string, lines: string[]): boolean {
  const wanted = lines.map((l) => l.trim());
  const have = source.split("\n").map((l) => l.trim());
  return have.some((_, start) => wanted.every((line, k) => have[start + k] === line));
}

describe("docs/verifying-webhooks.md", () => {
  const found = excerpts(GUIDE);

  test("has an excerpt of a run example in each framework's section", () => {
    const sections = new Set(found.map((e) => e.section));
    for (const section of ["Node `http`", "Express", "Fastify", "Next.js Pages Router"])
      expect(sections).toContain(section);
    expect([...sections].some((s) => s.startsWith("Fetch-API frameworks"))).toBe(true);
    expect(found.map((e) => e.example)).toEqual(
      expect.arrayContaining([
        "examples/receiver-node-http.ts",
        "examples/receiver-express.ts",
        "examples/receiver-fastify.ts",
        "examples/receiver-next-pages.ts",
        "examples/receiver-hono.ts",
        "examples/receiver-fetch.ts",
      ]),
    );
  });

  test.each(found.map((e) => [e.example, e] as const))(
    "the %s excerpt is in the example, line for line",
    (_name, excerpt) => {
      expect(excerpt.lines.length).toBeGreaterThan(3);
      const source = readFileSync(join(REPO_ROOT, excerpt.example), "utf8");
      expect(containsRun(source, excerpt.lines), excerpt.lines.join("\n")).toBe(true);
    },
  );

  test("the scan fails on an excerpt the example does not contain", () => {
    expect(containsRun("a\n  b\nc", ["a", "b"])).toBe(true);
    expect(containsRun("a\nx\nb", ["a", "b"])).toBe(false);
  });

  test("the table of mistakes names every reason a verification can fail with", () => {
    const errors = readFileSync(join(REPO_ROOT, "src/webhooks/errors.ts"), "utf8");
    const union = errors.slice(errors.indexOf("export type WebhookVerificationReason"));
    const reasons = [...union.slice(0, union.indexOf(";")).matchAll(/\| "([a-z_]+)"/g)].map((m) => m[1]);
    expect(reasons.length).toBeGreaterThan(10);
    const table = GUIDE.slice(GUIDE.indexOf("## Mistakes"), GUIDE.indexOf("## Node"));
    for (const reason of reasons) expect(table).toContain(`\`${reason}\``);
  });
});
