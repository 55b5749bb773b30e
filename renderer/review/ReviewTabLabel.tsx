// "Review" with a count of open blockers, for the inspector's tab strip (the tab itself is
// mounted only while open, so the count must come from the shared review store).
import { useReview } from "./useReview.ts";
import { openBlockers } from "../../shared/review/index.ts";
import "./review.css";

export function ReviewTabLabel() {
  const [state] = useReview();
  const blockers = state.ready ? openBlockers(state.findings, state.signOffs).length : 0;
  return (
    <>
      Review
      {blockers > 0 && (
        <span className="review-badge" aria-label={`${blockers} open blockers`}>
          {blockers}
        </span>
      )}
    </>
  );
}
