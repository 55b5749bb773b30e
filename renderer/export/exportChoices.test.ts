import { describe, expect, it } from "vitest";
import { CopydeskError } from "../../shared/api/envelope.ts";
import { appliesTo, DEFAULT_CHOICES, isGateRefusal, requestOptions } from "./exportChoices.ts";

const everything = {
  typography: false,
  quoteAttributes: true,
  quotationJsonLd: true,
  includePeople: true,
  showSuggestions: true,
};

describe("export choices", () => {
  it("start with typography on and everything else off, as the issue asks", () => {
    expect(DEFAULT_CHOICES).toEqual({
      typography: true,
      quoteAttributes: false,
      quotationJsonLd: false,
      includePeople: false,
      showSuggestions: false,
    });
  });

  it("send only the options that mean something for the format", () => {
    expect(requestOptions("html", everything)).toEqual({ ...everything, includePeople: false });
    expect(requestOptions("fragment", everything)).toEqual({
      typography: false,
      quoteAttributes: true,
      quotationJsonLd: false,
      includePeople: false,
      showSuggestions: true,
    });
    expect(requestOptions("ninjs", everything)).toEqual({ ...everything, quotationJsonLd: false });
  });

  it("offer people only for ninjs and quotation JSON-LD only for the page", () => {
    expect(["html", "fragment", "ninjs"].filter((f) => appliesTo("includePeople", f as "html"))).toEqual([
      "ninjs",
    ]);
    expect(["html", "fragment", "ninjs"].filter((f) => appliesTo("quotationJsonLd", f as "html"))).toEqual([
      "html",
    ]);
  });

  it("tell a gate refusal from other refusals and failures", () => {
    const gate = new CopydeskError(
      "refused",
      "Cannot export it as publish-ready: 2 review blockers are open (untagged-quote). Fix or sign them off, or override with a reason.",
    );
    expect(isGateRefusal(gate)).toBe(true);
    expect(isGateRefusal(new CopydeskError("refused", "Could not write into /x: EACCES"))).toBe(false);
    expect(isGateRefusal(new CopydeskError("internal", "review blockers"))).toBe(false);
    expect(isGateRefusal(new Error("review blocker"))).toBe(false);
  });
});
