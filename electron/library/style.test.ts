// The house style sheet and placeholder markers in a real library file, and the publish gate
// refusing a story that still holds a placeholder.
import { describe, expect, it } from "vitest";
import { body, paragraph } from "../../shared/document/build.ts";
import { DEFAULT_STYLE_SHEET } from "../../shared/review/style/index.ts";
import type { Handlers } from "./service.ts";
import { freshServiceEachTest } from "./libraryFile.test-support.ts";

let service: Handlers;

const library = freshServiceEachTest((opened) => ({ service } = opened));

const towards = {
  id: "toward",
  kind: "word" as const,
  pattern: "towards",
  replacement: "toward",
  category: "usage",
  description: "US style",
  caseSensitive: false,
};

describe("the house style sheet", () => {
  it("starts with the default sheet and TK, and keeps edits across a reopen", () => {
    expect(service["style.sheet"]({})).toEqual({ rules: DEFAULT_STYLE_SHEET, placeholders: ["TK"] });
    service["style.saveRule"]({ rule: towards });
    service["style.saveRule"]({ rule: { ...towards, id: "toward-us" }, previousId: "toward" });
    service["style.deleteRule"]({ id: "per-cent" });
    service["style.setPlaceholders"]({ markers: ["TK", " XX ", "XX"] });
    library.reopen();
    const sheet = service["style.sheet"]({});
    expect(sheet.rules.map((r) => r.id)).toContain("toward-us");
    expect(sheet.rules.map((r) => r.id)).not.toContain("toward");
    expect(sheet.rules.map((r) => r.id)).not.toContain("per-cent");
    expect(sheet.placeholders).toEqual(["TK", "XX"]);
  });

  it("exports CSV and imports it back, merged or replacing; a bad file changes nothing", () => {
    service["style.saveRule"]({ rule: towards });
    const { csv, fileName } = service["style.exportCsv"]({});
    expect(fileName).toBe("house-style.csv");
    expect(csv.split("\n")[0]).toBe("id,kind,pattern,replacement,category,description,caseSensitive");
    const one =
      "id,kind,pattern,replacement,category,description\ntoward,word,towards,toward,usage,changed\n";
    const merged = service["style.importCsv"]({ csv: one, mode: "merge" });
    expect(merged.rules).toHaveLength(DEFAULT_STYLE_SHEET.length + 1);
    expect(merged.rules.find((r) => r.id === "toward")?.description).toBe("changed");
    expect(() => service["style.importCsv"]({ csv: "id,kind\nx,regex\n", mode: "replace" })).toThrow(/lacks/);
    expect(service["style.sheet"]({}).rules).toHaveLength(DEFAULT_STYLE_SHEET.length + 1);
    expect(service["style.importCsv"]({ csv: one, mode: "replace" }).rules.map((r) => r.id)).toEqual([
      "toward",
    ]);
    service["style.importCsv"]({ csv, mode: "replace" });
    expect(service["style.sheet"]({}).rules).toHaveLength(DEFAULT_STYLE_SHEET.length + 1);
  });

  it("refuses two rules with one id", () => {
    service["style.saveRule"]({ rule: towards });
    expect(() =>
      service["style.saveRule"]({ rule: { ...towards, id: "per-cent" }, previousId: "toward" }),
    ).toThrow(/share the id per-cent/);
  });
});

describe("placeholders at the publish gate", () => {
  it("refuses ready while a TK is left, and lists it as a placeholder-left blocker", () => {
    const a = service["articles.create"]({
      headline: "Fire",
      body: body([paragraph("The fire killed TK people.")]),
    });
    expect(() => service["articles.update"]({ id: a.id, changes: { status: "ready" } })).toThrow(
      /placeholder-left/,
    );
    expect(service["review.gate"]({ articleId: a.id }).openBlockers.map((b) => b.rule)).toEqual([
      "placeholder-left",
    ]);
    // The desk's own marker counts once it is set; TK no longer does.
    service["style.setPlaceholders"]({ markers: ["XX"] });
    expect(service["review.gate"]({ articleId: a.id }).openBlockers).toEqual([]);
    service["articles.update"]({
      id: a.id,
      changes: { body: body([paragraph("The fire killed XX people.")]) },
    });
    expect(service["review.gate"]({ articleId: a.id }).openBlockers.map((b) => b.excerpt)).toEqual(["XX"]);
  });
});

describe("length targets and limits", () => {
  it("keeps a word target per article and the library's headline and dek limits", () => {
    const a = service["articles.create"]({ headline: "A" });
    const b = service["articles.create"]({ headline: "B" });
    expect(service["length.get"]({ articleId: a.id })).toEqual({
      target: null,
      limits: { headline: 70, dek: 160 },
    });
    service["length.setTarget"]({ articleId: a.id, words: 800 });
    service["length.setLimits"]({ articleId: a.id, headline: 60, dek: 120 });
    expect(service["length.get"]({ articleId: a.id })).toEqual({
      target: 800,
      limits: { headline: 60, dek: 120 },
    });
    expect(service["length.get"]({ articleId: b.id }).target).toBeNull();
    expect(service["length.setTarget"]({ articleId: a.id, words: null }).target).toBeNull();
  });
});

describe("corrections", () => {
  it("correct a published story only, keep who and when, keep the revisions, and reach the export", () => {
    const a = service["articles.create"]({
      headline: "Vote",
      body: body([paragraph("The council voted 7-2.")]),
    });
    expect(() => service["corrections.add"]({ articleId: a.id, text: "Fixed the tally." })).toThrow(
      /Only a published/,
    );
    service["settings.setEditorName"]({ name: "Rita Desk" });
    service["articles.update"]({ id: a.id, changes: { status: "published" } });
    const before = service["revisions.list"]({ articleId: a.id }).length;
    const [c] = service["corrections.add"]({
      articleId: a.id,
      text: "An earlier version gave the tally as 6-3.",
    });
    expect(c).toMatchObject({ text: "An earlier version gave the tally as 6-3.", correctedBy: "Rita Desk" });
    const revisions = service["revisions.list"]({ articleId: a.id });
    expect(revisions).toHaveLength(before + 1);
    expect(revisions.map((r) => r.reason)).toContain("Before correction");
    const page = service["export.render"]({ articleId: a.id, format: "html" }).content;
    expect(page).toContain("<h2>Correction</h2>");
    expect(page).toContain("An earlier version gave the tally as 6-3.");
    expect(page).not.toContain("Rita Desk");
    const ninjs = JSON.parse(service["export.render"]({ articleId: a.id, format: "ninjs" }).content) as {
      ednote: string;
    };
    expect(ninjs.ednote).toMatch(/^Correction \(.+\): An earlier version/);
  });
});
