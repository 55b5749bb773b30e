// The Markdown shortcuts a story needs, typed at the start of a paragraph: "## " and "### "
// for subheadings ("# " too: the headline is the story's only h1), "- " or "* " for a
// bulleted list, "1. " for a numbered one, "> " for a block quote. Inline marks (**bold**)
// and code blocks are left out: the toolbar and Ctrl+B/I cover those, and a news story
// has no code.
import { type ElementTransformer, HEADING, ORDERED_LIST, QUOTE, UNORDERED_LIST } from "@lexical/markdown";

const STORY_HEADING: ElementTransformer = {
  ...HEADING,
  regExp: /^(#{1,3})\s/,
  replace: (parent, children, match, isImport) =>
    HEADING.replace(parent, children, [match[0], match[1] === "###" ? "###" : "##"], isImport),
};

export const STORY_SHORTCUTS = [STORY_HEADING, QUOTE, UNORDERED_LIST, ORDERED_LIST];
