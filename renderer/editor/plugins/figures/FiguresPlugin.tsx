// Pictures into the story as figures: from Picture… in the toolbar, dropped onto the story, or
// pasted (a screenshot, a browser's Copy Image, a picture carried inside pasted HTML). Each
// picture is kept in the library first; the figure holds its name and starts with the alt text
// it was pasted with, or else the file's name, as alt text to edit.
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { DRAG_DROP_PASTE } from "@lexical/rich-text";
import { mergeRegister } from "@lexical/utils";
import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $insertNodes,
  $isRangeSelection,
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_LOW,
  createCommand,
  type LexicalEditor,
  PASTE_COMMAND,
} from "lexical";
import { useContext, useEffect } from "react";
import { WorkspaceContext } from "../../../workspace/WorkspaceContext.tsx";
import { $createFigureNode, $isFigureNode } from "../../nodes/FigureNode.tsx";
import { isPictureFile, keepPictureFiles } from "./pictures.ts";

export interface PicturesToAdd {
  files: File[];
  /** The alt text each file came with (a pasted <img alt>), in the files' order. */
  alts?: string[];
  /** What else the toast says (a paste's notice), after the pictures. */
  notice?: string;
}

/** Add these picture files to the story as figures, where the caret is. */
export const INSERT_PICTURES_COMMAND = createCommand<PicturesToAdd>("INSERT_PICTURES_COMMAND");

async function insertPictures(
  editor: LexicalEditor,
  { files, alts, notice }: PicturesToAdd,
  notify?: (m: string) => void,
) {
  const { kept, refused } = await keepPictureFiles(files, alts);
  if (kept.length > 0)
    editor.update(() => {
      const figures = kept.map((p) =>
        $createFigureNode({ image: p.hash, width: p.width, height: p.height }, p.name, "", ""),
      );
      if ($isRangeSelection($getSelection())) $insertNodes(figures);
      else $getRoot().append(...figures);
      // A figure is never the last block: there is always a line below it to write on.
      if ($isFigureNode($getRoot().getLastChild())) $getRoot().append($createParagraphNode());
    });
  const said = [
    kept.length > 0
      ? `${kept.length === 1 ? "A picture was" : `${kept.length} pictures were`} added: give ${kept.length === 1 ? "it" : "each"} alt text, a caption and a credit.`
      : "",
    ...refused,
    notice ?? "",
  ].filter(Boolean);
  if (said.length > 0) notify?.(said.join(" "));
}

/** A paste of picture files with no words beside them (HTML that is only an <img>). */
function pastedPictures(event: ClipboardEvent | KeyboardEvent | InputEvent): File[] {
  if (!(event instanceof ClipboardEvent) || !event.clipboardData) return [];
  const data = event.clipboardData;
  const files = Array.from(data.files).filter(isPictureFile);
  if (files.length === 0) return [];
  const html = data.getData("text/html");
  const words = html
    ? new DOMParser().parseFromString(html, "text/html").body.textContent
    : data.getData("text/plain");
  return (words ?? "").trim() === "" ? files : [];
}

export function FiguresPlugin(): null {
  const [editor] = useLexicalComposerContext();
  const notify = useContext(WorkspaceContext)?.notify;
  useEffect(() => {
    const insert = (files: File[]) => {
      void insertPictures(editor, { files }, notify);
      return true;
    };
    return mergeRegister(
      editor.registerCommand(
        INSERT_PICTURES_COMMAND,
        (pictures) => {
          void insertPictures(editor, pictures, notify);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
      // Files dropped on the story (and pasted files Lexical recognises). Story files are not
      // pictures: the window's drop handler imports them as articles.
      editor.registerCommand(
        DRAG_DROP_PASTE,
        (files) => {
          const pictures = files.filter(isPictureFile);
          return pictures.length > 0 ? insert(pictures) : false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      // Before the HTML paste cleaner, which would leave a copied picture out.
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const pictures = pastedPictures(event);
          if (pictures.length === 0) return false;
          event.preventDefault();
          return insert(pictures);
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    );
  }, [editor, notify]);
  return null;
}

/** Picture… : choose picture files to add as figures. */
export function InsertPictureButton() {
  const [editor] = useLexicalComposerContext();
  return (
    <label className="toolbar-file" title="Add a picture as a figure">
      Picture…
      <input
        type="file"
        hidden
        multiple
        accept="image/png,image/jpeg,image/gif,image/webp"
        aria-label="Add a picture"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = "";
          if (files.length > 0) editor.dispatchCommand(INSERT_PICTURES_COMMAND, { files });
        }}
      />
    </label>
  );
}
