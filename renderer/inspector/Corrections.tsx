// Corrections to a published story (issue 18), in the History tab: what was corrected, when
// and by whom; a published story takes a new one. The export ends with them.
import { type FormEvent, useState } from "react";
import type { Correction } from "../../shared/api/deskContract.ts";
import { useLoad } from "../workspace/useAsync.ts";
import { useWorkspace } from "../workspace/WorkspaceContext.tsx";
import { client } from "../client/index.ts";

export interface CorrectionsProps {
  articleId: string;
  version: string;
  onAdded: () => void;
}

export function Corrections({ articleId, version, onAdded }: CorrectionsProps) {
  const { metadata, notify, libraryChanged } = useWorkspace();
  const [loaded] = useLoad<Correction[]>(
    () => client["corrections.list"]({ articleId }),
    [articleId, version],
    [],
  );
  const [added, setAdded] = useState<Correction[] | null>(null);
  const [draft, setDraft] = useState("");
  const corrections = added ?? loaded;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      setAdded(await client["corrections.add"]({ articleId, text: draft }));
      setDraft("");
      libraryChanged();
      onAdded();
      notify("Correction added; the story before it is kept in History.");
    } catch (error) {
      notify((error as Error).message);
    }
  };

  if (metadata.status !== "published" && corrections.length === 0) return null;
  return (
    <section className="corrections" aria-label="Corrections">
      <h3>Corrections</h3>
      <ol>
        {corrections.map((c) => (
          <li key={c.id}>
            {c.text}{" "}
            <span className="muted">
              · {c.correctedBy}, {new Date(c.correctedAt).toLocaleString()}
            </span>
          </li>
        ))}
      </ol>
      {metadata.status === "published" && (
        <form onSubmit={submit}>
          <label>
            Correction
            <textarea value={draft} rows={3} onChange={(e) => setDraft(e.target.value)} />
          </label>
          <button type="submit" className="primary" disabled={!draft.trim()}>
            Add correction
          </button>
        </form>
      )}
    </section>
  );
}
