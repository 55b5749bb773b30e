// The preview pane: the HTML page drawn in a sandboxed frame (no scripts, no same
// origin: the frame cannot reach the app), or any format's source as code.
import type { ExportFormat } from "./exportChoices.ts";
import type { Preview } from "./useExportPreview.ts";

export interface ExportPreviewProps {
  format: ExportFormat;
  preview: Preview;
  waiting: boolean;
  showSource: boolean;
  onToggleSource: () => void;
}

export function ExportPreview({ format, preview, waiting, showSource, onToggleSource }: ExportPreviewProps) {
  const content = preview.rendered?.content ?? "";
  const asPage = format === "html" && !showSource;
  return (
    <section className="export-preview" aria-label="Preview" aria-busy={waiting || preview.loading}>
      <div className="export-preview-bar">
        <span>{preview.rendered?.fileName ?? "Preview"}</span>
        {format === "html" && (
          <button type="button" aria-pressed={showSource} onClick={onToggleSource}>
            Source
          </button>
        )}
      </div>
      {preview.error ? (
        <p role="alert" className="export-error">
          {preview.error}
        </p>
      ) : waiting || (!preview.rendered && preview.loading) ? (
        <p className="export-note">Preparing the preview…</p>
      ) : asPage ? (
        <iframe title="Export preview" sandbox="" srcDoc={content} />
      ) : (
        <pre aria-label="Export source" tabIndex={0}>
          <code>{content}</code>
        </pre>
      )}
    </section>
  );
}
