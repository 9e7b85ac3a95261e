/**
 * Extracts the TypeScript code blocks of Markdown guides and type-checks them against the SDK's
 * source, each block as its own module. Blocks may use a few names the guides treat as given
 * (`octohooks`, `mock`, `handleWebhook`, `redis`, and the README's `rawBody` and `request`); Express and
 * Hono are checked against their real typings (dev dependencies).
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { basename, isAbsolute, join } from "node:path";
import { runProcessToEnd } from "./childProcess.js";
import { REPO_ROOT } from "./exampleProcess.js";

/** One fenced `ts` block of a guide. */
export interface Snippet {
  /** The guide, relative to the repository root. */
  file: string;
  /** Line of the first line of code (1-based). */
  line: number;
  code: string;
}

/** Every ```ts / ```typescript block of a Markdown text. */
export function extractSnippets(file: string, markdown: string): Snippet[] {
  const snippets: Snippet[] = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(ts|typescript)\s*$/.test(lines[i] as string)) continue;
    const end = lines.findIndex((text, j) => j > i && /^```\s*$/.test(text));
    if (end === -1) throw new Error(`${file}:${i + 1}: unclosed code block`);
    snippets.push({ file, line: i + 2, code: lines.slice(i + 1, end).join("\n") });
    i = end;
  }
  return snippets;
}

const GIVEN = `import type { Octohooks } from "octohooks";
import type { MockServer } from "octohooks/mock";
declare global {
  /** A client, as created in Getting started. */
  const octohooks: Octohooks;
  /** A mock server, as created in Testing with the mock server. */
  const mock: MockServer;
  /** The reader's own code that acts on a verified webhook. */
  function handleWebhook(id: string, payload: unknown): Promise<void>;
  /** A received webhook's raw body, as the README's receiving snippet names it. */
  const rawBody: string;
  /** The received webhook's request, as the README's receiving snippet names it. */
  const request: Request;
  /** A node-redis client, as the guide's replay-protection store uses it. */
  const redis: {
    set(key: string, value: string, options: { NX: true; EX: number }): Promise<string | null>;
  };
}
`;

/** A type error, placed in the guide. */
export interface SnippetError {
  where: string;
  message: string;
}

/** Type-checks the snippets with tsc (strict, as the repository's own code) and returns the errors. */
export async function typeCheckSnippets(snippets: Snippet[]): Promise<SnippetError[]> {
  const dir = await mkdtemp(join(REPO_ROOT, ".cache", "doc-snippets-"));
  try {
    const names = new Map<string, Snippet>();
    for (const [index, snippet] of snippets.entries()) {
      const name = `snippet${index}.ts`;
      names.set(name, snippet);
      await writeFile(join(dir, name), `${snippet.code}\nexport {};\n`);
    }
    await writeFile(join(dir, "given.d.ts"), GIVEN);
    await writeFile(join(dir, "tsconfig.json"), JSON.stringify(snippetTsconfig()));
    const tsc = join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc");
    const run = await runProcessToEnd(process.execPath, [tsc, "-p", dir], { cwd: dir, timeoutMs: 120_000 });
    return parseTscOutput(run.stdout + run.stderr, names);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function snippetTsconfig() {
  const src = (path: string) => [join(REPO_ROOT, "src", path)];
  return {
    extends: join(REPO_ROOT, "tsconfig.json"),
    compilerOptions: {
      noEmit: true,
      paths: {
        octohooks: src("index.ts"),
        "octohooks/webhooks": src("webhooks/index.ts"),
        "octohooks/webhooks/node": src("webhooks/node.ts"),
        "octohooks/webhooks/express": src("webhooks/express.ts"),
        "octohooks/mock": src("mock/index.ts"),
        "octohooks/mock/msw": src("mock/msw.ts"),
      },
    },
    include: ["*.ts"],
  };
}

/**
 * The errors in the snippets and the files written beside them. Errors inside the repository's own
 * source are left to its typecheck: they are not about the guides.
 */
function parseTscOutput(output: string, names: Map<string, Snippet>): SnippetError[] {
  const errors: SnippetError[] = [];
  for (const line of output.split("\n")) {
    const located = line.match(/^(.+?)\((\d+),(\d+)\): (error .*)$/);
    if (!located) {
      if (/error TS/.test(line)) errors.push({ where: "tsc", message: line });
      continue;
    }
    const [, path, row, , message] = located as unknown as [string, string, string, string, string];
    const snippet = names.get(basename(path));
    if (snippet) errors.push({ where: `${snippet.file}:${snippet.line + Number(row) - 1}`, message });
    else if (!isAbsolute(path) && !path.includes("..")) errors.push({ where: path, message });
  }
  return errors;
}
