// Block-level HTML back into body blocks. Knows the exporter's shapes (<aside class="pullquote">,
// <figure> with <small class="credit">, nested lists inside <li>) and reads plain clean HTML too:
// wrappers such as <div> and <section> are looked through, loose inline content becomes a paragraph.
import { paragraph, textNode } from "../../document/build.ts";
import type {
  BlockNodeJSON,
  FigureNodeJSON,
  HeadingNodeJSON,
  InlineNodeJSON,
  ListItemNodeJSON,
  ListNodeJSON,
} from "../../document/nodes.ts";
import { finishInline, inlineHasWords, readInline } from "./inline.ts";
import { findAll, findElement, hasClass, textContent } from "./tree.ts";
import type { HtmlElement, HtmlNode } from "./tree.ts";

/** Blocks that carry no story text (page chrome, scripts, forms, tables), passed over whole. */
const SKIPPED = new Set([
  "header",
  "nav",
  "footer",
  "script",
  "style",
  "template",
  "hr",
  "form",
  "head",
  "title",
  "meta",
  "link",
  "noscript",
]);

/** Elements that start a block; the rest is inline content. */
const BLOCK_TAGS = new Set([
  ...SKIPPED,
  "table",
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "aside",
  "ul",
  "ol",
  "figure",
  "img",
  "div",
  "section",
  "main",
  "article",
  "pre",
  "body",
  "html",
  "dl",
  "address",
  "figcaption",
]);

const LINEBREAK: InlineNodeJSON = { type: "linebreak", version: 1 };

function isElement(node: HtmlNode): node is HtmlElement {
  return typeof node !== "string";
}

/** Inline content of a container whose paragraphs fold into one block, separated by line breaks. */
function foldParagraphs(children: HtmlNode[]): InlineNodeJSON[] {
  const out: InlineNodeJSON[] = [];
  for (const child of children) {
    if (isElement(child) && child.name === "p") {
      const inline = finishInline(readInline(child.children));
      if (!inlineHasWords(inline)) continue;
      if (out.length > 0) out.push({ ...LINEBREAK });
      out.push(...inline);
    } else {
      out.push(...readInline([child]));
    }
  }
  return finishInline(out);
}

function readHeading(element: HtmlElement): HeadingNodeJSON | null {
  const rank = Math.min(4, Math.max(2, Number(element.name.slice(1))));
  const children = finishInline(readInline(element.children));
  if (!inlineHasWords(children)) return null;
  return {
    type: "heading",
    version: 1,
    tag: `h${rank}` as HeadingNodeJSON["tag"],
    children,
    direction: "ltr",
    format: "",
    indent: 0,
  };
}

function readList(element: HtmlElement): ListNodeJSON {
  const listType = element.name === "ol" ? "number" : "bullet";
  const start = Number.parseInt(element.attrs.start ?? "", 10);
  const first = listType === "number" && Number.isInteger(start) ? start : 1;
  const items: ListItemNodeJSON[] = [];
  let value = first;
  const item = (children: ListItemNodeJSON["children"]): ListItemNodeJSON => ({
    type: "listitem",
    version: 1,
    value: value++,
    children,
    direction: "ltr",
    format: "",
    indent: 0,
  });
  for (const li of element.children) {
    if (!isElement(li) || li.name !== "li") continue;
    const nested = li.children.filter(
      (c): c is HtmlElement => isElement(c) && (c.name === "ul" || c.name === "ol"),
    );
    const inline = finishInline(readInline(li.children.filter((c) => !nested.includes(c as HtmlElement))));
    if (inlineHasWords(inline) || nested.length === 0) items.push(item(inline));
    // Lexical keeps a sub-list in its own item after the parent item.
    for (const sub of nested) items.push(item([readList(sub)]));
  }
  return {
    type: "list",
    version: 1,
    listType,
    start: first,
    tag: element.name === "ol" ? "ol" : "ul",
    children: items,
  };
}

function withoutElement(node: HtmlElement, drop: HtmlElement | null): HtmlElement {
  return {
    ...node,
    children: node.children
      .filter((c) => c !== drop)
      .map((c) => (isElement(c) ? withoutElement(c, drop) : c)),
  };
}

function readFigure(element: HtmlElement): FigureNodeJSON | null {
  const img = element.name === "img" ? element : findElement(element, (e) => e.name === "img");
  if (!img) return null;
  const figcaption = findElement(element, (e) => e.name === "figcaption");
  const credit = figcaption ? findElement(figcaption, (e) => hasClass(e, "credit")) : null;
  return {
    type: "figure",
    version: 1,
    src: img.attrs.src ?? "",
    alt: img.attrs.alt ?? "",
    caption: figcaption ? textContent(withoutElement(figcaption, credit)) : "",
    credit: credit ? textContent(credit) : "",
  };
}

function pictureParagraph(p: HtmlElement): FigureNodeJSON[] {
  const figures = findAll(p, (e) => e.name === "img").map((img) => readFigure(img));
  return figures.filter((f): f is FigureNodeJSON => f !== null && f.src !== "");
}

/** The exporter's <aside> pull quote, its attribution in a <footer> or <cite>. */
function readPullQuote(aside: HtmlElement): BlockNodeJSON | null {
  const footer = aside.children.find(
    (c): c is HtmlElement => isElement(c) && (c.name === "footer" || c.name === "cite"),
  );
  const children = foldParagraphs(aside.children.filter((c) => c !== footer));
  const attribution = footer ? textContent(footer).replace(/^[\u2014\u2013-]\s*/u, "") : "";
  if (!inlineHasWords(children)) return null;
  return { type: "pullquote", version: 1, attribution, children, direction: "ltr", format: "", indent: 0 };
}

/** The rows of a table (not of tables inside it), each a list of cells. */
function tableRows(table: HtmlElement): HtmlElement[][] {
  const rows: HtmlElement[][] = [];
  const walk = (node: HtmlElement) => {
    for (const child of node.children) {
      if (!isElement(child) || child.name === "table") continue;
      if (child.name === "tr")
        rows.push(
          child.children.filter(
            (c): c is HtmlElement => isElement(c) && (c.name === "td" || c.name === "th"),
          ),
        );
      else walk(child);
    }
  };
  walk(table);
  return rows;
}

/** A table comes in as one paragraph per row, its cells set apart by " | ". */
function readTable(table: HtmlElement): BlockNodeJSON[] {
  const SEPARATOR = " | ";
  return tableRows(table).flatMap((cells) => {
    const inline: InlineNodeJSON[] = [];
    cells.forEach((cell, i) => {
      const words = foldParagraphs(cell.children).map((n) => (n.type === "linebreak" ? textNode(" ") : n));
      if (i > 0) inline.push(textNode(SEPARATOR));
      inline.push(...words);
    });
    const finished = finishInline(inline);
    return inlineHasWords(finished) ? [paragraph(finished)] : [];
  });
}

export function readBlocks(container: HtmlElement): BlockNodeJSON[] {
  const blocks: BlockNodeJSON[] = [];
  let loose: HtmlNode[] = [];
  const flushLoose = () => {
    const inline = finishInline(readInline(loose));
    if (inlineHasWords(inline)) blocks.push(paragraph(inline));
    loose = [];
  };

  for (const child of container.children) {
    if (!isElement(child) || !BLOCK_TAGS.has(child.name)) {
      loose.push(child);
      continue;
    }
    flushLoose();
    if (SKIPPED.has(child.name)) continue;
    switch (child.name) {
      case "p":
      case "pre":
      case "address": {
        const inline = finishInline(readInline(child.children));
        if (inlineHasWords(inline)) blocks.push(paragraph(inline));
        // A paragraph that is only a picture (Markdown's ![alt](src), many CMSs) is a figure.
        else blocks.push(...pictureParagraph(child));
        break;
      }
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6": {
        const heading = readHeading(child);
        if (heading) blocks.push(heading);
        break;
      }
      case "blockquote": {
        const children = foldParagraphs(child.children);
        if (inlineHasWords(children))
          blocks.push({ type: "quote", version: 1, children, direction: "ltr", format: "", indent: 0 });
        break;
      }
      case "aside": {
        const pullQuote = readPullQuote(child);
        if (pullQuote) blocks.push(pullQuote);
        break;
      }
      case "ul":
      case "ol": {
        const list = readList(child);
        if (list.children.length > 0) blocks.push(list);
        break;
      }
      case "table":
        blocks.push(...readTable(child));
        break;
      case "figure":
      case "img": {
        const figure = readFigure(child);
        if (figure) blocks.push(figure);
        break;
      }
      default:
        blocks.push(...readBlocks(child)); // div, section, main, article, body, html, …
    }
  }
  flushLoose();
  return blocks;
}
