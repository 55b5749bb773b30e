// The source's name on hover over each tagged quotation, and the highlight of one source's
// quotes picked out in the Sources tab. Draws on the quotation elements; renders nothing.
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import type { LexicalEditor } from "lexical";
import { useEffect } from "react";
import { type SourcesModel, sourcesModelFor, useSourcesState } from "../../../sources/sourcesModel.ts";
import { useWorkspace } from "../../../workspace/WorkspaceContext.tsx";
import { QuotationNode } from "../../nodes/QuotationNode.ts";
import { isLit, quoteTitle } from "./quoteHover.ts";

/** Source name on hover and the highlight, on one quotation element. */
function decorate(element: HTMLElement, model: SourcesModel): void {
  const sourceId = element.dataset.sourceId;
  element.title = quoteTitle(sourceId, sourceId ? model.nameOf(sourceId) : undefined);
  if (isLit(sourceId, model.getState().highlight)) element.dataset.highlight = "true";
  else delete element.dataset.highlight;
}

function decorateAll(editor: LexicalEditor, model: SourcesModel): void {
  editor
    .getRootElement()
    ?.querySelectorAll<HTMLElement>("[data-quote-id]")
    .forEach((el) => decorate(el, model));
}

export function QuoteHoverPlugin(): null {
  const [editor] = useLexicalComposerContext();
  const model = sourcesModelFor(useWorkspace().article.id);
  const state = useSourcesState(model);

  useEffect(
    () =>
      editor.registerMutationListener(QuotationNode, (mutations) => {
        for (const [key, mutation] of mutations) {
          if (mutation === "destroyed") continue;
          const element = editor.getElementByKey(key);
          if (element) decorate(element, model);
        }
      }),
    [editor, model],
  );

  // Names arrive after the tags (a new source, a refresh): redraw the hover text and highlight.
  useEffect(() => decorateAll(editor, model), [editor, model, state.sources, state.names, state.highlight]);
  return null;
}
