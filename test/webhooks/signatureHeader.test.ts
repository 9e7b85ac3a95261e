import { describe, expect, it } from "vitest";
import { hasV1Signature } from "../../src/webhooks/signatureHeader.js";

const SIG = "g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
const OTHER = "Cw/DyYg6nvKc695T+3So2G4DFl7DJfdaMaymJbXimBI=";

describe("hasV1Signature", () => {
  it("finds the expected signature anywhere in a space-separated list", () => {
    expect(hasV1Signature(`v1,${SIG}`, SIG)).toBe(true);
    expect(hasV1Signature(`v1,${OTHER} v1,${SIG}`, SIG)).toBe(true);
    expect(hasV1Signature(`v1,${SIG} v1,${OTHER}`, SIG)).toBe(true);
    expect(hasV1Signature(`v1,${OTHER}`, SIG)).toBe(false);
  });

  it("considers only v1 pairs", () => {
    expect(hasV1Signature(`v2,${SIG}`, SIG)).toBe(false);
    expect(hasV1Signature(`v1a,${SIG} V1,${SIG} v10,${SIG} ${SIG}`, SIG)).toBe(false);
    expect(hasV1Signature(`v2,${OTHER} v1,${SIG}`, SIG)).toBe(true);
  });

  it("needs the whole signature, not a prefix, suffix or padding variant", () => {
    expect(hasV1Signature(`v1,${SIG.slice(0, -1)}`, SIG)).toBe(false);
    expect(hasV1Signature(`v1,${SIG}A`, SIG)).toBe(false);
    expect(hasV1Signature(`v1,x${SIG}`, SIG)).toBe(false);
    expect(hasV1Signature(`v1,${SIG},${SIG}`, SIG)).toBe(false);
  });

  it("tolerates extra spaces and empty input", () => {
    expect(hasV1Signature("", SIG)).toBe(false);
    expect(hasV1Signature(`   v1,${OTHER}    v1,${SIG}  `, SIG)).toBe(true);
    expect(hasV1Signature("v1, v1,", "")).toBe(true);
  });

  it("drops the comma that fetch Headers adds when it joins a repeated header", () => {
    expect(hasV1Signature(`v1,${OTHER}, v1,${SIG}`, OTHER)).toBe(true);
    expect(hasV1Signature(`v1,${SIG}, v1,${OTHER}`, SIG)).toBe(true);
  });
});
