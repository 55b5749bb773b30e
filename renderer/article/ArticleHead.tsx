// Headline and dek above the story. Enter moves on (headline → dek → body) instead of
// breaking the line, and Tab goes from the dek straight to the body, past the toolbar.
import type { LexicalEditor } from "lexical";
import { type KeyboardEvent, type RefObject, useRef } from "react";
import type { ArticleMetadata } from "../../shared/api/schemas.ts";
import { CharacterCounter } from "./length/CharacterCounter.tsx";

export interface ArticleHeadProps {
  metadata: ArticleMetadata;
  onChange: (changes: Partial<ArticleMetadata>) => void;
  editorRef: RefObject<LexicalEditor | null>;
  autoFocus: boolean;
  /** Shown, not editable (a read-only desk token). */
  readOnly?: boolean;
}

/** The caret at the start of the story, ready to type. */
function focusBody(editorRef: RefObject<LexicalEditor | null>) {
  editorRef.current?.focus(undefined, { defaultSelection: "rootStart" });
}

export function ArticleHead({ metadata, onChange, editorRef, autoFocus, readOnly }: ArticleHeadProps) {
  const dekRef = useRef<HTMLTextAreaElement | null>(null);
  const onHeadlineKey = (e: KeyboardEvent) => {
    if (e.key !== "Enter" || e.nativeEvent.isComposing) return;
    e.preventDefault();
    dekRef.current?.focus();
  };
  const onDekKey = (e: KeyboardEvent) => {
    if (e.nativeEvent.isComposing) return;
    const onward = e.key === "Enter" || (e.key === "Tab" && !e.shiftKey && !e.ctrlKey && !e.altKey);
    if (!onward) return;
    e.preventDefault();
    focusBody(editorRef);
  };
  return (
    <div className="article-head">
      <textarea
        className="headline-input"
        aria-label="Headline"
        placeholder="Headline"
        spellCheck
        autoFocus={autoFocus}
        readOnly={readOnly}
        rows={1}
        value={metadata.headline}
        onKeyDown={onHeadlineKey}
        onChange={(e) => onChange({ headline: e.target.value.replace(/\n/g, " ") })}
      />
      <CharacterCounter field="headline" text={metadata.headline} />
      <textarea
        ref={dekRef}
        className="dek-input"
        aria-label="Dek"
        placeholder="Dek (standfirst)"
        spellCheck
        readOnly={readOnly}
        rows={1}
        value={metadata.dek}
        onKeyDown={onDekKey}
        onChange={(e) => onChange({ dek: e.target.value.replace(/\n/g, " ") })}
      />
      <CharacterCounter field="dek" text={metadata.dek} />
    </div>
  );
}
