// Imports one package entry in a fresh process and makes its real call.
// Usage: node entryCheck.mjs <entry> [serverUrl] [token]
import { checkEntry } from "./entryCalls.mjs";

const [entry, serverUrl, token] = process.argv.slice(2);
console.log(await checkEntry(entry, await import(entry), { serverUrl, token }));
