// Suggested edits at the publish gate, on a real library file: ready and publish-ready export are
// refused while one is pending; a draft export can show them; the stored body keeps them.
import { describe, expect, it } from "vitest";
import { body, paragraph, suggestion, textNode } from "../../shared/document/build.ts";
import { pendingSuggestions } from "../../shared/document/suggestions.ts";
import type { Handlers } from "./service.ts";
import { freshServiceEachTest } from "./libraryFile.test-support.ts";

let service: Handlers;

freshServiceEachTest((opened) => ({ service } = opened));

const pending = body([
  paragraph([
    textNode("Turnout was "),
    suggestion("suggestion-delete", "low", { id: "d1" }),
    suggestion("suggestion-insert", "high", { id: "i1" }),
    textNode("."),
  ]),
]);

describe("pending suggestions at the publish gate", () => {
  it("refuses ready and publish-ready export until every suggestion is decided", () => {
    const a = service["articles.create"]({ headline: "Turnout", body: pending });
    expect(() => service["articles.update"]({ id: a.id, changes: { status: "ready" } })).toThrow(
      /pending-suggestion/,
    );
    expect(() =>
      service["export.render"]({ articleId: a.id, format: "fragment", publishReady: true }),
    ).toThrow(/pending-suggestion/);
    // "Turnout was high.": the deletion's word is not counted.
    expect(service["articles.get"]({ id: a.id }).wordCount).toBe(3);

    const draft = service["export.render"]({
      articleId: a.id,
      format: "fragment",
      options: { showSuggestions: true },
    });
    expect(draft.content).toMatch(/<del[^>]*>low<\/del><ins[^>]*>high<\/ins>/);

    service["articles.update"]({ id: a.id, changes: { body: body([paragraph("Turnout was high.")]) } });
    expect(service["articles.update"]({ id: a.id, changes: { status: "ready" } }).status).toBe("ready");
  });

  it("keeps pending suggestions in a revision and brings them back on restore", () => {
    const a = service["articles.create"]({ headline: "Turnout", body: pending });
    const kept = service["articles.checkpoint"]({ id: a.id, reason: "Before the desk" });
    expect(pendingSuggestions(service["revisions.get"]({ id: kept.id }).body).map((s) => s.id)).toEqual([
      "d1",
      "i1",
    ]);
    service["articles.update"]({ id: a.id, changes: { body: body([paragraph("Turnout was high.")]) } });
    const restored = service["revisions.restore"]({ articleId: a.id, revisionId: kept.id });
    expect(pendingSuggestions(restored.body).map((s) => s.kind)).toEqual(["delete", "insert"]);
  });
});
