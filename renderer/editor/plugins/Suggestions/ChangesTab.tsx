// The inspector's Changes tab: every pending suggestion in story order with who and when, each
// accepted or rejected on its own, or all at once (everyone's, or one editor's). A version is
// kept in History before a decision in bulk. Clicking a change's words shows it in the story.
import { $getNodeByKey, type LexicalEditor } from "lexical";
import { $breakParts } from "./breaks.ts";
import { useEffect, useState } from "react";
import { type PendingSuggestion, pendingSuggestions } from "../../../../shared/document/suggestions.ts";
import { useWorkspace } from "../../../workspace/WorkspaceContext.tsx";
import { describeSuggestion } from "../../nodes/SuggestionNode.ts";
import { serializeBody } from "../../serializeBody.ts";
import { $decideSuggestions, $suggestionParts, type Decision, type Which } from "./decide.ts";
import { changeLabel } from "./labels.ts";

/** The list, read again once the editor has been still for a moment (not on every keystroke). */
function usePending(editor: LexicalEditor | null, delayMs = 200): PendingSuggestion[] {
  const [pending, setPending] = useState<PendingSuggestion[]>([]);
  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () => setPending(pendingSuggestions(serializeBody(editor.getEditorState())));
    read();
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      clearTimeout(timer);
      timer = setTimeout(read, delayMs);
    });
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor, delayMs]);
  return pending;
}

function show(editor: LexicalEditor, id: string) {
  editor.update(() => {
    const part =
      $suggestionParts().find((p) => p.getSuggestionId() === id) ??
      $breakParts().find((b) => b.meta.suggestionId === id)?.block;
    const node = part && $getNodeByKey(part.getKey());
    if (!node) return;
    node.selectStart();
    editor.getElementByKey(node.getKey())?.scrollIntoView({ block: "center" });
  });
  editor.focus();
}

function ChangeItem({
  change,
  decide,
  onShow,
}: {
  change: PendingSuggestion;
  decide: (d: Decision) => void;
  onShow: () => void;
}) {
  const Words = { insert: "ins", delete: "del", format: "span", break: "span", join: "del" }[change.kind] as
    "ins" | "del" | "span";
  return (
    <li data-suggestion-id={change.id}>
      <span className="suggestion-initials">{change.initials}</span>
      {changeLabel(change)} by {describeSuggestion({ ...change, suggestionId: change.id })}
      <button type="button" className="change-words link-button" onClick={onShow}>
        <Words className={`ed-suggest-${change.kind}`}>{change.text}</Words>
      </button>
      <button type="button" onClick={() => decide("accept")}>
        Accept
      </button>{" "}
      <button type="button" onClick={() => decide("reject")}>
        Reject
      </button>
    </li>
  );
}

export function ChangesTab() {
  const { editorRef, keepVersion } = useWorkspace();
  const editor = editorRef.current;
  const pending = usePending(editor);
  const authors = [...new Set(pending.map((p) => p.author))];
  const [author, setAuthor] = useState("");
  const chosen = authors.includes(author) ? author : "";

  const decide = (decision: Decision, which: Which) => {
    editor?.update(() => void $decideSuggestions(decision, which));
  };
  const decideAll = async (decision: Decision) => {
    await keepVersion(
      decision === "accept" ? "Before accepting suggestions" : "Before rejecting suggestions",
    );
    decide(decision, chosen ? { author: chosen } : "all");
  };

  if (!editor) return null;
  if (pending.length === 0)
    return <p className="muted">No suggested edits. Switch to Suggesting in the toolbar to make some.</p>;
  return (
    <section aria-label="Suggested edits">
      <div className="changes-bulk">
        <label>
          From{" "}
          <select aria-label="Whose suggestions" value={chosen} onChange={(e) => setAuthor(e.target.value)}>
            <option value="">everyone</option>
            {authors.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void decideAll("accept")}>
          Accept all
        </button>
        <button type="button" onClick={() => void decideAll("reject")}>
          Reject all
        </button>
      </div>
      <ul className="changes-list">
        {pending.map((change) => (
          <ChangeItem
            key={change.id}
            change={change}
            decide={(d) => decide(d, { id: change.id })}
            onShow={() => show(editor, change.id)}
          />
        ))}
      </ul>
    </section>
  );
}
