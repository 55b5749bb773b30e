// Revision history: every snapshot of the article, a preview of any of them, and
// restore (which itself leaves a revision behind, so it can be undone). Below, the review
// record: sign-offs and publish-gate overrides, which stay with the article.
import { useState } from "react";
import type { Revision, RevisionSummary } from "../../shared/api/schemas.ts";
import { BodyPreview } from "./BodyPreview.tsx";
import { client } from "../client/index.ts";
import { useLoad } from "../workspace/useAsync.ts";
import { ReviewRecord } from "../review/ReviewRecord.tsx";
import { Corrections } from "./Corrections.tsx";
import { RevisionCompare } from "./RevisionCompare.tsx";

export interface HistoryTabProps {
  articleId: string;
  version: string;
  onRestore: (revisionId: string) => void;
}

export function HistoryTab({ articleId, version, onRestore }: HistoryTabProps) {
  // A correction keeps the story as it stood as a revision: list it.
  const [corrected, setCorrected] = useState(0);
  const [revisions, error] = useLoad<RevisionSummary[]>(
    () => client["revisions.list"]({ articleId }),
    [articleId, version, corrected],
    [],
  );
  const [preview, setPreview] = useState<Revision | null>(null);

  const open = async (id: string) => setPreview(await client["revisions.get"]({ id }));

  if (preview) {
    return (
      <div className="history-preview" aria-label="Revision preview">
        <button type="button" onClick={() => setPreview(null)}>
          ← All versions
        </button>
        <p className="muted">
          {preview.reason}
          {preview.author && ` by ${preview.author}`} · {new Date(preview.createdAt).toLocaleString()} ·{" "}
          {preview.wordCount} words
        </p>
        <h3>{preview.metadata.headline || "Untitled"}</h3>
        {preview.metadata.dek && <p className="dek-preview">{preview.metadata.dek}</p>}
        <BodyPreview body={preview.body} />
        <button
          type="button"
          className="primary"
          onClick={() => {
            onRestore(preview.id);
            setPreview(null);
          }}
        >
          Restore this version
        </button>
      </div>
    );
  }
  return (
    <div className="history">
      <Corrections articleId={articleId} version={version} onAdded={() => setCorrected((n) => n + 1)} />
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <ol className="history-list" aria-label="Revisions">
        {revisions.map((r) => (
          <li key={r.id}>
            <button type="button" onClick={() => open(r.id)}>
              <span className="history-reason">
                {r.reason}
                {r.author && <span className="history-author"> · by {r.author}</span>}
              </span>
              <span className="muted">
                {new Date(r.createdAt).toLocaleString()} · {r.headline || "Untitled"} · {r.wordCount} words
              </span>
            </button>
          </li>
        ))}
      </ol>
      {/* Keyed by the list, so a new revision resets the pickers to the newest two. */}
      <RevisionCompare key={revisions.map((r) => r.id).join()} revisions={revisions} />
      <ReviewRecord articleId={articleId} version={version} />
    </div>
  );
}
