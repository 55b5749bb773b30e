// Markdown (from developers' tools, wikis, email) read with markdown-it, a CommonMark parser.
// YAML front matter gives the headline, dek, byline, dateline, section and tags; without a
// title there, a first "# Heading" is the headline and leaves the body.
import MarkdownIt from "markdown-it";
import { parse as parseYaml } from "yaml";
import { body, emptyBody } from "../../document/build.ts";
import type { StoryDetails } from "../../article/details.ts";
import type { ArticleBody } from "../../document/nodes.ts";
import { readBlocks } from "../html/blocks.ts";
import { type ParseHtml, parseTree } from "../html/dom.ts";
import { findElement, textContent } from "../html/tree.ts";

export interface ImportedMarkdown extends StoryDetails {
  body: ArticleBody;
}

const FRONT_MATTER = /^\ufeff?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\r?\n?/;

// Raw HTML inside Markdown is shown as text, not run: nothing from the file reaches the page unread.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

type FrontMatter = Record<string, unknown>;

function readFrontMatter(text: string): { fields: FrontMatter; rest: string } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { fields: {}, rest: text };
  try {
    const parsed: unknown = parseYaml(match[1]);
    const fields = typeof parsed === "object" && parsed !== null ? (parsed as FrontMatter) : {};
    return { fields, rest: text.slice(match[0].length) };
  } catch {
    return { fields: {}, rest: text }; // not YAML after all: keep every word as text
  }
}

const field = (fields: FrontMatter, ...names: string[]): string => {
  for (const name of names) {
    const value = fields[name];
    if (typeof value === "string" || typeof value === "number") return String(value).trim();
    if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.join(" and ");
  }
  return "";
};

function tagsOf(fields: FrontMatter): string[] {
  const value = fields.tags ?? fields.keywords;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === "string"
    ? value
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean)
    : [];
}

export function readMarkdown(text: string, parse: ParseHtml): ImportedMarkdown {
  const { fields, rest } = readFrontMatter(text);
  const tree = parseTree(markdown.render(rest), parse);
  const root = findElement(tree, (e) => e.name === "body") ?? tree;
  let headline = field(fields, "title", "headline");
  if (!headline) {
    const first = root.children.find((c) => typeof c !== "string");
    if (first && typeof first !== "string" && first.name === "h1") {
      headline = textContent(first);
      root.children = root.children.filter((c) => c !== first);
    }
  }
  const blocks = readBlocks(root);
  return {
    headline,
    dek: field(fields, "dek", "description", "subtitle", "summary"),
    byline: field(fields, "byline", "author", "authors"),
    dateline: field(fields, "dateline"),
    section: field(fields, "section", "category"),
    tags: tagsOf(fields),
    body: blocks.length ? body(blocks) : emptyBody(),
  };
}
