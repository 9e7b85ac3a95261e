// atob/btoa exist on every target (Node >= 16, browsers, workers, Deno, Bun), so no Buffer is needed.

/**
 * Decodes standard base64, padded or not. Returns `undefined` for anything else (whitespace, base64url
 * characters, misplaced `=`), because `atob` alone would silently skip whitespace.
 */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** Encodes bytes as padded standard base64; meant for short inputs such as a MAC (spreads arguments). */
export function encodeBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}
