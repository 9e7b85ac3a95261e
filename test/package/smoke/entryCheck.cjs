// Requires one package entry in a fresh process and makes its real call.
// Usage: node entryCheck.cjs <entry> [serverUrl] [token]
const [entry, serverUrl, token] = process.argv.slice(2);
const loaded = require(entry);

import("./entryCalls.mjs")
  .then(({ checkEntry }) => checkEntry(entry, loaded, { serverUrl, token }))
  .then(console.log, (error) => {
    console.error(error);
    process.exitCode = 1;
  });
