import { describe, expect, it } from "vitest";
import { librarySource as source } from "../../shared/api/source.test-support.ts";
import type { ArticleBody } from "../../shared/document/nodes.ts";
import { toReviewSource } from "../../shared/review/index.ts";
import { taggedSourceIds, unknownSourceIds } from "./sourceIds.ts";

const text = (t: string) => ({
  type: "text",
  text: t,
  format: 0,
  detail: 0,
  mode: "normal",
  style: "",
  version: 1,
});
const quotation = (sourceId: string | null, words: string) => ({
  type: "quotation",
  quoteId: `q-${words}`,
  sourceId,
  status: "confirmed",
  children: [text(words)],
  direction: null,
  format: "",
  indent: 0,
  version: 1,
});
const paragraph = (...children: unknown[]) => ({
  type: "paragraph",
  children,
  direction: null,
  format: "",
  indent: 0,
  version: 1,
});
const body = (...blocks: unknown[]) =>
  ({
    root: { type: "root", children: blocks, direction: null, format: "", indent: 0, version: 1 },
  }) as unknown as ArticleBody;

describe("unknownSourceIds", () => {
  const story = body(
    paragraph(text("She said "), quotation("s1", "end bloodshed"), text(".")),
    paragraph(quotation("s2", "all steps"), text(" and "), quotation(null, "untagged")),
  );

  it("collects the sources tagged quotations name, at any depth", () => {
    expect([...taggedSourceIds(story)].sort()).toEqual(["s1", "s2"]);
  });

  it("names the tagged sources the review has not loaded", () => {
    expect(unknownSourceIds(story, [toReviewSource(source())])).toEqual(["s2"]);
    expect(unknownSourceIds(story, [toReviewSource(source()), toReviewSource(source({ id: "s2" }))])).toEqual(
      [],
    );
  });
});
