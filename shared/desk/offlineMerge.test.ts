// Two editors edit the same story apart (no connection), then exchange what each has: both
// end with the same text, and neither loses a word. Yjs's own updates, no server between.
import { describe, expect, it } from "vitest";
import * as Y from "yjs";

function editorWith(text: string, from?: Y.Doc): Y.Doc {
  const doc = new Y.Doc();
  if (from) Y.applyUpdate(doc, Y.encodeStateAsUpdate(from));
  else doc.getText("body").insert(0, text);
  return doc;
}

/** Each side sends the other only what the other lacks (state-vector diff), as a provider does. */
function reconnect(a: Y.Doc, b: Y.Doc): void {
  const forB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const forA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, forB);
  Y.applyUpdate(a, forA);
}

const body = (doc: Y.Doc) => doc.getText("body").toString();

describe("offline edits merge on reconnect", () => {
  it("keeps both editors' words typed into the same paragraph", () => {
    const ana = editorWith("The council met on Tuesday.");
    const ben = editorWith("", ana);
    ana.getText("body").insert("The council".length, " of Springfield");
    ben.getText("body").insert(body(ben).length, " It adjourned at noon.");
    reconnect(ana, ben);
    expect(body(ana)).toBe(body(ben));
    expect(body(ana)).toBe("The council of Springfield met on Tuesday. It adjourned at noon.");
  });

  it("keeps every word when both type at the very same spot", () => {
    const ana = editorWith("Mayor said .");
    const ben = editorWith("", ana);
    const at = "Mayor said ".length;
    ana.getText("body").insert(at, "taxes rise");
    ben.getText("body").insert(at, "schools close");
    reconnect(ana, ben);
    expect(body(ana)).toBe(body(ben));
    // Each run stays whole, one after the other (the order is Yjs's, the same on both).
    expect(body(ana)).toContain("taxes rise");
    expect(body(ana)).toContain("schools close");
    expect(body(ana).length).toBe("Mayor said .".length + "taxes rise".length + "schools close".length);
  });

  it("applies one editor's deletion and keeps the other's insertion inside the deleted span", () => {
    const ana = editorWith("Police said the suspect fled north on foot.");
    const ben = editorWith("", ana);
    const start = "Police said ".length;
    ana.getText("body").delete(start, "the suspect fled north ".length);
    ben.getText("body").insert("Police said the suspect ".length, "reportedly ");
    reconnect(ana, ben);
    expect(body(ana)).toBe(body(ben));
    expect(body(ana)).toBe("Police said reportedly on foot.");
  });

  it("converges whatever order updates arrive in, and a repeated update changes nothing", () => {
    const base = editorWith("Storm closes schools.");
    const editors = [editorWith("", base), editorWith("", base), editorWith("", base)];
    const updates: Uint8Array[] = [];
    editors.forEach((doc, i) => {
      doc.on("update", (u: Uint8Array) => updates.push(u));
      doc.getText("body").insert(i * 3, `[${i}] `);
      doc.getText("body").insert(body(doc).length, ` Note ${i}.`);
    });
    const forward = editorWith("", base);
    const backward = editorWith("", base);
    for (const u of updates) Y.applyUpdate(forward, u);
    for (const u of [...updates].reverse()) Y.applyUpdate(backward, u);
    Y.applyUpdate(backward, updates[0]);
    expect(body(forward)).toBe(body(backward));
    for (const i of [0, 1, 2]) expect(body(forward)).toContain(`Note ${i}.`);
  });

  it("merges metadata fields edited apart: different fields both kept, one field settles the same everywhere", () => {
    const ana = new Y.Doc();
    ana.getMap("meta").set("headline", "Budget passes");
    const ben = editorWith("", ana);
    Y.applyUpdate(ben, Y.encodeStateAsUpdate(ana));
    ana.getMap("meta").set("dek", "Vote was 7-2");
    ben.getMap("meta").set("byline", "Ben Okafor");
    ana.getMap("meta").set("status", "in edit");
    ben.getMap("meta").set("status", "ready");
    reconnect(ana, ben);
    expect(ana.getMap("meta").toJSON()).toEqual(ben.getMap("meta").toJSON());
    expect(ana.getMap("meta").get("dek")).toBe("Vote was 7-2");
    expect(ana.getMap("meta").get("byline")).toBe("Ben Okafor");
  });
});
