// The live preview: re-render through the library on every change of format or option,
// and again whenever the article is saved. Never publish-ready: a preview must not run
// the gate or record overrides; Save and Copy do that.
import { useEffect, useState } from "react";
import { client } from "../client/index.ts";
import type { Rendered } from "./deliver.ts";
import { errorMessage, type ExportChoices, type ExportFormat } from "./exportChoices.ts";

export interface Preview {
  rendered: Rendered | null;
  /** Which request `rendered` answers, so a stale preview is never saved. */
  key: string;
  error: string | null;
  loading: boolean;
}

export function previewKey(articleId: string, version: string, format: ExportFormat, options: ExportChoices) {
  return JSON.stringify([articleId, version, format, options]);
}

export function useExportPreview(
  articleId: string,
  /** The saved article's updatedAt; null until unsaved words are flushed. */
  version: string | null,
  format: ExportFormat,
  options: ExportChoices,
): Preview {
  const [preview, setPreview] = useState<Preview>({ rendered: null, key: "", error: null, loading: true });
  const key = version === null ? "" : previewKey(articleId, version, format, options);

  useEffect(() => {
    if (!key) return;
    let current = true;
    setPreview((p) => ({ ...p, loading: true }));
    client["export.render"]({ articleId, format, options }).then(
      (rendered) => current && setPreview({ rendered, key, error: null, loading: false }),
      (error: unknown) =>
        current && setPreview({ rendered: null, key, error: errorMessage(error), loading: false }),
    );
    // A newer request replaces this one; its late answer is dropped.
    return () => {
      current = false;
    };
    // The key stands for articleId, format and options by value (options is a fresh object each render).
  }, [key]);

  return preview;
}
