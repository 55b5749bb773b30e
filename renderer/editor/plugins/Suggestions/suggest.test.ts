// The suggestion model in a real (headless) Lexical editor with Copydesk's nodes: insert, delete,
// replace, accept, reject, inside a tagged quotation and across paragraphs, and undo over all of it.
// What is checked is what the story says: its text (as review and search read it), what is struck
// through, and the pending suggestions the Changes list shows.
import {
  $generateJSONFromSelectedNodes,
  $generateNodesFromSerializedNodes,
  $insertGeneratedNodes,
} from "@lexical/clipboard";
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection } from "lexical";
import { describe, expect, it } from "vitest";
import { taggedQuotes } from "../../../../shared/document/quotations.ts";
import { articleBodySchema } from "../../../../shared/document/schema.ts";
import { pendingSuggestions } from "../../../../shared/document/suggestions.ts";
import { $createQuotationNode } from "../../nodes/QuotationNode.ts";
import { $storyText } from "../../textRange.ts";
import { $wrapRange } from "../../../sources/editorQuotes.ts";
import { $decideSuggestions } from "./decide.ts";
import { registerPastedSuggestions } from "./pastedSuggestions.ts";
import { $suggestInsertText, $suggestRemoval } from "./suggest.ts";
import {
  $caretAfter,
  $select,
  ana,
  ben,
  edit,
  onScreen,
  stored,
  story,
  text,
  theEditor,
  undo,
} from "./suggestions.test-support.ts";

describe("suggesting in the editor", () => {
  it("an insertion is in the story's text, marked with who and when", () => {
    story("The mayor left.");
    edit(() => {
      $caretAfter("left");
      $suggestInsertText(" the hall", ana);
      $suggestInsertText(" early", ana);
    });
    expect(onScreen()).toBe("The mayor left[ the hall early].");
    expect(text()).toBe("The mayor left the hall early.");
    const [one] = pendingSuggestions(stored());
    expect(one).toMatchObject({
      kind: "insert",
      author: "Ana Ruiz",
      initials: "AR",
      text: " the hall early",
    });
    expect(Date.parse(one.at)).not.toBeNaN();
  });

  it("a deletion stays on screen struck through, out of the story's text and word count", () => {
    story("The mayor quickly left.");
    edit(() => $suggestRemoval($select("quickly "), ana, true));
    expect(onScreen()).toBe("The mayor ~~quickly ~~left.");
    expect(text()).toBe("The mayor left.");
    expect(theEditor().getEditorState().read($storyText)).toBe("The mayor left.");
    expect(pendingSuggestions(stored())).toMatchObject([{ kind: "delete", text: "quickly " }]);
  });

  it("a replacement is a deletion plus an insertion; accept one, reject the other", () => {
    story("Turnout was low.");
    edit(() => {
      $select("low");
      $suggestInsertText("high", ana);
    });
    expect(onScreen()).toBe("Turnout was ~~low~~[high].");
    const [deletion, insertion] = pendingSuggestions(stored());
    edit(() => $decideSuggestions("accept", { id: deletion.id }));
    expect(onScreen()).toBe("Turnout was [high].");
    edit(() => $decideSuggestions("reject", { id: insertion.id }));
    expect(onScreen()).toBe("Turnout was .");
    expect(pendingSuggestions(stored())).toEqual([]);
  });

  it("deleting words of a pending insertion takes them back instead of striking them", () => {
    story("Rain.");
    edit(() => {
      $caretAfter("Rain");
      $suggestInsertText(" and snow", ana);
    });
    edit(() => $suggestRemoval($select(" and"), ana, true));
    expect(onScreen()).toBe("Rain[ snow].");
  });

  it("repeated deletions by one editor grow one suggestion; another editor's stay apart", () => {
    story("one two three");
    edit(() => $suggestRemoval($select("three"), ana, true));
    edit(() => $suggestRemoval($select("two "), ana, true));
    expect(pendingSuggestions(stored())).toHaveLength(1);
    expect(onScreen()).toBe("one ~~two three~~");
    edit(() => $suggestRemoval($select("one "), ben, true));
    expect(pendingSuggestions(stored()).map((s) => s.author)).toEqual(["Ben Ode", "Ana Ruiz"]);
    edit(() => $decideSuggestions("reject", { author: "Ben Ode" }));
    expect(onScreen()).toBe("one ~~two three~~");
  });
});

describe("suggestions with paragraphs, quotations and undo", () => {
  it("a deletion across paragraphs is one suggestion, decided everywhere at once", () => {
    story("First ends here.", "Second starts here.");
    edit(() => $suggestRemoval($select("ends here.", "Second "), ana, true));
    expect(onScreen()).toBe("First ~~ends here.~~ / ~~Second ~~starts here.");
    expect(pendingSuggestions(stored())).toHaveLength(1);
    expect(text()).toBe("First \n\nstarts here.");
    edit(() => $decideSuggestions("reject", "all"));
    expect(text()).toBe("First ends here.\n\nSecond starts here.");
  });
});

describe("suggestions and tagged quotations", () => {
  it("a quote can be tagged while a replacement inside it is pending", () => {
    story("She said we will never win.");
    edit(() => {
      $select("never");
      $suggestInsertText("always", ben);
    });
    const quoted = "we will always win";
    edit(() => {
      const start = $storyText().indexOf(quoted);
      expect(
        $wrapRange(
          { start, end: start + quoted.length },
          { quoteId: "q2", sourceId: null, status: "confirmed" },
        ),
      ).toBe(true);
    });
    expect(onScreen()).toBe("She said we will ~~never~~[always] win.");
    expect(taggedQuotes(stored())).toMatchObject([{ quoteId: "q2", text: quoted }]);
    const quotation = stored().root.children[0] as {
      children: { type: string; children?: { type: string }[] }[];
    };
    expect(quotation.children[1].type).toBe("quotation");
    expect(quotation.children[1].children?.map((c) => c.type)).toEqual([
      "text",
      "suggestion-delete",
      "suggestion-insert",
      "text",
    ]);
    edit(() => $decideSuggestions("reject", "all"));
    expect(taggedQuotes(stored())).toMatchObject([{ quoteId: "q2", text: "we will never win" }]);
  });

  it("suggestions inside a tagged quotation keep the tag when decided", () => {
    story("x");
    edit(() => {
      const quote = $createQuotationNode("q1", "s1", "confirmed").append(
        $createTextNode("We will never win"),
      );
      $getRoot()
        .clear()
        .append($createParagraphNode().append($createTextNode("“"), quote, $createTextNode(",” she said.")));
    });
    edit(() => {
      $select("never");
      $suggestInsertText("always", ben);
    });
    expect(onScreen()).toBe("“We will ~~never~~[always] win,” she said.");
    expect(taggedQuotes(stored())).toMatchObject([
      { quoteId: "q1", sourceId: "s1", text: "We will always win" },
    ]);
    expect(articleBodySchema.safeParse(stored()).success).toBe(true);
    edit(() => $decideSuggestions("accept", "all"));
    expect(taggedQuotes(stored())).toMatchObject([{ quoteId: "q1", text: "We will always win" }]);
  });
});

describe("copy and paste inside the editor", () => {
  it("a copied pending deletion is pasted as a suggestion of its own, with who and when", () => {
    registerPastedSuggestions(theEditor());
    story("The mayor quickly left. Then:");
    edit(() => $suggestRemoval($select("quickly "), ana, true));
    edit(() => {
      const copied = $generateJSONFromSelectedNodes(theEditor(), $select("mayor ", "left"));
      $caretAfter("Then:");
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) throw new Error("no caret");
      $insertGeneratedNodes(theEditor(), $generateNodesFromSerializedNodes(copied.nodes), selection);
    });
    expect(onScreen()).toBe("The mayor ~~quickly ~~left. Then:mayor ~~quickly ~~left");
    const [original, copy] = pendingSuggestions(stored());
    expect(original).toMatchObject({ kind: "delete", author: "Ana Ruiz", text: "quickly " });
    expect(copy).toMatchObject({ kind: "delete", author: "Ana Ruiz", at: original.at, text: "quickly " });
    expect(copy.id).not.toBe(original.id);
    // Accepting the copy leaves the original pending.
    edit(() => void $decideSuggestions("accept", { id: copy.id }));
    expect(onScreen()).toBe("The mayor ~~quickly ~~left. Then:mayor left");
  });
});

describe("undo over suggestions", () => {
  it("undo takes back an accept, a reject and the suggestion itself", () => {
    story("Turnout was low.");
    edit(() => {
      $select("low");
      $suggestInsertText("high", ana);
    });
    edit(() => $decideSuggestions("accept", "all"));
    expect(onScreen()).toBe("Turnout was high.");
    undo();
    expect(onScreen()).toBe("Turnout was ~~low~~[high].");
    edit(() => $decideSuggestions("reject", "all"));
    expect(onScreen()).toBe("Turnout was low.");
    undo();
    expect(onScreen()).toBe("Turnout was ~~low~~[high].");
    undo();
    expect(onScreen()).toBe("Turnout was low.");
  });
});
