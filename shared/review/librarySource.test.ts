import { describe, expect, it } from "vitest";
import { librarySource as source } from "../api/source.test-support.ts";
import { toReviewSource } from "./librarySource.ts";

describe("toReviewSource", () => {
  it("keeps what the review reads and nothing private", () => {
    const mapped = toReviewSource(source());
    expect(mapped).toEqual({
      id: "s1",
      name: "Maria Zakharova",
      title: "Spokeswoman",
      organization: "Russian foreign ministry",
      standing: "on-record",
      anonymityReason: null,
      reachedVia: "press-conference",
      platform: null,
      verified: true,
    });
    expect(JSON.stringify(mapped)).not.toContain("private number");
  });

  it("treats a blank anonymity reason as none, so the anonymous-source rule still fires", () => {
    expect(
      toReviewSource(source({ standing: "anonymous", anonymityReason: "   " })).anonymityReason,
    ).toBeNull();
    expect(
      toReviewSource(source({ standing: "anonymous", anonymityReason: " Fears reprisal " })).anonymityReason,
    ).toBe("Fears reprisal");
  });

  it("keeps the platform of a social-media source", () => {
    expect(toReviewSource(source({ reachedVia: "social-media", platform: "Telegram" })).platform).toBe(
      "Telegram",
    );
  });
});
