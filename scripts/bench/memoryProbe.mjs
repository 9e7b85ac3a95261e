// Preloaded into the mock server's process by the bench (`node --import`), so the bench can read
// that process's memory without a line in src/mock: answers "memory" over IPC with its RSS and its
// live heap after a full GC (when node runs with --expose-gc), in MiB.
process.on("message", (question) => {
  if (question !== "memory") return;
  globalThis.gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  process.send?.({
    rssMb: rss / 2 ** 20,
    heapMb: heapUsed / 2 ** 20,
    gc: typeof globalThis.gc === "function",
  });
});
// The bench went away without stopping us: do not linger.
process.on("disconnect", () => process.exit(0));
