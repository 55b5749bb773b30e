// Tagging quotations in the editor (issue 3): Ctrl/Cmd+Shift+Q or "Tag quote" opens the
// source picker over the selected words; inside a tag the picker retags and "Untag"
// unwraps. Also: the source's name on hover, highlighting from the Sources tab, plain
// text pasted as paragraphs, and detection after a paste and on open.
import { currentSelection } from "../editor/currentSelection.ts";
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { mergeRegister } from "@lexical/utils";
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_LOW,
  createCommand,
  KEY_MODIFIER_COMMAND,
  type LexicalEditor,
  PASTE_COMMAND,
} from "lexical";
import { useCallback, useEffect, useState } from "react";
import { createPortal } from "react-dom";
import { inferQuoteKind } from "../../shared/document/quotations.ts";
import type { Source } from "../../shared/api/sourceSchemas.ts";
import { useWorkspace } from "../workspace/WorkspaceContext.tsx";
import { MOD } from "../workspace/platform.ts";
import { QuotationNode } from "../editor/nodes/QuotationNode.ts";
import { detectSuggestions } from "./detection.ts";
import {
  $editorText,
  $hasQuotations,
  $retagQuote,
  $selectedQuotation,
  $selectionRange,
  $untagQuote,
  $wrapRange,
} from "./editorQuotes.ts";
import { pastedParagraphs } from "./pasteText.ts";
import { SourcePicker } from "./SourcePicker.tsx";
import { type SourcesModel, sourcesModelFor, useSourcesState } from "./sourcesModel.ts";
import { type TextRange, trimToQuotedWords } from "./suggestions.ts";
import "./sources.css";

/** Open the source picker for the selection (toolbar button, shortcut). */
export const TAG_QUOTE_COMMAND = createCommand<void>("TAG_QUOTE_COMMAND");
/** Remove the tag the caret is in. */
export const UNTAG_QUOTE_COMMAND = createCommand<void>("UNTAG_QUOTE_COMMAND");

interface PickerRequest {
  /** Words to wrap, or null when retagging an existing quote. */
  range: TextRange | null;
  quoteId: string | null;
  top: number;
  left: number;
}

function selectionRect(): { top: number; left: number } {
  const selection = window.getSelection();
  const rect = selection?.rangeCount ? selection.getRangeAt(0).getBoundingClientRect() : null;
  const clamp = (n: number, max: number) => Math.max(8, Math.min(n, max));
  // Words scrolled out of sight (selected with the keyboard, say): the picker stays on screen.
  if (!rect || rect.bottom < 0 || rect.top > window.innerHeight || (rect.width === 0 && rect.height === 0))
    return { top: 120, left: clamp(window.innerWidth / 2 - 160, window.innerWidth - 340) };
  return {
    top: clamp(rect.bottom + 6, window.innerHeight - 320),
    left: clamp(rect.left, window.innerWidth - 340),
  };
}

/** Source name on hover and the highlight, on one quotation element. */
function decorate(element: HTMLElement, model: SourcesModel): void {
  const sourceId = element.dataset.sourceId;
  const name = sourceId ? model.nameOf(sourceId) : undefined;
  element.title = name ? `Quote: ${name}` : sourceId ? "Quote" : "Quote: no source yet";
  const lit = !!sourceId && model.getState().highlight === sourceId;
  if (lit) element.dataset.highlight = "true";
  else delete element.dataset.highlight;
}

function decorateAll(editor: LexicalEditor, model: SourcesModel): void {
  editor
    .getRootElement()
    ?.querySelectorAll<HTMLElement>("[data-quote-id]")
    .forEach((el) => decorate(el, model));
}

export function QuoteTaggingPlugin() {
  const [editor] = useLexicalComposerContext();
  const workspace = useWorkspace();
  const { notify } = workspace;
  const model = sourcesModelFor(workspace.article.id);
  const state = useSourcesState(model);
  const [picker, setPicker] = useState<PickerRequest | null>(null);

  const openPicker = useCallback(() => {
    // The selection the user sees, even if Lexical has not caught up with the keyboard yet.
    const selection = currentSelection(editor);
    const request = editor.read(() => {
      const inside = $selectedQuotation(selection);
      if (inside) return { range: null, quoteId: inside.getQuoteId() };
      const range = $selectionRange(selection);
      return range ? { range: trimToQuotedWords($editorText(), range), quoteId: null } : null;
    });
    if (!request) {
      notify("Select the quoted words first, then tag them.");
      return;
    }
    setPicker({ ...request, ...selectionRect() });
  }, [editor, notify]);

  const closePicker = useCallback(() => {
    setPicker(null);
    editor.focus();
  }, [editor]);

  const choose = (source: Source) => {
    if (!picker) return;
    model.rememberName(source);
    let done = true;
    editor.update(() => {
      if (picker.quoteId) return $retagQuote(picker.quoteId, source.id);
      const range = picker.range!;
      const words = $editorText().slice(range.start, range.end);
      done = $wrapRange(range, {
        quoteId: crypto.randomUUID(),
        sourceId: source.id,
        status: "confirmed",
        kind: inferQuoteKind(words),
      });
    });
    if (!done) notify("Those words overlap a tagged quote: untag it first.");
    closePicker();
    if (!state.sources.some((s) => s.id === source.id)) model.refresh().catch(() => undefined);
  };

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const detectSoon = () => {
      clearTimeout(timer);
      // After the paste has landed in the editor state.
      timer = setTimeout(() => {
        const before = model.getState().suggestions.length;
        detectSuggestions(editor, model)
          .then((n) => {
            if (n > before) notify(`${n} quotation${n === 1 ? "" : "s"} found: see Sources.`);
          })
          .catch((e: Error) => notify(e.message));
      }, 0);
    };
    const unregister = mergeRegister(
      editor.registerCommand(
        TAG_QUOTE_COMMAND,
        () => {
          openPicker();
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        UNTAG_QUOTE_COMMAND,
        () => {
          editor.update(() => {
            const inside = $selectedQuotation($getSelection());
            if (inside) $untagQuote(inside.getQuoteId());
          });
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        KEY_MODIFIER_COMMAND,
        (event) => {
          if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.code === "KeyQ") {
            event.preventDefault();
            openPicker();
            return true;
          }
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          detectSoon();
          const data = event instanceof ClipboardEvent ? event.clipboardData : null;
          if (!data || data.types.some((t) => t !== "text/plain")) return false;
          const paragraphs = pastedParagraphs(data.getData("text/plain"));
          if (paragraphs.length < 2) return false;
          event.preventDefault();
          editor.update(() => {
            paragraphs.forEach((text, i) => {
              const selection = $getSelection();
              if (!$isRangeSelection(selection)) return;
              if (i > 0) selection.insertParagraph();
              $getSelection()?.insertText(text);
            });
          });
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerMutationListener(QuotationNode, (mutations) => {
        for (const [key, mutation] of mutations) {
          if (mutation === "destroyed") continue;
          const element = editor.getElementByKey(key);
          if (element) decorate(element, model);
        }
      }),
    );
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor, model, notify, openPicker]);

  // Names arrive after the tags (a new source, a refresh): redraw the hover text and highlight.
  useEffect(() => decorateAll(editor, model), [editor, model, state.sources, state.names, state.highlight]);

  // On open: load the sources, and suggest quotes for a story nobody has tagged yet (an import).
  useEffect(() => {
    model.refresh().catch((e: Error) => notify(e.message));
    const untagged = editor.getEditorState().read(() => !$hasQuotations() && $editorText().trim() !== "");
    if (untagged && !model.getState().detected)
      detectSuggestions(editor, model).catch((e: Error) => notify(e.message));
  }, [editor, model, notify]);

  if (!picker) return null;
  return createPortal(
    <div
      className="tag-popover"
      role="dialog"
      aria-label={picker.quoteId ? "Retag quote" : "Tag quote"}
      style={{ top: picker.top, left: picker.left }}
    >
      <p className="tag-popover-title">{picker.quoteId ? "Who said it instead?" : "Who said it?"}</p>
      <SourcePickerFor model={model} onChoose={choose} onCancel={closePicker} />
    </div>,
    document.body,
  );
}

function SourcePickerFor({
  model,
  onChoose,
  onCancel,
}: {
  model: SourcesModel;
  onChoose: (s: Source) => void;
  onCancel: () => void;
}) {
  const state = useSourcesState(model);
  return (
    <SourcePicker
      articleId={state.articleId}
      articleSources={state.sources}
      onChoose={onChoose}
      onCancel={onCancel}
    />
  );
}

/** In the editor toolbar: "Tag quote", and "Untag" while the caret is in a tagged quote. */
export function QuoteTagButton() {
  const [editor] = useLexicalComposerContext();
  const [inside, setInside] = useState(false);
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) =>
        setInside(editorState.read(() => $selectedQuotation($getSelection()) !== null)),
      ),
    [editor],
  );
  return (
    <>
      <span className="toolbar-sep" />
      <button
        type="button"
        title={`${inside ? "Retag quote" : "Tag quote"} (${MOD}+Shift+Q)`}
        onClick={() => editor.dispatchCommand(TAG_QUOTE_COMMAND, undefined)}
      >
        Tag quote
      </button>
      {inside && (
        <button
          type="button"
          title="Remove the quote tag, keep the words"
          onClick={() => editor.dispatchCommand(UNTAG_QUOTE_COMMAND, undefined)}
        >
          Untag
        </button>
      )}
    </>
  );
}
