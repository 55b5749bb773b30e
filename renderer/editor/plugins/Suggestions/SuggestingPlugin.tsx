// Suggesting mode: while it is on, every edit that adds or removes words goes through the
// suggestion model (suggest.ts) instead of changing the story: typing, Backspace and Delete (by
// character, word or line), replacing a selection, cut and paste. Lexical sends each of these as
// a command; this plugin takes them first. A formatting change on selected words is a
// suggestion too (suggestFormat.ts), and so are a paragraph break (Enter) and a join (Backspace
// at a paragraph's start, Delete at its end; breaks.ts). Renders nothing; the switch is
// SuggestingSwitch.
import { copyToClipboard } from "@lexical/clipboard";
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { mergeRegister } from "@lexical/utils";
import {
  $addUpdateTag,
  $getSelection,
  $isRangeSelection,
  BEFORE_INPUT_COMMAND,
  COMMAND_PRIORITY_CRITICAL,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  CUT_COMMAND,
  DELETE_CHARACTER_COMMAND,
  DELETE_LINE_COMMAND,
  DELETE_WORD_COMMAND,
  DROP_COMMAND,
  FORMAT_TEXT_COMMAND,
  HISTORY_MERGE_TAG,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
  PASTE_COMMAND,
  REMOVE_TEXT_COMMAND,
} from "lexical";
import { useEffect, useRef } from "react";
import { client } from "../../../client/index.ts";
import {
  isSuggesting,
  isSuggestingShortcut,
  SET_SUGGESTING_COMMAND,
  setSuggesting,
  useSuggesting,
} from "./mode.ts";
import { $stepOutOfDeletions, $suggestInsertText, $suggestRemoval, type Suggester } from "./suggest.ts";
import { $suggestFormat } from "./suggestFormat.ts";
import { registerPastedSuggestions } from "./pastedSuggestions.ts";
import { registerComposedSuggestions } from "./composedSuggestions.ts";
import { $suggestBreak, $suggestJoin, registerBreakMarks } from "./breaks.ts";
import "./suggestions.css";

type Unit = "character" | "word" | "lineboundary";

/** Delete at the caret (or the selection) as a suggestion. */
function $suggestDelete(who: Suggester, isBackward: boolean, unit: Unit): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  if (selection.isCollapsed()) {
    $stepOutOfDeletions(selection, isBackward);
    // At a paragraph's start (Backspace) or end (Delete): the break there is suggested away.
    const atBreak = $suggestJoin(who, isBackward);
    if (atBreak === "stepped over") return $suggestDelete(who, isBackward, unit);
    if (atBreak === "done") return true;
    const moved = $getSelection();
    if (!$isRangeSelection(moved)) return true;
    // The browser knows where a character, word or line ends (graphemes, scripts).
    moved.modify("extend", isBackward, unit);
    if (moved.isCollapsed()) return true; // nothing there to strike
    $suggestRemoval(moved, who, isBackward);
    return true;
  }
  $suggestRemoval(selection, who, isBackward);
  return true;
}

/** What a text insertion carries: typed text, or a replacement (spellcheck, autocorrect). */
function insertedText(payload: InputEvent | string): string {
  if (typeof payload === "string") return payload;
  return payload.dataTransfer?.getData("text/plain") ?? payload.data ?? "";
}

/** Lexical's history starts a new undo step after a second without typing: so does Suggesting. */
const TYPING_STEP_MS = 1000;

function registerSuggesting(editor: LexicalEditor, who: () => Suggester): () => void {
  let lastTyped = -Infinity;
  const on = <P,>(command: import("lexical").LexicalCommand<P>, handler: (payload: P) => boolean) =>
    editor.registerCommand(
      command,
      (payload) => isSuggesting(editor) && handler(payload),
      COMMAND_PRIORITY_CRITICAL,
    );
  const deleting = (unit: Unit) => (isBackward: boolean) => $suggestDelete(who(), isBackward, unit);
  const removeSelection = () => {
    const selection = $getSelection();
    if ($isRangeSelection(selection) && !selection.isCollapsed()) $suggestRemoval(selection, who(), false);
  };
  return mergeRegister(
    on(BEFORE_INPUT_COMMAND, (event) => {
      const text = event.inputType === "insertText" ? event.data : null;
      if (!text || text === "\n" || text === "\n\n") return false;
      event.preventDefault();
      const typingOn = $suggestInsertText(text, who());
      // Letters typed on within a second are one undo step, as they are in Editing mode.
      if (typingOn && event.timeStamp - lastTyped < TYPING_STEP_MS) $addUpdateTag(HISTORY_MERGE_TAG);
      lastTyped = event.timeStamp;
      return true;
    }),
    on(CONTROLLED_TEXT_INSERTION_COMMAND, (payload) => {
      if (typeof payload !== "string") payload.preventDefault();
      $suggestInsertText(insertedText(payload), who());
      return true;
    }),
    on(DELETE_CHARACTER_COMMAND, deleting("character")),
    on(DELETE_WORD_COMMAND, deleting("word")),
    on(DELETE_LINE_COMMAND, deleting("lineboundary")),
    on(REMOVE_TEXT_COMMAND, (event) => {
      event?.preventDefault();
      removeSelection();
      return true;
    }),
    on(CUT_COMMAND, (event) => {
      const clipboardEvent = event instanceof ClipboardEvent ? event : null;
      clipboardEvent?.preventDefault();
      void copyToClipboard(editor, clipboardEvent).then(() => editor.update(removeSelection));
      return true;
    }),
    on(PASTE_COMMAND, (event) => {
      const text = event instanceof ClipboardEvent ? (event.clipboardData?.getData("text/plain") ?? "") : "";
      event.preventDefault();
      const typingOn = $suggestInsertText(text, who());
      // Letters typed on within a second are one undo step, as they are in Editing mode.
      if (typingOn && event.timeStamp - lastTyped < TYPING_STEP_MS) $addUpdateTag(HISTORY_MERGE_TAG);
      lastTyped = event.timeStamp;
      return true;
    }),
    // A dragged selection would move words without a trace: not in Suggesting mode.
    on(DROP_COMMAND, (event) => {
      event.preventDefault();
      return true;
    }),
    on(FORMAT_TEXT_COMMAND, (format) => $suggestFormat(format, who())),
    // A new paragraph over a selection first suggests the selection's deletion; the break
    // itself is a suggestion.
    on(INSERT_PARAGRAPH_COMMAND, () => {
      removeSelection();
      return $suggestBreak(who());
    }),
    on(INSERT_LINE_BREAK_COMMAND, () => (removeSelection(), false)),
  );
}

export function SuggestingPlugin(): null {
  const [editor] = useLexicalComposerContext();
  const suggesting = useSuggesting(editor);
  const who = useRef<Suggester>({ author: "", initials: "" });

  // Whose name goes on a suggestion: asked for on opening and again each time the mode is
  // switched, so a name changed in the meantime is the one used.
  useEffect(() => {
    let live = true;
    client["library.info"]({}).then(
      (info) => {
        if (live) who.current = { author: info.editorName, initials: info.editorInitials };
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [suggesting]);

  useEffect(
    () =>
      mergeRegister(
        registerSuggesting(editor, () => who.current),
        registerPastedSuggestions(editor),
        registerBreakMarks(editor),
        registerComposedSuggestions(editor, () => who.current),
        editor.registerCommand(
          SET_SUGGESTING_COMMAND,
          (mode) => {
            setSuggesting(editor, mode ?? !isSuggesting(editor));
            return true;
          },
          COMMAND_PRIORITY_CRITICAL,
        ),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            if (!isSuggestingShortcut(event)) return false;
            event.preventDefault();
            setSuggesting(editor, !isSuggesting(editor));
            return true;
          },
          COMMAND_PRIORITY_CRITICAL,
        ),
      ),
    [editor],
  );
  return null;
}
