// Formatting in Suggesting mode: the words show the new formatting at once, inside a formatting
// suggestion that the Changes list shows; accepting keeps it, rejecting puts back exactly what
// was there; undo takes it back; the stored body passes the schema.
import { $getRoot, type ElementNode, type LexicalNode, $isTextNode } from "lexical";
import { describe, expect, it } from "vitest";
import { articleBodySchema } from "../../../../shared/document/schema.ts";
import { pendingSuggestions, resolveSuggestions } from "../../../../shared/document/suggestions.ts";
import { $decideSuggestions } from "./decide.ts";
import { $suggestInsertText, $suggestRemoval } from "./suggest.ts";
import { $suggestFormat } from "./suggestFormat.ts";
import {
  $caretAfter,
  $select,
  ana,
  edit,
  stored,
  story,
  text,
  theEditor,
  undo,
} from "./suggestions.test-support.ts";

/** The story as it shows: bold words in *…*, formatting suggestions in {…}, deletions in ~~…~~. */
const shown = () =>
  theEditor()
    .getEditorState()
    .read(() => {
      const show = (node: LexicalNode): string => {
        if ($isTextNode(node))
          return node.hasFormat("bold") ? `*${node.getTextContent()}*` : node.getTextContent();
        const kids = (node as ElementNode).getChildren().map(show).join("");
        const type = node.getType();
        return type === "suggestion-format"
          ? `{${kids}}`
          : type === "suggestion-delete"
            ? `~~${kids}~~`
            : kids;
      };
      return $getRoot().getChildren().map(show).join(" / ");
    });

describe("formatting as a suggestion", () => {
  it("shows the change at once, listed with who made it, and stores a valid body", () => {
    story("The council voted today.");
    edit(() => {
      $select("voted");
      $suggestFormat("bold", ana);
    });
    expect(shown()).toBe("The council {*voted*} today.");
    expect(text()).toBe("The council voted today.");
    expect(pendingSuggestions(stored())).toMatchObject([
      { kind: "format", formatting: { format: "bold", on: true }, author: "Ana Ruiz", text: "voted" },
    ]);
    expect(articleBodySchema.safeParse(stored()).success).toBe(true);
  });

  it("accepting keeps the formatting; rejecting takes it off again", () => {
    story("The council voted today.");
    edit(() => {
      $select("council voted");
      $suggestFormat("bold", ana);
    });
    edit(() => void $decideSuggestions("accept", "all"));
    expect(shown()).toBe("The *council voted* today.");

    story("The council voted today.");
    edit(() => {
      $select("council voted");
      $suggestFormat("bold", ana);
    });
    edit(() => void $decideSuggestions("reject", "all"));
    expect(shown()).toBe("The council voted today.");
    expect(pendingSuggestions(stored())).toEqual([]);
  });

  it("over words partly bold, only the changed words are wrapped, so a rejection restores the mix", () => {
    story("The council voted today.");
    edit(() => $select("voted").formatText("bold")); // Editing mode's bold, before Suggesting
    expect(shown()).toBe("The council *voted* today.");
    edit(() => {
      $select("council", "today");
      $suggestFormat("bold", ana);
    });
    expect(shown()).toBe("The {*council *}*voted*{* today*}.");
    expect(pendingSuggestions(stored())).toHaveLength(1); // one suggestion in two parts
    edit(() => void $decideSuggestions("reject", "all"));
    expect(shown()).toBe("The council *voted* today.");
  });
});

describe("formatting suggestions over formatting and other suggestions", () => {
  it("taking the bold off is a suggestion too, and the same as the stored body's rule", () => {
    story("The council voted today.");
    edit(() => $select("voted").formatText("bold"));
    edit(() => {
      $select("voted");
      $suggestFormat("bold", ana);
    });
    expect(shown()).toBe("The council {voted} today.");
    expect(pendingSuggestions(stored())).toMatchObject([{ formatting: { format: "bold", on: false } }]);
    // The stored body's own rule (export, the desk) says the same as the editor's reject.
    const rejected = resolveSuggestions(stored(), () => "reject");
    edit(() => void $decideSuggestions("reject", "all"));
    expect(stored().root.children).toEqual(rejected.root.children);
  });

  it("formatting back what was suggested takes those words out of the suggestion", () => {
    story("The council voted today.");
    edit(() => {
      $select("council voted");
      $suggestFormat("bold", ana);
    });
    edit(() => {
      $select("voted");
      $suggestFormat("bold", ana);
    });
    expect(shown()).toBe("The {*council *}voted today.");
  });

  it("leaves struck-through words alone and formats the editor's own new words in place", () => {
    story("The council voted today.");
    edit(() => $suggestRemoval($select("today"), ana, false));
    edit(() => {
      $caretAfter("voted");
      $suggestInsertText(" again", ana);
    });
    edit(() => {
      $select("voted", ".");
      $suggestFormat("bold", ana);
    });
    expect(shown()).toBe("The council {*voted*}* again*{* *}~~today~~{*.*}");
    expect(pendingSuggestions(stored()).map((p) => p.kind)).toEqual(["format", "insert", "delete"]);
  });

  it("is one undo step", () => {
    story("The council voted today.");
    edit(() => {
      $select("voted");
      $suggestFormat("bold", ana);
    });
    undo();
    expect(shown()).toBe("The council voted today.");
    expect(pendingSuggestions(stored())).toEqual([]);
  });

  it("a caret without a selection is not a suggestion: the next letters' format is Lexical's", () => {
    story("The council voted today.");
    let handled = true;
    edit(() => {
      $caretAfter("voted");
      handled = $suggestFormat("bold", ana);
    });
    expect(handled).toBe(false);
  });
});
