import { Ajv } from "ajv";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { kitchenSink, kitchenSinkSources } from "../fixtures/kitchenSink.ts";
import { articleFromSeedText } from "../fixtures/seed.ts";
import { exportFragment, exportNinjs, typesetText } from "../index.ts";

const schema = JSON.parse(readFileSync(join(import.meta.dirname, "ninjs-schema-1.5-subset.json"), "utf8"));
const ajv = new Ajv({ allErrors: true, strict: true });
// The ninjs schema uses JSON Schema formats; Ajv needs them defined (ajv-formats is not installed).
ajv.addFormat(
  "date-time",
  (v: string) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(v) &&
    !Number.isNaN(Date.parse(v)),
);
ajv.addFormat("uri", (v: string) => /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]*$/.test(v));
const validate = ajv.compile(schema);
const seed = articleFromSeedText(
  readFileSync(join(import.meta.dirname, "../fixtures/press-tv-karabakh.txt"), "utf8"),
);

describe("ninjs 1.5", () => {
  it.each([
    ["kitchen sink", () => exportNinjs(kitchenSink, kitchenSinkSources)],
    ["kitchen sink with people", () => exportNinjs(kitchenSink, kitchenSinkSources, { includePeople: true })],
    [
      "kitchen sink with canonical url",
      () => exportNinjs(kitchenSink, [], { canonicalUrl: "https://n.example/a" }),
    ],
    ["draft", () => exportNinjs({ ...kitchenSink, publishedAt: null, tags: [], dek: "" })],
    ["seed", () => exportNinjs(seed)],
  ])("%s validates against the schema", (_name, make) => {
    const item = JSON.parse(JSON.stringify(make()));
    expect(validate(item), JSON.stringify(validate.errors)).toBe(true);
  });

  it("the schema rejects what ninjs forbids (so the check can fail)", () => {
    const item = { ...exportNinjs(kitchenSink), type: "story", versioncreated: "yesterday", people: [] };
    expect(validate(item)).toBe(false);
    expect(validate({ headline: "no uri" })).toBe(false);
  });

  it("carries the story's metadata", () => {
    const item = exportNinjs(kitchenSink, kitchenSinkSources);
    expect(item).toMatchObject({
      uri: "urn:copydesk:article:art-42",
      type: "text",
      pubstatus: "usable",
      language: "en",
      headline: typesetText(kitchenSink.headline),
      byline: "By Ana Ruiz and Li Wei",
      located: "BAKU, Azerbaijan",
      slugline: "karabakh-operation",
      firstcreated: "2023-09-19T08:00:00Z",
      contentcreated: "2023-09-19T08:00:00Z",
      versioncreated: "2023-09-19T12:30:00Z",
      subject: [{ name: "Azerbaijan" }, { name: "Karabakh" }, { name: "Q&A <b>" }],
      body_html: exportFragment(kitchenSink, kitchenSinkSources),
    });
    expect(item.person).toBeUndefined();
    expect(exportNinjs({ ...kitchenSink, publishedAt: null }).pubstatus).toBe("withheld");
  });

  it("lists people only on request, with name and role, never notes", () => {
    const item = exportNinjs(kitchenSink, kitchenSinkSources, { includePeople: true });
    expect(item.person).toEqual([
      { name: "Maria Zakharova", rel: "Foreign ministry spokeswoman" },
      { name: kitchenSinkSources[1].name, rel: "Former state minister" },
    ]);
    expect(JSON.stringify(item)).not.toContain("PRIVATE-NOTE");
  });
});
