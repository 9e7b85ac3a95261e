import { describe, expect, it } from "vitest";
import { v1Signatures } from "../../src/webhooks/signatureHeader.js";

describe("v1Signatures", () => {
  it("lists v1 signatures in order and skips other versions", () => {
    expect(v1Signatures("v1,abc=")).toEqual(["abc="]);
    expect(v1Signatures("v1,abc= v2,xyz v1,def=")).toEqual(["abc=", "def="]);
    expect(v1Signatures("v2,xyz v1a,abc V1,abc v10,abc")).toEqual([]);
  });

  it("tolerates extra spaces and empty input", () => {
    expect(v1Signatures("")).toEqual([]);
    expect(v1Signatures("  v1,abc   v1,def ")).toEqual(["abc", "def"]);
  });

  it("drops the comma that fetch Headers adds when it joins a repeated header", () => {
    expect(v1Signatures("v1,abc=, v1,def=")).toEqual(["abc=", "def="]);
  });

  it("keeps a bare v1, as an empty candidate that can never match", () => {
    expect(v1Signatures("v1, v1,x")).toEqual(["", "x"]);
  });
});
