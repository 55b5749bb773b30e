// The article's review record for the History tab: every sign-off and publish-gate override,
// newest first, in words an editor would write in the log.
import type { SignOffRecord } from "../../shared/api/sourceSchemas.ts";
import { client } from "../client/index.ts";
import { useLoad } from "../workspace/useAsync.ts";
import { describeRecord, newestFirst } from "./record.ts";
import "./review.css";

export function ReviewRecord({ articleId, version }: { articleId: string; version: string }) {
  const [records, error] = useLoad<SignOffRecord[]>(
    () => client["review.context"]({ articleId }).then((c) => c.signOffs),
    [articleId, version],
    [],
  );
  return (
    <section className="review-record-section" aria-labelledby="review-record-heading">
      <h3 id="review-record-heading">Review record</h3>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {records.length === 0 ? (
        <p className="muted">No sign-offs or overrides yet.</p>
      ) : (
        <ol className="review-record" aria-label="Review record">
          {newestFirst(records).map((r) => (
            <li key={r.id} data-kind={r.kind}>
              <div>{describeRecord(r)}</div>
              <div className="muted">{new Date(r.at).toLocaleString()}</div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
