// A body built from plain text (one paragraph per blank-line-separated block), for the CLI and
// tests: the review then sees exactly the text it was given, with no tags.
import { body, paragraph, textNode } from "../document/build.ts";
import type { ArticleBody, InlineNodeJSON } from "../document/nodes.ts";

export function bodyFromText(text: string): ArticleBody {
  const blocks = text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n\s*/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0)
    .map((block) => {
      // Single newlines inside a block are line breaks, as the editor would keep them.
      const children: InlineNodeJSON[] = [];
      block.split("\n").forEach((line, i) => {
        if (i > 0) children.push({ type: "linebreak", version: 1 });
        if (line) children.push(textNode(line));
      });
      return paragraph(children);
    });
  return body(blocks.length > 0 ? blocks : [paragraph([])]);
}
