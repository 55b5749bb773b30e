import { describe, expect, it } from "vitest";
import { body, paragraph, textNode } from "../document/build.ts";
import { TEXT_FORMAT } from "../document/nodes.ts";
import { plainText } from "../document/text.ts";
import { takeStoryLines } from "./bodyStoryLines.ts";

describe("takeStoryLines", () => {
  it("moves a By line and an opening dateline out of the body", () => {
    const found = takeStoryLines(
      body([
        paragraph("By Ana Ruiz and Tom Li"),
        paragraph("BAKU, Sept 19 (Reuters) - Azerbaijan said on Tuesday it had begun an operation."),
        paragraph("The ministry gave no figures."),
      ]),
    );
    expect(found.byline).toBe("Ana Ruiz and Tom Li");
    expect(found.dateline).toBe("BAKU, Sept 19 (Reuters)");
    expect(plainText(found.body).trim()).toBe(
      "Azerbaijan said on Tuesday it had begun an operation.\n\nThe ministry gave no figures.",
    );
  });

  it("takes a dateline set in bold, and leaves a story without either as it was", () => {
    const bold = body([
      paragraph([textNode("PORTSMOUTH", TEXT_FORMAT.bold), textNode(" — The ferry ran aground at dawn.")]),
    ]);
    const found = takeStoryLines(bold);
    expect(found.dateline).toBe("PORTSMOUTH");
    expect(found.body.root.children[0]).toMatchObject({
      children: [{ text: "The ferry ran aground at dawn." }],
    });
    const plain = body([paragraph("By the time the council met, the vote was lost."), paragraph("More.")]);
    expect(takeStoryLines(plain)).toEqual({ byline: "", dateline: "", body: plain });
  });
});
