// Two revisions side by side in one text (issue 18): pick any two from the History list and
// read what changed between them, insertions and deletions marked word by word.
import { useState } from "react";
import type { RevisionSummary } from "../../shared/api/schemas.ts";
import { compareRevisions, type FieldDiff, type RevisionComparison } from "../../shared/revisions/compare.ts";
import { client } from "../client/index.ts";
import "./compare.css";

function Marked({ diff, label }: { diff: FieldDiff; label: string }) {
  return (
    <div className="compare-field" aria-label={label}>
      {diff.parts.map((part, i) =>
        part.kind === "inserted" ? (
          <ins key={i}>{part.text}</ins>
        ) : part.kind === "deleted" ? (
          <del key={i}>{part.text}</del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </div>
  );
}

const describe = (r: RevisionSummary) => `${r.reason} · ${new Date(r.createdAt).toLocaleString()}`;

export function RevisionCompare({ revisions }: { revisions: RevisionSummary[] }) {
  // Revisions come newest first: by default compare the one before the newest with the newest.
  const [fromId, setFromId] = useState(revisions[1]?.id ?? "");
  const [toId, setToId] = useState(revisions[0]?.id ?? "");
  const [result, setResult] = useState<RevisionComparison | null>(null);
  const [problem, setProblem] = useState("");

  if (revisions.length < 2) return null;
  const compare = async () => {
    try {
      const [from, to] = await Promise.all([
        client["revisions.get"]({ id: fromId }),
        client["revisions.get"]({ id: toId }),
      ]);
      // Always read older to newer, whichever way round they were picked.
      const [older, newer] = from.createdAt <= to.createdAt ? [from, to] : [to, from];
      const side = (r: typeof from) => ({ headline: r.metadata.headline, dek: r.metadata.dek, body: r.body });
      setResult(compareRevisions(side(older), side(newer)));
      setProblem("");
    } catch (error) {
      setProblem((error as Error).message);
    }
  };
  const picker = (label: string, value: string, onChange: (id: string) => void) => (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {revisions.map((r) => (
          <option key={r.id} value={r.id}>
            {describe(r)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="revision-compare" aria-label="Compare revisions">
      <h3>Compare</h3>
      {picker("From", fromId, setFromId)}
      {picker("To", toId, setToId)}
      <button type="button" disabled={fromId === toId} onClick={() => void compare()}>
        Compare
      </button>
      {problem && (
        <p role="alert" className="error-text">
          {problem}
        </p>
      )}
      {result && (
        <div className="compare-result" aria-label="Changes between revisions">
          <p className="muted" data-testid="compare-summary">
            {result.body.inserted + result.headline.inserted + result.dek.inserted} words inserted,{" "}
            {result.body.deleted + result.headline.deleted + result.dek.deleted} deleted
          </p>
          <Marked diff={result.headline} label="Headline changes" />
          {result.dek.parts.length > 0 && <Marked diff={result.dek} label="Dek changes" />}
          <Marked diff={result.body} label="Body changes" />
        </div>
      )}
    </section>
  );
}
