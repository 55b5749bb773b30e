// A small HTML tokenizer for reading pages back without a DOM: start and end tags with their
// attributes (double-, single- or un-quoted, or bare), text with character references decoded,
// raw text inside <script> and <style>. Comments, doctypes and processing instructions are skipped.
import { decodeEntities } from "./entities.ts";

export type HtmlToken =
  | { kind: "start"; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { kind: "end"; name: string }
  | { kind: "text"; text: string };

const RAW_TEXT = new Set(["script", "style"]);
const ESCAPABLE_RAW_TEXT = new Set(["title", "textarea"]);

function skipPast(html: string, from: number, marker: string): number {
  const at = html.indexOf(marker, from);
  return at === -1 ? html.length : at + marker.length;
}

export function tokenize(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let text = "";
  let i = 0;
  const flushText = () => {
    if (text !== "") tokens.push({ kind: "text", text: decodeEntities(text) });
    text = "";
  };

  while (i < html.length) {
    const c = html[i];
    if (c !== "<") {
      text += c;
      i++;
      continue;
    }
    if (html.startsWith("<!--", i)) {
      flushText();
      i = skipPast(html, i + 4, "-->");
      continue;
    }
    if (html[i + 1] === "!" || html[i + 1] === "?") {
      flushText();
      i = skipPast(html, i + 2, ">");
      continue;
    }
    const end = html[i + 1] === "/";
    const nameMatch = /^[A-Za-z][A-Za-z0-9-]*/.exec(html.slice(i + (end ? 2 : 1), i + (end ? 2 : 1) + 64));
    if (!nameMatch) {
      text += c; // a lone "<" in text
      i++;
      continue;
    }
    flushText();
    const name = nameMatch[0].toLowerCase();
    i += (end ? 2 : 1) + nameMatch[0].length;
    if (end) {
      i = skipPast(html, i, ">");
      tokens.push({ kind: "end", name });
      continue;
    }
    const { attrs, selfClosing, next } = readAttributes(html, i);
    i = next;
    tokens.push({ kind: "start", name, attrs, selfClosing });
    if (RAW_TEXT.has(name) || ESCAPABLE_RAW_TEXT.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      const stop = close === -1 ? html.length : close;
      const content = html.slice(i, stop);
      if (content !== "") {
        tokens.push({ kind: "text", text: RAW_TEXT.has(name) ? content : decodeEntities(content) });
      }
      i = stop;
    }
  }
  flushText();
  return tokens;
}

function readAttributes(
  html: string,
  from: number,
): { attrs: Record<string, string>; selfClosing: boolean; next: number } {
  const attrs: Record<string, string> = {};
  let i = from;
  for (;;) {
    while (i < html.length && /[\s/]/.test(html[i]) && !html.startsWith("/>", i)) i++;
    if (i >= html.length) return { attrs, selfClosing: false, next: i };
    if (html.startsWith("/>", i)) return { attrs, selfClosing: true, next: i + 2 };
    if (html[i] === ">") return { attrs, selfClosing: false, next: i + 1 };
    const nameMatch = /^[^\s"'>/=]+/.exec(html.slice(i, i + 256));
    if (!nameMatch) {
      i++;
      continue;
    }
    const name = nameMatch[0].toLowerCase();
    i += nameMatch[0].length;
    while (/\s/.test(html[i] ?? "")) i++;
    let value = "";
    if (html[i] === "=") {
      i++;
      while (/\s/.test(html[i] ?? "")) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        const stop = close === -1 ? html.length : close;
        value = html.slice(i + 1, stop);
        i = stop + 1;
      } else {
        const match = /^[^\s>]*/.exec(html.slice(i))!;
        value = match[0];
        i += value.length;
      }
    }
    if (!(name in attrs)) attrs[name] = decodeEntities(value); // the first of duplicates wins, as in browsers
  }
}
