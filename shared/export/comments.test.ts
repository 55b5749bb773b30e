// Comments never leave the machine: every export takes the comment marks out, keeping the
// words exactly where they were, with no thread id, mark element or class left behind.
import { describe, expect, it } from "vitest";
import { body, paragraph, quotation, textNode } from "../document/build.ts";
import type { InlineNodeJSON, MarkNodeJSON } from "../document/nodes.ts";
import { kitchenSink, kitchenSinkSources } from "./fixtures/kitchenSink.ts";
import { exportFragment, exportHtmlPage, exportNinjs } from "./index.ts";
import type { ExportArticle, ExportOptions } from "./index.ts";

const THREAD = "c0ffee00-comment-thread-id";
const OTHER = "beef-second-thread";

const mark = (ids: string[], children: InlineNodeJSON[]): MarkNodeJSON => ({
  type: "mark",
  version: 1,
  ids,
  children,
  direction: "ltr",
  format: "",
  indent: 0,
});

const marked: ExportArticle = {
  ...kitchenSink,
  body: body([
    paragraph([
      textNode("The council "),
      mark([THREAD], [textNode("voted "), textNode("seven", 1), textNode(" to two")]),
      textNode(" on Tuesday."),
    ]),
    paragraph([
      mark([OTHER, THREAD], [quotation("We will build it", { quoteId: "q1", sourceId: "src-mayor" })]),
    ]),
  ]),
};
const plain: ExportArticle = {
  ...marked,
  body: body([
    paragraph([textNode("The council voted "), textNode("seven", 1), textNode(" to two on Tuesday.")]),
    paragraph([quotation("We will build it", { quoteId: "q1", sourceId: "src-mayor" })]),
  ]),
};

const every = (article: ExportArticle, options: ExportOptions) => [
  exportHtmlPage(article, kitchenSinkSources, options),
  exportFragment(article, kitchenSinkSources, options),
  JSON.stringify(exportNinjs(article, kitchenSinkSources, options)),
];

describe("comment marks in an export", () => {
  for (const options of [{}, { quoteAttributes: true, quotationJsonLd: true, typography: false }]) {
    it(`are dropped, words kept, as if never there (${JSON.stringify(options)})`, () => {
      const outputs = every(marked, options);
      for (const out of outputs) {
        expect(out).not.toContain(THREAD);
        expect(out).not.toContain(OTHER);
        expect(out).not.toMatch(/<mark|comment/i);
      }
      // Byte for byte the export of the same story with no comments.
      expect(outputs).toEqual(every(plain, options));
      expect(outputs[1]).toContain("The council voted <strong>seven</strong> to two on Tuesday.");
    });
  }
});
