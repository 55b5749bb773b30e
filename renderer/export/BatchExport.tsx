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

/** The library's articles, and which of them are ticked (the selection, or all). */
function usePickedArticles(selectedIds?: readonly string[]) {
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [picked, setPicked] = useState<Set<string>>(new Set());

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

  const toggle = (id: string, on: boolean) =>
    setPicked((p) => {
      const next = new Set(p);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return { articles, loadError, picked, setPicked, toggle };
}

/** Where and how the batch is written. */
interface Output {
  format: ExportFormat;
  typography: boolean;
  publishReady: boolean;
  overwrite: boolean;
  /** Pictures inside each page, rather than in an images folder beside them. */
  inlinePictures: boolean;
  folder: string;
}

const FIRST_OUTPUT: Output = {
  format: "html",
  typography: true,
  publishReady: false,
  overwrite: false,
  inlinePictures: false,
  folder: "",
};

/** One batch at a time: its progress, its outcome, and a Cancel that stops after the current one. */
function useBatchRun() {
  const [progress, setProgress] = useState<BatchProgress | null>(null);
  const [outcome, setOutcome] = useState<BatchOutcome | null>(null);
  const [running, setRunning] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const cancelRef = useRef(false);

  const start = async (items: { id: string; headline: string }[], output: Output) => {
    const { format, typography, publishReady, overwrite, inlinePictures, folder } = output;
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
  const cancel = () => {
    cancelRef.current = true;
    setCancelling(true);
  };
  return { progress, outcome, running, cancelling, start, cancel };
}

function ArticlesField(props: ReturnType<typeof usePickedArticles> & { running: boolean }) {
  const { articles, loadError, picked, setPicked, toggle, running } = props;
  const all = articles ?? [];
  const allPicked = all.length > 0 && all.every((a) => picked.has(a.id));
  return (
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
  );
}

function FolderField({ folder, onFolder }: { folder: string; onFolder: (folder: string) => void }) {
  const chooseFolder = async () => {
    const chosen = await bridge?.chooseFolder();
    if (chosen) onFolder(chosen);
  };
  if (bridge)
    return (
      <div className="batch-folder">
        <button type="button" onClick={() => void chooseFolder()}>
          Choose folder…
        </button>
        <span>{folder || "No folder chosen"}</span>
      </div>
    );
  return (
    <label className="batch-folder">
      Folder
      <input
        type="text"
        value={folder}
        placeholder="/home/you/exports"
        spellCheck={false}
        onChange={(e) => onFolder(e.target.value)}
      />
    </label>
  );
}

function OutputField(props: { output: Output; onOutput: (o: Partial<Output>) => void; running: boolean }) {
  const { output, onOutput: set, running } = props;
  return (
    <fieldset disabled={running}>
      <legend>Output</legend>
      <label>
        Format{" "}
        <select value={output.format} onChange={(e) => set({ format: e.target.value as ExportFormat })}>
          {FORMATS.map((f) => (
            <option key={f.id} value={f.id}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          checked={output.typography}
          onChange={(e) => set({ typography: e.target.checked })}
        />
        Typography
      </label>
      <label>
        <input
          type="checkbox"
          checked={output.publishReady}
          onChange={(e) => set({ publishReady: e.target.checked })}
        />
        Publish-ready (articles with open review blockers are reported, not written)
      </label>
      <label>
        <input
          type="checkbox"
          checked={output.overwrite}
          onChange={(e) => set({ overwrite: e.target.checked })}
        />
        Replace files already in the folder
      </label>
      <label>
        <input
          type="checkbox"
          checked={output.inlinePictures}
          onChange={(e) => set({ inlinePictures: e.target.checked })}
        />
        Pictures inside each page (otherwise in an images folder beside them)
      </label>
      <FolderField folder={output.folder} onFolder={(folder) => set({ folder })} />
    </fieldset>
  );
}

function BatchStatus({ progress, outcome, running, cancelling }: ReturnType<typeof useBatchRun>) {
  return (
    <>
      {progress && (
        <div className="batch-progress">
          <progress aria-label="Export progress" value={progress.done} max={Math.max(progress.total, 1)} />
          <span>
            {progress.done} of {progress.total}
          </span>
          {cancelling && running && <span className="export-note">Stopping after the current article…</span>}
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
    </>
  );
}

function BatchExportDialog({
  selectedIds,
  onClose,
}: {
  selectedIds?: readonly string[];
  onClose: () => void;
}) {
  const pick = usePickedArticles(selectedIds);
  const [output, setOutput] = useState<Output>(FIRST_OUTPUT);
  const batch = useBatchRun();
  const { picked } = pick;
  const { running } = batch;

  const start = () => {
    const items = (pick.articles ?? [])
      .filter((a) => picked.has(a.id))
      .map((a) => ({ id: a.id, headline: a.headline }));
    void batch.start(items, output);
  };
  const canStart = !running && picked.size > 0 && output.folder.trim() !== "";

  return (
    <ModalDialog label="Batch export" className="batch-dialog" onClose={running ? () => {} : onClose}>
      <header className="export-head">
        <h2>Batch export</h2>
      </header>
      <div className="batch-body">
        <ArticlesField {...pick} running={running} />
        <OutputField
          output={output}
          onOutput={(o) => setOutput((was) => ({ ...was, ...o }))}
          running={running}
        />
        <BatchStatus {...batch} />
      </div>
      <footer className="export-foot">
        <span className="spacer" />
        {running ? (
          <button type="button" disabled={batch.cancelling} onClick={batch.cancel}>
            Cancel
          </button>
        ) : (
          <button type="button" className="primary" disabled={!canStart} onClick={start}>
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
