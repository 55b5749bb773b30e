// Import… : plain-text stories, Markdown, HTML pages and Word files (an exported page keeps its metadata).
// Each file becomes a new article; a file that is not a story, or was imported before, is
// reported by name and skipped while the rest of the batch goes on.
import { useEffect, useRef, useState } from "react";
import { useCommand } from "../workspace/commands.ts";
import { chosenFolderStories, droppedStories } from "./import/droppedFiles.ts";
import { type FileOutcome, importBatch } from "./import/importBatch.ts";
import { type ImportProgress, ImportReport } from "./import/ImportReport.tsx";

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;

/**
 * Story files dropped anywhere on the window are imported, like Import… (pictures dropped on
 * the story become figures there; elsewhere they are ignored). The browser never opens a
 * dropped file in place of the app.
 */
function useDroppedStories(onFiles: (files: File[]) => void) {
  const latest = useRef(onFiles);
  latest.current = onFiles;
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event) || !event.dataTransfer) return;
      event.preventDefault();
      void droppedStories(event.dataTransfer).then((stories) => {
        if (stories.length > 0) latest.current(stories);
      });
    };
    window.addEventListener("dragover", over);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragover", over);
      window.removeEventListener("drop", drop);
    };
  }, []);
}

export function ImportButton({ onImported }: { onImported: (articleId: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  useCommand("import", () => input.current?.click());

  const run = async (files: File[], allowDuplicate = false) => {
    if (files.length === 0) return;
    const abort = new AbortController();
    const cancel = () => abort.abort();
    setOutcomes([]);
    setProgress({ done: 0, total: files.length, cancel });
    const results = await importBatch(files, {
      allowDuplicate,
      signal: abort.signal,
      onProgress: (done) => setProgress({ done, total: files.length, cancel }),
    });
    setProgress(null);
    setOutcomes(results);
    const last = results.filter((o) => o.kind === "imported").pop();
    if (last) onImported(last.articleId);
  };

  useDroppedStories((files) => void run(files));

  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        Import…
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        aria-label="Import files"
        accept=".txt,.text,.md,.markdown,.html,.htm,.docx,text/plain,text/html,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = "";
          void run(files);
        }}
      />
      <button type="button" onClick={() => folder.current?.click()}>
        Import folder…
      </button>
      <input
        ref={folder}
        type="file"
        hidden
        aria-label="Import a folder"
        {...{ webkitdirectory: "" }}
        onChange={(e) => {
          const files = chosenFolderStories(Array.from(e.target.files ?? []));
          e.target.value = "";
          void run(files);
        }}
      />
      <ImportReport
        progress={progress}
        outcomes={outcomes}
        onImportAnyway={(files) => void run(files, true)}
        onDismiss={() => setOutcomes([])}
      />
    </>
  );
}
