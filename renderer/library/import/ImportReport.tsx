// What a batch import did, file by file: progress while it runs (with Cancel), then each
// skipped or refused file by name with the reason; a skipped duplicate can be imported anyway.
import type { FileOutcome } from "./importBatch.ts";

export interface ImportProgress {
  done: number;
  total: number;
  cancel(): void;
}

export function ImportReport({
  progress,
  outcomes,
  onImportAnyway,
  onDismiss,
}: {
  progress: ImportProgress | null;
  outcomes: FileOutcome[];
  onImportAnyway: (files: File[]) => void;
  onDismiss: () => void;
}) {
  const problems = outcomes.filter((o) => o.kind !== "imported");
  // Files read in part (a Word file's comments, say) are reported by name too.
  const partly = outcomes.flatMap((o) =>
    o.kind === "imported" && o.notes.length > 0 ? [`${o.fileName}: ${o.notes.join(" ")}`] : [],
  );
  const imported = outcomes.length - problems.length;
  const duplicates = problems.flatMap((o) => (o.kind === "skipped" ? [o.file] : []));
  if (!progress && problems.length === 0 && partly.length === 0) return null;
  return (
    <section className="import-report" aria-label="Import report">
      {progress && (
        <p>
          <label>
            Importing {progress.done} of {progress.total}{" "}
            <progress max={progress.total} value={progress.done} />
          </label>{" "}
          <button type="button" onClick={progress.cancel}>
            Cancel
          </button>
        </p>
      )}
      {!progress && (
        <div role="alert" className="error-text">
          <p>
            {imported} imported, {problems.length} not imported
            {problems.length + partly.length > 0 ? ":" : "."}
          </p>
          <ul>
            {problems.map((o, i) => (
              <li key={i}>{o.message}</li>
            ))}
            {partly.map((line, i) => (
              <li key={`partly-${i}`}>{line}</li>
            ))}
          </ul>
          {duplicates.length > 0 && (
            <button type="button" onClick={() => onImportAnyway(duplicates)}>
              Import {duplicates.length === 1 ? "it" : `these ${duplicates.length}`} anyway
            </button>
          )}{" "}
          <button type="button" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      )}
    </section>
  );
}
