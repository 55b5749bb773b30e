// Every exported page must pass the W3C Nu HTML Checker and html-validate's recommended rules
// with zero errors: the seed story and the kitchen sink, under every option combination.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { HtmlValidate } from "html-validate";
import { afterAll, describe, expect, it } from "vitest";
import { body, heading, paragraph, textNode } from "../document/build.ts";
import { articleFromSeedText } from "./fixtures/seed.ts";
import { kitchenSink, kitchenSinkSources } from "./fixtures/kitchenSink.ts";
import { exportHtmlPage } from "./index.ts";
import type { ExportArticle, ExportOptions, ExportSource } from "./index.ts";

const VNU_JAR = resolve(import.meta.dirname, "../../node_modules/vnu-jar/build/dist/vnu.jar");
const seed = articleFromSeedText(
  readFileSync(join(import.meta.dirname, "fixtures/press-tv-karabakh.txt"), "utf8"),
);

const draft: ExportArticle = {
  ...kitchenSink,
  publishedAt: null,
  byline: "",
  dek: "",
  tags: [],
  section: "",
};

// Shapes the kitchen sink does not cover: two pull quotes (two <aside>s), a captionless figure
// with a relative image and empty alt, a figure with an unsafe image, another language.
const variants: ExportArticle = {
  ...kitchenSink,
  language: "fr-CA",
  body: body([
    heading("Trois", "h3"),
    paragraph('Un "paragraphe" -- avec guillemets.'),
    { type: "pullquote", version: 1, attribution: "", children: [textNode("First pull quote")] },
    { type: "pullquote", version: 1, attribution: "B", children: [textNode("Second pull quote")] },
    { type: "figure", version: 1, src: "images/photo one.jpg", alt: "", caption: "", credit: "" },
    { type: "figure", version: 1, src: "javascript:alert(1)", alt: "x", caption: "Dropped", credit: "" },
    heading("Deux", "h2"),
    heading("Quatre", "h4"),
  ]),
};

const pages: { name: string; article: ExportArticle; sources: ExportSource[]; options: ExportOptions }[] = [
  { name: "seed", article: seed, sources: [], options: {} },
  { name: "seed-plain", article: seed, sources: [], options: { typography: false } },
  { name: "sink", article: kitchenSink, sources: kitchenSinkSources, options: {} },
  {
    name: "sink-all-options",
    article: kitchenSink,
    sources: kitchenSinkSources,
    options: {
      quoteAttributes: true,
      quotationJsonLd: true,
      canonicalUrl: "https://news.example.com/world/karabakh",
    },
  },
  { name: "sink-plain", article: kitchenSink, sources: kitchenSinkSources, options: { typography: false } },
  { name: "draft-bare", article: draft, sources: [], options: {} },
  { name: "variants", article: variants, sources: [], options: { quoteAttributes: true } },
];

const rendered = pages.map((p) => ({ ...p, html: exportHtmlPage(p.article, p.sources, p.options) }));
const dir = mkdtempSync(join(tmpdir(), "copydesk-export-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("exported pages are valid HTML", () => {
  it("pass the W3C Nu HTML Checker with zero errors", () => {
    const files = rendered.map((p) => {
      const file = join(dir, `${p.name}.html`);
      writeFileSync(file, p.html);
      return file;
    });
    // A control page with a known error proves the checker ran and its report was read.
    const control = join(dir, "control-broken.html");
    writeFileSync(control, rendered[0].html.replace("<h1>", "<h1><div>").replace("</h1>", "</div></h1>"));
    files.push(control);
    // One JVM for all pages; vnu exits non-zero when it reports errors, so read its output either way.
    let report: string;
    try {
      report = execFileSync("java", ["-jar", VNU_JAR, "--errors-only", "--format", "json", ...files], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
    } catch (error) {
      const failed = error as { stdout?: string; stderr?: string };
      report = failed.stderr || failed.stdout || "";
    }
    const messages = (JSON.parse(report) as { messages: { type: string; url?: string; message: string }[] })
      .messages;
    const errors = messages.filter((m) => m.type === "error" || m.type === "non-document-error");
    expect(errors.some((m) => m.url?.endsWith("control-broken.html"))).toBe(true);
    expect(errors.filter((m) => !m.url?.endsWith("control-broken.html"))).toEqual([]);
  }, 60_000);

  it("pass html-validate's recommended rules with zero errors", async () => {
    const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });
    for (const page of rendered) {
      const report = await validator.validateString(page.html, `${page.name}.html`);
      const errors = report.results.flatMap((r) =>
        r.messages.map((m) => `${page.name}: ${m.ruleId} ${m.message}`),
      );
      expect(errors).toEqual([]);
    }
  });

  it("the checkers catch a broken page (so the tests above can fail)", async () => {
    const broken = rendered[0].html.replace("<h1>", "<h1><div>").replace("</h1>", "</div></h1>");
    const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });
    const report = await validator.validateString(broken, "broken.html");
    expect(report.valid).toBe(false);
  });
});
