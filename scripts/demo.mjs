// Placeholder until the mock server lands: prints the version.
import { readFileSync } from "node:fs";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
console.log(`octohooks ${pkg.version}`);
