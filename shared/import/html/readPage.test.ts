// Round trip: export a story, read the page back, and get the same text, structure and metadata
// (exact text with typography off; the typeset text with it on).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ArticleBody, BlockNodeJSON, InlineNodeJSON, ListNodeJSON } from "../../document/nodes.ts";
import { kitchenSink, kitchenSinkSources } from "../../export/fixtures/kitchenSink.ts";
import { articleFromSeedText } from "../../export/fixtures/seed.ts";
import {
  exportFragment,
  exportHtmlPage,
  safeLinkHref,
  typesetBody,
  typesetText,
} from "../../export/index.ts";
import type { ExportArticle } from "../../export/index.ts";
import { parseHtml } from "./parse.test-support.ts";
import { readExportedPage as readWith } from "./readPage.ts";

const readExportedPage = (html: string) => readWith(html, parseHtml);

const seed = articleFromSeedText(
  readFileSync(join(import.meta.dirname, "../../export/fixtures/press-tv-karabakh.txt"), "utf8"),
);

// Published format bits (highlight and other editor-only bits are not exported).
const FORMATS = 127;

type Run =
  | { text: string; format: number }
  | { br: true }
  | { link: string; runs: Run[] }
  | { quote: string; source: string | null; runs: Run[] };

// A comparable outline of inline content: publishable links only, quotation wrappers kept only
// when asked, adjacent runs of one format merged, empty runs dropped.
function runs(nodes: InlineNodeJSON[], quotes: boolean): Run[] {
  const out: Run[] = [];
  const push = (run: Run) => {
    const last = out[out.length - 1];
    if ("text" in run && last && "text" in last && last.format === run.format) last.text += run.text;
    else out.push(run);
  };
  for (const node of nodes) {
    if (node.type === "text") {
      if (node.text !== "") push({ text: node.text, format: node.format & FORMATS });
    } else if (node.type === "linebreak") {
      out.push({ br: true });
    } else if (node.type === "link") {
      const href = safeLinkHref(node.url);
      const inner = runs(node.children, quotes);
      if (href && inner.length > 0) out.push({ link: href, runs: inner });
      else inner.forEach(push);
    } else if (quotes && node.status === "confirmed") {
      out.push({ quote: node.quoteId, source: node.sourceId, runs: runs(node.children, quotes) });
    } else {
      runs(node.children, quotes).forEach(push);
    }
  }
  return out;
}

function hasText(r: Run[]): boolean {
  return r.some((x) => ("text" in x ? x.text.trim() !== "" : "runs" in x && hasText(x.runs)));
}

function listOutline(list: ListNodeJSON, quotes: boolean): unknown {
  return {
    list: list.listType,
    start: list.start,
    items: list.children
      .map((item) => ({
        runs: runs(
          item.children.filter((c): c is InlineNodeJSON => c.type !== "list"),
          quotes,
        ),
        sub: item.children
          .filter((c): c is ListNodeJSON => c.type === "list")
          .map((l) => listOutline(l, quotes)),
      }))
      .filter((i) => hasText(i.runs) || i.sub.length > 0),
  };
}

function blockOutline(block: BlockNodeJSON, quotes: boolean): unknown {
  switch (block.type) {
    case "list":
      return listOutline(block, quotes);
    case "figure":
      return {
        figure: safeLinkHref(block.src),
        alt: block.alt,
        caption: block.caption,
        credit: block.credit,
      };
    case "heading":
      return { heading: block.tag, runs: runs(block.children, quotes) };
    case "pullquote":
      return { pullquote: block.attribution, runs: runs(block.children, quotes) };
    default:
      return { [block.type]: true, runs: runs(block.children, quotes) };
  }
}

function outline(body: ArticleBody, quotes = false): unknown[] {
  return body.root.children
    .map((b) => blockOutline(b, quotes))
    .filter((b) => {
      const r = (b as { runs?: Run[] }).runs;
      return r === undefined || hasText(r);
    });
}

function expectedMetadata(article: ExportArticle, typography: boolean) {
  const t = typography ? typesetText : (s: string) => s;
  return {
    headline: t(article.headline.trim()),
    dek: t(article.dek.trim()),
    byline: t(article.byline.trim()),
    dateline: t(article.dateline.trim()),
    section: article.section,
    tags: article.tags,
    publishedAt: article.publishedAt,
    updatedAt: article.updatedAt,
  };
}

// The exporter never skips a heading rank: the kitchen sink's stored h4 (straight after an h2)
// is published as h3, so that is what comes back.
function withPublishedRanks(items: unknown[]): unknown[] {
  return items.map((b) =>
    (b as { heading?: string }).heading === "h4" ? { ...(b as object), heading: "h3" } : b,
  );
}

describe("readExportedPage round trip", () => {
  for (const [name, article] of [
    ["seed", seed],
    ["kitchen sink", kitchenSink],
  ] as const) {
    for (const typography of [false, true]) {
      it(`${name}, typography ${typography ? "on" : "off"}: same text, structure and metadata`, () => {
        const page = exportHtmlPage(article, kitchenSinkSources, { typography });
        const read = readExportedPage(page);
        const { body, ...metadata } = read;
        expect(metadata).toEqual(expectedMetadata(article, typography));
        const source = typography ? typesetBody(article.body) : article.body;
        expect(outline(body)).toEqual(withPublishedRanks(outline(source)));
      });
    }
  }

  it("brings tagged quotations back when they were exported with attributes", () => {
    const read = readExportedPage(exportHtmlPage(kitchenSink, kitchenSinkSources, { quoteAttributes: true }));
    expect(outline(read.body, true)).toEqual(
      withPublishedRanks(outline(typesetBody(kitchenSink.body), true)),
    );
    const quotes = JSON.stringify(read.body).match(/"quoteId":"[^"]+"/g);
    expect(quotes).toEqual(['"quoteId":"q-1"', '"quoteId":"q-3"']);
  });

  it("reads a bare fragment", () => {
    const read = readExportedPage(exportFragment(kitchenSink, [], { typography: false }));
    expect(outline(read.body)).toEqual(withPublishedRanks(outline(kitchenSink.body)));
    expect(read.headline).toBe("");
  });

  it("the comparison can fail: a changed word or lost bold is noticed", () => {
    const page = exportHtmlPage(kitchenSink, [], { typography: false });
    const changed = readExportedPage(page.replace("<strong>Karabakh</strong>", "Karabakh"));
    expect(outline(changed.body)).not.toEqual(withPublishedRanks(outline(kitchenSink.body)));
  });
});

describe("reading similar clean HTML", () => {
  it("handles entities, unquoted and single-quoted attributes, void elements, implicit closes and comments", () => {
    const html = `<!doctype html><html><head><title>T &amp; U</title>
      <meta property='article:tag' content='a &quot;b&quot;'><meta name=author content=Someone>
      </head><body><article><header><h1>Rock &#x27;n&#39; roll &mdash; live</h1>
      <p class=byline>By <a href=/x>Ana</a></p></header>
      <!-- a comment <p>not text</p> -->
      <p>First
         line<br/>second &lt;tag&gt; &copy 2023 &unknown;
      <p>Second <b>bold <i>both</i></b> <a href='https://ex.com/?a=1&amp;b=2' title="T">link</a>
      <ul><li>one<li>two<ol start=4><li>sub</ol></ul>
      <div><section><h5>Deep</h5>Loose <em>text</em></section></div>
      <blockquote><p>Para one</p><p>Para two</p></blockquote>
      <figure><img src="a.jpg" alt="A"><figcaption>Cap <span class="credit">AP</span></figcaption></figure>
      </article></body></html>`;
    const read = readExportedPage(html);
    expect(read.headline).toBe("Rock 'n' roll \u2014 live");
    expect(read.byline).toBe("By Ana");
    expect(read.tags).toEqual(['a "b"']);
    expect(outline(read.body)).toEqual([
      {
        paragraph: true,
        runs: [
          { text: "First line", format: 0 },
          { br: true },
          { text: "second <tag> \u00a9 2023 &unknown;", format: 0 },
        ],
      },
      {
        paragraph: true,
        runs: [
          { text: "Second ", format: 0 },
          { text: "bold ", format: 1 },
          { text: "both", format: 3 },
          { text: " ", format: 0 },
          { link: "https://ex.com/?a=1&b=2", runs: [{ text: "link", format: 0 }] },
        ],
      },
      {
        list: "bullet",
        start: 1,
        items: [
          { runs: [{ text: "one", format: 0 }], sub: [] },
          { runs: [{ text: "two", format: 0 }], sub: [] },
          {
            runs: [],
            sub: [{ list: "number", start: 4, items: [{ runs: [{ text: "sub", format: 0 }], sub: [] }] }],
          },
        ],
      },
      { heading: "h4", runs: [{ text: "Deep", format: 0 }] },
      {
        paragraph: true,
        runs: [
          { text: "Loose ", format: 0 },
          { text: "text", format: 2 },
        ],
      },
      { quote: true, runs: [{ text: "Para one", format: 0 }, { br: true }, { text: "Para two", format: 0 }] },
      { figure: null, alt: "A", caption: "Cap", credit: "AP" },
    ]);
    expect((read.body.root.children.at(-1) as { src: string }).src).toBe("a.jpg");
  });

  it("keeps script and style content out of the text", () => {
    const read = readExportedPage(
      "<p>a</p><script>if (a < b) { x = '</p>' }</script><style>p{}</style><p>b</p>",
    );
    expect(read.body.root.children.map((b) => JSON.stringify(b))).toEqual([
      expect.stringContaining('"text":"a"'),
      expect.stringContaining('"text":"b"'),
    ]);
  });
});
