// Names the runtime a smoke entry runs on, so the test can check it ran where it meant to.

/** `{ name, version }` of the current JavaScript runtime. */
export function currentRuntime() {
  if (typeof globalThis.Bun !== "undefined") return { name: "bun", version: globalThis.Bun.version };
  if (typeof globalThis.Deno !== "undefined") return { name: "deno", version: globalThis.Deno.version.deno };
  if (typeof globalThis.process?.versions?.node === "string") {
    return { name: "node", version: globalThis.process.versions.node };
  }
  return { name: "web", version: globalThis.navigator?.userAgent ?? "unknown" };
}

/** The command-line arguments after the script, on Node, Bun and Deno alike. */
export function scriptArguments() {
  return globalThis.Deno?.args ?? globalThis.process.argv.slice(2);
}
