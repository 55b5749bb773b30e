// One source in the Sources tab: who, how they stand, their quotes in this article, and
// what an editor does with the record (edit, see all quotes, merge, remove).
import { useState } from "react";
import type { QuoteRecord, Source } from "../../shared/api/sourceSchemas.ts";
import { REACHED_VIA_LABELS, STANDING_LABELS } from "../../shared/api/sourceSchemas.ts";
import { SourceForm } from "./SourceForm.tsx";
import { SourcePicker } from "./SourcePicker.tsx";
import { kindSummary } from "./quoteGroups.ts";

export interface SourceCardProps {
  source: Source;
  quotes: QuoteRecord[];
  articleId: string;
  highlighted: boolean;
  onHighlight: () => void;
  onSaved: (s: Source) => void;
  onShowAll: () => void;
  onMerge: (other: Source) => Promise<void>;
  onRemove: () => Promise<void>;
}

type Mode = "view" | "edit" | "merge-pick" | "merge-confirm" | "remove-confirm";

/** Who the source is and how they stand, and their quotes in this article. */
function SourceSummary({ source, quotes, highlighted, onHighlight }: SourceCardProps) {
  const reached =
    source.reachedVia === "social-media" && source.platform
      ? `${source.platform}${source.handle ? ` ${source.handle}` : ""}`
      : REACHED_VIA_LABELS[source.reachedVia];
  return (
    <>
      <div className="source-card-head">
        <button
          type="button"
          className="source-name"
          aria-pressed={highlighted}
          title="Highlight this source's quotes in the text"
          onClick={onHighlight}
        >
          {source.name}
        </button>
        <span className="muted source-counts" data-testid="quote-counts">
          {kindSummary(quotes)}
        </span>
      </div>
      {(source.title || source.organization) && (
        <p className="muted">{[source.title, source.organization].filter(Boolean).join(", ")}</p>
      )}
      <p className="source-badges">
        <span className={`badge standing-${source.standing}`}>{STANDING_LABELS[source.standing]}</span>
        <span className="badge">{reached}</span>
        {source.verified ? (
          <span className="badge ok">Verified{source.verifiedBy ? ` by ${source.verifiedBy}` : ""}</span>
        ) : (
          <span className="badge warn">Not verified</span>
        )}
      </p>
      {quotes.length > 0 && (
        <ul className="quote-list">
          {quotes.map((q) => (
            <li key={q.quoteId}>
              <span className={`badge kind-${q.kind}`}>{q.kind}</span> <q>{q.text}</q>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

interface ModeProps extends SourceCardProps {
  setMode: (mode: Mode) => void;
  busy: boolean;
  act: (work: () => Promise<void>) => void;
}

function SourceActions({ source, onShowAll, setMode }: ModeProps) {
  return (
    <div className="source-actions">
      <button type="button" onClick={() => setMode("edit")}>
        Edit
      </button>
      <button type="button" onClick={onShowAll}>
        All quotes by {source.name}
      </button>
      <button type="button" onClick={() => setMode("merge-pick")}>
        Merge…
      </button>
      <button type="button" className="danger" onClick={() => setMode("remove-confirm")}>
        Remove from article
      </button>
    </div>
  );
}

/** Merging two records of one source: pick the other record, then confirm. */
function MergePanels(props: ModeProps & { mode: Mode }) {
  const { source, mode, setMode, busy, act } = props;
  const [other, setOther] = useState<Source | null>(null);
  if (mode === "merge-pick")
    return (
      <div className="inline-panel">
        <p>Which record is the same {source.kind === "body" ? "body" : "person"}?</p>
        <SourcePicker
          label="Merge with"
          articleId={props.articleId}
          articleSources={[]}
          allowNew={false}
          exclude={[source.id]}
          onChoose={(s) => {
            setOther(s);
            setMode("merge-confirm");
          }}
          onCancel={() => setMode("view")}
        />
      </div>
    );
  if (mode !== "merge-confirm" || !other) return null;
  return (
    <div className="inline-panel" role="group" aria-label="Confirm merge">
      <p>
        Merge “{other.name}” into “{source.name}”? Its quotes in every article will name “{source.name}”, and
        the “{other.name}” record goes away.
      </p>
      <button
        type="button"
        className="primary"
        disabled={busy}
        onClick={() => act(() => props.onMerge(other))}
      >
        Merge
      </button>
      <button type="button" onClick={() => setMode("view")}>
        Cancel
      </button>
    </div>
  );
}

function RemovePanel({ source, quotes, setMode, busy, act, onRemove }: ModeProps) {
  return (
    <div className="inline-panel" role="group" aria-label="Confirm removal">
      <p>
        Remove {source.name} from this article?
        {quotes.length > 0 &&
          ` Their ${quotes.length} quote tag${quotes.length === 1 ? "" : "s"} will be removed; the words stay.`}{" "}
        The source stays in the library.
      </p>
      <button type="button" className="danger" disabled={busy} onClick={() => act(onRemove)}>
        Remove
      </button>
      <button type="button" onClick={() => setMode("view")}>
        Cancel
      </button>
    </div>
  );
}

export function SourceCard(props: SourceCardProps) {
  const { source } = props;
  const [mode, setMode] = useState<Mode>("view");
  const [busy, setBusy] = useState(false);
  const act = (work: () => Promise<void>) => {
    setBusy(true);
    void work().finally(() => {
      setBusy(false);
      setMode("view");
    });
  };

  if (mode === "edit")
    return (
      <li className="source-card">
        <SourceForm
          source={source}
          onSaved={(s) => {
            setMode("view");
            props.onSaved(s);
          }}
          onCancel={() => setMode("view")}
        />
      </li>
    );

  const modeProps: ModeProps = { ...props, setMode, busy, act };
  return (
    <li className="source-card" aria-label={source.name} data-highlighted={props.highlighted}>
      <SourceSummary {...props} />
      {mode === "view" && <SourceActions {...modeProps} />}
      <MergePanels {...modeProps} mode={mode} />
      {mode === "remove-confirm" && <RemovePanel {...modeProps} />}
    </li>
  );
}
