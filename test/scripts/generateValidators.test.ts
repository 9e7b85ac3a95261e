// scripts/generate-validators.mjs: the committed validators are what the spec compiles to, a
// change to a rule only the validators carry makes `npm run generate -- --check` fail, and the
// output loads without ajv (no import of any package).
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const committedTypes = join(root, "src/generated/openapi.ts");

function check(args: string[]) {
  return new Promise<{ code: number; output: string }>((done) => {
    execFile(
      process.execPath,
      ["scripts/generate.mjs", "--check", ...args],
      { cwd: root },
      (error, out, err) => done({ code: error ? Number(error.code) : 0, output: out + err }),
    );
  });
}

describe("generated request validators", () => {
  it("need no package at run time: copied out of the repository, they load and validate", async () => {
    const source = readFileSync(join(root, "src/generated/validators.js"), "utf8");
    expect(source).toMatch(/^\/\*\*\n \* Generated from openapi\.yaml/);
    const dir = mkdtempSync(join(tmpdir(), "octohooks-validators-"));
    try {
      const file = join(dir, "validators.mjs");
      writeFileSync(file, source);
      const { operationValidators } = await import(pathToFileURL(file).href);
      const body = operationValidators["message.create"].body;
      expect(body({ eventType: "a", payload: {} })).toBe(true);
      expect(body({ eventType: "a", payload: {}, extra: 1 })).toBe(false);
      expect(body.errors[0]).toMatchObject({ keyword: "additionalProperties" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("npm run generate -- --check fails when only a validation rule of the spec changed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "octohooks-validators-"));
    try {
      const spec = readFileSync(join(root, "openapi.yaml"), "utf8");
      // maxLength of a channel: openapi-typescript ignores it, so only the validators go stale.
      const changed = spec.replace(/(Channel:\n(?: {6}.*\n)*? {6}maxLength: )128/, "$1129");
      expect(changed).not.toBe(spec);
      const path = join(dir, "changed.yaml");
      writeFileSync(path, changed);
      const stale = await check(["--spec", path, "--out", committedTypes]);
      expect(stale.code).toBe(1);
      expect(stale.output).toMatch(/src\/generated\/openapi\.ts is up to date/);
      expect(stale.output).toMatch(/src\/generated\/validators\.js is stale/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
