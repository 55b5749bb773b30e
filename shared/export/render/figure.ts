// A photo or graphic with its caption and credit. A figure whose image address is unsafe is
// left out whole: a caption without its picture would describe nothing.
import type { FigureNodeJSON } from "../../document/nodes.ts";
import { escapeAttr, escapeText } from "../escape.ts";
import { safeImageSrc } from "../url.ts";

export function renderFigure(node: FigureNodeJSON): string {
  const src = safeImageSrc(node.src);
  if (src === null) return "";
  const caption = node.caption.trim();
  const credit = node.credit.trim();
  const parts: string[] = [];
  if (caption) parts.push(escapeText(caption));
  if (credit) parts.push(`<small class="credit">${escapeText(credit)}</small>`);
  const figcaption = parts.length > 0 ? `<figcaption>${parts.join(" ")}</figcaption>` : "";
  // The picture's size, when known, so the page keeps its place while the picture loads.
  const size =
    node.width && node.height ? ` width="${Math.round(node.width)}" height="${Math.round(node.height)}"` : "";
  return `<figure><img src="${escapeAttr(src)}" alt="${escapeAttr(node.alt.trim())}"${size}>${figcaption}</figure>`;
}
