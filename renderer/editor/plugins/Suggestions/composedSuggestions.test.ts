// The fallback for a composition that ended in plain text (the browser composed outside the
// editor's insertion): the composed words are taken back out and suggested as an insertion.
import { describe, expect, it } from "vitest";
import { pendingSuggestions } from "../../../../shared/document/suggestions.ts";
import { $suggestComposed } from "./composedSuggestions.ts";
import { $suggestInsertText } from "./suggest.ts";
import { $caretAfter, ana, edit, onScreen, stored, story, text } from "./suggestions.test-support.ts";

describe("words composed outside an insertion", () => {
  it("become an insertion by the editor, the story's text unchanged", () => {
    story("Rue étienne reopens.");
    edit(() => {
      $caretAfter("Rue é");
      $suggestComposed("é", ana);
    });
    expect(onScreen()).toBe("Rue [é]tienne reopens.");
    expect(text()).toBe("Rue étienne reopens.");
    expect(pendingSuggestions(stored())).toMatchObject([{ kind: "insert", author: "Ana Ruiz", text: "é" }]);
  });

  it("are left as they are inside the editor's own insertion, or when they are not before the caret", () => {
    story("Rue tienne.");
    edit(() => {
      $caretAfter("Rue ");
      $suggestInsertText("é", ana);
    });
    edit(() => $suggestComposed("é", ana));
    expect(onScreen()).toBe("Rue [é]tienne.");
    edit(() => {
      $caretAfter("tienne");
      $suggestComposed("é", ana);
    });
    expect(onScreen()).toBe("Rue [é]tienne.");
  });
});
