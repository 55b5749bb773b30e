// Batch export (issue 5): pick articles (or all), a format and a folder, then write one
// file per article with a progress bar and a Cancel that stops after the current one.
// Self-contained: it lists the library itself, so it can be mounted anywhere.
import { useEffect, useRef, useState } from "react";
import type { ArticleSummary } from "../../shared/api/schemas.ts";
import { bridge, client } from "../client/index.ts";
import { type BatchOutcome, type BatchProgress, runBatch, summarize } from "./batch.ts";
import {
  DEFAULT_CHOICES,
  errorMessage,
  type ExportFormat,
  FORMATS,
  requestOptions,
} from "./exportChoices.ts";
import { ModalDialog } from "./ModalDialog.tsx";
import "./export.css";

export interface BatchExportButtonProps {
  /** Articles to tick when the dialog opens (e.g. the library's selection); none means all. */
  selectedIds?: readonly string[];
}

export function BatchExportButton({ selectedIds }: BatchExportButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Batch export…
      </button>
      {open && <BatchExportDialog selectedIds={selectedIds} onClose={() => setOpen(false)} />}
    </>
  );
}

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function BatchExportDialog({
  selectedIds,
  onClose,
}: {
  selectedIds?: readonly string[];
  onClose: () => void;
}) {
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [format, setFormat] = useState<ExportFormat>("html");
  const [typography, setTypography] = useState(true);
  const [publishReady, setPublishReady] = useState(false);
  const [overwrite, setOverwrite] = useState(false);
  const [inlinePictures, setInlinePictures] = useState(false);
  const [folder, setFolder] = useState("");
  const [progress, setProgress] = useState<BatchProgress | null>(null);
  const [outcome, setOutcome] = useState<BatchOutcome | null>(null);
  const [running, setRunning] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const cancelRef = useRef(false);

  useEffect(() => {
    let current = true;
    client["articles.list"]({ limit: 1000 }).then(
      (list) => {
        if (!current) return;
        setArticles(list);
        const wanted = selectedIds?.length ? new Set(selectedIds) : null;
        setPicked(new Set(list.filter((a) => !wanted || wanted.has(a.id)).map((a) => a.id)));
      },
      (error: unknown) => current && setLoadError(errorMessage(error)),
    );
    return () => {
      current = false;
    };
  }, [selectedIds]);

  const all = articles ?? [];
  const allPicked = all.length > 0 && all.every((a) => picked.has(a.id));
  const toggle = (id: string, on: boolean) =>
    setPicked((p) => {
      const next = new Set(p);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const chooseFolder = async () => {
    const chosen = await bridge?.chooseFolder();
    if (chosen) setFolder(chosen);
  };

  const start = async () => {
    const items = all.filter((a) => picked.has(a.id)).map((a) => ({ id: a.id, headline: a.headline }));
    cancelRef.current = false;
    setCancelling(false);
    setOutcome(null);
    setRunning(true);
    setProgress({ done: 0, total: items.length, results: [] });
    const options = requestOptions(format, { ...DEFAULT_CHOICES, typography });
    const result = await runBatch({
      items,
      exportOne: (articleId) =>
        client["export.toFolder"]({
          articleId,
          format,
          options,
          publishReady,
          overwrite,
          inlinePictures,
          folder: folder.trim(),
        }),
      onProgress: setProgress,
      cancelled: () => cancelRef.current,
      pause: nextTurn,
    });
    setRunning(false);
    setOutcome(result);
  };

  const canStart = !running && picked.size > 0 && folder.trim() !== "";

  return (
    <ModalDialog label="Batch export" className="batch-dialog" onClose={running ? () => {} : onClose}>
      <header className="export-head">
        <h2>Batch export</h2>
      </header>
      <div className="batch-body">
        <fieldset disabled={running}>
          <legend>Articles</legend>
          {loadError && <p role="alert">{loadError}</p>}
          {articles === null && !loadError && <p className="export-note">Loading the library…</p>}
          {articles?.length === 0 && <p className="export-note">The library has no articles.</p>}
          {all.length > 0 && (
            <label className="batch-all">
              <input
                type="checkbox"
                checked={allPicked}
                onChange={(e) => setPicked(e.target.checked ? new Set(all.map((a) => a.id)) : new Set())}
              />
              Select all ({picked.size} selected)
            </label>
          )}
          <ul className="batch-list" aria-label="Articles to export">
            {all.map((a) => (
              <li key={a.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={picked.has(a.id)}
                    onChange={(e) => toggle(a.id, e.target.checked)}
                  />
                  {a.headline || "Untitled"}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <fieldset disabled={running}>
          <legend>Output</legend>
          <label>
            Format{" "}
            <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
              {FORMATS.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            <input type="checkbox" checked={typography} onChange={(e) => setTypography(e.target.checked)} />
            Typography
          </label>
          <label>
            <input
              type="checkbox"
              checked={publishReady}
              onChange={(e) => setPublishReady(e.target.checked)}
            />
            Publish-ready (articles with open review blockers are reported, not written)
          </label>
          <label>
            <input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} />
            Replace files already in the folder
          </label>
          <label>
            <input
              type="checkbox"
              checked={inlinePictures}
              onChange={(e) => setInlinePictures(e.target.checked)}
            />
            Pictures inside each page (otherwise in an images folder beside them)
          </label>
          {bridge ? (
            <div className="batch-folder">
              <button type="button" onClick={() => void chooseFolder()}>
                Choose folder…
              </button>
              <span>{folder || "No folder chosen"}</span>
            </div>
          ) : (
            <label className="batch-folder">
              Folder
              <input
                type="text"
                value={folder}
                placeholder="/home/you/exports"
                spellCheck={false}
                onChange={(e) => setFolder(e.target.value)}
              />
            </label>
          )}
        </fieldset>
        {progress && (
          <div className="batch-progress">
            <progress aria-label="Export progress" value={progress.done} max={Math.max(progress.total, 1)} />
            <span>
              {progress.done} of {progress.total}
            </span>
            {cancelling && running && (
              <span className="export-note">Stopping after the current article…</span>
            )}
          </div>
        )}
        {outcome && (
          <div className="batch-outcome">
            <p aria-live="polite">{summarize(outcome)}</p>
            <ul aria-label="Export results">
              {outcome.results.map((r) => (
                <li key={r.id} className={r.ok ? "" : "export-error"}>
                  {r.ok ? "Saved" : "Failed"}: {r.headline || "Untitled"} — {r.detail}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <footer className="export-foot">
        <span className="spacer" />
        {running ? (
          <button
            type="button"
            disabled={cancelling}
            onClick={() => {
              cancelRef.current = true;
              setCancelling(true);
            }}
          >
            Cancel
          </button>
        ) : (
          <button type="button" className="primary" disabled={!canStart} onClick={() => void start()}>
            Export {picked.size} article{picked.size === 1 ? "" : "s"}
          </button>
        )}
        <button type="button" disabled={running} onClick={onClose}>
          Close
        </button>
      </footer>
    </ModalDialog>
  );
}
