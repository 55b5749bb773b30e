import { describe, expect, it } from "vitest";
import type { SignOffRecord } from "../../shared/api/sourceSchemas.ts";
import type { Finding } from "../../shared/review/index.ts";
import { groupFindings, openCount, signOffFor, stillInPlace } from "./findings.ts";

const finding = (id: string, rule: string, severity: Finding["severity"], start = 0): Finding => ({
  id,
  rule,
  severity,
  message: `${rule} message`,
  excerpt: "words",
  start,
  end: start + 5,
});

const record = (
  f: Pick<Finding, "id" | "rule">,
  kind: SignOffRecord["kind"] = "sign-off",
): SignOffRecord => ({
  id: `so-${f.id}-${kind}`,
  articleId: "a1",
  findingId: f.id,
  rule: f.rule,
  excerpt: "words",
  kind,
  by: "alice",
  at: "2026-01-01T10:00:00Z",
  note: "checked",
});

const untagged = finding("untagged-quote:1:0", "untagged-quote", "blocker", 10);
const unclosed = finding("unclosed-quote:2:0", "unclosed-quote", "blocker", 40);
const hedge = finding("hedge-word:3:0", "hedge-word", "warning", 5);
const place = finding("place-as-speaker:4:0", "place-as-speaker", "note", 60);

describe("groupFindings", () => {
  it("groups by severity in the order blockers, warnings, notes, with open counts", () => {
    const groups = groupFindings([hedge, place, untagged, unclosed], []);
    expect(groups.map((g) => [g.heading, g.open, g.resolved])).toEqual([
      ["Blockers", 2, 0],
      ["Warnings", 1, 0],
      ["Notes", 1, 0],
    ]);
    expect(groups[0].items.map((i) => i.finding.rule)).toEqual(["untagged-quote", "unclosed-quote"]);
  });

  it("lists signed-off findings after the open ones, with their sign-off", () => {
    const signed = record(untagged);
    const [blockers] = groupFindings([untagged, unclosed], [signed]);
    expect(blockers.open).toBe(1);
    expect(blockers.resolved).toBe(1);
    expect(blockers.items.map((i) => [i.finding.rule, i.signOff?.note ?? null])).toEqual([
      ["unclosed-quote", null],
      ["untagged-quote", "checked"],
    ]);
  });

  it("keeps empty groups so the tab can say there are none", () => {
    expect(groupFindings([], []).map((g) => g.items.length)).toEqual([0, 0, 0]);
  });
});

describe("signOffFor", () => {
  it("ignores publish-gate overrides: forcing the gate is not checking the finding", () => {
    expect(signOffFor(untagged, [record(untagged, "override")])).toBeNull();
  });

  it("needs the rule to agree as well as the id", () => {
    expect(signOffFor(untagged, [record({ id: untagged.id, rule: "hedge-word" })])).toBeNull();
  });
});

describe("openCount", () => {
  it("counts open blockers and warnings, not notes or signed-off findings", () => {
    expect(openCount([untagged, unclosed, hedge, place], [record(hedge)])).toBe(2);
  });
});

describe("stillInPlace", () => {
  const reviewed = "The minister claimed the road was open.";
  const claimed = { ...finding("l:1:0", "loaded-attribution-verb", "warning"), start: 13, end: 20 };

  it("holds while the words at the offsets are the ones reviewed", () => {
    expect(stillInPlace(`${reviewed} More text typed later.`, reviewed, claimed)).toBe(true);
  });

  it("fails once typing before the finding has shifted its words", () => {
    expect(stillInPlace(`Today the minister claimed the road was open.`, reviewed, claimed)).toBe(false);
  });

  it("fails when the story got shorter than the finding", () => {
    expect(stillInPlace("The minister", reviewed, claimed)).toBe(false);
  });
});
