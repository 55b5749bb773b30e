import { describe, expect, it } from "vitest";
import { safeLinkUrl } from "./links.ts";

describe("safeLinkUrl", () => {
  it("keeps web and email links", () => {
    expect(safeLinkUrl("https://example.org/a?b=1")).toBe("https://example.org/a?b=1");
    expect(safeLinkUrl("mailto:desk@example.org")).toBe("mailto:desk@example.org");
    expect(safeLinkUrl(" example.org ")).toBe("https://example.org");
    expect(safeLinkUrl("java\tscript:alert(1)")).toBeNull();
    expect(safeLinkUrl("https://")).toBeNull();
  });
  it("refuses script, data and file links", () => {
    expect(safeLinkUrl("javascript:alert(1)")).toBeNull();
    expect(safeLinkUrl("JaVaScRiPt:alert(1)")).toBeNull();
    expect(safeLinkUrl("data:text/html,hi")).toBeNull();
    expect(safeLinkUrl("file:///etc/passwd")).toBeNull();
    expect(safeLinkUrl("   ")).toBeNull();
  });
});
