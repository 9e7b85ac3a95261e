// Preloaded into the mock server's process by the bench (`node --import`), so the bench can read
// that process's memory without a line in src/mock: answers "memory" over IPC with its RSS, its
// live heap after a full GC (when node runs with --expose-gc), the heap V8 keeps committed, and the
// memory V8 tracks outside its heap (`external`, of which `arrayBuffers`: Buffers), in MiB.
process.on("message", (question) => {
  if (question !== "memory") return;
  globalThis.gc?.();
  const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
  const mb = (bytes) => bytes / 2 ** 20;
  process.send?.({
    rssMb: mb(rss),
    heapMb: mb(heapUsed),
    heapTotalMb: mb(heapTotal),
    externalMb: mb(external),
    arrayBuffersMb: mb(arrayBuffers),
  });
});
// The bench went away without stopping us: do not linger.
process.on("disconnect", () => process.exit(0));
