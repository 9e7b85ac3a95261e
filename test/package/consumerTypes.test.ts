// A strict TypeScript consumer type-checks against the packed types, with moduleResolution node16
// (ESM and CJS files) and bundler (DOM types only, no @types/node).
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, test } from "vitest";
import { describeRun, runProcess } from "./support/childProcess.js";
import { type ConsumerProject, consumerProject } from "./support/consumerProject.js";
import {
  BUNDLER_ESM,
  NODE16_CJS,
  NODE16_CJS_MOCK,
  NODE16_ESM,
  STRICT_OPTIONS,
} from "./support/consumerSources.js";
import { startMockServer } from "./support/mockServer.js";
import { REPO_ROOT } from "./support/paths.js";
import { installedMockBin } from "./support/smokeSetup.js";

const TSC = join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc");

let consumer: ConsumerProject;

beforeAll(async () => {
  consumer = await consumerProject("full");
}, 180_000);

interface TypesProject {
  compilerOptions: Record<string, unknown>;
  files: Record<string, string>;
}

/** The seed's four snippets, in the order the seed gives them. */
const SEED_SNIPPETS = ["create-application", "send-message", "create-endpoint", "update-application"];

async function typeCheck(name: string, project: TypesProject) {
  const dir = join(await consumer.workspace(name), "project");
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "package.json"), JSON.stringify({ name, private: true, type: "module" }));
  const tsconfig = { compilerOptions: project.compilerOptions, files: Object.keys(project.files) };
  await writeFile(join(dir, "tsconfig.json"), JSON.stringify(tsconfig, null, 2));
  for (const [file, text] of Object.entries(project.files)) await writeFile(join(dir, file), text);
  return {
    dir,
    result: await runProcess(process.execPath, [TSC, "-p", dir], { cwd: dir, timeoutMs: 90_000 }),
  };
}

describe("a strict consumer type-checks against the packed types", () => {
  test("moduleResolution node16: an ES module and a CommonJS module, with @types/node", async () => {
    const { result } = await typeCheck("types-node16", {
      compilerOptions: { ...STRICT_OPTIONS, module: "node16", moduleResolution: "node16", types: ["node"] },
      files: { "esm.ts": NODE16_ESM, "cjs.cts": NODE16_CJS },
    });
    expect(result.code, describeRun("tsc (node16)", result)).toBe(0);
  }, 120_000);

  test("moduleResolution node16: a CommonJS module using the mock", async () => {
    // skipLibCheck: msw 2's CommonJS declarations import the ESM-only `rettime` and fail a full lib
    // check in any CommonJS project; the consumer's own use of octohooks/mock is still checked.
    const { result } = await typeCheck("types-node16-cjs-mock", {
      compilerOptions: {
        ...STRICT_OPTIONS,
        skipLibCheck: true,
        module: "node16",
        moduleResolution: "node16",
        types: ["node"],
      },
      files: { "mock.cts": NODE16_CJS_MOCK },
    });
    expect(result.code, describeRun("tsc (node16, CommonJS, mock)", result)).toBe(0);
  }, 120_000);

  test("moduleResolution bundler: DOM types only", async () => {
    const { result } = await typeCheck("types-bundler", {
      compilerOptions: {
        ...STRICT_OPTIONS,
        module: "esnext",
        moduleResolution: "bundler",
        lib: ["ES2022", "DOM", "DOM.Iterable"],
        types: [],
      },
      files: { "browser.ts": BUNDLER_ESM },
    });
    expect(result.code, describeRun("tsc (bundler)", result)).toBe(0);
  }, 120_000);

  test("the seed documents' snippets compile unchanged under tsc --strict against the packed package, and run against octohooks-mock", async () => {
    // examples/quickstart holds the seed's TypeScript byte for byte (test/examples/quickstart.test.ts
    // checks that against the seed).
    const folder = join(REPO_ROOT, "examples", "quickstart");
    const files: Record<string, string> = {};
    for (const name of (await readdir(folder)).filter((f) => f.endsWith(".ts"))) {
      files[name] = await readFile(join(folder, name), "utf8");
    }
    expect(Object.keys(files).sort()).toEqual(SEED_SNIPPETS.map((name) => `${name}.ts`).sort());
    const { dir, result } = await typeCheck("types-seeds", {
      compilerOptions: {
        strict: true,
        outDir: "out",
        target: "ES2022",
        module: "node16",
        moduleResolution: "node16",
        types: [],
      },
      files,
    });
    expect(result.code, describeRun("tsc --strict (seed snippets)", result)).toBe(0);

    // Run as the seed wrote them: token "AUTH_TOKEN", the server from OCTOHOOKS_SERVER_URL.
    // The snippets send to the ID of an application created earlier: the mock starts with it.
    const mock = await startMockServer(installedMockBin(consumer), {
      cwd: dir,
      token: "AUTH_TOKEN",
      apps: ["app_teexfqn3o09y1fnmm631r0fo8uq:Seed application"],
    });
    try {
      const env = { ...process.env, OCTOHOOKS_SERVER_URL: mock.url, OCTOHOOKS_TOKEN: "" };
      const api = (path: string, init?: RequestInit) =>
        fetch(`${mock.url}/api/v1${path}`, {
          ...init,
          headers: { authorization: "Bearer AUTH_TOKEN", "content-type": "application/json" },
        });
      for (const name of SEED_SNIPPETS) {
        const run = await runProcess(process.execPath, [join("out", `${name}.js`)], {
          cwd: dir,
          env,
          timeoutMs: 30_000,
        });
        expect(run.code, describeRun(`node ${name}.js`, run)).toBe(0);
      }
      const message = await (
        await api("/app/app_teexfqn3o09y1fnmm631r0fo8uq/msg/774fa91a-510b-4a35-9799-6c233f6af790")
      ).json();
      expect(message).toMatchObject({ eventType: "customer.created", payload: { id: 1173 } });
      const endpoint = await (
        await api("/app/app_teexfqn3o09y1fnmm631r0fo8uq/endpoint/my-main-endpoint")
      ).json();
      expect(endpoint).toMatchObject({ name: "My main endpoint", eventTypes: ["customer.created"] });
      expect(await (await api("/app/some-user")).json()).toMatchObject({ name: "Some User Application" });
      expect(await (await api("/app/application-name")).json()).toMatchObject({ name: "Application name" });
    } finally {
      mock.stop();
    }
  }, 120_000);
});

/** Expressions whose types the compiler must print by name, never as an anonymous object. */
const NAMED_TYPES = `import { Octohooks } from "octohooks";
const client = new Octohooks("token");
export const created = await client.message.create("app_1", { eventType: "a.b", payload: {} });
export const page = await client.message.list("app_1", { withContent: false });
export const endpoint = await client.endpoint.get("app_1", "ep_1");
export const replayed = (await client.message.create("app_1", { eventType: "a.b", payload: {} }).withResponse()).idempotencyReplayed;
export const create = client.message.create;
export const list = client.message.list;
export const wrong: number = await client.message.create("app_1", { eventType: "a.b", payload: {} });
`;

describe("the compiler prints the named types", () => {
  test("hovers, errors and emitted .d.ts say MessageOut, Page<MessageOut> and EndpointOut", async () => {
    const dir = join(await consumer.workspace("types-named"), "project");
    await mkdir(dir, { recursive: true });
    await writeFile(
      join(dir, "package.json"),
      JSON.stringify({ name: "types-named", private: true, type: "module" }),
    );
    const file = join(dir, "named.ts");
    await writeFile(file, NAMED_TYPES);
    const options: ts.CompilerOptions = {
      strict: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.Node16,
      moduleResolution: ts.ModuleResolutionKind.Node16,
      types: [],
      declaration: true,
      emitDeclarationOnly: true,
      outDir: join(dir, "out"),
    };
    const program = ts.createProgram([file], options);
    const checker = program.getTypeChecker();
    const source = program.getSourceFile(file) as ts.SourceFile;
    const printed: Record<string, string> = {};
    source.forEachChild((node) => {
      if (!ts.isVariableStatement(node)) return;
      for (const decl of node.declarationList.declarations) {
        const type = checker.getTypeAtLocation(decl.initializer ?? decl.name);
        printed[decl.name.getText(source)] = checker.typeToString(
          type,
          undefined,
          ts.TypeFormatFlags.NoTruncation,
        );
      }
    });
    // What a hover shows.
    expect(printed.created).toBe("MessageOut");
    expect(printed.page).toBe("Page<MessageOut>");
    expect(printed.endpoint).toBe("EndpointOut");
    expect(printed.replayed).toBe("boolean");
    // `E` is the event type, inferred from `eventType`: with an event catalogue it types the payload.
    expect(printed.create).toBe(
      "<E extends string>(appId: string, body: MessageIn, options?: MessageCreateOptions | undefined) => APIPromise<MessageOut>",
    );
    expect(printed.list).toBe(
      "(appId: string, options?: MessageListOptions | undefined) => PagePromise<MessageOut>",
    );
    // What an error says.
    const errors = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(errors).toEqual(["Type 'MessageOut' is not assignable to type 'number'."]);
    // What the emitted declarations say.
    let dts = "";
    program.emit(undefined, (name, text) => {
      if (name.endsWith(".d.ts")) dts = text;
    });
    expect(dts).toContain('export declare const created: import("octohooks").MessageOut;');
    expect(dts).toContain(
      'export declare const page: import("octohooks").Page<import("octohooks").MessageOut>;',
    );
    expect(dts).toContain('export declare const endpoint: import("octohooks").EndpointOut;');
    const everything = `${Object.values(printed).join("\n")}\n${dts}\n${errors.join("\n")}`;
    expect(everything).not.toMatch(/WithDates|Schemas|QueryOf|components\[|\.\.\. \d+ more/);
  }, 120_000);
});
