// Getting an export out of the app: a file (the system save dialog in Electron, a
// download in a browser) or the clipboard.
import { bridge } from "../client/index.ts";
import type { ExportFormat } from "./exportChoices.ts";

export interface Rendered {
  content: string;
  fileName: string;
  mimeType: string;
}

/** The saved path (Electron), "download" (browser), or null when the user cancelled. */
export async function saveRendered(rendered: Rendered): Promise<string | null> {
  if (bridge) return bridge.saveFile(rendered.fileName, rendered.content);
  const url = URL.createObjectURL(
    new Blob([rendered.content], { type: `${rendered.mimeType};charset=utf-8` }),
  );
  try {
    const link = document.createElement("a");
    link.href = url;
    link.download = rendered.fileName;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The download has taken its own reference by now; revoke on the next turn to be safe.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return "download";
}

/** The fragment goes on as HTML (rich editors) and as its markup in plain text (a CMS's
 * source view); other formats go on as text. Falls back to writeText where
 * ClipboardItem or the HTML flavour is not allowed. */
export async function copyRendered(format: ExportFormat, rendered: Rendered): Promise<void> {
  const clipboard = navigator.clipboard;
  if (!clipboard) throw new Error("The clipboard is not available here.");
  if (format === "fragment" && typeof ClipboardItem !== "undefined" && clipboard.write) {
    try {
      await clipboard.write([
        new ClipboardItem({
          "text/html": new Blob([rendered.content], { type: "text/html" }),
          "text/plain": new Blob([rendered.content], { type: "text/plain" }),
        }),
      ]);
      return;
    } catch {
      // Fall through to plain text below.
    }
  }
  await clipboard.writeText(rendered.content);
}
