import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { kitchenSink } from "./fixtures/kitchenSink.ts";
import { exportHtmlPage, exportNinjs } from "./index.ts";
import type { ExportArticle } from "./index.ts";

const corrected: ExportArticle = {
  ...kitchenSink,
  corrections: [
    { text: "An earlier version gave the wrong date for the vote.", correctedAt: "2026-12-01T10:00:00Z" },
    { text: 'The mayor is "Ana Ruiz", not Ana Ruis.', correctedAt: "2026-12-02T09:30:00Z" },
  ],
};

const jsonLdOf = (html: string) =>
  JSON.parse(/<script type="application\/ld\+json">\n([\s\S]*?)\n<\/script>/.exec(html)![1]) as Record<
    string,
    unknown
  >;

describe("corrections in the export", () => {
  it("end the page in a Correction block, after the story, with their dates", () => {
    const html = exportHtmlPage(corrected);
    const block = /<aside class="correction"[\s\S]*?<\/aside>/.exec(html)?.[0] ?? "";
    expect(block).toContain("<h2>Correction</h2>");
    expect(block).toContain('<time datetime="2026-12-01T10:00:00Z">');
    expect(block).toContain("An earlier version gave the wrong date for the vote.");
    expect(block).toContain("The mayor is “Ana Ruiz”, not Ana Ruis.");
    expect(html.indexOf(block)).toBeGreaterThan(html.indexOf('<div class="story-body">'));
  });

  it("are carried in JSON-LD as correction and in ninjs", () => {
    const ld = jsonLdOf(exportHtmlPage(corrected));
    expect(ld.correction).toEqual([
      {
        "@type": "CorrectionComment",
        text: "An earlier version gave the wrong date for the vote.",
        datePublished: "2026-12-01T10:00:00Z",
      },
      expect.objectContaining({ "@type": "CorrectionComment", datePublished: "2026-12-02T09:30:00Z" }),
    ]);
    const item = exportNinjs(corrected);
    expect(item.ednote).toContain(
      "Correction (2026-12-01T10:00:00Z): An earlier version gave the wrong date",
    );
    expect(item.body_html).toContain('<aside class="correction"');
  });

  it("leave an uncorrected story as it was", () => {
    const html = exportHtmlPage(kitchenSink);
    expect(html).not.toContain('class="correction"');
    expect(jsonLdOf(html)).not.toHaveProperty("correction");
    expect(exportNinjs(kitchenSink)).not.toHaveProperty("ednote");
  });

  it("keep the page valid HTML", async () => {
    const report = await new HtmlValidate({ extends: ["html-validate:recommended"] }).validateString(
      exportHtmlPage(corrected),
    );
    expect(report.results.flatMap((r) => r.messages.map((m) => m.message))).toEqual([]);
  });
});
