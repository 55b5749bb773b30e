import { describe, expect, it } from "vitest";
import { isBlocker, openBlockers } from "./signOff.ts";
import type { Finding, SignOff } from "./types.ts";

const finding = (id: string, rule: string, severity: Finding["severity"]): Finding => ({
  id,
  rule,
  severity,
  message: "",
  excerpt: "",
  start: 0,
  end: 0,
});

const signOff = (f: Finding, kind: SignOff["kind"] = "sign-off"): SignOff => ({
  findingId: f.id,
  rule: f.rule,
  excerpt: f.excerpt,
  by: "desk",
  at: "2024-05-01T10:00:00Z",
  note: "checked with the reporter",
  kind,
});

describe("openBlockers", () => {
  const untagged = finding("untagged-quote:1:0", "untagged-quote", "blocker");
  const unclosed = finding("unclosed-quote:2:0", "unclosed-quote", "blocker");
  const hedge = finding("hedge-word:3:0", "hedge-word", "warning");

  it("keeps blockers without a sign-off and drops signed-off ones", () => {
    expect(isBlocker(untagged)).toBe(true);
    expect(isBlocker(hedge)).toBe(false);
    expect(openBlockers([untagged, unclosed, hedge], [signOff(untagged)])).toEqual([unclosed]);
  });

  it("does not clear a blocker with an override or a sign-off for another rule", () => {
    expect(openBlockers([untagged], [signOff(untagged, "override")])).toEqual([untagged]);
    expect(openBlockers([untagged], [{ ...signOff(untagged), rule: "hedge-word" }])).toEqual([untagged]);
  });
});
