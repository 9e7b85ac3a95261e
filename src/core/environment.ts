/** Reads an environment variable where the runtime has them (Node, Bun, Deno); `undefined` elsewhere. */
export function readEnv(name: string): string | undefined {
  try {
    const value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[
      name
    ];
    return value?.trim() || undefined;
  } catch {
    // Deno without --allow-env throws: treat it as unset.
    return undefined;
  }
}
