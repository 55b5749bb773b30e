// The audit: the whole review on stories it was not written against. Clean stories (six house
// styles) must raise no warning or blocker; flawed stories carry their expected findings in a
// sidecar written before the review was run, and per-rule precision and recall must stay above
// the floors measured when the corpus was built.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bodyText } from "../document/text.ts";
import { detectQuotes } from "../quotes/index.ts";
import { auditInput, type AuditExpectation, type AuditSidecar } from "./auditCorpus.test-support.ts";
import { reviewArticle } from "./index.ts";
import type { Finding } from "./types.ts";

const DIR = new URL("./fixtures/audit/", import.meta.url);
const read = (name: string) => readFileSync(new URL(name, DIR), "utf8");
const stories = readdirSync(DIR)
  .filter((f) => f.endsWith(".txt"))
  .sort();

function load(name: string) {
  const base = name.replace(/\.txt$/, "");
  let sidecar: AuditSidecar = {};
  try {
    sidecar = JSON.parse(read(`${base}.json`)) as AuditSidecar;
  } catch {
    // clean stories need no sidecar
  }
  const input = auditInput(read(name), sidecar, detectQuotes);
  return { base, sidecar, input, text: bodyText(input.body).text, findings: reviewArticle(input) };
}

/** A finding meets an expectation when the rule agrees and the spans or excerpts overlap. */
function meets(f: Finding, e: AuditExpectation, text: string): boolean {
  if (f.rule !== e.rule) return false;
  if (f.excerpt.includes(e.excerpt) || e.excerpt.includes(f.excerpt)) return true;
  for (let at = text.indexOf(e.excerpt); at >= 0; at = text.indexOf(e.excerpt, at + 1)) {
    if (f.start < at + e.excerpt.length && at < Math.max(f.end, f.start + 1)) return true;
  }
  return false;
}

const clean = stories.filter((s) => s.startsWith("clean-")).map(load);
const flawed = stories.filter((s) => s.startsWith("flawed-")).map(load);

describe("audit: clean stories", () => {
  const rows = clean.map((s) => ({
    story: s.base,
    raised: s.findings.filter((f) => f.severity !== "note"),
    notes: s.findings.filter((f) => f.severity === "note"),
  }));
  console.log(
    [
      "story | warnings+blockers | notes",
      ...rows.map(
        (r) => `${r.story} | ${r.raised.length} | ${r.notes.map((n) => `${n.rule}:${n.excerpt}`).join("; ")}`,
      ),
    ].join("\n"),
  );

  it("has at least six stories", () => expect(clean.length).toBeGreaterThanOrEqual(6));
  for (const r of rows) {
    it(`${r.story} raises no warnings or blockers`, () => {
      expect(r.raised.map((f) => `${f.rule}: ${f.excerpt}`)).toEqual([]);
    });
  }
  it("keeps notes rare on clean copy", () => {
    expect(rows.reduce((n, r) => n + r.notes.length, 0)).toBeLessThanOrEqual(NOTE_CEILING);
  });
});

// Floors: measured when the corpus was built, minus a margin (see BENCHMARKS.md).
const NOTE_CEILING = 3;
const RECALL_FLOOR = 0.9;
const PRECISION_FLOOR = 0.9;

describe("audit: flawed stories", () => {
  const perRule = new Map<string, { expected: number; found: number; findings: number; matched: number }>();
  const row = (rule: string) => {
    const r = perRule.get(rule) ?? { expected: 0, found: 0, findings: 0, matched: 0 };
    perRule.set(rule, r);
    return r;
  };
  const misses: string[] = [];
  const extras: string[] = [];
  for (const s of flawed) {
    const expected = s.sidecar.expected ?? [];
    for (const e of expected) {
      const r = row(e.rule);
      r.expected++;
      if (s.findings.some((f) => meets(f, e, s.text))) r.found++;
      else misses.push(`${s.base} MISS ${e.rule}: ${e.excerpt}`);
    }
    for (const f of s.findings) {
      const r = row(f.rule);
      r.findings++;
      if (expected.some((e) => meets(f, e, s.text))) r.matched++;
      else extras.push(`${s.base} EXTRA ${f.rule}: ${f.excerpt}`);
    }
  }
  const pct = (a: number, b: number) => (b === 0 ? "  -  " : `${Math.round((100 * a) / b)}%`);
  const totals = [...perRule.values()].reduce(
    (t, r) => ({
      expected: t.expected + r.expected,
      found: t.found + r.found,
      findings: t.findings + r.findings,
      matched: t.matched + r.matched,
    }),
    { expected: 0, found: 0, findings: 0, matched: 0 },
  );
  const lines = [...perRule.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([rule, r]) =>
        `${rule.padEnd(30)} ${r.found}/${r.expected} ${pct(r.found, r.expected)}   ${r.matched}/${r.findings} ${pct(r.matched, r.findings)}`,
    );
  console.log(
    [
      "rule | recall (found/expected) | precision (matched/findings)",
      ...lines,
      `${"ALL".padEnd(30)} ${totals.found}/${totals.expected} ${pct(totals.found, totals.expected)}   ${totals.matched}/${totals.findings} ${pct(totals.matched, totals.findings)}`,
      ...misses,
      ...extras,
    ].join("\n"),
  );

  it("has at least four stories", () => expect(flawed.length).toBeGreaterThanOrEqual(4));
  it("finds the seeded problems", () => {
    expect(totals.found / totals.expected).toBeGreaterThanOrEqual(RECALL_FLOOR);
  });
  it("raises little else", () => {
    expect(totals.matched / totals.findings).toBeGreaterThanOrEqual(PRECISION_FLOOR);
  });
});
