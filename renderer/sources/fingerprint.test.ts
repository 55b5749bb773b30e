import { describe, expect, it } from "vitest";
import { quoteFingerprint } from "./fingerprint.ts";

describe("quoteFingerprint", () => {
  it("is short and stable for the same words", () => {
    const fp = quoteFingerprint("Mass shelling has started here,");
    expect(fp).toMatch(/^q[0-9a-f]{8}$/);
    expect(quoteFingerprint("Mass shelling has started here,")).toBe(fp);
  });

  it("ignores curly versus straight marks, spacing and case", () => {
    expect(quoteFingerprint("the Karabakh separatist ‘regime’")).toBe(
      quoteFingerprint("The  Karabakh separatist 'regime'\n"),
    );
  });

  it("tells different words apart", () => {
    expect(quoteFingerprint("end bloodshed")).not.toBe(quoteFingerprint("end the bloodshed"));
  });
});
