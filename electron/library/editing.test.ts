// Who is editing, in a real library file: the name and initials in Settings go on the
// revisions an editor keeps, on sign-offs, and survive a reopen.
import { describe, expect, it } from "vitest";
import { body, paragraph } from "../../shared/document/build.ts";
import { createDispatch } from "./dispatch.ts";
import type { Handlers } from "./service.ts";
import { freshServiceEachTest } from "./libraryFile.test-support.ts";

let service: Handlers;

const library = freshServiceEachTest((opened) => ({ service } = opened));

describe("who is editing", () => {
  it("keeps the name and initials, deriving initials when none are set by hand", () => {
    expect(service["settings.setEditorName"]({ name: "Maria Ortiz" }).editorInitials).toBe("MO");
    expect(service["settings.setEditorName"]({ name: "Maria Ortiz", initials: "MdO" }).editorInitials).toBe(
      "MdO",
    );
    library.reopen();
    expect(service["library.info"]({})).toMatchObject({ editorName: "Maria Ortiz", editorInitials: "MdO" });
    // Blank initials: derived from the name again.
    expect(service["settings.setEditorName"]({ name: "Ana Lee", initials: "" }).editorInitials).toBe("AL");
  });

  it("refuses initials longer than eight characters at the boundary", () => {
    const dispatch = createDispatch(service);
    const answer = dispatch("settings.setEditorName", { name: "Ana", initials: "ABCDEFGHIJ" });
    expect(answer).toMatchObject({ ok: false, error: { code: "bad-input" } });
  });

  it("names the editor on each revision they keep", () => {
    service["settings.setEditorName"]({ name: "Ana Lee" });
    const article = service["articles.create"]({ headline: "Budget", body: body([paragraph("Words.")]) });
    service["articles.checkpoint"]({ id: article.id, reason: "Before the desk" });
    service["settings.setEditorName"]({ name: "Bo Chen" });
    service["articles.checkpoint"]({ id: article.id, reason: "After the desk" });
    const authors = service["revisions.list"]({ articleId: article.id }).map((r) => [r.reason, r.author]);
    expect(authors).toEqual([
      ["After the desk", "Bo Chen"],
      ["Before the desk", "Ana Lee"],
      ["Created", "Ana Lee"],
    ]);
    const revision = service["revisions.get"]({
      id: service["revisions.list"]({ articleId: article.id })[0]!.id,
    });
    expect(revision.author).toBe("Bo Chen");
  });
});
