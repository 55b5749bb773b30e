// The inspector's Review tab (issue 4): findings by severity with counts; click one to see it in
// the story, fix it, or sign it off with a note.
import { memo, useCallback, useEffect } from "react";
import type { SignOffRecord } from "../../shared/api/sourceSchemas.ts";
import { type Finding, openBlockers } from "../../shared/review/index.ts";
import { useWorkspace } from "../workspace/WorkspaceContext.tsx";
import { client } from "../client/index.ts";
import { sourcesModelFor } from "../sources/sourcesModel.ts";
import { applyFix, selectFinding } from "./editorActions.ts";
import { FindingItem } from "./FindingItem.tsx";
import { groupFindings, openCount } from "./findings.ts";
import { SigningAs } from "./SigningAs.tsx";
import { tagFromFinding } from "./tagFromFinding.ts";
import type { ReviewStore } from "./reviewStore.ts";
import { useReview } from "./useReview.ts";
import "./review.css";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

const STALE = "The story changed here since the review; it will catch up in a moment.";

/** Signing a finding off with a note, and withdrawing a sign-off. */
function useSignOffs(store: ReviewStore) {
  const { article, notify } = useWorkspace();
  const signOffFinding = useCallback(
    async (finding: Finding, note: string) => {
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
    },
    [article.id, store, notify],
  );
  const withdraw = useCallback(
    async (id: string) => {
      try {
        await client["review.withdrawSignOff"]({ id });
        store.withdrawn(id);
      } catch (error) {
        notify((error as Error).message);
      }
    },
    [store, notify],
  );

  return { signOffFinding, withdraw };
}

export function ReviewTab() {
  const { article, editorRef, notify } = useWorkspace();
  const [state, store, reload] = useReview();

  // Sign-offs and source records may have changed elsewhere since the review last loaded them.
  useEffect(() => {
    void reload();
  }, [reload]);

  // Stable handlers reading the store at call time, so the (possibly long) list re-renders only
  // when findings or sign-offs change, not when a keystroke marks the review as updating.
  const select = useCallback(
    (finding: Finding) => {
      const editor = editorRef.current;
      if (editor && !selectFinding(editor, finding, store.get().reviewedText)) notify(STALE);
    },
    [editorRef, store, notify],
  );
  const fix = useCallback(
    (finding: Finding) => {
      const editor = editorRef.current;
      if (!editor) return;
      if (finding.fix?.speaker) {
        tagFromFinding(editor, sourcesModelFor(article.id), finding).then(
          (tagged) =>
            notify(
              tagged ? `Quote tagged to ${finding.fix?.speaker}.` : "Select the words and tag them by hand.",
            ),
          (error: Error) => notify(error.message),
        );
      } else if (!applyFix(editor, finding, store.get().reviewedText)) notify(STALE);
    },
    [article.id, editorRef, store, notify],
  );
  const { signOffFinding, withdraw } = useSignOffs(store);

  const open = openCount(state.findings, state.signOffs);
  const blockers = openBlockers(state.findings, state.signOffs).length;
  return (
    <div className="review">
      <SigningAs />
      <p className="review-summary" aria-live="polite">
        {!state.ready
          ? "Reviewing…"
          : open === 0
            ? "No open blockers or warnings."
            : `${open} open: ${plural(blockers, "blocker")}, ${plural(open - blockers, "warning")}.`}
        {state.ready && state.reviewing && <span className="muted"> Updating…</span>}
      </p>
      {state.error && (
        <p role="alert" className="error-text">
          {state.error}
        </p>
      )}
      {state.ready && (
        <FindingGroups
          findings={state.findings}
          signOffs={state.signOffs}
          onSelect={select}
          onFix={fix}
          onSignOff={signOffFinding}
          onWithdraw={withdraw}
        />
      )}
    </div>
  );
}

interface FindingGroupsProps {
  findings: Finding[];
  signOffs: SignOffRecord[];
  onSelect: (finding: Finding) => void;
  onFix: (finding: Finding) => void;
  onSignOff: (finding: Finding, note: string) => Promise<boolean>;
  onWithdraw: (id: string) => void;
}

const FindingGroups = memo(function FindingGroups({
  findings,
  signOffs,
  onSelect,
  onFix,
  onSignOff,
  onWithdraw,
}: FindingGroupsProps) {
  return groupFindings(findings, signOffs).map((group) => (
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
              onSelect={() => onSelect(finding)}
              onFix={() => onFix(finding)}
              onSignOff={(note) => onSignOff(finding, note)}
              onWithdraw={onWithdraw}
            />
          ))}
        </ul>
      )}
    </section>
  ));
});
