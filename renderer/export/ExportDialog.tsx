// Export… (Ctrl/Cmd+E, File > Export…) for the open article (issue 5): format and
// options with a live preview, Save and Copy, and the publish-ready gate with override.
import { useCallback, useEffect, useState } from "react";
import { useCommand } from "../workspace/commands.ts";
import { useWorkspace } from "../workspace/WorkspaceContext.tsx";
import { client } from "../client/index.ts";
import { BatchExportButton } from "./BatchExport.tsx";
import { copyRendered, type Rendered, saveRendered } from "./deliver.ts";
import { ExportPreview } from "./ExportPreview.tsx";
import {
  appliesTo,
  errorMessage,
  type ExportChoices,
  type ExportFormat,
  FORMATS,
  isGateRefusal,
  OPTIONS,
  requestOptions,
} from "./exportChoices.ts";
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

/** What the gate will say of a publish-ready export, told up front (null while not asked). */
function useGateNote(publishReady: boolean, articleId: string, updatedAt: string): string | null {
  const [gateNote, setGateNote] = useState<string | null>(null);
  useEffect(() => {
    if (!publishReady) return setGateNote(null);
    let current = true;
    client["review.gate"]({ articleId }).then(
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
  }, [publishReady, articleId, updatedAt]);
  return gateNote;
}

interface DeliveryRequest {
  format: ExportFormat;
  options: ExportChoices;
  publishReady: boolean;
  /** The preview, when it is exactly this export. */
  current: Rendered | null;
}

/** Save and Copy: render (or reuse the preview), deliver, and hold a gate refusal to override. */
function useDelivery(request: DeliveryRequest) {
  const { article, session } = useWorkspace();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const { format, options, publishReady, current } = request;

  const render = async (overrideReason?: string): Promise<Rendered> => {
    // The preview is exactly this export; reusing it keeps Copy inside the click's user activation.
    if (!publishReady && current) return current;
    await session.flush();
    return client["export.render"]({
      articleId: article.id,
      format,
      options,
      publishReady,
      override: overrideReason ? { reason: overrideReason } : undefined,
    });
  };

  const deliver = async (action: Action, overrideReason?: string) => {
    setBusy(true);
    setMessage(null);
    try {
      const rendered = await render(overrideReason);
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
  return { deliver, busy, message, setMessage, refusal, setRefusal, reason, setReason };
}

function FormatAndOptions(props: {
  format: ExportFormat;
  choices: ExportChoices;
  onFormat: (format: ExportFormat) => void;
  onChoices: (choices: ExportChoices) => void;
}) {
  const { format, choices, onFormat, onChoices } = props;
  return (
    <>
      <fieldset>
        <legend>Format</legend>
        {FORMATS.map((f) => (
          <label key={f.id}>
            <input
              type="radio"
              name="export-format"
              checked={format === f.id}
              onChange={() => onFormat(f.id)}
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
              onChange={(e) => onChoices({ ...choices, [o.id]: e.target.checked })}
            />
            {o.label}
          </label>
        ))}
      </fieldset>
    </>
  );
}

function RefusalPanel(props: {
  refusal: Refusal;
  reason: string;
  onReason: (reason: string) => void;
  busy: boolean;
  onOverride: () => void;
}) {
  const { refusal, reason, onReason, busy, onOverride } = props;
  return (
    <div className="export-refusal">
      <p role="alert">{refusal.message}</p>
      <label>
        Override reason
        <textarea rows={3} value={reason} onChange={(e) => onReason(e.target.value)} />
      </label>
      <button type="button" className="danger" disabled={busy || reason.trim() === ""} onClick={onOverride}>
        Override and export
      </button>
    </div>
  );
}

function PublishReadyField(props: {
  publishReady: boolean;
  gateNote: string | null;
  onChange: (publishReady: boolean) => void;
}) {
  const { publishReady, gateNote, onChange } = props;
  return (
    <fieldset>
      <legend>Review</legend>
      <label>
        <input type="checkbox" checked={publishReady} onChange={(e) => onChange(e.target.checked)} />
        Publish-ready
      </label>
      {gateNote && <p className="export-note">{gateNote}</p>}
    </fieldset>
  );
}

function ExportFooter(props: {
  message: { text: string; error: boolean } | null;
  disabled: boolean;
  onSave: () => void;
  onCopy: () => void;
  onClose: () => void;
}) {
  const { message, disabled, onSave, onCopy, onClose } = props;
  return (
    <footer className="export-foot">
      <BatchExportButton />
      <p className={message?.error ? "export-message export-error" : "export-message"} aria-live="polite">
        {message?.text}
      </p>
      <button type="button" className="primary" disabled={disabled} onClick={onSave}>
        Save…
      </button>
      <button type="button" disabled={disabled} onClick={onCopy}>
        Copy
      </button>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </footer>
  );
}

/** The live preview of what the library holds, once the newest words are saved there. */
function useFlushedPreview(format: ExportFormat, options: ExportChoices, loaded: boolean) {
  const { article, session } = useWorkspace();
  const [flushed, setFlushed] = useState(false);
  // Export what the library has, so put the newest words there first.
  useEffect(() => {
    void session.flush().finally(() => setFlushed(true));
  }, [session]);

  const version = flushed && loaded ? article.updatedAt : null;
  const preview = useExportPreview(article.id, version, format, options);
  const previewIsCurrent =
    preview.rendered !== null &&
    version !== null &&
    preview.key === previewKey(article.id, version, format, options);
  const current = previewIsCurrent ? preview.rendered : null;
  return { flushed, preview, current };
}

function ExportPanel({ onClose }: { onClose: () => void }) {
  const { article } = useWorkspace();
  const { format, setFormat, choices, setChoices, loaded } = useRememberedChoices();
  const [showSource, setShowSource] = useState(false);
  const [publishReady, setPublishReady] = useState(false);
  const gateNote = useGateNote(publishReady, article.id, article.updatedAt);

  const options = requestOptions(format, choices);
  const { flushed, preview, current } = useFlushedPreview(format, options, loaded);
  const { deliver, busy, message, setMessage, refusal, setRefusal, reason, setReason } = useDelivery({
    format,
    options,
    publishReady,
    current,
  });

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
          <FormatAndOptions
            format={format}
            choices={choices}
            onFormat={(f) => choose(() => setFormat(f))}
            onChoices={(c) => choose(() => setChoices(c))}
          />
          <PublishReadyField
            publishReady={publishReady}
            gateNote={gateNote}
            onChange={(on) =>
              choose(() => {
                setPublishReady(on);
                setRefusal(null);
              })
            }
          />
          {refusal && (
            <RefusalPanel
              refusal={refusal}
              reason={reason}
              onReason={setReason}
              busy={busy}
              onOverride={() => void deliver(refusal.action, reason.trim())}
            />
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
      <ExportFooter
        message={message}
        disabled={busy || !flushed}
        onSave={() => void deliver("save")}
        onCopy={() => void deliver("copy")}
        onClose={onClose}
      />
    </ModalDialog>
  );
}
