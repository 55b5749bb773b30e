// Tagging quotations in the editor (issue 3): TAG_QUOTE_COMMAND (the toolbar's "Tag quote",
// Ctrl/Cmd+Shift+Q) opens the source picker over the selected words; inside a tag the
// picker retags, and UNTAG_QUOTE_COMMAND ("Untag") unwraps.
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { mergeRegister } from "@lexical/utils";
import { COMMAND_PRIORITY_LOW } from "lexical";
import { useCallback, useEffect, useState } from "react";
import type { Source } from "../../../../shared/api/sourceSchemas.ts";
import { inferQuoteKind } from "../../../../shared/document/quotations.ts";
import {
  $editorText,
  $retagQuote,
  $selectedQuotation,
  $selectionRange,
  $wrapRange,
} from "../../../sources/editorQuotes.ts";
import { sourcesModelFor, useSourcesState } from "../../../sources/sourcesModel.ts";
import { type TextRange, trimToQuotedWords } from "../../../sources/suggestions.ts";
import { useWorkspace } from "../../../workspace/WorkspaceContext.tsx";
import { currentSelection } from "../../currentSelection.ts";
import { registerUntagQuote, TAG_QUOTE_COMMAND } from "./commands.ts";
import { type PickerPosition, selectionPickerPosition } from "./pickerPosition.ts";
import { QuotePicker } from "./QuotePicker.tsx";

interface PickerRequest {
  /** Words to wrap, or null when retagging an existing quote. */
  range: TextRange | null;
  quoteId: string | null;
  position: PickerPosition;
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
    setPicker({ ...request, position: selectionPickerPosition() });
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

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          TAG_QUOTE_COMMAND,
          () => {
            openPicker();
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
        registerUntagQuote(editor),
      ),
    [editor, openPicker],
  );

  if (!picker) return null;
  return (
    <QuotePicker
      retag={picker.quoteId !== null}
      position={picker.position}
      model={model}
      onChoose={choose}
      onCancel={closePicker}
    />
  );
}
