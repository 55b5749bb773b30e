// Everything the story editor does with quotations, one plugin each: tagging (with its
// toolbar button), the shortcut, hover and highlight, detection, and plain-text paste
// (so detection reads pasted paragraphs as paragraphs).
import { PlainTextPastePlugin } from "../PlainTextPaste/PlainTextPastePlugin.tsx";
import { QuoteDetectionPlugin } from "../QuoteDetection/QuoteDetectionPlugin.tsx";
import { QuoteHoverPlugin } from "../QuoteHover/QuoteHoverPlugin.tsx";
import { QuoteShortcutPlugin } from "../QuoteShortcut/QuoteShortcutPlugin.tsx";
import { QuoteTaggingPlugin } from "./QuoteTaggingPlugin.tsx";

export function QuotePlugins() {
  return (
    <>
      <QuoteTaggingPlugin />
      <QuoteShortcutPlugin />
      <QuoteHoverPlugin />
      <QuoteDetectionPlugin />
      <PlainTextPastePlugin />
    </>
  );
}
