// Class names Lexical puts on editor elements; the look lives in app/app.css.
import type { EditorThemeClasses } from "lexical";

export const editorTheme: EditorThemeClasses = {
  paragraph: "ed-paragraph",
  heading: { h2: "ed-h2", h3: "ed-h3", h4: "ed-h4" },
  quote: "ed-blockquote",
  list: { ul: "ed-ul", ol: "ed-ol", listitem: "ed-li", nested: { listitem: "ed-li-nested" } },
  link: "ed-link",
  text: {
    bold: "ed-bold",
    italic: "ed-italic",
    underline: "ed-underline",
    strikethrough: "ed-strike",
    code: "ed-code",
  },
  quotation: "ed-quotation",
  pullquote: "ed-pullquote",
  mark: "ed-comment",
  markOverlap: "ed-comment-overlap",
  suggestInsert: "ed-suggest-insert",
  suggestDelete: "ed-suggest-delete",
  suggestFormat: "ed-suggest-format",
};
