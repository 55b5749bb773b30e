// The status bar's word target: "120 under 800" live as the writer types, and a way to set it.
import { type FormEvent, useState } from "react";
import { wordTargetStatus } from "../../../shared/article/length.ts";
import { client } from "../../client/index.ts";
import { useWorkspace } from "../../workspace/WorkspaceContext.tsx";
import { useLength } from "./lengthStore.ts";
import "./length.css";

export function WordTarget({ words }: { words: number }) {
  const { article } = useWorkspace();
  const [{ target }, change] = useLength();
  const [draft, setDraft] = useState<string | null>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const value = draft?.trim() ? Number(draft) : null;
    if (value !== null && !(Number.isInteger(value) && value > 0)) return;
    if (await change(() => client["length.setTarget"]({ articleId: article.id, words: value })))
      setDraft(null);
  };

  if (draft !== null) {
    return (
      <form className="word-target-form" onSubmit={save}>
        <label>
          Word target
          <input type="number" min={1} autoFocus value={draft} onChange={(e) => setDraft(e.target.value)} />
        </label>
        <button type="submit">Set</button>
        <button type="button" onClick={() => setDraft(null)}>
          Cancel
        </button>
      </form>
    );
  }
  const status = target === null ? null : wordTargetStatus(words, target);
  return (
    <button
      type="button"
      className="link-button word-target"
      data-testid="word-target"
      data-state={status?.state ?? "none"}
      title="Set the word target"
      onClick={() => setDraft(target === null ? "" : String(target))}
    >
      {status ? status.label : "Set word target"}
    </button>
  );
}
