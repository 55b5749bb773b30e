// Import… : plain-text stories, Markdown, HTML pages and Word files (an exported page keeps its metadata).
// Each file becomes a new article; a file that is not a story, or was imported before, is
// reported by name and skipped while the rest of the batch goes on.
import { useRef, useState } from "react";
import { useCommand } from "../workspace/commands.ts";
import { type FileOutcome, importBatch } from "./import/importBatch.ts";
import { type ImportProgress, ImportReport } from "./import/ImportReport.tsx";

export function ImportButton({ onImported }: { onImported: (articleId: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
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
      <ImportReport
        progress={progress}
        outcomes={outcomes}
        onImportAnyway={(files) => void run(files, true)}
        onDismiss={() => setOutcomes([])}
      />
    </>
  );
}
