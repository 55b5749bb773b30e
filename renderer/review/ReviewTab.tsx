// The inspector's Review tab (issue 4): findings by severity with counts; click one to see it in
// the story, fix it, or sign it off with a note.
import { useEffect } from "react";
import type { Finding } from "../../shared/review/index.ts";
import { useWorkspace } from "../article/WorkspaceContext.tsx";
import { client } from "../client/index.ts";
import { applyFix, selectFinding } from "./editorActions.ts";
import { FindingItem } from "./FindingItem.tsx";
import { groupFindings, openCount } from "./findings.ts";
import { SigningAs } from "./SigningAs.tsx";
import { useReview } from "./useReview.ts";
import "./review.css";

const STALE = "The story changed here since the review; it will catch up in a moment.";

export function ReviewTab() {
  const { article, editorRef, notify } = useWorkspace();
  const [state, store, reload] = useReview();

  // Sign-offs and source records may have changed elsewhere since the review last loaded them.
  useEffect(() => {
    void reload();
  }, [reload]);

  const editor = editorRef.current;
  const select = (finding: Finding) => {
    if (editor && !selectFinding(editor, finding, state.reviewedText)) notify(STALE);
  };
  const fix = (finding: Finding) => {
    if (editor && !applyFix(editor, finding, state.reviewedText)) notify(STALE);
  };
  const signOffFinding = async (finding: Finding, note: string) => {
    try {
      store.signedOff(
        await client["review.signOff"]({
          articleId: article.id,
          findingId: finding.id,
          rule: finding.rule,
          excerpt: finding.excerpt,
          note,
        }),
      );
      return true;
    } catch (error) {
      notify((error as Error).message);
      return false;
    }
  };
  const withdraw = async (id: string) => {
    try {
      await client["review.withdrawSignOff"]({ id });
      store.withdrawn(id);
    } catch (error) {
      notify((error as Error).message);
    }
  };

  const groups = groupFindings(state.findings, state.signOffs);
  const open = openCount(state.findings, state.signOffs);
  return (
    <div className="review">
      <SigningAs notify={notify} />
      <p className="review-summary" aria-live="polite">
        {!state.ready
          ? "Reviewing…"
          : open === 0
            ? "No open blockers or warnings."
            : `${open} open blocker${open === 1 ? "" : "s"} and warning${open === 1 ? "" : "s"}.`}
        {state.ready && state.reviewing && <span className="muted"> Updating…</span>}
      </p>
      {state.error && (
        <p role="alert" className="error-text">
          {state.error}
        </p>
      )}
      {state.ready &&
        groups.map((group) => (
          <section
            key={group.severity}
            className="finding-group"
            data-severity={group.severity}
            aria-labelledby={`review-${group.severity}`}
          >
            <h3 id={`review-${group.severity}`}>
              {group.heading} <span className="review-count">{group.open}</span>
              {group.resolved > 0 && <span className="muted"> · {group.resolved} signed off</span>}
            </h3>
            {group.items.length === 0 ? (
              <p className="muted">None.</p>
            ) : (
              <ul className="finding-list">
                {group.items.map(({ finding, signOff }) => (
                  <FindingItem
                    key={finding.id}
                    finding={finding}
                    signOff={signOff}
                    onSelect={() => select(finding)}
                    onFix={() => fix(finding)}
                    onSignOff={(note) => signOffFinding(finding, note)}
                    onWithdraw={withdraw}
                  />
                ))}
              </ul>
            )}
          </section>
        ))}
    </div>
  );
}
