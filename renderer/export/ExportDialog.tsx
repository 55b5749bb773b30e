// Export… (Ctrl/Cmd+E, File > Export…) for the open article (issue 5): format and
// options with a live preview, Save and Copy, and the publish-ready gate with override.
import { useCallback, useEffect, useState } from "react";
import { useCommand } from "../workspace/commands.ts";
import { useWorkspace } from "../workspace/WorkspaceContext.tsx";
import { client } from "../client/index.ts";
import { BatchExportButton } from "./BatchExport.tsx";
import { copyRendered, type Rendered, saveRendered } from "./deliver.ts";
import { ExportPreview } from "./ExportPreview.tsx";
import { appliesTo, errorMessage, FORMATS, isGateRefusal, OPTIONS, requestOptions } from "./exportChoices.ts";
import { ModalDialog } from "./ModalDialog.tsx";
import { previewKey, useExportPreview } from "./useExportPreview.ts";
import { useRememberedChoices } from "./useRememberedChoices.ts";
import "./export.css";

export function ExportDialog() {
  const [open, setOpen] = useState(false);
  useCommand(
    "export",
    useCallback(() => setOpen(true), []),
  );
  return open ? <ExportPanel onClose={() => setOpen(false)} /> : null;
}

type Action = "save" | "copy";

interface Refusal {
  message: string;
  action: Action;
}

function ExportPanel({ onClose }: { onClose: () => void }) {
  const { article, session } = useWorkspace();
  const [flushed, setFlushed] = useState(false);
  const { format, setFormat, choices, setChoices, loaded } = useRememberedChoices();
  const [showSource, setShowSource] = useState(false);
  const [publishReady, setPublishReady] = useState(false);
  const [gateNote, setGateNote] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  // Export what the library has, so put the newest words there first.
  useEffect(() => {
    void session.flush().finally(() => setFlushed(true));
  }, [session]);

  const options = requestOptions(format, choices);
  const version = flushed && loaded ? article.updatedAt : null;
  const preview = useExportPreview(article.id, version, format, options);
  const previewIsCurrent =
    preview.rendered !== null &&
    version !== null &&
    preview.key === previewKey(article.id, version, format, options);

  // Tell the editor up front whether the gate will stop a publish-ready export.
  useEffect(() => {
    if (!publishReady) return setGateNote(null);
    let current = true;
    client["review.gate"]({ articleId: article.id }).then(
      ({ openBlockers }) =>
        current &&
        setGateNote(
          openBlockers.length === 0
            ? "No review blockers are open."
            : `${openBlockers.length} review blocker${openBlockers.length === 1 ? " is" : "s are"} open: export will be refused unless you override.`,
        ),
      (error: unknown) => current && setGateNote(errorMessage(error)),
    );
    return () => {
      current = false;
    };
  }, [publishReady, article.id, article.updatedAt]);

  const deliver = async (action: Action, overrideReason?: string) => {
    setBusy(true);
    setMessage(null);
    try {
      let rendered: Rendered;
      if (!publishReady && previewIsCurrent && preview.rendered) {
        // The preview is exactly this export; reusing it keeps Copy inside the click's user activation.
        rendered = preview.rendered;
      } else {
        await session.flush();
        rendered = await client["export.render"]({
          articleId: article.id,
          format,
          options,
          publishReady,
          override: overrideReason ? { reason: overrideReason } : undefined,
        });
      }
      setRefusal(null);
      if (action === "copy") {
        await copyRendered(format, rendered);
        setMessage({ text: "Copied", error: false });
      } else {
        const where = await saveRendered(rendered);
        if (where === "download") setMessage({ text: `Downloaded ${rendered.fileName}`, error: false });
        else if (where) setMessage({ text: `Saved to ${where}`, error: false });
      }
      if (overrideReason) setReason("");
    } catch (error) {
      if (isGateRefusal(error)) setRefusal({ message: errorMessage(error), action });
      else setMessage({ text: errorMessage(error), error: true });
    } finally {
      setBusy(false);
    }
  };

  const choose = (change: () => void) => {
    change();
    setMessage(null);
  };

  return (
    <ModalDialog label="Export" className="export-dialog" onClose={onClose}>
      <header className="export-head">
        <h2>Export</h2>
        <span className="export-article">{article.headline || "Untitled"}</span>
      </header>
      <div className="export-body">
        <div className="export-controls">
          <fieldset>
            <legend>Format</legend>
            {FORMATS.map((f) => (
              <label key={f.id}>
                <input
                  type="radio"
                  name="export-format"
                  checked={format === f.id}
                  onChange={() => choose(() => setFormat(f.id))}
                />
                {f.label}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Options</legend>
            {OPTIONS.map((o) => (
              <label key={o.id} className={appliesTo(o.id, format) ? "" : "export-na"}>
                <input
                  type="checkbox"
                  checked={choices[o.id]}
                  disabled={!appliesTo(o.id, format)}
                  onChange={(e) => choose(() => setChoices({ ...choices, [o.id]: e.target.checked }))}
                />
                {o.label}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Review</legend>
            <label>
              <input
                type="checkbox"
                checked={publishReady}
                onChange={(e) =>
                  choose(() => {
                    setPublishReady(e.target.checked);
                    setRefusal(null);
                  })
                }
              />
              Publish-ready
            </label>
            {gateNote && <p className="export-note">{gateNote}</p>}
          </fieldset>
          {refusal && (
            <div className="export-refusal">
              <p role="alert">{refusal.message}</p>
              <label>
                Override reason
                <textarea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
              </label>
              <button
                type="button"
                className="danger"
                disabled={busy || reason.trim() === ""}
                onClick={() => void deliver(refusal.action, reason.trim())}
              >
                Override and export
              </button>
            </div>
          )}
        </div>
        <ExportPreview
          format={format}
          preview={preview}
          waiting={!flushed}
          showSource={showSource}
          onToggleSource={() => setShowSource((s) => !s)}
        />
      </div>
      <footer className="export-foot">
        <BatchExportButton />
        <p className={message?.error ? "export-message export-error" : "export-message"} aria-live="polite">
          {message?.text}
        </p>
        <button
          type="button"
          className="primary"
          disabled={busy || !flushed}
          onClick={() => void deliver("save")}
        >
          Save…
        </button>
        <button type="button" disabled={busy || !flushed} onClick={() => void deliver("copy")}>
          Copy
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </footer>
    </ModalDialog>
  );
}
