import { describe, expect, it } from "vitest";
import { reviewArticle } from "../index.ts";
import { bodyFromText } from "../textBody.ts";
import { contextFor } from "../ruleInputs.test-support.ts";
import { styleSheetFromCsv, styleSheetToCsv } from "./csv.ts";
import { DEFAULT_STYLE_SHEET } from "./defaultSheet.ts";
import { styleReviewRule } from "./reviewRules.ts";
import { type StyleRule, styleRule } from "./rule.ts";

const make = (extra: Partial<StyleRule>): StyleRule => ({
  id: "test-rule",
  kind: "word",
  pattern: "",
  replacement: "",
  category: "test",
  description: "",
  caseSensitive: false,
  ...extra,
});

const fixes = (r: StyleRule, text: string) =>
  styleReviewRule(r)
    .check(contextFor(text))
    .map((d) => [text.slice(d.start, d.end), d.fix?.replacement]);

describe("house-style matching", () => {
  it("a word matches whole words only, in any case, keeping capitals", () => {
    const r = make({ pattern: "towards", replacement: "toward" });
    expect(fixes(r, "Towards the end, he walked towards it; untowardsly is not a word.")).toEqual([
      ["Towards", "Toward"],
      ["towards", "toward"],
    ]);
  });

  it("a phrase matches across spaces and line breaks", () => {
    const r = make({ kind: "phrase", pattern: "in order to", replacement: "to" });
    expect(fixes(r, "She left in  order\nto rest. In order to win.")).toEqual([
      ["in  order\nto", "to"],
      ["In order to", "To"],
    ]);
  });

  it("a regex replacement uses capture groups, named groups and lookbehinds", () => {
    const r = make({ kind: "regex", pattern: String.raw`(\d+)\s?km\b`, replacement: "$1 kilometres" });
    expect(fixes(r, "It ran 42km, then 5 km.")).toEqual([
      ["42km", "42 kilometres"],
      ["5 km", "5 kilometres"],
    ]);
    const named = make({
      kind: "regex",
      pattern: String.raw`(?<=\$)(?<n>\d+)bn`,
      replacement: "$<n> billion",
    });
    expect(fixes(named, "It cost $3bn.")).toEqual([["3bn", "3 billion"]]);
  });

  it("a case-sensitive rule leaves other cases alone", () => {
    const r = make({ pattern: "Internet", replacement: "internet", caseSensitive: true });
    expect(fixes(r, "The Internet and the internet.")).toEqual([["Internet", "internet"]]);
  });

  it("refuses a regex that does not compile, and a bad id", () => {
    const bad = styleRule.safeParse(make({ kind: "regex", pattern: "(unclosed" }));
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].message).toMatch(/Rule test-rule:/);
    expect(styleRule.safeParse(make({ id: "Has Spaces", pattern: "x" })).success).toBe(false);
  });

  it("runs in the review beside attribution rules when the library passes a sheet", () => {
    const body = bodyFromText("Unemployment fell 2 percent and 3 factories closed, officials said.");
    const withSheet = reviewArticle({ body, sources: [], houseStyle: DEFAULT_STYLE_SHEET });
    expect(withSheet.map((f) => f.rule)).toEqual(
      expect.arrayContaining(["house-style/per-cent", "house-style/numeral-three"]),
    );
    expect(withSheet.find((f) => f.rule === "house-style/per-cent")?.severity).toBe("note");
    const without = reviewArticle({ body, sources: [] });
    expect(without.some((f) => f.rule.startsWith("house-style/"))).toBe(false);
  });
});

describe("the style sheet as CSV", () => {
  it("round-trips the default sheet, commas, quotes and newlines included", () => {
    const tricky = make({
      pattern: 'say, "hi"',
      kind: "phrase",
      description: "two\nlines",
      replacement: "x",
    });
    const sheet = [...DEFAULT_STYLE_SHEET, tricky];
    const back = styleSheetFromCsv(styleSheetToCsv(sheet));
    expect(back).toEqual({ ok: true, rules: sheet });
  });

  it("reads a sheet written by hand, in any column order", () => {
    const csv =
      "pattern,id,kind,replacement,category,description\ntowards,toward,word,toward,usage,US style\n";
    const result = styleSheetFromCsv(csv);
    expect(result.ok && result.rules[0]).toMatchObject({ id: "toward", caseSensitive: false });
  });

  it("refuses a bad file whole, naming the row", () => {
    const header = "id,kind,pattern,replacement,category,description,caseSensitive";
    expect(styleSheetFromCsv(`${header}\nok,word,a,b,c,d,no\nbad,regex,(x,y,c,d,no\n`)).toEqual({
      ok: false,
      message: expect.stringMatching(/^Row 3: Rule bad:/),
    });
    expect(styleSheetFromCsv(`${header}\na,word,a,b,c,d,no\na,word,b,c,c,d,no\n`)).toEqual({
      ok: false,
      message: "Two rules share the id a.",
    });
    expect(styleSheetFromCsv("id,pattern\nx,y\n")).toEqual({
      ok: false,
      message: "The CSV lacks the columns kind, replacement, category, description.",
    });
  });
});
