import { describe, expect, it, vi } from "vitest";
import { bodyFromText } from "../../shared/review/index.ts";
import { runReview } from "./reviewJob.ts";
import { createReviewRunner } from "./reviewRunner.ts";

// Two paragraphs of the seed story (renderer code has no file system to read it from).
const seed = [
  "This photo shared by the Azerbaijani media purportedly shows the aftermath of a mine explosion.",
  `"Localized anti-terrorist measures have been launched in the region," it said, adding it was using "high precision weapons on the front line and in depth as part of the operations.`,
  "Armenia's defense ministry said the situation on its border with Azerbaijan was stable.",
].join("\n\n");

describe("runReview", () => {
  it("reports the seed's blockers with offsets into the text it returns", () => {
    const result = runReview({ generation: 7, body: bodyFromText(seed), sources: [] });
    expect(result.generation).toBe(7);
    const unclosed = result.findings.find((f) => f.rule === "unclosed-quote");
    expect(result.text.slice(unclosed?.start, unclosed?.end)).toMatch(/^"high precision weapons/);
    const hedge = result.findings.find((f) => f.rule === "hedge-word");
    expect(result.text.slice(hedge?.start, hedge?.end)).toBe("purportedly");
  });
});

describe("createReviewRunner", () => {
  it("reviews on the page when no worker can start", async () => {
    // Node has no Worker: the same path a page takes when its policy forbids one.
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const runner = createReviewRunner();
    const result = await runner.run({ generation: 1, body: bodyFromText(seed), sources: [] });
    expect(result.findings.some((f) => f.rule === "untagged-quote")).toBe(true);
    expect(warn).toHaveBeenCalled();
    runner.dispose();
    warn.mockRestore();
  });
});
