// Paste from web pages, Google Docs and Word: the HTML on the clipboard is cleaned
// (cleanPastedHtml) and handed on as a new paste, so Lexical's rich-text importer and every
// other paste listener (quote detection) see only what the editor keeps. Pictures carried in
// the paste follow the words as figures (Figures' own command, as a pasted picture file); what
// was left out (pictures from the web, never fetched) or reshaped (tables) is said in the
// toast. A long paste brings in copy in bulk, as an import into the story would: the story as
// it was is kept in History first.
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { COMMAND_PRIORITY_HIGH, PASTE_COMMAND } from "lexical";
import { useContext, useEffect } from "react";
import { countWords } from "../../../../shared/document/text.ts";
import { WorkspaceContext } from "../../../workspace/WorkspaceContext.tsx";
import { INSERT_PICTURES_COMMAND } from "../figures/FiguresPlugin.tsx";
import { cleanPastedHtml, type CleanedPaste } from "./cleanPastedHtml.ts";

// Pastes this plugin made itself: passed on, never cleaned twice.
const cleaned = new WeakSet<Event>();

const parseHtml = (html: string) => new DOMParser().parseFromString(html, "text/html");

/** A paste of this many words or more is copy brought in, not a phrase moved. */
export const LONG_PASTE_WORDS = 150;

export const isLongPaste = (text: string) => countWords(text) >= LONG_PASTE_WORDS;

/** A copy of the clipboard's text and HTML, so the paste can be made again later. */
function copyOf(data: DataTransfer, html: string): DataTransfer {
  const transfer = new DataTransfer();
  if (html) transfer.setData("text/html", html);
  transfer.setData("text/plain", data.getData("text/plain"));
  return transfer;
}

const leftOut = (n: number) => `${n} picture${n === 1 ? " was" : "s were"} left out`;

/** What the editor is told about the paste, or "" when it came in as it was. */
export function pasteNotice({ pictures, tables }: CleanedPaste): string {
  const parts: string[] = [];
  if (tables > 0)
    parts.push(
      `${tables === 1 ? "A table" : `${tables} tables`} came in as paragraphs, one per row, cells split by |`,
    );
  if (pictures.fromWeb > 0)
    parts.push(`${leftOut(pictures.fromWeb)}, not downloaded: pictures from the web are not fetched`);
  if (pictures.other > 0) parts.push(`${leftOut(pictures.other)}: insert pictures as figures`);
  return parts.length ? `${parts.join("; ")}.` : "";
}

export function PastePlugin(): null {
  const [editor] = useLexicalComposerContext();
  const workspace = useContext(WorkspaceContext);
  const notify = workspace?.notify;
  const keepVersion = workspace?.keepVersion;

  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          if (!(event instanceof ClipboardEvent) || cleaned.has(event)) return false;
          const data = event.clipboardData;
          if (!data || data.types.includes("application/x-lexical-editor")) return false;
          const html = data.getData("text/html");
          const long = isLongPaste(data.getData("text/plain")) && keepVersion !== undefined;
          // Plain text goes on as it is, unless it is long enough to keep a version first.
          if (html === "" && !long) return false;
          event.preventDefault();
          const result = html === "" ? null : cleanPastedHtml(html, parseHtml);
          const again = new ClipboardEvent("paste", {
            clipboardData: copyOf(data, result?.html ?? ""),
            cancelable: true,
          });
          cleaned.add(again);
          const paste = () => {
            editor.dispatchCommand(PASTE_COMMAND, again);
            const notice = result ? pasteNotice(result) : "";
            const carried = result?.pictures.carried ?? [];
            // After the words, where the paste left the caret; one toast says both.
            if (carried.length > 0)
              editor.dispatchCommand(INSERT_PICTURES_COMMAND, {
                files: carried.map((p) => p.file),
                alts: carried.map((p) => p.alt),
                notice,
              });
            else if (notice) notify?.(notice);
          };
          // The selection stays where the paste was aimed while the version is written.
          if (long) void keepVersion("Before a paste").finally(paste);
          else paste();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor, notify, keepVersion],
  );
  return null;
}
