import { describe, expect, it } from "vitest";
import { editorInitials, initialsOf } from "./editor.ts";

describe("an editor's initials", () => {
  it("take the first and last names' first letters", () => {
    expect(initialsOf("Maria del Carmen Ortiz")).toBe("MO");
    expect(initialsOf("J. R. Smith")).toBe("JS");
    expect(initialsOf("ana")).toBe("A");
    expect(initialsOf("jane.doe")).toBe("JD");
    expect(initialsOf("Émile Zola")).toBe("ÉZ");
  });
  it("say ? for a name without letters", () => {
    expect(initialsOf("  ")).toBe("?");
    expect(initialsOf("1234")).toBe("?");
  });
  it("prefer the ones set by hand", () => {
    expect(editorInitials("Jan de Wit", "JdW")).toBe("JdW");
    expect(editorInitials("Jan de Wit", " ")).toBe("JW");
    expect(editorInitials("Jan de Wit", undefined)).toBe("JW");
  });
});
