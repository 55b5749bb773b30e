// A paragraph break suggested in Suggesting mode: the paragraph splits at once and the new block
// carries the suggestion; the stored body lists it, and the gate's text reads it as accepted.
// Accepted, the break stays; rejected, the two paragraphs are one again. Undo takes it back.
import { describe, expect, it } from "vitest";
import { articleBodySchema } from "../../../../shared/document/schema.ts";
import { pendingSuggestions, resolveSuggestions } from "../../../../shared/document/suggestions.ts";
import { plainText } from "../../../../shared/document/text.ts";
import { $suggestBreak } from "./breaks.ts";
import { $decideSuggestions } from "./decide.ts";
import { $caretAfter, ana, edit, onScreen, stored, story, text, undo } from "./suggestions.test-support.ts";

function splitAfter(words: string) {
  edit(() => {
    $caretAfter(words);
    $suggestBreak(ana);
  });
}

describe("a suggested paragraph break", () => {
  it("splits the paragraph at once, listed with who made it, in a valid body", () => {
    story("The council met. It voted 7-2.");
    splitAfter("met.");
    expect(onScreen()).toBe("The council met. /  It voted 7-2.");
    expect(text()).toBe("The council met.\n\n It voted 7-2.");
    expect(pendingSuggestions(stored())).toMatchObject([{ kind: "break", author: "Ana Ruiz", text: "¶" }]);
    expect(articleBodySchema.safeParse(stored()).success).toBe(true);
  });

  it("accepted, stays a break with nothing pending; rejected, the paragraphs are one again", () => {
    story("The council met. It voted 7-2.");
    splitAfter("met.");
    edit(() => void $decideSuggestions("accept", "all"));
    expect(onScreen()).toBe("The council met. /  It voted 7-2.");
    expect(pendingSuggestions(stored())).toEqual([]);

    story("The council met. It voted 7-2.");
    splitAfter("met.");
    // The stored body's own rule (export, the desk) says the same as the editor's reject.
    const rejected = resolveSuggestions(stored(), () => "reject");
    edit(() => void $decideSuggestions("reject", "all"));
    expect(onScreen()).toBe("The council met. It voted 7-2.");
    expect(text()).toBe("The council met. It voted 7-2.");
    expect(pendingSuggestions(stored())).toEqual([]);
    expect(rejected.root.children).toHaveLength(1);
    expect(plainText(rejected)).toBe(text());
  });

  it("is one undo step", () => {
    story("The council met. It voted 7-2.");
    splitAfter("met.");
    undo();
    expect(onScreen()).toBe("The council met. It voted 7-2.");
    expect(pendingSuggestions(stored())).toEqual([]);
  });
});
