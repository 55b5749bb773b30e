// The whole review on real stories: the seed wire story (as copied off a news site, untagged)
// and a clean house-style story whose quotes are all tagged to verified, on-record sources.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ArticleBody } from "../document/nodes.ts";
import { openBlockers, reviewArticle, reviewText } from "./index.ts";
import { source } from "./ruleInputs.test-support.ts";
import type { Finding, ReviewSource, SignOff } from "./types.ts";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const SEED = fixture("press-tv-karabakh.txt");
const SOURCES = [source({ id: "rv", name: "Ruben Vardanyan", reachedVia: "social-media", verified: false })];

const seed = reviewText(SEED, SOURCES);
function at(findings: Finding[], rule: string, text: string, words: string): Finding[] {
  return findings.filter((f) => f.rule === rule && text.slice(f.start, f.end + 40).includes(words));
}

describe("review of the seed story (press-tv-karabakh)", () => {
  const text = SEED.replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n\s*/)
    .map((p) => p.trim())
    .filter(Boolean)
    .join("\n\n");

  it("must flag the unclosed quote, the Telegram quote, the hedge and untagged quotes", () => {
    expect(at(seed, "unclosed-quote", text, "high precision weapons")).toHaveLength(1);
    const telegram = seed.filter((f) => f.rule === "unverified-social-source");
    expect(telegram).toHaveLength(1);
    expect(text.slice(telegram[0].start, telegram[0].end)).toContain("Mass shelling has started here");
    expect(telegram[0].message).toMatch(/Telegram/);
    const hedges = seed.filter((f) => f.rule === "hedge-word").map((f) => text.slice(f.start, f.end));
    expect(hedges).toEqual(["purportedly"]);
    const untagged = seed.filter((f) => f.rule === "untagged-quote");
    expect(untagged.length).toBeGreaterThanOrEqual(7);
    expect(untagged.every((f) => f.severity === "blocker")).toBe(true);
  });

  it("should flag the editor's notes: They said, (Moscow-brokered), the ellipsis, Baku, Ruen", () => {
    const spans = (rule: string) =>
      seed.filter((f) => f.rule === rule).map((f) => text.slice(f.start, f.end));
    expect(spans("vague-attribution")).toEqual(["They said"]);
    expect(spans("quote-insertion")).toEqual(["(Moscow-brokered)"]);
    expect(spans("ellipsis-in-quote")).toEqual(["bloodshed... and"]);
    expect(spans("place-as-speaker")).toEqual(expect.arrayContaining(["Baku said", "Baku has cited"]));
    expect(spans("source-name-mismatch")).toEqual(["Ruen Vardanyan"]);
    expect(spans("caption-missing-credit")[0]).toMatch(/^This photo shared by the Azerbaijani media/);
  });

  it("does not flag what is fine in the seed", () => {
    // Identified on first reference: "Ruen Vardanyan, a former state minister", "spokeswoman Maria Zakharova".
    expect(seed.filter((f) => f.rule === "source-missing-identification")).toEqual([]);
    // "reportedly"-style words inside quotes, and "said" attribution, are not loaded or hedged.
    expect(seed.filter((f) => f.rule === "loaded-attribution-verb")).toEqual([]);
    // Only the one real unclosed quote.
    expect(seed.filter((f) => f.rule === "unclosed-quote")).toHaveLength(1);
  });

  it("keeps finding ids when text is added elsewhere, and sign-offs clear blockers", () => {
    const edited = reviewText(`${SEED}\n\nThe ministry gave no further details.`, SOURCES);
    const ids = (fs: Finding[]) => fs.filter((f) => f.severity === "blocker").map((f) => f.id);
    expect(ids(edited)).toEqual(ids(seed));
    const unclosed = seed.find((f) => f.rule === "unclosed-quote") as Finding;
    const signOff: SignOff = {
      findingId: unclosed.id,
      rule: unclosed.rule,
      excerpt: unclosed.excerpt,
      by: "desk",
      at: "2024-05-01T10:00:00Z",
      note: "fixed in print",
      kind: "sign-off",
    };
    const open = openBlockers(edited, [signOff]);
    expect(open.some((f) => f.rule === "unclosed-quote")).toBe(false);
    expect(open.some((f) => f.rule === "untagged-quote")).toBe(true);
  });
});

describe("review of a clean house-style story", () => {
  const clean = JSON.parse(fixture("clean-bridge-story.json")) as {
    body: ArticleBody;
    sources: ReviewSource[];
  };

  it("has no blockers or warnings", () => {
    const findings = reviewArticle(clean);
    expect(findings.filter((f) => f.severity !== "note")).toEqual([]);
    expect(findings).toEqual([]);
  });

  it("turns untagged when the tags are only suggested, and warns on an unverified social source", () => {
    const suggested = JSON.parse(
      JSON.stringify(clean).replace(/"status": ?"confirmed"/g, '"status":"suggested"'),
    ) as typeof clean;
    expect(reviewArticle(suggested).filter((f) => f.rule === "untagged-quote").length).toBe(4);
    const sources = clean.sources.map((s) =>
      s.id === "webb" ? { ...s, reachedVia: "social-media" as const, verified: false } : s,
    );
    const social = reviewArticle({ body: clean.body, sources });
    expect(social.map((f) => f.rule)).toEqual(["unverified-social-source"]);
  });
});

describe("near misses through the real detector", () => {
  const rules = (text: string) => reviewText(text).map((f) => f.rule);

  it("accepts a quote running over paragraphs (each opens, only the last closes)", () => {
    const text = [
      "Mayor Ana Ruiz described the night the river rose.",
      "“The water came over the wall at midnight. We had sandbags, but not enough.",
      "“By morning the lower town was gone,” Ruiz said.",
    ].join("\n\n");
    expect(rules(text)).not.toContain("unclosed-quote");
    expect(rules(text.replace("gone,” Ruiz", "gone, Ruiz"))).toContain("unclosed-quote");
  });

  it("leaves a hedge inside a quotation alone, and an analyst from Baku is not Baku", () => {
    const text = "“The convoy reportedly turned back,” Baku-based analyst Elchin Aliyev said.";
    expect(rules(text)).not.toContain("hedge-word");
    expect(rules(text)).not.toContain("place-as-speaker");
    expect(rules("The convoy reportedly turned back, Baku said.")).toEqual(
      expect.arrayContaining(["hedge-word", "place-as-speaker"]),
    );
  });
});
