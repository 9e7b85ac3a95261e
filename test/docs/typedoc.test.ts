import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";

it("npm run docs builds the reference with zero typedoc warnings", () => {
  // Its own output folder, so the check never fights a developer's docs/api.
  const out = mkdtempSync(join(tmpdir(), "octohooks-typedoc-"));
  try {
    const run = spawnSync(process.execPath, ["node_modules/typedoc/bin/typedoc", "--out", out], {
      encoding: "utf8",
      timeout: 150_000,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(output).not.toMatch(/\[warning\]|\[error\]/);
    expect(run.status, output).toBe(0);
    for (const page of [
      "index.html",
      "classes/index.Octohooks.html",
      "classes/index.Webhook.html",
      "classes/mock.VirtualClock.html",
    ]) {
      expect(existsSync(join(out, page)), page).toBe(true);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}, 180_000);
