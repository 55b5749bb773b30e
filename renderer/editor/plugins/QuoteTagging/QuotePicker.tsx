// The "Who said it?" popover over the selected words: the source picker, placed on screen.
import { createPortal } from "react-dom";
import type { Source } from "../../../../shared/api/sourceSchemas.ts";
import { SourcePicker } from "../../../sources/SourcePicker.tsx";
import { type SourcesModel, useSourcesState } from "../../../sources/sourcesModel.ts";
import type { PickerPosition } from "./pickerPosition.ts";
import "../../../sources/sources.css";

export interface QuotePickerProps {
  /** Retagging an existing quote (rather than tagging new words). */
  retag: boolean;
  position: PickerPosition;
  model: SourcesModel;
  onChoose: (source: Source) => void;
  onCancel: () => void;
}

export function QuotePicker({ retag, position, model, onChoose, onCancel }: QuotePickerProps) {
  return createPortal(
    <div
      className="tag-popover"
      role="dialog"
      aria-label={retag ? "Retag quote" : "Tag quote"}
      style={{ top: position.top, left: position.left }}
    >
      <p className="tag-popover-title">{retag ? "Who said it instead?" : "Who said it?"}</p>
      <SourcePickerFor model={model} onChoose={onChoose} onCancel={onCancel} />
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
