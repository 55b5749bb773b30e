import { describe, expect, it } from "vitest";
import { isExternalHref, safeImageSrc, safeLinkHref } from "./url.ts";

describe("link addresses", () => {
  it.each([
    ["https://example.com/a?b=1&c=2", "https://example.com/a?b=1&c=2"],
    ["http://example.com", "http://example.com"],
    ["  https://example.com/x y  ", "https://example.com/x%20y"],
    ["HTTPS://EXAMPLE.COM/100%", "HTTPS://EXAMPLE.COM/100%25"],
    ["mailto:desk@example.com", "mailto:desk@example.com"],
  ])("keeps %s", (url, expected) => {
    expect(safeLinkHref(url)).toBe(expected);
  });

  it.each([
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox",
    "file:///etc/passwd",
    "/relative/path",
    "#anchor",
    "https:",
    "https:///nohost",
    "mailto:",
    "",
  ])("drops %j", (url) => {
    expect(safeLinkHref(url)).toBeNull();
  });

  it("treats only web links as external", () => {
    expect(isExternalHref("https://a.example")).toBe(true);
    expect(isExternalHref("mailto:a@example.com")).toBe(false);
  });

  it("allows relative or web image sources (inline pictures: below)", () => {
    expect(safeImageSrc("images/a b.jpg")).toBe("images/a%20b.jpg");
    expect(safeImageSrc("https://img.example.com/a.jpg")).toBe("https://img.example.com/a.jpg");
    expect(safeImageSrc("javascript:alert(1)")).toBeNull();
    expect(safeImageSrc("data:image/svg+xml;base64,AAAA")).toBeNull();
    expect(safeImageSrc("//evil.example/a.jpg")).toBeNull();
  });
});

describe("inline pictures", () => {
  it("keeps a base64 raster picture and drops SVG or any other data address", () => {
    const png = "data:image/png;base64,iVBORw0KGgo=";
    expect(safeImageSrc(png)).toBe(png);
    expect(safeImageSrc("data:image/svg+xml;base64,PHN2Zz4=")).toBeNull();
    expect(safeImageSrc("data:text/html;base64,PHNjcmlwdD4=")).toBeNull();
    expect(safeImageSrc('data:image/png;base64,AAAA" onerror="alert(1)')).toBeNull();
  });
});
