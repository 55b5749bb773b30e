// Detected quotations waiting for the editor: accept (links or creates the source and
// tags the words), reject (remembered), accept all above a confidence.
import { useState } from "react";
import type { Source } from "../../shared/api/sourceSchemas.ts";
import { useWorkspace } from "../article/WorkspaceContext.tsx";
import { acceptSuggestions, detectSuggestions, rejectSuggestion } from "./detection.ts";
import { SourcePicker } from "./SourcePicker.tsx";
import { type SourcesModel, type SuggestionView, useSourcesState } from "./sourcesModel.ts";
import { aboveThreshold, sourceNameFor, spellingWarning, withSpeaker } from "./suggestions.ts";

const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9];

/**
 * Who said it: the best speaker (pre-selected when the detector is sure, otherwise it says it is
 * unsure and waits for a pick), and one click away the next candidates and "Someone else…".
 */
function SpeakerChoice({
  s,
  chosen,
  onChoose,
  onSomeoneElse,
}: {
  s: SuggestionView;
  chosen: number | null;
  onChoose: (i: number) => void;
  onSomeoneElse: () => void;
}) {
  const [more, setMore] = useState(false);
  const options = s.options ?? [];
  if (options.length === 0) return null;
  const shown = more ? options : options.slice(0, 1);
  return (
    <fieldset className="speaker-choice">
      <legend>{s.confident ? "Speaker" : "Unsure of the speaker: pick one"}</legend>
      {shown.map((o, i) => (
        <label key={o.name}>
          <input
            type="radio"
            name={`speaker-${s.fingerprint}`}
            checked={chosen === i}
            onChange={() => onChoose(i)}
          />{" "}
          {o.name}
          {o.match && o.match.name !== o.name && <span className="muted"> (library: {o.match.name})</span>}
        </label>
      ))}
      {!more && options.length > 1 && (
        <button type="button" className="link" onClick={() => setMore(true)}>
          Other speakers ({options.length - 1})
        </button>
      )}
      {more && (
        <button type="button" className="link" onClick={onSomeoneElse}>
          Someone else…
        </button>
      )}
    </fieldset>
  );
}

function SuggestionItem({
  s,
  model,
  run,
}: {
  s: SuggestionView;
  model: SourcesModel;
  run: (list: SuggestionView[], chosen?: Source) => void;
}) {
  const [picking, setPicking] = useState(false);
  const [chosen, setChosen] = useState<number | null>(s.confident ? 0 : null);
  const state = useSourcesState(model);
  const { notify } = useWorkspace();
  const option = chosen !== null ? s.options?.[chosen] : undefined;
  // Without ranked options (an older detection), the detector's own speaker is the pick.
  const picked = option ? withSpeaker(s, option) : s.options?.length ? null : s;
  const { quote } = s;
  const match = picked?.match ?? null;
  const warning = spellingWarning(match);
  const speaker = picked?.quote.speaker ?? null;
  const goesTo = match ? match.name : speaker ? `new source “${sourceNameFor(speaker)}”` : null;
  return (
    <li className="suggestion" aria-label={`Suggestion: ${quote.text}`}>
      <q className="suggestion-text">{quote.text}</q>
      <div className="suggestion-meta">
        <span className={`badge kind-${quote.kind}`}>{quote.kind}</span>
        <span>
          {quote.speaker
            ? s.confident === false
              ? `Unsure: ${quote.speaker}?`
              : `Speaker: ${quote.speaker}`
            : "No speaker found"}
        </span>
        {quote.cue && <span className="muted">cue “{quote.cue}”</span>}
        <span className="muted" title="Detection confidence">
          {Math.round(quote.confidence * 100)}%
        </span>
        {!quote.closed && <span className="badge warn">never closed</span>}
      </div>
      <SpeakerChoice s={s} chosen={chosen} onChoose={setChosen} onSomeoneElse={() => setPicking(true)} />
      {warning && (
        <p className="spelling-warning" role="note">
          {warning}
        </p>
      )}
      {goesTo && <p className="muted">Tags as: {goesTo}</p>}
      {picking ? (
        <SourcePicker
          articleId={state.articleId}
          articleSources={state.sources}
          onChoose={(source) => {
            setPicking(false);
            run([s], source);
          }}
          onCancel={() => setPicking(false)}
        />
      ) : (
        <div className="suggestion-actions">
          {goesTo && picked && (
            <button type="button" className="primary" onClick={() => run([picked])}>
              Accept
            </button>
          )}
          <button type="button" onClick={() => setPicking(true)}>
            {goesTo ? "Other source…" : "Pick source…"}
          </button>
          <button
            type="button"
            onClick={() => void rejectSuggestion(model, s).catch((e: Error) => notify(e.message))}
          >
            Reject
          </button>
        </div>
      )}
    </li>
  );
}

export function SuggestionList({ model }: { model: SourcesModel }) {
  const { editorRef, notify } = useWorkspace();
  const state = useSourcesState(model);
  const [threshold, setThreshold] = useState(0.7);
  const [busy, setBusy] = useState(false);

  const run = (list: SuggestionView[], chosen?: Source) => {
    const editor = editorRef.current;
    if (!editor || busy) return;
    setBusy(true);
    acceptSuggestions(editor, model, list, chosen)
      .then((n) => notify(n === 1 ? "Quote tagged." : `${n} quotes tagged.`))
      .catch((e: Error) => notify(e.message))
      .finally(() => setBusy(false));
  };

  const detect = () => {
    const editor = editorRef.current;
    if (!editor) return;
    void detectSuggestions(editor, model).then((n) =>
      notify(n ? `${n} quotation${n === 1 ? "" : "s"} to review.` : "No untagged quotations found."),
    );
  };

  // Bulk acceptance needs a sure speaker: the others wait for the editor's pick.
  const bulk = aboveThreshold(state.suggestions, threshold).filter(
    (s) => s.quote.speaker && s.confident !== false,
  );
  return (
    <section className="suggestions" aria-label="Suggestions">
      <div className="section-head">
        <h3>Suggestions {state.suggestions.length > 0 && `(${state.suggestions.length})`}</h3>
        <button type="button" onClick={detect}>
          Detect quotes
        </button>
      </div>
      {state.suggestions.length > 0 && (
        <div className="bulk-accept">
          <label>
            Confidence{" "}
            <select
              aria-label="Confidence threshold"
              value={threshold}
              onChange={(e) => setThreshold(Number(e.target.value))}
            >
              {THRESHOLDS.map((t) => (
                <option key={t} value={t}>
                  {Math.round(t * 100)}%
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={busy || bulk.length === 0} onClick={() => run(bulk)}>
            Accept all above ({bulk.length})
          </button>
        </div>
      )}
      {state.detected && state.suggestions.length === 0 && <p className="muted">No untagged quotations.</p>}
      <ul className="suggestion-list">
        {state.suggestions.map((s) => (
          <SuggestionItem key={s.fingerprint} s={s} model={model} run={run} />
        ))}
      </ul>
    </section>
  );
}
