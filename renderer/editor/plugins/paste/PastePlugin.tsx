// Paste from web pages, Google Docs and Word: the HTML on the clipboard is cleaned
// (cleanPastedHtml) and handed on as a new paste, so Lexical's rich-text importer and every
// other paste listener (quote detection) see only what the editor keeps. What was left out
// (pictures) or reshaped (tables) is said in the toast.
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { COMMAND_PRIORITY_HIGH, PASTE_COMMAND } from "lexical";
import { useContext, useEffect } from "react";
import { WorkspaceContext } from "../../../workspace/WorkspaceContext.tsx";
import { cleanPastedHtml, type CleanedPaste } from "./cleanPastedHtml.ts";

// Pastes this plugin made itself: passed on, never cleaned twice.
const cleaned = new WeakSet<Event>();

const parseHtml = (html: string) => new DOMParser().parseFromString(html, "text/html");

/** What the editor is told about the paste, or "" when it came in as it was. */
export function pasteNotice({ pictures, tables }: CleanedPaste): string {
  const parts: string[] = [];
  if (tables > 0)
    parts.push(
      `${tables === 1 ? "A table" : `${tables} tables`} came in as paragraphs, one per row, cells split by |`,
    );
  if (pictures > 0)
    parts.push(
      `${pictures} picture${pictures === 1 ? " was" : "s were"} left out: insert pictures as figures`,
    );
  return parts.length ? `${parts.join("; ")}.` : "";
}

export function PastePlugin(): null {
  const [editor] = useLexicalComposerContext();
  const notify = useContext(WorkspaceContext)?.notify;

  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          if (!(event instanceof ClipboardEvent) || cleaned.has(event)) return false;
          const data = event.clipboardData;
          const html = data?.getData("text/html") ?? "";
          // Copydesk's own copies (Lexical's format) and plain text go on as they are.
          if (!data || html === "" || data.types.includes("application/x-lexical-editor")) return false;
          event.preventDefault();
          const result = cleanPastedHtml(html, parseHtml);
          const transfer = new DataTransfer();
          transfer.setData("text/html", result.html);
          transfer.setData("text/plain", data.getData("text/plain"));
          const again = new ClipboardEvent("paste", { clipboardData: transfer, cancelable: true });
          cleaned.add(again);
          editor.dispatchCommand(PASTE_COMMAND, again);
          const notice = pasteNotice(result);
          if (notice) notify?.(notice);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor, notify],
  );
  return null;
}
