import { describe, expect, it } from "vitest";
import { formProblem } from "./sourceRules.ts";

describe("formProblem", () => {
  it("asks for a reason before an anonymous source is saved", () => {
    expect(formProblem({ name: "Official", standing: "anonymous", anonymityReason: "  " })).toBe(
      "An anonymous source needs a recorded reason for the anonymity.",
    );
    expect(
      formProblem({ name: "Official", standing: "anonymous", anonymityReason: "Fears dismissal" }),
    ).toBeNull();
  });

  it("needs a name, and nothing more for an on-record source", () => {
    expect(formProblem({ name: " ", standing: "on-record", anonymityReason: "" })).toBe(
      "A source needs a name.",
    );
    expect(formProblem({ name: "Maria Zakharova", standing: "on-record", anonymityReason: "" })).toBeNull();
  });
});
