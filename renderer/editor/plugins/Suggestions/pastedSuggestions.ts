// Words copied with a pending suggestion in them and pasted elsewhere in the story bring the
// suggestion along, with who and when, but as a suggestion of their own: accepting the copy
// must not accept the original too. Each pasted suggestion gets a new id (the parts of one
// pasted suggestion, across paragraphs, keep sharing theirs).
import {
  $isElementNode,
  COMMAND_PRIORITY_CRITICAL,
  type LexicalEditor,
  type LexicalNode,
  SELECTION_INSERT_CLIPBOARD_NODES_COMMAND,
} from "lexical";
import { $isSuggestionNode } from "../../nodes/SuggestionNode.ts";

/** Gives the suggestions in `nodes` new ids, one per suggestion they held. */
export function $freshSuggestionIds(nodes: LexicalNode[]): void {
  const renamed = new Map<string, string>();
  const visit = (node: LexicalNode) => {
    if ($isSuggestionNode(node)) {
      const meta = node.getMeta();
      let id = renamed.get(meta.suggestionId);
      if (!id) renamed.set(meta.suggestionId, (id = crypto.randomUUID()));
      node.setMeta({ ...meta, suggestionId: id });
    }
    if ($isElementNode(node)) node.getChildren().forEach(visit);
  };
  nodes.forEach(visit);
}

export function registerPastedSuggestions(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    SELECTION_INSERT_CLIPBOARD_NODES_COMMAND,
    ({ nodes }) => {
      $freshSuggestionIds(nodes);
      return false; // Lexical inserts them as usual
    },
    COMMAND_PRIORITY_CRITICAL,
  );
}
