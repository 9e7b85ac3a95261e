/** A random UUID v4 from the platform's Web Crypto, or from `Math.random` where it has none. */
export function randomId(): string {
  const webCrypto = globalThis.crypto;
  if (webCrypto?.randomUUID) return webCrypto.randomUUID();
  // Outside a secure context browsers have getRandomValues but no randomUUID.
  const bytes = new Uint8Array(31);
  if (webCrypto?.getRandomValues) webCrypto.getRandomValues(bytes);
  else for (let i = 0; i < 31; i++) bytes[i] = Math.random() * 256;
  let i = 0;
  // The v4 layout: random hex digits, "4" as the version digit and 8-b as the variant digit.
  return "10000000-1000-4000-8000-100000000000".replace(/[018]/g, (digit) =>
    (+digit ^ ((bytes[i++] as number) & (15 >> (+digit / 4)))).toString(16),
  );
}
