import { describe, expect, it } from "vitest";
import { CopydeskError } from "../../shared/api/envelope.ts";
import { gateAction, isPublishing, isRefusal, overrideLabel } from "./gate.ts";

describe("the gate's words", () => {
  it("guards ready and published only", () => {
    expect(["draft", "in-edit", "ready", "published"].map((s) => isPublishing(s as never))).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });

  it("says what the override does", () => {
    expect(overrideLabel("ready")).toBe("Override and mark ready");
    expect(overrideLabel("published")).toBe("Override and publish");
    expect(gateAction("ready")).toBe("mark ready");
  });

  it("tells a refusal from other failures", () => {
    expect(isRefusal(new CopydeskError("refused", "Cannot mark it ready"))).toBe(true);
    expect(isRefusal(new CopydeskError("internal", "boom"))).toBe(false);
    expect(isRefusal(new Error("refused"))).toBe(false);
  });
});
