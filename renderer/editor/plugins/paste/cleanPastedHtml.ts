// Pasted HTML made into what the editor keeps, before Lexical's own importer reads it.
// Web pages, Google Docs and Word put words inside elements Lexical does not know as
// inline (<font>, <small>, styled <span>), and it trims the spaces around those; so they
// are unwrapped here, their styles turned into the formats the editor has. Tables become
// one paragraph per row, pictures carried in the paste are handed on to become figures and
// the rest counted and left out (pastedPictures.ts), Word's list paragraphs become lists. DOMPurify is the last gate: only the tags and attributes the editor reads pass.
import DOMPurify from "dompurify";
import { safeLinkHref } from "../../../../shared/document/links.ts";
import { type PastedPictures, takePastedPictures } from "./pastedPictures.ts";
import { readWordLists } from "./wordLists.ts";

export interface CleanedPaste {
  html: string;
  /** Pictures to add as figures, and those left out (tracking pixels not counted). */
  pictures: PastedPictures;
  /** Tables turned into paragraphs, one per row. */
  tables: number;
}

/** Tags that reach the editor; everything else is unwrapped (inline) or dropped. */
const KEPT_TAGS = [
  "p",
  "br",
  "h2",
  "h3",
  "h4",
  "blockquote",
  "ul",
  "ol",
  "li",
  "a",
  "b",
  "strong",
  "i",
  "em",
  "u",
  "s",
  "strike",
  "del",
  "sub",
  "sup",
  "code",
  "pre",
  "div",
  "section",
  "article",
  "main",
];
const KEPT_ATTRS = ["href", "title", "start"];

/** Elements whose content is never story text. */
const DROPPED =
  "script, style, noscript, template, head, title, meta, link, iframe, object, embed, form, button, input, select, textarea, nav, o\\:p";

/** Inline styles that carry a format the editor has, as the tag that carries it there. */
function formatTags(style: CSSStyleDeclaration): string[] {
  const tags: string[] = [];
  const weight = style.fontWeight;
  if (weight === "bold" || weight === "bolder" || Number(weight) >= 600) tags.push("b");
  if (style.fontStyle === "italic" || style.fontStyle === "oblique") tags.push("i");
  const decoration = `${style.textDecoration} ${style.textDecorationLine}`;
  if (decoration.includes("underline")) tags.push("u");
  if (decoration.includes("line-through")) tags.push("s");
  if (style.verticalAlign === "super") tags.push("sup");
  if (style.verticalAlign === "sub") tags.push("sub");
  return tags;
}

function unwrap(element: Element): void {
  element.replaceWith(...Array.from(element.childNodes));
}

function readTables(doc: Document): number {
  const tables = Array.from(doc.querySelectorAll("table"));
  for (const table of tables) {
    if (table.parentElement?.closest("table")) continue; // an inner table is read with its row
    const rows = Array.from(table.querySelectorAll("tr")).filter((tr) => tr.closest("table") === table);
    const paragraphs = rows.map((tr) => {
      const p = doc.createElement("p");
      const cells = Array.from(tr.children).filter((c) => c.tagName === "TD" || c.tagName === "TH");
      cells.forEach((cell, i) => {
        // Block content of a cell runs on inside the row; cells are set apart by " | ".
        cell.querySelectorAll("p, div, li, ul, ol, h1, h2, h3, h4, h5, h6").forEach((block) => {
          block.append(" ");
          unwrap(block);
        });
        if (i > 0) p.append(" | ");
        p.append(...Array.from(cell.childNodes));
      });
      return p;
    });
    table.replaceWith(...paragraphs);
  }
  return tables.length;
}

function readStyledInline(doc: Document): void {
  // Google Docs wraps the whole copy in <b style="font-weight:normal" id="docs-internal-guid-…">.
  for (const el of Array.from(doc.body.querySelectorAll("b, strong"))) {
    const weight = (el as HTMLElement).style.fontWeight;
    if (weight === "normal" || (weight !== "" && Number(weight) < 600)) unwrap(el);
  }
  for (const el of Array.from(
    doc.body.querySelectorAll(
      "span, font, small, big, mark, abbr, cite, q, time, label, ins, tt, var, data, nobr, bdi, bdo",
    ),
  )) {
    const tags = formatTags((el as HTMLElement).style);
    let inner: Element = el;
    for (const tag of tags) {
      const wrapper = doc.createElement(tag);
      wrapper.append(...Array.from(inner.childNodes));
      inner.append(wrapper);
      inner = wrapper;
    }
    unwrap(el);
  }
}

/** The editor's headings are h2-h4: a pasted page's h1 is a section heading in the story. */
function fitHeadings(doc: Document): void {
  for (const h of Array.from(doc.body.querySelectorAll("h1, h5, h6"))) {
    const fitted = doc.createElement(h.tagName === "H1" ? "h2" : "h4");
    fitted.append(...Array.from(h.childNodes));
    h.replaceWith(fitted);
  }
}

/** Links keep their words; only web and email addresses stay links (the editor's one policy). */
function readLinks(doc: Document): void {
  for (const a of Array.from(doc.body.querySelectorAll("a"))) {
    const href = safeLinkHref(a.getAttribute("href") ?? "");
    if (href) a.setAttribute("href", href);
    else unwrap(a);
  }
}

function dropEmptyParagraphs(doc: Document): void {
  for (const p of Array.from(doc.body.querySelectorAll("p, h1, h2, h3, h4, h5, h6, li, blockquote"))) {
    if ((p.textContent ?? "").replace(/[\s\u00a0\u200b]+/g, "") === "") p.remove();
  }
}

export function cleanPastedHtml(html: string, parse: (html: string) => Document): CleanedPaste {
  const doc = parse(html);
  doc.querySelectorAll(DROPPED).forEach((el) => el.remove());
  doc.querySelectorAll("br.Apple-interchange-newline").forEach((el) => el.remove());
  const pictures = takePastedPictures(doc);
  doc.querySelectorAll("figure, figcaption").forEach(unwrap);
  readWordLists(doc);
  const tables = readTables(doc);
  readStyledInline(doc);
  fitHeadings(doc);
  readLinks(doc);
  dropEmptyParagraphs(doc);
  doc.body.normalize();
  const clean = DOMPurify.sanitize(doc.body.innerHTML, {
    ALLOWED_TAGS: KEPT_TAGS,
    ALLOWED_ATTR: KEPT_ATTRS,
    ALLOW_DATA_ATTR: false,
    KEEP_CONTENT: true,
  });
  return { html: clean, pictures, tables };
}
