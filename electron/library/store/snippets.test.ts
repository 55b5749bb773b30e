import { describe, expect, it } from "vitest";
import { parseSearch } from "./ftsQuery.ts";
import { excerpt, highlight } from "./snippets.ts";

const terms = (query: string) => parseSearch(query)!.terms;
const words = (n: number, w = "filler") => Array.from({ length: n }, () => w).join(" ");

describe("search excerpts", () => {
  it("cuts about 24 words around the first passage with every term, marked, with … at the cuts", () => {
    const text = `${words(40)} the ferry ran. ${words(30)} council ferry strike today ${words(40)}.`;
    const out = excerpt(text, terms("ferry strike"));
    expect(out.startsWith("…")).toBe(true);
    expect(out.endsWith("…")).toBe(true);
    expect(out).toContain("\u0002ferry\u0003 \u0002strike\u0003");
    expect(out.replace(/…/g, "").split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(24);
  });

  it("folds case and accents as the index does, and marks the original spelling", () => {
    expect(highlight("Café owners protest", terms("cafe own"))).toBe(
      "\u0002Café\u0003 \u0002owners\u0003 protest",
    );
    expect(excerpt("Die Straße ist gesperrt, sagte Müller.", terms("muller"))).toContain(
      "\u0002Müller\u0003",
    );
  });

  it("marks a phrase whole, not its words elsewhere, and opens the story when the hit is only in the headline", () => {
    const out = excerpt("Water bills rose. The water rates rise.", terms('"water rates"'));
    expect(out).toBe("Water bills rose. The \u0002water rates\u0003 rise.");
    expect(excerpt(`Nothing here ${words(40)}`, terms("zaporizhzhia"))).toBe(`Nothing here ${words(22)}…`);
  });
});
