// Property: a body broken anywhere (a field gone, a wrong type, an unknown node) is refused by
// the one dispatch every transport and the CLI use, and nothing is written: the library's
// articles and the story's words stay as they were.
import fc from "fast-check";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openLibrary, type OpenLibrary } from "./index.ts";
import { kitchenSink } from "../../shared/export/fixtures/kitchenSink.ts";

let dir: string;
let library: OpenLibrary;
let storyId: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "copydesk-bodies-"));
  library = openLibrary(join(dir, "library.db"));
  const created = await library.dispatch("articles.create", { headline: "Kept", body: kitchenSink.body });
  if (!created.ok) throw new Error(created.error.message);
  storyId = (created.value as { id: string }).id;
});
afterAll(() => {
  library.close();
  rmSync(dir, { recursive: true, force: true });
});

type Json = Record<string, unknown>;

/** Every node of a body with the path to it. */
function nodesOf(node: Json, path: number[] = []): { node: Json; path: number[] }[] {
  const kids = Array.isArray(node.children) ? (node.children as Json[]) : [];
  return [{ node, path }, ...kids.flatMap((kid, i) => nodesOf(kid, [...path, i]))];
}

// What breaks a node: a field its readers rely on goes, or takes a value of the wrong kind.
const REQUIRED: Record<string, string[]> = {
  root: ["children", "type"],
  paragraph: ["children"],
  heading: ["children", "tag"],
  quote: ["children"],
  pullquote: ["children", "attribution"],
  list: ["children", "listType", "tag", "start"],
  listitem: ["children", "value"],
  link: ["children", "url"],
  quotation: ["children", "quoteId", "status"],
  text: ["text", "format"],
  figure: ["src", "alt", "caption", "credit"],
};
const WRONG_VALUES = [undefined, null, 42, "", "???", [], {}, true];

const breakage = fc.record({
  pick: fc.nat(),
  field: fc.nat(),
  value: fc.constantFrom(...WRONG_VALUES),
  unknownType: fc.boolean(),
});

function broken({
  pick,
  field,
  value,
  unknownType,
}: {
  pick: number;
  field: number;
  value: unknown;
  unknownType: boolean;
}): Json {
  const doc = structuredClone(kitchenSink.body) as unknown as { root: Json };
  const all = nodesOf(doc.root).filter(({ node }) => REQUIRED[node.type as string]);
  const { node } = all[pick % all.length];
  if (unknownType) node.type = "table";
  else {
    const fields = REQUIRED[node.type as string];
    const name = fields[field % fields.length];
    // An empty string is still a string, and [] still a list of children: take a wrong kind.
    const current = node[name];
    const sameKind = typeof current === typeof value || (Array.isArray(current) && Array.isArray(value));
    const wrong = sameKind ? (typeof current === "number" ? "42" : 42) : value;
    if (wrong === undefined) delete node[name];
    else node[name] = wrong;
  }
  return doc;
}

describe("a broken body", () => {
  it("is refused on create and on update, and nothing is written", async () => {
    const before = await library.dispatch("articles.list", {});
    await fc.assert(
      fc.asyncProperty(breakage, async (how) => {
        const body = broken(how);
        const created = await library.dispatch("articles.create", { headline: "Broken", body });
        const updated = await library.dispatch("articles.update", { id: storyId, changes: { body } });
        for (const answer of [created, updated]) {
          expect(answer.ok).toBe(false);
          if (!answer.ok) expect(answer.error.code).toBe("bad-input");
        }
      }),
      { numRuns: 300 },
    );
    expect(await library.dispatch("articles.list", {})).toEqual(before);
    const kept = await library.dispatch("articles.get", { id: storyId });
    expect(kept.ok && (kept.value as { body: unknown }).body).toEqual(kitchenSink.body);
  }, 60_000);
});
