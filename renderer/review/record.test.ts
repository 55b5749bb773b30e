import { describe, expect, it } from "vitest";
import { signOffRecord } from "../../shared/api/source.test-support.ts";
import { describeRecord, newestFirst } from "./record.ts";

describe("the review record", () => {
  it("reads a sign-off as a line in the log", () => {
    expect(describeRecord(signOffRecord({}))).toBe(
      "Signed off hedge-word by alice: “Confirmed with agency” (on “purportedly”)",
    );
  });

  it("reads an override with what was forced and why", () => {
    const override = signOffRecord({
      kind: "override",
      rule: "publish-gate",
      findingId: "publish-gate",
      excerpt: "mark it ready: past 2 open blockers (untagged-quote)",
      note: "Wire copy",
    });
    expect(describeRecord(override)).toBe(
      "Override by alice: mark it ready: past 2 open blockers (untagged-quote). Reason: “Wire copy”",
    );
  });

  it("lists newest first", () => {
    const records = [
      signOffRecord({ id: "old", at: "2026-01-01T10:00:00Z" }),
      signOffRecord({ id: "new", at: "2026-01-02T09:00:00Z" }),
    ];
    expect(newestFirst(records).map((r) => r.id)).toEqual(["new", "old"]);
  });
});
