// What the exports contain and, as importantly, what they never contain.
import { describe, expect, it } from "vitest";
import { body, paragraph, textNode } from "../document/build.ts";
import { kitchenSink, kitchenSinkSources, PRIVATE_NOTE, SIGN_OFF } from "./fixtures/kitchenSink.ts";
import { exportFragment, exportHtmlPage, exportNinjs, typesetText } from "./index.ts";
import type { ExportArticle, ExportOptions } from "./index.ts";

const ALL_ON: ExportOptions = {
  quoteAttributes: true,
  quotationJsonLd: true,
  includePeople: true,
  canonicalUrl: "https://news.example.com/world/karabakh",
};

function jsonLd(html: string): Record<string, unknown> {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error("no JSON-LD");
  return JSON.parse(match[1]) as Record<string, unknown>;
}

function metaContents(html: string, key: string): string[] {
  const re = new RegExp(`<meta (?:name|property)="${key.replace(/[.:]/g, "\\$&")}" content="([^"]*)">`, "g");
  return [...html.matchAll(re)].map((m) => m[1]);
}

function everyExport(article: ExportArticle, options: ExportOptions): string[] {
  return [
    exportHtmlPage(article, kitchenSinkSources, options),
    exportFragment(article, kitchenSinkSources, options),
    JSON.stringify(exportNinjs(article, kitchenSinkSources, options)),
  ];
}

describe("never exported", () => {
  const outputs = [{}, ALL_ON, { ...ALL_ON, typography: false }].flatMap((o) => everyExport(kitchenSink, o));

  it("private source notes, contact details and review sign-offs", () => {
    for (const out of outputs) {
      expect(out).not.toContain("PRIVATE-NOTE");
      expect(out).not.toContain("555-0100");
      expect(out).not.toContain("secret-line@example.org");
      expect(out).not.toContain(SIGN_OFF);
      expect(out).not.toContain("contactNotes");
    }
    expect(PRIVATE_NOTE).toContain("555-0100"); // the fixture really carries the secret
  });

  it("editor internals: Lexical classes, data-lexical, inline styles, empty elements", () => {
    for (const out of outputs) {
      expect(out).not.toMatch(/data-lexical/i);
      expect(out).not.toMatch(/PlaygroundEditorTheme/);
      expect(out).not.toMatch(/\sstyle=/);
      expect(out).not.toMatch(/color: red/);
      expect(out).not.toMatch(/<span>/);
      expect(out).not.toMatch(/<(p|span|strong|em|li|ul|ol|h\d)(\s[^>]*)?>\s*<\/\1>/);
    }
  });
});

describe("escaping", () => {
  const page = exportHtmlPage(kitchenSink, kitchenSinkSources, ALL_ON);

  it("a hostile headline is text everywhere", () => {
    expect(page).not.toContain("<script>alert");
    expect(page).toContain(
      "<h1>Baku\u2019s \u201canti-terror\u201d push &amp; &lt;script&gt;alert(1)&lt;/script&gt;",
    );
    expect(page.match(/<script/g)).toHaveLength(1); // only the JSON-LD block
    expect(page.match(/<\/script>/g)).toHaveLength(1);
    expect(page).toContain('data-source-name="Ruben &quot;Ruen&quot; Vardanyan &lt;former minister&gt;"');
  });

  it("JSON-LD escapes < so </script> cannot break out, and still parses to the same text", () => {
    const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)![1];
    expect(script).not.toContain("<");
    expect(script).toContain("\\u003c/script\\u003e");
    expect(jsonLd(page).headline).toBe(typesetText(kitchenSink.headline));
  });

  it("escapes with typography off too", () => {
    const plain = exportHtmlPage(kitchenSink, [], { typography: false });
    expect(plain).toContain(
      `<h1>Baku's "anti-terror" push &amp; &lt;script&gt;alert(1)&lt;/script&gt; -- what's next?</h1>`,
    );
    expect(plain).toContain("content=\"Baku's &quot;anti-terror&quot; push &amp; &lt;script&gt;");
  });
});

const page = exportHtmlPage(kitchenSink, kitchenSinkSources, { canonicalUrl: ALL_ON.canonicalUrl });

describe("page content: header, meta and JSON-LD", () => {
  it("has the header: headline, dek, byline, dateline and times", () => {
    expect(page).toMatch(/<html lang="en">/);
    expect(page).toContain('<p class="dek">Azerbaijan says it launched an operation; Armenia\u2019s leaders');
    expect(page).toContain('<p class="byline">By Ana Ruiz and Li Wei</p>');
    expect(page).toContain('<p class="dateline">BAKU, Azerbaijan</p>');
    expect(page).toContain('<time class="published" datetime="2023-09-19T09:15:00Z">');
    expect(page).toContain('<time class="updated" datetime="2023-09-19T12:30:00Z">');
  });

  it("has the meta a CMS and a social card read", () => {
    expect(metaContents(page, "description")[0]).toMatch(/^Azerbaijan says/);
    expect(metaContents(page, "author")).toEqual(["Ana Ruiz, Li Wei"]);
    expect(metaContents(page, "og:type")).toEqual(["article"]);
    expect(metaContents(page, "og:title")).toHaveLength(1);
    expect(metaContents(page, "og:description")).toHaveLength(1);
    expect(metaContents(page, "article:published_time")).toEqual(["2023-09-19T09:15:00Z"]);
    expect(metaContents(page, "article:section")).toEqual(["World &amp; Europe"]);
    expect(metaContents(page, "article:tag")).toEqual(["Azerbaijan", "Karabakh", "Q&amp;A &lt;b&gt;"]);
    expect(metaContents(page, "twitter:card")).toEqual(["summary_large_image"]);
    expect(metaContents(page, "og:url")).toEqual(["https://news.example.com/world/karabakh"]);
  });

  it("has NewsArticle JSON-LD", () => {
    const data = jsonLd(page);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      description: typesetText(kitchenSink.dek),
      author: [
        { "@type": "Person", name: "Ana Ruiz" },
        { "@type": "Person", name: "Li Wei" },
      ],
      dateline: "BAKU, Azerbaijan",
      datePublished: "2023-09-19T09:15:00Z",
      dateModified: "2023-09-19T12:30:00Z",
      articleSection: "World & Europe",
      keywords: ["Azerbaijan", "Karabakh", "Q&A <b>"],
    });
    expect(data.wordCount).toBeGreaterThan(60);
    expect(data.hasPart).toBeUndefined();
  });
});

describe("page content: the story", () => {
  it("renders every node type", () => {
    expect(page).toContain("<em>\u201canti-terrorist\u201d</em>");
    expect(page).toContain("<strong>Karabakh</strong>");
    expect(page).toContain("<s>Struck</s> <u>under</u> H<sub>2</sub>O and E=mc<sup>2</sup>");
    expect(page).toContain('<code>--verbose "raw"</code>'); // code is never typeset
    expect(page).toContain("<br>Then:");
    expect(page).toContain(
      '<ol start="3"><li>Shelling begins</li><li>Corridors open<ul><li>Lachin road</li>',
    );
    expect(page).toContain("<blockquote><p>\u201cThe Russian side urges");
    expect(page).toContain(
      '<aside class="pullquote" aria-label="Pull quote"><p>\u201cEnd the bloodshed\u201d</p><footer>Maria Zakharova</footer></aside>',
    );
    expect(page).toContain(
      '<img src="https://images.example.com/karabakh%20road.jpg" alt="A damaged road with &quot;mine&quot; warning signs">',
    );
    expect(page).toContain(
      '<figcaption>The Fuzuli-Shusha road \u2014 after the blast\u2026 <small class="credit">Photo: AFP &amp; Staff</small></figcaption>',
    );
  });

  it("never skips a heading rank", () => {
    const ranks = [...page.matchAll(/<h(\d)>/g)].map((m) => Number(m[1]));
    expect(ranks).toEqual([1, 2, 3, 3]); // the stored h4 after an h2 comes out as h3
  });

  it("keeps only http, https and mailto links, with rel=noopener on web links", () => {
    expect(page).toContain(
      '<a href="https://example.com/a?b=1&amp;c=2" rel="noopener"><strong>ministry statement</strong></a>',
    );
    expect(page).toContain('<a href="mailto:desk@example.com">email the desk</a>');
    expect(page).toContain(", or click here or here or there or data.");
    expect(page).not.toMatch(/javascript:|data:text|\/relative\/path/i);
    expect(page.match(/<a /g)).toHaveLength(2);
  });

  it("the fragment is the page's body without the page", () => {
    const fragment = exportFragment(kitchenSink, kitchenSinkSources);
    expect(fragment.startsWith("<p>")).toBe(true);
    expect(fragment).not.toMatch(/<html|<head|<h1|<meta/);
    expect(page).toContain(`<div class="story-body">\n${fragment}\n</div>`);
  });

  it("drops empty paragraphs and empty text runs", () => {
    const html = exportFragment({
      ...kitchenSink,
      body: body([paragraph([]), paragraph([textNode(" ")]), paragraph("x")]),
    });
    expect(html).toBe("<p>x</p>");
  });
});

describe("tagged quotations", () => {
  it("leave no wrapper at all by default", () => {
    const html = exportHtmlPage(kitchenSink, kitchenSinkSources);
    expect(html).not.toMatch(/class="quote"|data-quote-id|data-source/);
    expect(html).toContain("<p>\u201cMass shelling has started here,\u201d Vardanyan said on Telegram.");
  });

  it("with quoteAttributes, wrap confirmed quotations only, naming the source", () => {
    const html = exportFragment(kitchenSink, kitchenSinkSources, { quoteAttributes: true });
    expect(html).toContain(
      '<span class="quote" data-quote-id="q-3" data-source-id="src-zakharova" data-source-name="Maria Zakharova">\u201cThe Russian side',
    );
    expect(html).toContain('data-quote-id="q-1"');
    expect(html).not.toContain('data-quote-id="q-2"'); // only suggested by detection
    expect(html).toContain("Then: \u201cend bloodshed\u201d.");
  });

  it("with quotationJsonLd, list them as schema.org Quotation parts", () => {
    const data = jsonLd(exportHtmlPage(kitchenSink, kitchenSinkSources, { quotationJsonLd: true }));
    expect(data.hasPart).toEqual([
      expect.objectContaining({
        "@type": "Quotation",
        text: "Mass shelling has started here",
        spokenByCharacter: expect.objectContaining({ "@type": "Person", name: kitchenSinkSources[1].name }),
      }),
      expect.objectContaining({
        "@type": "Quotation",
        text: "The Russian side urges an end to the bloodshed.",
        creator: expect.objectContaining({
          name: "Maria Zakharova",
          jobTitle: "Foreign ministry spokeswoman",
        }),
      }),
    ]);
  });
});

describe("typography switch", () => {
  it("typesets prose by default and keeps the editor's characters when off", () => {
    const on = exportFragment(kitchenSink);
    const off = exportFragment(kitchenSink, [], { typography: false });
    expect(on).toContain("\u2014 the fighting of the \u201990s\u2026 returns.");
    expect(off).toContain(" -- the fighting of the '90s...  returns.");
    expect(on).toContain("She said \u2018no\u2019 to \u201c\u2018quoted\u2019 words\u201d \u2014 twice.");
  });

  it("never touches addresses", () => {
    const article = {
      ...kitchenSink,
      body: body([
        paragraph([
          {
            type: "link",
            version: 1,
            url: "https://ex.com/a--b/it's...x",
            children: [textNode("it's -- here")],
          },
        ]),
      ]),
    } satisfies ExportArticle;
    expect(exportFragment(article)).toBe(
      '<p><a href="https://ex.com/a--b/it\'s...x" rel="noopener">it\u2019s \u2014 here</a></p>',
    );
  });
});

describe("dates", () => {
  it("publishes RFC 3339 date-times, normalises other dates and drops non-dates", () => {
    const article = { ...kitchenSink, publishedAt: "2023-09-19T10:15Z", updatedAt: "not a date" };
    const page = exportHtmlPage(article);
    expect(page).toContain('<time class="published" datetime="2023-09-19T10:15:00.000Z">');
    expect(page).not.toContain('class="updated"');
    expect(metaContents(page, "article:modified_time")).toEqual([]);
    expect(jsonLd(page).dateModified).toBeUndefined();
    expect(exportNinjs(article).versioncreated).toBeUndefined();
  });
});
