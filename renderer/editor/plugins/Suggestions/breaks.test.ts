// A paragraph break suggested in Suggesting mode: the paragraph splits at once and the new block
// carries the suggestion; the stored body lists it, and the gate's text reads it as accepted.
// Accepted, the break stays; rejected, the two paragraphs are one again. Undo takes it back.
// Its mirror, a suggested join (Backspace at a paragraph's start, Delete at its end): both
// paragraphs stay on screen, the break marked; accepted, they are one; rejected, they stay apart.
import { $createListItemNode, $createListNode } from "@lexical/list";
import { $createTextNode, $getRoot, $getSelection, $isRangeSelection } from "lexical";
import { describe, expect, it } from "vitest";
import { articleBodySchema } from "../../../../shared/document/schema.ts";
import { pendingSuggestions, resolveSuggestions } from "../../../../shared/document/suggestions.ts";
import { plainText } from "../../../../shared/document/text.ts";
import { $storyText } from "../../textRange.ts";
import { $suggestBreak, $suggestJoin } from "./breaks.ts";
import { $decideSuggestions } from "./decide.ts";
import {
  $caretAfter,
  $caretBefore,
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

/** Backspace with the caret right before `words` (the start of a paragraph) in Suggesting. */
function backspaceBefore(words: string, who = ana) {
  let outcome = "";
  edit(() => {
    $caretBefore(words);
    outcome = $suggestJoin(who, true);
  });
  return outcome;
}

/** The words around the caret: "before|after" within its text node. */
const caret = () =>
  theEditor()
    .getEditorState()
    .read(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return "";
      const words = selection.anchor.getNode().getTextContent();
      return `${words.slice(0, selection.anchor.offset)}|${words.slice(selection.anchor.offset)}`;
    });

describe("a suggested join of two paragraphs", () => {
  it("keeps both on screen, marked at the end of the first, listed, in a valid body; the text reads joined", () => {
    story("The council met.", "It voted 7-2.");
    expect(backspaceBefore("It voted")).toBe("done");
    expect(onScreen()).toBe("The council met.~~¶~~ / It voted 7-2.");
    // The story's text reads every suggestion as accepted: the words run on, as an accept leaves them.
    expect(text()).toBe("The council met.It voted 7-2.");
    expect(theEditor().getEditorState().read($storyText)).toBe(text());
    expect(pendingSuggestions(stored())).toMatchObject([{ kind: "join", author: "Ana Ruiz", text: "¶" }]);
    expect(articleBodySchema.safeParse(stored()).success).toBe(true);
    // The caret waits before the struck break, where Backspace goes on from.
    expect(caret()).toBe("The council met.|");
  });

  it("is what Delete at the end of the first paragraph suggests too, the caret after the break", () => {
    story("The council met.", "It voted 7-2.");
    edit(() => {
      $caretAfter("met.");
      expect($suggestJoin(ana, false)).toBe("done");
    });
    expect(onScreen()).toBe("The council met.~~¶~~ / It voted 7-2.");
    expect(caret()).toBe("|It voted 7-2.");
  });

  it("accepted, joins the paragraphs as the stored body's rule does; rejected, leaves both", () => {
    story("The council met.", "It voted 7-2.");
    backspaceBefore("It voted");
    const accepted = resolveSuggestions(stored(), () => "accept");
    edit(() => void $decideSuggestions("accept", "all"));
    expect(onScreen()).toBe("The council met.It voted 7-2.");
    expect(pendingSuggestions(stored())).toEqual([]);
    expect(accepted.root.children).toHaveLength(1);
    expect(plainText(accepted)).toBe(text());

    story("The council met.", "It voted 7-2.");
    backspaceBefore("It voted");
    const rejected = resolveSuggestions(stored(), () => "reject");
    edit(() => void $decideSuggestions("reject", "all"));
    expect(onScreen()).toBe("The council met. / It voted 7-2.");
    expect(text()).toBe("The council met.\n\nIt voted 7-2.");
    expect(pendingSuggestions(stored())).toEqual([]);
    expect(plainText(rejected)).toBe(text());
    expect(articleBodySchema.safeParse(rejected).success).toBe(true);
  });
});

describe("a join at a pending break", () => {
  it("takes back the editor's own pending break at once; another editor's break gets a join", () => {
    story("The council met. It voted 7-2.");
    splitAfter("met.");
    expect(backspaceBefore(" It voted")).toBe("done");
    expect(onScreen()).toBe("The council met. It voted 7-2.");
    expect(pendingSuggestions(stored())).toEqual([]);
    expect(caret()).toBe("The council met.| It voted 7-2.");

    story("The council met. It voted 7-2.");
    edit(() => {
      $caretAfter("met.");
      $suggestBreak(ben);
    });
    backspaceBefore(" It voted", ana);
    expect(onScreen()).toBe("The council met.~~¶~~ /  It voted 7-2.");
    expect(pendingSuggestions(stored())).toMatchObject([
      { kind: "break", author: "Ben Ode" },
      { kind: "join", author: "Ana Ruiz" },
    ]);
    expect(text()).toBe("The council met. It voted 7-2.");
    // Ben's break accepted, Ana's join is still to decide; accepted, the paragraphs are one.
    edit(() => void $decideSuggestions("accept", { author: "Ben Ode" }));
    expect(pendingSuggestions(stored())).toMatchObject([{ kind: "join", author: "Ana Ruiz" }]);
    edit(() => void $decideSuggestions("accept", { author: "Ana Ruiz" }));
    expect(onScreen()).toBe("The council met. It voted 7-2.");
    expect(pendingSuggestions(stored())).toEqual([]);
  });

  it("on a break with both pending, reject all and accept all each leave the story as the stored rule says", () => {
    for (const decision of ["accept", "reject"] as const) {
      story("The council met. It voted 7-2.");
      edit(() => {
        $caretAfter("met.");
        $suggestBreak(ben);
      });
      backspaceBefore(" It voted", ana);
      const resolved = resolveSuggestions(stored(), () => decision);
      edit(() => void $decideSuggestions(decision, "all"));
      // Accepted: the join wins over the break; rejected: the break goes, so there is nothing to join.
      expect(onScreen()).toBe("The council met. It voted 7-2.");
      expect(pendingSuggestions(stored())).toEqual([]);
      // (The editor merges the two text nodes into one; the stored rule leaves them side by side.)
      expect(resolved.root.children).toHaveLength(1);
      expect(plainText(resolved)).toBe(text());
    }
  });
});

describe("Backspace and Delete at a break with nothing to suggest", () => {
  it("at a break that already carries a join, steps over it for the key to go on", () => {
    story("The council met.", "It voted 7-2.");
    backspaceBefore("It voted");
    expect(backspaceBefore("It voted")).toBe("stepped over");
    expect(caret()).toBe("The council met.|");
    expect(pendingSuggestions(stored())).toHaveLength(1);
  });

  it("leaves the story alone where there is nothing to join: the first paragraph, after a list", () => {
    story("The council met.", "It voted 7-2.");
    expect(backspaceBefore("The council")).toBe("done");
    edit(() => {
      const list = $createListNode("bullet").append($createListItemNode().append($createTextNode("One")));
      $getRoot().getFirstChildOrThrow().insertAfter(list);
    });
    expect(backspaceBefore("It voted")).toBe("done");
    expect(pendingSuggestions(stored())).toEqual([]);
    // Words before the caret: not at a break at all, the key deletes them as usual.
    edit(() => {
      $caretAfter("It");
      expect($suggestJoin(ana, true)).toBe("not at a break");
    });
  });
});

describe("undo over a suggested join", () => {
  it("is one undo step, and so is accepting it", () => {
    story("The council met.", "It voted 7-2.");
    backspaceBefore("It voted");
    undo();
    expect(onScreen()).toBe("The council met. / It voted 7-2.");
    expect(pendingSuggestions(stored())).toEqual([]);

    backspaceBefore("It voted");
    edit(() => void $decideSuggestions("accept", "all"));
    expect(onScreen()).toBe("The council met.It voted 7-2.");
    undo();
    expect(onScreen()).toBe("The council met.~~¶~~ / It voted 7-2.");
    expect(pendingSuggestions(stored())).toMatchObject([{ kind: "join" }]);
  });
});
