// A Word file as mammoth turned it into HTML, read into an article: the Title (or a first
// Heading 1) is the headline and the Subtitle the dek, never body text; footnotes and endnotes
// become one numbered list of notes at the end, their markers renumbered in reading order;
// pictures become figures with the Caption paragraph that follows them.
import { body, emptyBody } from "../../document/build.ts";
import type { ArticleBody } from "../../document/nodes.ts";
import { readBlocks } from "../html/blocks.ts";
import { findAll, findElement, hasClass, textContent } from "../html/tree.ts";
import type { HtmlElement, HtmlNode } from "../html/tree.ts";

export interface ImportedWordFile {
  headline: string;
  dek: string;
  body: ArticleBody;
}

/** What mammoth is asked to map beyond its defaults (style names are Word's built-in ones). */
export const WORD_STYLE_MAP = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Subtitle'] => p.dek:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
  "p[style-name='Quote'] => blockquote:fresh",
  "p[style-name='Intense Quote'] => blockquote:fresh",
  "u => u",
  "strike => s",
];

const isElement = (n: HtmlNode): n is HtmlElement => typeof n !== "string";
const NOTE_ID = /^(footnote|endnote)-(\d+)$/;
const NOTE_REF = /^#(footnote|endnote)-(\d+)$/;
const BACK_LINK = /^#(footnote|endnote)-ref-\d+$/;

function mapTree(node: HtmlElement, visit: (child: HtmlNode) => HtmlNode[]): void {
  node.children = node.children.flatMap((child) => {
    if (isElement(child)) mapTree(child, visit);
    return visit(child);
  });
}

/** Moves the notes out of the body into one numbered list, renumbering markers in reading order. */
function gatherNotes(root: HtmlElement): HtmlElement | null {
  const notes = new Map<string, HtmlElement>();
  for (const li of findAll(root, (e) => e.name === "li" && NOTE_ID.test(e.attrs.id ?? "")))
    notes.set(li.attrs.id, li);
  if (notes.size === 0) return null;
  mapTree(root, (child) =>
    isElement(child) &&
    child.name === "ol" &&
    child.children.some((c) => isElement(c) && notes.has(c.attrs.id ?? ""))
      ? []
      : [child],
  );
  const order: HtmlElement[] = [];
  mapTree(root, (child) => {
    if (!isElement(child) || child.name !== "a") return [child];
    const ref = NOTE_REF.exec(child.attrs.href ?? "");
    const note = ref && notes.get(`${ref[1]}-${ref[2]}`);
    if (!note) return [child];
    if (!order.includes(note)) order.push(note);
    return [`[${order.indexOf(note) + 1}]`];
  });
  const items = order.map((li) => {
    mapTree(li, (c) => (isElement(c) && c.name === "a" && BACK_LINK.test(c.attrs.href ?? "") ? [] : [c]));
    return { name: "li", attrs: {}, children: li.children } satisfies HtmlElement;
  });
  return { name: "ol", attrs: {}, children: items };
}

/** A picture's paragraph becomes a <figure>, with the Caption paragraph right after it. */
function readPictures(root: HtmlElement): void {
  mapTree(root, (child) => {
    if (!isElement(child) || child.name !== "p") return [child];
    const img = findElement(child, (e) => e.name === "img");
    if (!img) return [child];
    const rest = { ...child, children: child.children.filter((c) => c !== img) };
    const figure: HtmlElement = { name: "figure", attrs: {}, children: [img] };
    return textContent(rest) ? [figure, rest] : [figure];
  });
  for (const parent of findAll(root, () => true).concat(root)) {
    parent.children = parent.children.filter((c, i, all) => {
      const before = all[i - 1];
      if (
        !isElement(c) ||
        !hasClass(c, "caption") ||
        !before ||
        !isElement(before) ||
        before.name !== "figure"
      )
        return true;
      before.children.push({ name: "figcaption", attrs: {}, children: c.children });
      return false;
    });
  }
}

/** Takes the first element matching `test` out of the body and returns its text. */
function takeFirst(root: HtmlElement, test: (e: HtmlElement) => boolean): string {
  const found = findElement(root, test);
  if (!found) return "";
  mapTree(root, (c) => (c === found ? [] : [c]));
  return textContent(found);
}

export function readWordHtml(root: HtmlElement): ImportedWordFile {
  const notes = gatherNotes(root);
  readPictures(root);
  const firstBlock = root.children.find((c) => isElement(c) || c.trim() !== "");
  const headline =
    takeFirst(root, (e) => e.name === "h1" && hasClass(e, "title")) ||
    (firstBlock && isElement(firstBlock) && firstBlock.name === "h1"
      ? takeFirst(root, (e) => e === firstBlock)
      : "");
  const dek = takeFirst(root, (e) => e.name === "p" && hasClass(e, "dek"));
  const blocks = readBlocks(root);
  if (notes) {
    blocks.push(
      ...readBlocks({
        name: "div",
        attrs: {},
        children: [{ name: "h2", attrs: {}, children: ["Notes"] }, notes],
      }),
    );
  }
  return { headline, dek, body: blocks.length > 0 ? body(blocks) : emptyBody() };
}
